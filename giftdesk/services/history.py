"""A profile's ledger history: one row per transaction it made, received, or that moved its
wallet or diamonds; facts only (what, how many, with whom), the words being the caller's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from giftdesk.domain.references import transaction_reference
from giftdesk.services.context import Context
from giftdesk.services.details import TransactionDetail, detail
from giftdesk.storage import history
from giftdesk.storage.history import HistoryRecord

EXPORT_CHUNK = 5_000


@dataclass(frozen=True, slots=True)
class GiftFacts:
    """What a gift row, or an undo's, is about."""

    gift: str  # the gift's name (for an undo, the undone gift's)
    count: int
    context: str | None  # "live" or "video"; None for an undo

    def as_dict(self) -> dict[str, Any]:
        return {"gift": self.gift, "count": self.count, "context": self.context}


@dataclass(frozen=True, slots=True)
class PurchaseFacts:
    """What a purchase row is about."""

    coins: int  # the package or custom amount, without the bonus
    bonus_coins: int
    price_cents: int
    channel: str
    method: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "bought_coins": self.coins,
            "bonus_coins": self.bonus_coins,
            "price_cents": self.price_cents,
            "channel": self.channel,
            "method": self.method,
        }


@dataclass(frozen=True, slots=True)
class PayoutFacts:
    """What a payout row (its request, payment or failure) is about."""

    diamonds: int
    cents: int

    def as_dict(self) -> dict[str, Any]:
        return {"payout_diamonds": self.diamonds, "payout_cents": self.cents}


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One transaction as the profile sees it: facts, the words being the caller's.

    `kind` is the ledger's: recharge, gift, gift_undo, payout, payout_paid, payout_failed;
    `facts` are that kind's (GiftFacts for gift and gift_undo, PurchaseFacts for recharge,
    PayoutFacts for the payouts).
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
    facts: GiftFacts | PurchaseFacts | PayoutFacts

    @property
    def reference(self) -> str:
        """The transaction's reference, never another's (domain/references.py)."""
        return transaction_reference(self.transaction_id, self.created_at)

    def as_dict(self) -> dict[str, Any]:
        return {
            "transaction_id": self.transaction_id,
            "reference": self.reference,
            "created_at": self.created_at,
            "kind": self.kind,
            "coins": self.coins,
            "diamonds": self.diamonds,
            "money_cents": self.money_cents,
            "counterparty": self.counterparty,
            "rules_version": self.rules_version,
            "by_profile": self.by_profile,
        } | self.facts.as_dict()


# A long history is mostly the same few gifts (a million roses x1 on a LIVE): their facts are
# made once each and shared, frozen as they are; an export makes a row a transaction.
_gift_facts = lru_cache(maxsize=4096)(GiftFacts)


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
    facts: GiftFacts | PurchaseFacts | PayoutFacts
    if kind == "gift" or kind == "gift_undo":
        # The other party: the creator for the sender, the sender for the creator.
        other = (counterparty if by_profile else actor) or ""
        if kind == "gift":
            facts = _gift_facts(gift or "", count or 0, context)
        else:
            facts = _gift_facts(undone_gift or "", undone_count or 0, None)
        return HistoryRow(
            txn, created_at, kind, coins, diamonds, 0, other, rules_version, by_profile, facts
        )
    if kind == "recharge":
        facts = PurchaseFacts(bought or 0, bonus or 0, price or 0, channel or "", method or "")
        return HistoryRow(
            txn, created_at, kind, coins, diamonds, price or 0, "", rules_version, by_profile, facts
        )
    # A payout: requested, paid or failed.
    money = (payout_cents or 0) if kind == "payout_paid" else 0
    facts = PayoutFacts(payout_diamonds or 0, payout_cents or 0)
    return HistoryRow(
        txn, created_at, kind, coins, diamonds, money, "", rules_version, by_profile, facts
    )


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

    def detail(self, row: HistoryRow) -> TransactionDetail:
        """`row` in detail: a gift's money trail and lots, a purchase's lot, an undo's return."""
        return detail(self._ctx, row.transaction_id, row.kind, by_profile=row.by_profile)

    def count(self, profile_id: int) -> int:
        """How many rows the profile's history has."""
        return history.count(self._ctx.conn, profile_id)
