"""What a monthly statement holds (DESIGN 9 and 10): frozen facts with `as_dict()`, the words
and the PDF being the faces' (giftdesk/statement_pdf.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from giftdesk.services.live_results import LiveSummary


@dataclass(frozen=True, slots=True)
class StatementPurchase:
    transaction_id: int
    reference: str
    created_at: str  # ISO 8601 UTC
    channel: str
    method: str
    coins: int  # the package or custom amount, without the bonus
    bonus_coins: int
    price_cents: int
    store_fee_cents: int


@dataclass(frozen=True, slots=True)
class StatementGift:
    """A gift the profile sent, with its money trail; an undone one counts in no total."""

    transaction_id: int
    reference: str
    created_at: str
    creator: str
    gift: str
    count: int
    coins: int
    paid_cents: int
    store_fee_cents: int
    platform_cents: int
    creator_cents: int
    undone: bool


@dataclass(frozen=True, slots=True)
class StatementReceived:
    """A gift the creator received; an undone one counts in no total."""

    transaction_id: int
    reference: str
    created_at: str
    sender: str
    gift: str
    count: int
    coins: int
    diamonds: int
    undone: bool


@dataclass(frozen=True, slots=True)
class StatementPayout:
    transaction_id: int
    reference: str
    created_at: str
    diamonds: int
    cents: int
    method: str
    status: str  # as it stands now: pending, paid or failed


@dataclass(frozen=True, slots=True)
class Trail:
    """Where money went: what the coins cost, and the app store's, platform's and creator's
    parts of it (platform = paid - store fee - creator; negative for coins that cost
    nothing)."""

    coins: int
    paid_cents: int
    store_fee_cents: int
    platform_cents: int
    creator_cents: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "coins": self.coins,
            "paid_cents": self.paid_cents,
            "store_fee_cents": self.store_fee_cents,
            "platform_cents": self.platform_cents,
            "creator_cents": self.creator_cents,
        }


@dataclass(frozen=True, slots=True)
class Statement:
    """One profile's calendar month, in its own time zone: a viewer's purchases and gifts with
    their trails; a creator's gifts received, LIVEs, diamonds and payouts; the balances at the
    month's start and end (its end is now while the month is still on)."""

    profile: str
    creator: bool
    month: str  # 'YYYY-MM'
    time_zone: str
    first_day: dt.date
    last_day: dt.date
    complete: bool  # the month is over: nothing more can fall in it
    opening_coins: int
    closing_coins: int
    opening_diamonds: int
    closing_diamonds: int
    purchases: tuple[StatementPurchase, ...]
    gifts_sent: tuple[StatementGift, ...]
    gifts_received: tuple[StatementReceived, ...]
    lives: tuple[LiveSummary, ...]  # LIVEs started in the month, oldest first
    payouts: tuple[StatementPayout, ...]  # payouts asked for in the month

    @property
    def purchased_coins(self) -> int:
        """Coins credited by the month's purchases, bonuses included."""
        return sum(p.coins + p.bonus_coins for p in self.purchases)

    @property
    def purchased_cents(self) -> int:
        return sum(p.price_cents for p in self.purchases)

    @property
    def purchase_fee_cents(self) -> int:
        return sum(p.store_fee_cents for p in self.purchases)

    @property
    def sent(self) -> Trail:
        """The gifts sent and not undone, where their money went."""
        kept = [g for g in self.gifts_sent if not g.undone]
        return Trail(
            sum(g.coins for g in kept),
            sum(g.paid_cents for g in kept),
            sum(g.store_fee_cents for g in kept),
            sum(g.platform_cents for g in kept),
            sum(g.creator_cents for g in kept),
        )

    @property
    def received_coins(self) -> int:
        return sum(g.coins for g in self.gifts_received if not g.undone)

    @property
    def received_diamonds(self) -> int:
        return sum(g.diamonds for g in self.gifts_received if not g.undone)

    @property
    def payout_diamonds(self) -> int:
        """Diamonds asked to be paid out, failed payouts left out (their diamonds came back)."""
        return sum(p.diamonds for p in self.payouts if p.status != "failed")

    @property
    def payout_cents(self) -> int:
        return sum(p.cents for p in self.payouts if p.status != "failed")

    @property
    def paid_out_cents(self) -> int:
        return sum(p.cents for p in self.payouts if p.status == "paid")

    def as_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "creator": self.creator,
            "month": self.month,
            "time_zone": self.time_zone,
            "complete": self.complete,
            "opening_coins": self.opening_coins,
            "closing_coins": self.closing_coins,
            "opening_diamonds": self.opening_diamonds,
            "closing_diamonds": self.closing_diamonds,
            "purchases": len(self.purchases),
            "purchased_coins": self.purchased_coins,
            "purchased_cents": self.purchased_cents,
            "purchase_store_fee_cents": self.purchase_fee_cents,
            "gifts_sent": len([g for g in self.gifts_sent if not g.undone]),
            "gifts_undone": len([g for g in self.gifts_sent if g.undone]),
            "money_trail": self.sent.as_dict(),
            "gifts_received": len([g for g in self.gifts_received if not g.undone]),
            "received_coins": self.received_coins,
            "received_diamonds": self.received_diamonds,
            "lives": [live.live_id for live in self.lives],
            "payouts": len(self.payouts),
            "payout_diamonds": self.payout_diamonds,
            "payout_cents": self.payout_cents,
            "paid_out_cents": self.paid_out_cents,
        }
