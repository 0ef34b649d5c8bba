"""What a monthly statement reads (DESIGN 9): a profile's purchases, gifts sent and received
and payouts between two instants (or, for gifts sent, in a month of the sender's own calendar,
as the spending figures count them), and its balances at an instant. Reads only."""

from __future__ import annotations

from typing import NamedTuple

from giftdesk.storage.connection import Connection


class PurchaseRow(NamedTuple):
    txn_id: int
    created_at: str
    channel: str
    method: str
    coins: int  # the package or custom amount, without the bonus
    bonus_coins: int
    price_cents: int
    store_fee_cents: int


class SentRow(NamedTuple):
    txn_id: int
    created_at: str
    creator: str
    gift: str
    items: int  # gift items (a Rose x25 combo is 25)
    coins: int
    paid_cents: int
    store_fee_cents: int
    platform_cents: int
    creator_cents: int
    undone: bool


class ReceivedRow(NamedTuple):
    txn_id: int
    created_at: str
    sender: str
    gift: str
    items: int  # gift items (a Rose x25 combo is 25)
    coins: int
    diamonds: int
    undone: bool


class PayoutRow(NamedTuple):
    txn_id: int
    created_at: str
    diamonds: int
    cents: int
    method: str
    status: str


def purchases(conn: Connection, profile_id: int, from_us: int, to_us: int) -> list[PurchaseRow]:
    """The profile's purchases made from `from_us` (included) to `to_us` (excluded), UTC
    microseconds, oldest first."""
    return [
        PurchaseRow(*row)
        for row in conn.execute(
            "SELECT t.id, t.created_at, r.channel, r.method, r.coins, r.bonus_coins,"
            " r.price_cents, r.store_fee_cents FROM recharges r"
            " JOIN transactions t ON t.id = r.txn_id"
            " WHERE r.profile_id = ? AND t.created_us >= ? AND t.created_us < ? ORDER BY t.id",
            (profile_id, from_us, to_us),
        )
    ]


def gifts_sent(conn: Connection, sender_id: int, month: str) -> list[SentRow]:
    """The gifts the profile sent in `month` ('YYYY-MM' of its own calendar, as each gift's
    local day records it), oldest first, each with its money trail and whether it was undone."""
    return [
        SentRow._make((*row[:-1], bool(row[-1])))
        for row in conn.execute(
            "SELECT g.txn_id, t.created_at, p.name, g.gift_name, g.count, g.coins, g.paid_cents,"
            " g.store_fee_cents, g.platform_cents, g.creator_cents,"
            " EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"
            " FROM gifts g JOIN transactions t ON t.id = g.txn_id"
            " JOIN profiles p ON p.id = g.creator_id"
            " WHERE g.sender_id = ? AND substr(g.local_day, 1, 7) = ? ORDER BY g.txn_id",
            (sender_id, month),
        )
    ]


def gifts_received(
    conn: Connection, creator_id: int, from_us: int, to_us: int
) -> list[ReceivedRow]:
    """The gifts the creator received from `from_us` to `to_us` (excluded), oldest first."""
    return [
        ReceivedRow._make((*row[:-1], bool(row[-1])))
        for row in conn.execute(
            "SELECT g.txn_id, t.created_at, p.name, g.gift_name, g.count, g.coins, g.diamonds,"
            " EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"
            " FROM gifts g JOIN transactions t ON t.id = g.txn_id"
            " JOIN profiles p ON p.id = g.sender_id"
            " WHERE g.creator_id = ? AND t.created_us >= ? AND t.created_us < ? ORDER BY g.txn_id",
            (creator_id, from_us, to_us),
        )
    ]


def payouts_requested(
    conn: Connection, creator_id: int, from_us: int, to_us: int
) -> list[PayoutRow]:
    """The payouts the creator asked for from `from_us` to `to_us` (excluded), oldest first,
    with their status now."""
    return [
        PayoutRow(*row)
        for row in conn.execute(
            "SELECT t.id, t.created_at, p.diamonds, p.cents, p.method, p.status FROM payouts p"
            " JOIN transactions t ON t.id = p.request_txn_id"
            " WHERE p.creator_id = ? AND t.created_us >= ? AND t.created_us < ? ORDER BY t.id",
            (creator_id, from_us, to_us),
        )
    ]


def balance_before(conn: Connection, profile_id: int, unit: str, before_us: int) -> int:
    """The profile's balance of `unit` ('COIN' or 'DIAMOND') made by the transactions before
    `before_us`: what came into its account less what went out."""
    row = conn.execute(
        "SELECT"
        " (SELECT coalesce(sum(r.amount), 0) FROM transfers r"
        "  JOIN transactions t ON t.id = r.txn_id"
        "  WHERE r.to_account_id = a.id AND t.created_us < :before)"
        " - (SELECT coalesce(sum(r.amount), 0) FROM transfers r"
        "  JOIN transactions t ON t.id = r.txn_id"
        "  WHERE r.from_account_id = a.id AND t.created_us < :before)"
        " FROM accounts a WHERE a.profile_id = :p AND a.unit = :unit",
        {"p": profile_id, "unit": unit, "before": before_us},
    ).fetchone()
    return 0 if row is None else int(row[0])
