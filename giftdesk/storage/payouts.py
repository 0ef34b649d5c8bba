"""Payouts (table payouts): each request's diamonds, cents, method, UTC day and reference, and
its status, settled once from pending to paid or failed."""

from __future__ import annotations

from typing import NamedTuple

from giftdesk.storage.connection import Connection, insert_row


class PayoutRow(NamedTuple):
    id: int
    request_txn_id: int
    diamonds: int
    cents: int
    method: str
    status: str
    created_at: str  # the request's
    settle_txn_id: int | None
    reference: str


class PayoutToSettle(NamedTuple):
    creator_id: int
    diamonds: int
    cents: int
    method: str
    status: str
    reference: str


def requested_on(conn: Connection, creator_id: int, *, utc_day: str) -> int:
    """Cents of the creator's requests of `utc_day` that have not failed."""
    cents: int = conn.execute(
        "SELECT coalesce(sum(cents), 0) FROM payouts"
        " WHERE creator_id = ? AND utc_day = ? AND status <> 'failed'",
        (creator_id, utc_day),
    ).fetchone()[0]
    return cents


def insert(
    conn: Connection,
    *,
    request_txn_id: int,
    creator_id: int,
    diamonds: int,
    cents: int,
    method: str,
    utc_day: str,
    status: str,
    reference: str,
) -> int:
    """A new payout request's id."""
    payout_id = insert_row(
        conn,
        "payouts",
        (
            "request_txn_id",
            "creator_id",
            "diamonds",
            "cents",
            "method",
            "utc_day",
            "status",
            "reference",
        ),
        (request_txn_id, creator_id, diamonds, cents, method, utc_day, status, reference),
    )
    return payout_id


def of_creator(conn: Connection, creator_id: int) -> list[PayoutRow]:
    """The creator's payouts, newest first."""
    rows = conn.execute(
        "SELECT p.id, p.request_txn_id, p.diamonds, p.cents, p.method, p.status,"
        " t.created_at, p.settle_txn_id, p.reference FROM payouts p"
        " JOIN transactions t ON t.id = p.request_txn_id"
        " WHERE p.creator_id = ? ORDER BY p.id DESC",
        (creator_id,),
    )
    return [PayoutRow(*r) for r in rows]


def to_settle(conn: Connection, payout_id: int) -> PayoutToSettle | None:
    row = conn.execute(
        "SELECT creator_id, diamonds, cents, method, status, reference FROM payouts WHERE id = ?",
        (payout_id,),
    ).fetchone()
    return None if row is None else PayoutToSettle(*row)


def settle(conn: Connection, payout_id: int, *, status: str, settle_txn_id: int) -> None:
    conn.execute(
        "UPDATE payouts SET status = ?, settle_txn_id = ? WHERE id = ?",
        (status, settle_txn_id, payout_id),
    )


def held_diamonds(conn: Connection, creator_id: int, *, status: str) -> int:
    """Diamonds of the creator's payouts in `status` (pending ones are held)."""
    diamonds: int = conn.execute(
        "SELECT coalesce(sum(diamonds), 0) FROM payouts WHERE creator_id = ? AND status = ?",
        (creator_id, status),
    ).fetchone()[0]
    return diamonds
