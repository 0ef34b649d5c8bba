"""New-gift notifications (table gift_notifications): the newest gift each creator has seen.

A creator without a row has never been shown in a window: nothing is news to them yet (the
gifts they have are history). The first showing writes the row (`start_news`), and the gifts
after it are news until the creator looks at them (`mark_seen`)."""

from __future__ import annotations

from giftdesk.storage.connection import Connection

# Gifts an undo reversed are not news.
_NOT_UNDONE = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = t.id)"


def last_seen(conn: Connection, creator_id: int) -> int | None:
    """The transaction id of the newest gift the creator has seen (0: none yet); None if the
    creator has never been shown."""
    row = conn.execute(
        "SELECT last_seen_txn_id FROM gift_notifications WHERE creator_id = ?", (creator_id,)
    ).fetchone()
    seen: int | None = row[0] if row else None
    return seen


def unseen_count(conn: Connection, creator_id: int, *, after: int, at_most: int) -> int:
    """Gifts to the creator after transaction `after` that were not undone, counted up to
    `at_most`."""
    count: int = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM transactions t WHERE t.counterparty_id = ?"
        f" AND t.id > ? AND t.kind = 'gift' AND {_NOT_UNDONE} LIMIT ?) AS unseen",
        (creator_id, after, at_most),
    ).fetchone()[0]
    return count


def newest_gift_to(conn: Connection, creator_id: int) -> int:
    """The transaction id of the newest gift to the creator (undone or not); 0 if none."""
    row = conn.execute(
        "SELECT id FROM transactions WHERE counterparty_id = ? AND kind = 'gift'"
        " ORDER BY id DESC LIMIT 1",
        (creator_id,),
    ).fetchone()
    newest: int = row[0] if row else 0
    return newest


def mark_seen(conn: Connection, creator_id: int, txn_id: int) -> None:
    """The creator has seen the gifts up to `txn_id` (a mark never moves back)."""
    conn.execute(
        "INSERT INTO gift_notifications (creator_id, last_seen_txn_id) VALUES (?, ?)"
        " ON CONFLICT (creator_id) DO UPDATE SET last_seen_txn_id = CASE"
        " WHEN excluded.last_seen_txn_id > gift_notifications.last_seen_txn_id"
        " THEN excluded.last_seen_txn_id ELSE gift_notifications.last_seen_txn_id END",
        (creator_id, txn_id),
    )


def start_news(conn: Connection, creator_id: int, txn_id: int) -> None:
    """The creator is shown for the first time: gifts up to `txn_id` are history, not news. A
    creator shown before keeps their mark."""
    conn.execute(
        "INSERT INTO gift_notifications (creator_id, last_seen_txn_id) VALUES (?, ?)"
        " ON CONFLICT (creator_id) DO NOTHING",
        (creator_id, txn_id),
    )


def big_gifts_after(
    conn: Connection, creator_id: int, *, after: int, min_coins: int, limit: int
) -> list[tuple[int, str, str, str, int, int, int, str]]:
    """(transaction id, created at, sender's name, gift, count, coins, diamonds, context) of
    the gifts of at least `min_coins` to the creator after transaction `after` that were not
    undone, oldest first, at most `limit` (the tray's notifications: keyset, so a look costs
    what arrived since the last one)."""
    rows: list[tuple[int, str, str, str, int, int, int, str]] = conn.execute(
        "SELECT t.id, t.created_at, p.name, g.gift_name, g.count, g.coins, g.diamonds,"
        " g.context FROM transactions t JOIN gifts g ON g.txn_id = t.id"
        " JOIN profiles p ON p.id = g.sender_id"
        " WHERE t.counterparty_id = ? AND t.id > ? AND t.kind = 'gift' AND g.coins >= ?"
        f" AND {_NOT_UNDONE} ORDER BY t.id LIMIT ?",
        (creator_id, after, min_coins, limit),
    ).fetchall()
    return rows
