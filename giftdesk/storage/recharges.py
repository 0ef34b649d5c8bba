"""Purchases of coins (table recharges): channel, method, price, the store's fee, the card's
brand and last four digits (never its number), and the payment provider's reference."""

from __future__ import annotations

from typing import NamedTuple

from giftdesk.storage.connection import Connection


class RechargeRow(NamedTuple):
    txn_id: int
    profile_id: int
    channel: str
    method: str
    is_custom: int  # 0 or 1
    coins: int
    bonus_coins: int
    price_cents: int
    store_fee_cents: int
    card_brand: str | None
    card_last4: str | None
    reference: str


def has_purchases(conn: Connection, profile_id: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM recharges WHERE profile_id = ? LIMIT 1", (profile_id,)
    ).fetchone()
    return row is not None


def insert(conn: Connection, row: RechargeRow) -> None:
    conn.execute(
        "INSERT INTO recharges (txn_id, profile_id, channel, method, is_custom, coins,"
        " bonus_coins, price_cents, store_fee_cents, card_brand, card_last4, reference)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row,
    )
