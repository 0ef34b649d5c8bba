"""Coin lots and money trails (tables lots, lot_takes, spending_trails): each purchase's coins
and what the gifts took from them, and each sender's money spent per month and creator.

The schema keeps them honest by itself (migration m0013): a purchase makes its lot, a take
must follow the first-in-first-out rule and the lot's running floor (domain/trails.py), an
undo's take must give back exactly what its gift's took, and a lot whose coins are all taken
has handed out exactly its price.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from giftdesk.domain.trails import OpenLot, Take, take_fifo
from giftdesk.storage.connection import Connection

# A take as written: transaction (the gift, or its undo), lot, coins, paid cents, store fee
# cents (all negative for an undo).
TakeRow = tuple[int, int, int, int, int]
# A month's spending on one creator, added to the running totals: sender, month
# ('YYYY-MM', the sender's own calendar), creator, gift items, coins, paid cents, store fee
# cents, creator cents (negative for an undo).
SpendingRow = tuple[int, str, int, int, int, int, int, int]


class MonthSpending(NamedTuple):
    month: str
    creator_id: int
    creator: str
    gifts: int
    coins: int
    paid_cents: int
    store_fee_cents: int
    creator_cents: int


_INSERT_TAKE = (
    "INSERT INTO lot_takes (txn_id, lot_id, coins, paid_cents, store_fee_cents)"
    " VALUES (?, ?, ?, ?, ?)"
)


def open_lots(conn: Connection, profile_id: int) -> list[OpenLot]:
    """The profile's lots with coins left, oldest first (the partial index lots_open)."""
    return [
        OpenLot(*row)
        for row in conn.execute(
            "SELECT txn_id, coins, price_cents, store_fee_cents, coins_taken, paid_taken,"
            " fee_taken FROM lots WHERE profile_id = ? AND coins_taken < coins ORDER BY txn_id",
            (profile_id,),
        )
    ]


def insert_takes(conn: Connection, rows: Iterable[TakeRow]) -> None:
    conn.executemany(_INSERT_TAKE, rows)


def takes_of(conn: Connection, txn_id: int) -> list[Take]:
    """What the gift of transaction `txn_id` took, lot by lot."""
    return [
        Take(*row)
        for row in conn.execute(
            "SELECT lot_id, coins, paid_cents, store_fee_cents FROM lot_takes WHERE txn_id = ?"
            " ORDER BY lot_id",
            (txn_id,),
        )
    ]


def take_from_spending(conn: Connection, row: SpendingRow) -> None:
    """An undo: its gift's figures (given negative) come off the month they were added to. (An
    upsert would check the negative row against the table's CHECKs before it finds the row.)"""
    profile_id, month, creator_id, gifts, coins, paid, fee, creator = row
    conn.execute(
        "UPDATE spending_trails SET gifts = gifts + ?, coins = coins + ?,"
        " paid_cents = paid_cents + ?, store_fee_cents = store_fee_cents + ?,"
        " creator_cents = creator_cents + ?"
        " WHERE profile_id = ? AND month = ? AND creator_id = ?",
        (gifts, coins, paid, fee, creator, profile_id, month, creator_id),
    )


def add_to_spending(conn: Connection, rows: Iterable[SpendingRow]) -> None:
    conn.executemany(
        "INSERT INTO spending_trails (profile_id, month, creator_id, gifts, coins, paid_cents,"
        " store_fee_cents, creator_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (profile_id, month, creator_id) DO UPDATE SET"
        " gifts = spending_trails.gifts + excluded.gifts,"
        " coins = spending_trails.coins + excluded.coins,"
        " paid_cents = spending_trails.paid_cents + excluded.paid_cents,"
        " store_fee_cents = spending_trails.store_fee_cents + excluded.store_fee_cents,"
        " creator_cents = spending_trails.creator_cents + excluded.creator_cents",
        rows,
    )


def spending_between(
    conn: Connection, profile_id: int, first_month: str, last_month: str
) -> list[MonthSpending]:
    """The profile's spending per month and creator, months `first_month` to `last_month`
    ('YYYY-MM', inclusive), oldest month first, then the most paid first."""
    return [
        MonthSpending(*row)
        for row in conn.execute(
            "SELECT s.month, s.creator_id, p.name, s.gifts, s.coins, s.paid_cents,"
            " s.store_fee_cents, s.creator_cents FROM spending_trails s"
            " JOIN profiles p ON p.id = s.creator_id"
            " WHERE s.profile_id = ? AND s.month BETWEEN ? AND ? AND s.coins > 0"
            " ORDER BY s.month, s.paid_cents DESC, s.coins DESC, p.name",
            (profile_id, first_month, last_month),
        )
    ]


def unspent(conn: Connection, profile_id: int) -> tuple[int, int]:
    """(coins left in the profile's lots, what they cost: the cents not yet handed out)."""
    row = conn.execute(
        "SELECT coalesce(sum(coins - coins_taken), 0), coalesce(sum(price_cents - paid_taken), 0)"
        " FROM lots WHERE profile_id = ? AND coins_taken < coins",
        (profile_id,),
    ).fetchone()
    return int(row[0]), int(row[1])


class Replayed(NamedTuple):
    """Every take and trail worked out again from the purchases, gifts and undos."""

    takes: dict[int, list[Take]]  # transaction (gift or undo) -> its takes
    paid: dict[int, tuple[int, int]]  # gift -> (paid cents, store fee cents)


def replay(conn: Connection) -> Replayed:
    """Work every take out from scratch: each profile's purchases, gifts and undos in the
    order they were written (transaction numbers), first in, first out, by the domain's rule.
    What the migration writes for an existing ledger and what `verify` compares with."""
    lots: dict[int, list[OpenLot]] = {}  # profile -> open lots, oldest first
    by_id: dict[int, OpenLot] = {}
    takes: dict[int, list[Take]] = {}
    paid: dict[int, tuple[int, int]] = {}
    rows = conn.execute("""
        SELECT t.id, t.kind, t.profile_id, t.reverses_id, r.coins + r.bonus_coins,
               r.price_cents, r.store_fee_cents, g.coins
        FROM transactions t
        LEFT JOIN recharges r ON r.txn_id = t.id
        LEFT JOIN gifts g ON g.txn_id = t.id
        WHERE t.kind IN ('recharge', 'gift', 'gift_undo') ORDER BY t.id""")
    for txn, kind, profile_id, reverses, lot_coins, price, fee, gift_coins in rows:
        if kind == "recharge":
            if lot_coins is None:
                continue  # a purchase without its record: the other checks name it
            lot = by_id[txn] = OpenLot(txn, lot_coins, price, fee)
            lots.setdefault(profile_id, []).append(lot)
        elif kind == "gift":
            if gift_coins is None:
                continue
            taken = take_fifo(lots.setdefault(profile_id, []), gift_coins)
            takes[txn] = taken
            paid[txn] = (sum(t.paid_cents for t in taken), sum(t.store_fee_cents for t in taken))
        else:
            back = takes.get(reverses, [])
            takes[txn] = [Take(t.lot_id, -t.coins, -t.paid_cents, -t.store_fee_cents) for t in back]
            opened = lots.setdefault(profile_id, [])
            for t in back:
                lot = by_id[t.lot_id]
                was_spent = lot.coins_left == 0
                lot.coins_taken -= t.coins
                lot.paid_taken -= t.paid_cents
                lot.fee_taken -= t.store_fee_cents
                if was_spent:
                    opened.append(lot)
            opened.sort(key=lambda open_lot: open_lot.lot_id)
    return Replayed(takes, paid)


class TakeDated(NamedTuple):
    """A take with when its lot was bought (the lot's reference is made from both)."""

    lot_id: int
    lot_created_at: str
    coins: int
    paid_cents: int
    store_fee_cents: int


def takes_dated(conn: Connection, txn_id: int) -> list[TakeDated]:
    """What transaction `txn_id` (a gift, or an undo: negative) took from each lot, oldest lot
    first, with when each lot was bought."""
    return [
        TakeDated(*row)
        for row in conn.execute(
            "SELECT k.lot_id, t.created_at, k.coins, k.paid_cents, k.store_fee_cents"
            " FROM lot_takes k JOIN transactions t ON t.id = k.lot_id WHERE k.txn_id = ?"
            " ORDER BY k.lot_id",
            (txn_id,),
        )
    ]


def lot(conn: Connection, txn_id: int) -> OpenLot | None:
    """The lot the purchase of transaction `txn_id` made, as it stands now."""
    row = conn.execute(
        "SELECT txn_id, coins, price_cents, store_fee_cents, coins_taken, paid_taken, fee_taken"
        " FROM lots WHERE txn_id = ?",
        (txn_id,),
    ).fetchone()
    return None if row is None else OpenLot(*row)
