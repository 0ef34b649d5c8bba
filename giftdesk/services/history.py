"""A profile's ledger history: one row per transaction it made, received, or that moved its
wallet or diamonds; facts only (what, how many, with whom), the words being the caller's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from giftdesk.services.context import Context
from giftdesk.storage import history
from giftdesk.storage.history import HistoryRecord

EXPORT_CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One transaction as the profile sees it.

    `kind` is the ledger's: recharge, gift, gift_undo, payout, payout_paid, payout_failed.
    The fields after `by_profile` belong to some kinds only and are None for the others.
    """

    transaction_id: int
    created_at: str  # ISO 8601 UTC
    kind: str
    coins: int  # change to the profile's coin wallet
    diamonds: int  # change to the profile's diamonds
    money_cents: int  # money paid (recharge) or paid out (payout_paid), 0 otherwise
    counterparty: str  # the other profile of a gift or an undo; "" for the other kinds
    rules_version: str
    by_profile: bool  # the profile made it (sent or undid the gift); else the counterparty did
    gift: str | None = None  # a gift's, or the gift an undo reversed
    count: int | None = None  # of that gift
    context: str | None = None  # a gift's: "live" or "video"
    bought_coins: int | None = None  # a purchase's package or custom amount
    bonus_coins: int | None = None
    price_cents: int | None = None
    channel: str | None = None
    method: str | None = None
    payout_diamonds: int | None = None  # a payout's, its request or its settlement
    payout_cents: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "transaction_id": self.transaction_id,
            "created_at": self.created_at,
            "kind": self.kind,
            "coins": self.coins,
            "diamonds": self.diamonds,
            "money_cents": self.money_cents,
            "counterparty": self.counterparty,
            "rules_version": self.rules_version,
            "by_profile": self.by_profile,
            "gift": self.gift,
            "count": self.count,
            "context": self.context,
            "bought_coins": self.bought_coins,
            "bonus_coins": self.bonus_coins,
            "price_cents": self.price_cents,
            "channel": self.channel,
            "method": self.method,
            "payout_diamonds": self.payout_diamonds,
            "payout_cents": self.payout_cents,
        }


def _row(profile_id: int, record: HistoryRecord) -> HistoryRow:
    (
        txn,
        created_at,
        kind,
        actor_id,
        counterparty,
        actor,
        rules_version,
        coins,
        diamonds,
        gift,
        count,
        context,
        bought,
        bonus,
        price,
        channel,
        method,
        payout_diamonds,
        payout_cents,
        undone_gift,
        undone_count,
    ) = record
    by_profile = actor_id == profile_id
    # Positional, every field: an export makes a million of these.
    if kind == "gift":
        # The other party: the creator for the sender, the sender for the creator.
        other = (counterparty if by_profile else actor) or ""
        return HistoryRow(
            txn, created_at, kind, coins, diamonds, 0, other, rules_version, by_profile,
            gift, count, context, None, None, None, None, None, None, None,
        )  # fmt: skip
    if kind == "gift_undo":
        other = (counterparty if by_profile else actor) or ""
        return HistoryRow(
            txn, created_at, kind, coins, diamonds, 0, other, rules_version, by_profile,
            undone_gift, undone_count, None, None, None, None, None, None, None, None,
        )  # fmt: skip
    if kind == "recharge":
        return HistoryRow(
            txn, created_at, kind, coins, diamonds, price or 0, "", rules_version, by_profile,
            None, None, None, bought, bonus, price, channel, method, None, None,
        )  # fmt: skip
    money = (payout_cents or 0) if kind == "payout_paid" else 0  # a payout: requested, paid, failed
    return HistoryRow(
        txn, created_at, kind, coins, diamonds, money, "", rules_version, by_profile,
        None, None, None, None, None, None, None, None, payout_diamonds, payout_cents,
    )  # fmt: skip


class HistoryService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def page(
        self, profile_id: int, *, before_txn_id: int | None = None, limit: int = 200
    ) -> list[HistoryRow]:
        """Newest first, `limit` rows older than `before_txn_id`: each page costs the same
        however long the history is (keyset paging on indexes)."""
        edge = before_txn_id if before_txn_id is not None else history.NEWEST
        records = history.newest_first(self._ctx.conn, profile_id, before_txn_id=edge, limit=limit)
        return [_row(profile_id, r) for r in records]

    def iter_oldest_first(
        self, profile_id: int, *, chunk: int = EXPORT_CHUNK
    ) -> Iterator[HistoryRow]:
        """Every row, oldest first, read a chunk at a time (for exports of any size)."""
        edge = 0
        while True:
            records = history.oldest_first(
                self._ctx.conn, profile_id, after_txn_id=edge, limit=chunk
            )
            yield from [_row(profile_id, r) for r in records]
            if len(records) < chunk:
                return
            edge = history.last_id(records)

    def rows(self, profile_id: int) -> list[HistoryRow]:
        """Oldest first."""
        return list(self.iter_oldest_first(profile_id))

    def count(self, profile_id: int) -> int:
        """How many rows the profile's history has."""
        return history.count(self._ctx.conn, profile_id)
