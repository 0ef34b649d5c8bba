"""The Earnings totals: diamonds, coins and gifts per creator, day and context
(creator_day_totals) and per creator and supporter (supporter_totals), kept as gifts are sent
and undone so that the Earnings tab reads them without scanning the gifts."""

from __future__ import annotations

from giftdesk.storage.connection import Connection


def add_to_earnings_totals(
    conn: Connection,
    *,
    creator_id: int,
    sender_id: int,
    day: str,
    context: str,
    gifts: int,
    coins: int,
    diamonds: int,
) -> None:
    """Keep the totals the Earnings tab reads. `gifts` counts each gift of a combo; an undo
    passes negative amounts, which only ever reduce rows its gift made."""
    if gifts >= 0:
        conn.execute(
            "INSERT INTO creator_day_totals (creator_id, day, context, gifts, coins, diamonds)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (creator_id, day, context) DO UPDATE SET"
            " gifts = creator_day_totals.gifts + excluded.gifts,"
            " coins = creator_day_totals.coins + excluded.coins,"
            " diamonds = creator_day_totals.diamonds + excluded.diamonds",
            (creator_id, day, context, gifts, coins, diamonds),
        )
        conn.execute(
            "INSERT INTO supporter_totals (creator_id, sender_id, gifts, coins) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (creator_id, sender_id) DO UPDATE SET"
            " gifts = supporter_totals.gifts + excluded.gifts,"
            " coins = supporter_totals.coins + excluded.coins",
            (creator_id, sender_id, gifts, coins),
        )
    else:  # the upserts above would trip the CHECK (>= 0) on their would-be inserted row
        conn.execute(
            "UPDATE creator_day_totals SET gifts = gifts + ?, coins = coins + ?,"
            " diamonds = diamonds + ? WHERE creator_id = ? AND day = ? AND context = ?",
            (gifts, coins, diamonds, creator_id, day, context),
        )
        conn.execute(
            "UPDATE supporter_totals SET gifts = gifts + ?, coins = coins + ?"
            " WHERE creator_id = ? AND sender_id = ?",
            (gifts, coins, creator_id, sender_id),
        )


def take_back_diamonds(
    conn: Connection, *, creator_id: int, day: str, context: str, diamonds: int
) -> None:
    """Take an undo's `diamonds` off the undone gift's day and context; what that row has not
    got comes off the creator's newest rows that have it. Used by an undo as it is written,
    and by migration 0008 over the undos before it.

    An undo takes back floor(received x rate) before it less after it, which can be one more
    than the undone gift minted itself (the rounding carried over to a later gift, maybe on
    another day or in the other context). The totals must still add up to the diamonds the
    creator kept, and no row can go below zero.
    """
    left = diamonds
    rows = conn.execute(
        "SELECT day, context, diamonds FROM creator_day_totals WHERE creator_id = ?"
        " AND diamonds > 0 ORDER BY day = ? AND context = ? DESC, day DESC, context DESC",
        (creator_id, day, context),
    ).fetchall()  # the undone gift's own row first
    for row_day, row_context, have in rows:
        if left <= 0:
            return
        take = min(left, have)
        conn.execute(
            "UPDATE creator_day_totals SET diamonds = diamonds - ? WHERE creator_id = ?"
            " AND day = ? AND context = ?",
            (take, creator_id, row_day, row_context),
        )
        left -= take


def gifts_received(conn: Connection, creator_id: int) -> int:
    """Gifts the creator has received and kept (each gift of a combo counts)."""
    count: int = conn.execute(
        "SELECT coalesce(sum(gifts), 0) FROM creator_day_totals WHERE creator_id = ?",
        (creator_id,),
    ).fetchone()[0]
    return count


def day_totals(conn: Connection, creator_id: int, *, since: str) -> dict[str, tuple[int, int]]:
    """(diamonds, gifts) of the gifts of each day from `since` (ISO 8601) on, both contexts
    together; days without any are left out. A range of the table's primary key: as fast at a
    million gifts as at ten."""
    by_day: dict[str, tuple[int, int]] = {
        day: (diamonds, gifts)
        for day, diamonds, gifts in conn.execute(
            "SELECT day, sum(diamonds), sum(gifts) FROM creator_day_totals"
            " WHERE creator_id = ? AND day >= ? GROUP BY day",
            (creator_id, since),
        )
    }
    return by_day


def newest_day(conn: Connection, creator_id: int) -> str | None:
    """The newest day (ISO 8601) any gift to the creator is filed under; None before the first."""
    day: str | None = conn.execute(
        "SELECT max(day) FROM creator_day_totals WHERE creator_id = ?", (creator_id,)
    ).fetchone()[0]
    return day


def diamonds_by_context(conn: Connection, creator_id: int) -> dict[str, int]:
    """Diamonds minted by the gifts of each context the creator has had gifts in."""
    by_context: dict[str, int] = dict(
        conn.execute(
            "SELECT context, sum(diamonds) FROM creator_day_totals WHERE creator_id = ?"
            " GROUP BY context",
            (creator_id,),
        ).fetchall()
    )
    return by_context


def top_supporters(conn: Connection, creator_id: int, *, limit: int) -> list[tuple[str, int, int]]:
    """(name, coins, gifts) of the creator's biggest supporters, most coins first."""
    rows: list[tuple[str, int, int]] = conn.execute(
        "SELECT p.name, s.coins, s.gifts FROM supporter_totals s"
        " JOIN profiles p ON p.id = s.sender_id"
        " WHERE s.creator_id = ? AND s.gifts > 0"
        " ORDER BY s.coins DESC, p.name_key LIMIT ?",
        (creator_id, limit),
    ).fetchall()
    return rows
