"""What the spending figures return (DESIGN 9 and 10): frozen results with `as_dict()`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class CreatorSpending:
    """What a profile spent on one creator in a month."""

    creator: str
    gifts: int  # gift items (a Rose x25 combo is 25)
    coins: int
    paid_cents: int
    creator_cents: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "creator": self.creator,
            "coins": self.coins,
            "paid_cents": self.paid_cents,
            "creator_cents": self.creator_cents,
            "gifts": self.gifts,
        }


@dataclass(frozen=True, slots=True)
class MonthSpent:
    """A profile's money spent on gifts in one calendar month of its own time zone, by the
    gifts not undone, and where it went; with the coins it has not spent yet and what they
    cost (as they stand now)."""

    profile: str
    month: str  # 'YYYY-MM'
    coins: int
    paid_cents: int
    store_fee_cents: int
    platform_cents: int
    creator_cents: int
    by_creator: tuple[CreatorSpending, ...]  # the most paid first
    unspent_coins: int
    unspent_cents: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "month": self.month,
            "coins": self.coins,
            "paid_cents": self.paid_cents,
            "store_fee_cents": self.store_fee_cents,
            "platform_cents": self.platform_cents,
            "creator_cents": self.creator_cents,
            "by_creator": [c.as_dict() for c in self.by_creator],
            "unspent_coins": self.unspent_coins,
            "unspent_cents": self.unspent_cents,
        }
