"""The leaderboards (table supporter_days): each sender's coins and gift items to a creator
per day of the creator's own calendar, kept in the same write as each gift and its undo, so
that a week, a month or a year is a sum over at most 366 days of rows, never a scan of the
gifts. All time comes from supporter_totals (storage/totals.py)."""

from __future__ import annotations

from collections.abc import Iterable

from giftdesk.storage.connection import Connection

# creator id, the creator's day (ISO 8601), sender id, gift items, coins
DayFigures = tuple[int, str, int, int, int]


def add_to_days(conn: Connection, figures: Iterable[DayFigures]) -> None:
    """One upsert per (creator, day, sender); an undo passes negative amounts, which only
    ever reduce the row its gift made."""
    adding: list[DayFigures] = []
    taking: list[DayFigures] = []
    for figure in figures:
        (adding if figure[3] >= 0 else taking).append(figure)
    if adding:
        conn.executemany(
            "INSERT INTO supporter_days (creator_id, day, sender_id, gifts, coins)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (creator_id, day, sender_id) DO UPDATE SET"
            " gifts = supporter_days.gifts + excluded.gifts,"
            " coins = supporter_days.coins + excluded.coins",
            adding,
        )
    if taking:  # the upsert would trip the CHECK (>= 0) on its would-be inserted row
        conn.executemany(
            "UPDATE supporter_days SET gifts = gifts + ?, coins = coins + ?"
            " WHERE creator_id = ? AND day = ? AND sender_id = ?",
            [(g, c, creator, day, sender) for creator, day, sender, g, c in taking],
        )


def top_between(
    conn: Connection, creator_id: int, *, first: str, last: str, limit: int
) -> list[tuple[str, int, int]]:
    """(name, coins, gift items) of the creator's biggest supporters over the days from
    `first` to `last` (ISO 8601, both included), most coins first: a range of the primary
    key, summed per sender."""
    rows: list[tuple[str, int, int]] = conn.execute(
        "SELECT p.name, d.coins, d.gifts FROM (SELECT sender_id, sum(coins) AS coins,"
        " sum(gifts) AS gifts FROM supporter_days WHERE creator_id = ? AND day BETWEEN ? AND ?"
        " GROUP BY sender_id HAVING sum(coins) > 0) d JOIN profiles p ON p.id = d.sender_id"
        " ORDER BY d.coins DESC, p.name_key LIMIT ?",
        (creator_id, first, last, limit),
    ).fetchall()
    return rows
