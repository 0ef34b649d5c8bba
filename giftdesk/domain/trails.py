"""Coin lots and money trails (DESIGN 9): where the money of every gift went, in cents.

Each purchase is a lot: its credited coins (bonus included) cost its price, of which the app
store took its fee. A gift takes its coins from the sender's oldest lot with coins left (first
in, first out), and each lot hands out its cents the way a creator's diamonds are minted:
after a take, the cents a lot has handed out are floor(coins taken so far x price / coins), so
single roses are not lost to rounding and nothing is invented. A lot whose coins are all taken
has handed out exactly its price.

An undo gives back exactly what its gift took (coins and cents, lot by lot), which can leave a
lot's cents handed out one away from that floor; the next take then brings it back to the
floor, never below what is already out (a take is never negative), so a spent lot still adds
up to its price to the cent. The store's fee is handed out alike, on its own running floor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple


class Take(NamedTuple):
    """What one gift (or one tap of a combo) took from one lot: coins and their cents."""

    lot_id: int
    coins: int
    paid_cents: int
    store_fee_cents: int


@dataclass(slots=True)
class OpenLot:
    """A lot as a gift sees it: what it holds, and what has been taken from it so far.
    Mutable: a burst takes from the same lots gift after gift, in memory."""

    lot_id: int  # the purchase's transaction
    coins: int  # credited, bonus included
    price_cents: int
    store_fee_cents: int
    coins_taken: int = 0
    paid_taken: int = 0  # cents handed out to the gifts not undone
    fee_taken: int = 0

    @property
    def coins_left(self) -> int:
        return self.coins - self.coins_taken


def charge(lot: OpenLot, coins: int) -> tuple[int, int]:
    """(paid cents, store fee cents) for taking `coins` more from `lot`: each the running
    floor of its share of the price after the take, less what is already handed out, never
    below zero. Integers only: coins x price stays far inside 64 bits (2,500,000 coins at
    most a purchase)."""
    after = lot.coins_taken + coins
    paid = after * lot.price_cents // lot.coins - lot.paid_taken
    fee = after * lot.store_fee_cents // lot.coins - lot.fee_taken
    return max(0, paid), max(0, fee)


def take_fifo(lots: list[OpenLot], coins: int) -> list[Take]:
    """Take `coins` from `lots` (a profile's lots with coins left, oldest first), first in,
    first out, updating them and dropping the ones spent from the front. Coins beyond what the
    lots hold cost nothing and take from no lot."""
    takes: list[Take] = []
    while coins > 0 and lots:
        lot = lots[0]
        n = min(coins, lot.coins_left)
        paid, fee = charge(lot, n)
        lot.coins_taken += n
        lot.paid_taken += paid
        lot.fee_taken += fee
        takes.append(Take(lot.lot_id, n, paid, fee))
        coins -= n
        if lot.coins_left == 0:
            lots.pop(0)
    return takes


def give_back(lot: OpenLot, take: Take) -> None:
    """An undo: `take`'s coins and cents return to its lot, exactly."""
    lot.coins_taken -= take.coins
    lot.paid_taken -= take.paid_cents
    lot.fee_taken -= take.store_fee_cents


@dataclass(frozen=True, slots=True)
class MoneyTrail:
    """Where a gift's money went: what its coins cost the sender (`paid_cents`), the app
    store's part of that, the creator's (the diamonds it minted, in cents) and the platform's,
    the rest (negative when the coins cost less than the creator receives)."""

    paid_cents: int
    store_fee_cents: int
    platform_cents: int
    creator_cents: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "paid_cents": self.paid_cents,
            "store_fee_cents": self.store_fee_cents,
            "platform_cents": self.platform_cents,
            "creator_cents": self.creator_cents,
        }

    @classmethod
    def of(cls, *, paid_cents: int, store_fee_cents: int, creator_cents: int) -> MoneyTrail:
        return cls(
            paid_cents,
            store_fee_cents,
            paid_cents - store_fee_cents - creator_cents,
            creator_cents,
        )

    @classmethod
    def from_dict(cls, stored: dict[str, Any] | None) -> MoneyTrail | None:
        """A trail as a stored result keeps it; None for a gift stored before trails."""
        if not isinstance(stored, dict):
            return None
        return cls(
            int(stored["paid_cents"]),
            int(stored["store_fee_cents"]),
            int(stored["platform_cents"]),
            int(stored["creator_cents"]),
        )

    def creator_percent(self) -> int | None:
        """The creator's part of what was paid, in whole percent rounded down; None when the
        coins cost nothing."""
        return None if self.paid_cents <= 0 else self.creator_cents * 100 // self.paid_cents


def totals(takes: list[Take]) -> tuple[int, int]:
    """(paid cents, store fee cents) of some takes."""
    return sum(t.paid_cents for t in takes), sum(t.store_fee_cents for t in takes)
