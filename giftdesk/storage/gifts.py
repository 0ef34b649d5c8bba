"""Gifts: the gift records (table gifts) and each creator's running totals (creator_totals),
from which the diamonds every gift mints are worked out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from giftdesk.storage.connection import Connection, is_sqlite

# A gift record as written, a plain tuple (a burst makes one per gift and writes them all at
# once): transaction id, sender id, creator id, gift name, coins per gift, count, coins,
# diamonds minted, context, the sender's own calendar day (ISO 8601), created_us, the LIVE it
# was sent in (or None), the creator's own calendar day (ISO 8601), and its money trail: paid,
# store fee, platform and creator cents (domain/trails.py).
GiftRow = tuple[
    int, int, int, str, int, int, int, int, str, str, int, int | None, str, int, int, int, int
]


class SentGift(NamedTuple):
    """What an undo needs to know of the gift it reverses."""

    sender_id: int
    creator_id: int
    coins: int
    local_day: str
    created_us: int
    gift_name: str
    gift_count: int
    undone_by: int | None  # the undo's transaction, if it was undone
    context: str
    diamonds: int  # minted by the gift itself
    live_id: int | None  # the LIVE it was sent in
    creator_day: str  # the creator's calendar day it is filed under (ISO 8601)
    paid_cents: int  # its money trail (domain/trails.py)
    store_fee_cents: int
    platform_cents: int
    creator_cents: int


class ReceivedRow(NamedTuple):
    transaction_id: int
    created_at: str
    sender: str
    gift: str
    gift_count: int
    coins: int
    diamonds: int
    context: str


_INSERT_GIFT = (
    "INSERT INTO gifts (txn_id, sender_id, creator_id, gift_name, unit_coins, count,"
    " coins, diamonds, context, local_day, created_us, live_id, creator_day, paid_cents,"
    " store_fee_cents, platform_cents, creator_cents)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

NEWEST = 2**62  # above every transaction id: a page "before" it starts at the newest

# A creator's gifts are read through transactions_counterparty (the creator is each gift's
# counterparty), newest first; this leaves out the gifts an undo reversed.
_NOT_UNDONE = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"


def insert_gifts(conn: Connection, rows: Iterable[GiftRow]) -> None:
    """Many at once: one prepared statement run over all rows."""
    conn.executemany(_INSERT_GIFT, rows)


def start_creator_totals(conn: Connection, creator_id: int) -> None:
    """A new creator's totals: nothing received, nothing minted."""
    conn.execute("INSERT INTO creator_totals (profile_id) VALUES (?)", (creator_id,))


def read_creator_totals(conn: Connection, creator_id: int) -> tuple[int, int]:
    """(coins received, diamonds minted) so far; (0, 0) for a profile that is no creator."""
    row = conn.execute(
        "SELECT coins_received, diamonds_minted FROM creator_totals WHERE profile_id = ?",
        (creator_id,),
    ).fetchone()
    return (0, 0) if row is None else (row[0], row[1])


def creators_now(
    conn: Connection, creator_ids: set[int]
) -> dict[int, tuple[int, int, int | None]] | None:
    """Each creator's (coins received, diamonds minted, LIVE on air or None), in one look-up:
    what a burst reads again once it may write (services/catch_up.py). None on SQLite, whose
    writer is alone from its BEGIN: nothing can have moved since the burst read them."""
    if is_sqlite(conn):
        return None
    marks = ", ".join("?" * len(creator_ids))
    rows = conn.execute(
        "SELECT t.profile_id, t.coins_received, t.diamonds_minted, (SELECT l.id FROM lives l"
        " WHERE l.creator_id = t.profile_id AND l.ended_us IS NULL) FROM creator_totals t"
        f" WHERE t.profile_id IN ({marks})",
        tuple(creator_ids),
    ).fetchall()
    found = {row[0]: (row[1], row[2], row[3]) for row in rows}
    return {c: found.get(c, (0, 0, None)) for c in creator_ids}


def write_creator_totals(
    conn: Connection, creator_id: int, coins_received: int, diamonds_minted: int
) -> None:
    conn.execute(
        "UPDATE creator_totals SET coins_received = ?, diamonds_minted = ? WHERE profile_id = ?",
        (coins_received, diamonds_minted, creator_id),
    )


def made_at(conn: Connection, gift_txn_id: int) -> str | None:
    """When the gift of transaction `gift_txn_id` was sent (its ISO 8601 time), or None."""
    row = conn.execute(
        "SELECT t.created_at FROM gifts g JOIN transactions t ON t.id = g.txn_id"
        " WHERE g.txn_id = ?",
        (gift_txn_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def sender_of(conn: Connection, gift_txn_id: int) -> int | None:
    row = conn.execute("SELECT sender_id FROM gifts WHERE txn_id = ?", (gift_txn_id,)).fetchone()
    if row is None:
        return None
    sender_id: int = row[0]
    return sender_id


def sent_gift(conn: Connection, gift_txn_id: int) -> SentGift | None:
    """The gift of transaction `gift_txn_id`, with the undo that reversed it if any."""
    row = conn.execute(
        "SELECT g.sender_id, g.creator_id, g.coins, g.local_day, g.created_us, g.gift_name,"
        " g.count, u.id, g.context, g.diamonds, g.live_id, g.creator_day, g.paid_cents,"
        " g.store_fee_cents, g.platform_cents, g.creator_cents FROM gifts g"
        " LEFT JOIN transactions u ON u.reverses_id = g.txn_id WHERE g.txn_id = ?",
        (gift_txn_id,),
    ).fetchone()
    return None if row is None else SentGift(*row)


def received_page(
    conn: Connection, creator_id: int, *, before_txn_id: int | None, limit: int
) -> list[ReceivedRow]:
    """The creator's gifts not undone, newest first, older than `before_txn_id` (None: from
    the newest); keyset paging, so each page costs the same."""
    rows = conn.execute(
        "SELECT t.id, t.created_at, p.name, g.gift_name, g.count, g.coins, g.diamonds,"
        " g.context FROM transactions t JOIN gifts g ON g.txn_id = t.id"
        " JOIN profiles p ON p.id = g.sender_id"
        f" WHERE t.counterparty_id = ? AND t.id < ? AND t.kind = 'gift' AND {_NOT_UNDONE}"
        " ORDER BY t.id DESC LIMIT ?",
        (creator_id, NEWEST if before_txn_id is None else before_txn_id, limit),
    )
    return [ReceivedRow(*r) for r in rows]


def undone_gift(conn: Connection, undo_txn_id: int) -> int | None:
    """The gift transaction that the undo of transaction `undo_txn_id` reversed."""
    row = conn.execute(
        "SELECT reverses_id FROM transactions WHERE id = ? AND kind = 'gift_undo'",
        (undo_txn_id,),
    ).fetchone()
    return None if row is None else int(row[0])
