"""What the services' actions and summaries return: frozen results, with `as_dict()` for JSON.

A write's result is also kept in the ledger (transactions.result), as `as_dict()` gives it, and
a retry under the same idempotency key gets it back as the same type, with `replayed` True and
`as_dict()` giving the stored dict as it was kept, plus "replayed": True. That dict is the
one kept, not one rebuilt from the fields: a result an earlier GiftDesk stored (with fewer
keys, or another form of one) replays exactly as it was first given.

Each `as_dict()` lists its keys in the order the command line prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from inspect import getattr_static
from typing import Any, Self, cast

from giftdesk.domain.references import transaction_reference
from giftdesk.domain.trails import MoneyTrail


@dataclass(frozen=True, slots=True)
class Stored:
    """Base of the results a write keeps in the ledger for a replay of its key."""

    # The stored result this one is a replay of; None for the first, fresh result.
    stored: dict[str, Any] | None = field(default=None, kw_only=True, repr=False, compare=False)

    @property
    def replayed(self) -> bool:
        return self.stored is not None

    @classmethod
    def replay_of(cls, stored: dict[str, Any]) -> Self:
        """The result a write kept (its `as_dict()` then), read back for a replay. A key an
        earlier GiftDesk did not store reads None."""
        return cls(**{name: stored.get(name) for name in _result_fields(cls)}, stored=stored)

    def as_dict(self) -> dict[str, Any]:
        if self.stored is not None:
            return {**self.stored, "replayed": True}
        return self._fresh()

    @property
    def transaction_reference(self) -> str:
        """What a receipt names the transaction by: never another's, even after a restore
        brought its number back (domain/references.py). Every write result has the two."""
        txn_id: int = getattr(self, "transaction_id")  # noqa: B009 - every subclass has it
        created_at: str = getattr(self, "created_at")  # noqa: B009
        return transaction_reference(txn_id, created_at)

    def _fresh(self) -> dict[str, Any]:
        raise NotImplementedError


def _result_fields(cls: type[Stored]) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls) if not f.kw_only)
    return names


_FIELDS: dict[type[Stored], tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class GiftSent(Stored):
    """A gift sent. Slotted and built positionally: a burst makes one per gift."""

    balance_coins: int  # the sender's, after this gift
    coins_spent: int
    context: str  # "live" or "video"
    count: int  # of a combo
    created_at: str  # ISO 8601 UTC
    creator: str
    diamonds_credited: int
    diamonds_cents: int
    gift: str
    sender: str
    transaction_id: int
    undo_until: str  # ISO 8601 UTC, like created_at
    live_id: int | None  # the LIVE it was sent in; None: a video, or sent before LIVEs
    # Where its money went (domain/trails.py); None in a result stored before trails.
    money_trail: MoneyTrail | None

    @classmethod
    def replay_of(cls, stored: dict[str, Any]) -> Self:
        result = Stored.replay_of.__func__(cls, stored)  # type: ignore[attr-defined]
        trail = MoneyTrail.from_dict(stored.get("money_trail"))
        return cast(Self, replace(result, money_trail=trail))

    @staticmethod
    def of_tap(fields: tuple[Any, ...], trail: MoneyTrail) -> GiftSent:
        """A fresh result from its fields in declaration order (a burst's tap) and its trail.

        The same object `GiftSent(*fields, trail)` makes, made twice as fast: a frozen
        dataclass's generated __init__ sets each field through object.__setattr__, 1.5 us for
        these 15 here, a third of all a burst spends on a gift. This sets the slots directly.
        """
        (balance, spent, context, count, at, creator, credited, cents, gift, sender, txn,
         undo_until, live_id) = fields  # fmt: skip
        made = _new(GiftSent)
        _put_balance(made, balance)
        _put_spent(made, spent)
        _put_context(made, context)
        _put_count(made, count)
        _put_created_at(made, at)
        _put_creator(made, creator)
        _put_credited(made, credited)
        _put_cents(made, cents)
        _put_gift(made, gift)
        _put_sender(made, sender)
        _put_txn(made, txn)
        _put_undo_until(made, undo_until)
        _put_live_id(made, live_id)
        _put_trail(made, trail)
        _put_stored(made, None)
        return made

    def _fresh(self) -> dict[str, Any]:
        return {
            "balance_coins": self.balance_coins,
            "coins_spent": self.coins_spent,
            "context": self.context,
            "count": self.count,
            "created_at": self.created_at,
            "creator": self.creator,
            "diamonds_credited": self.diamonds_credited,
            "diamonds_cents": self.diamonds_cents,
            "gift": self.gift,
            "sender": self.sender,
            "transaction_id": self.transaction_id,
            "undo_until": self.undo_until,
            "live_id": self.live_id,
            "money_trail": None if self.money_trail is None else self.money_trail.as_dict(),
        }


# GiftSent.of_tap's setters: each slot's own descriptor, which a frozen class's __setattr__
# does not stand in front of.
_new = object.__new__
(_put_balance, _put_spent, _put_context, _put_count, _put_created_at, _put_creator,
 _put_credited, _put_cents, _put_gift, _put_sender, _put_txn, _put_undo_until, _put_live_id,
 _put_trail, _put_stored) = (
    getattr_static(GiftSent, name).__set__
    for name in (
        "balance_coins", "coins_spent", "context", "count", "created_at", "creator",
        "diamonds_credited", "diamonds_cents", "gift", "sender", "transaction_id", "undo_until",
        "live_id", "money_trail", "stored",
    )
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Undone(Stored):
    """A gift undone, by a reversing transaction."""

    transaction_id: int
    undone_transaction_id: int
    gift: str
    count: int
    coins_refunded: int
    diamonds_reversed: int
    balance_coins: int  # the sender's, after the undo
    created_at: str
    # What was given back: exactly what the gift was charged (None: stored before trails).
    money_trail: MoneyTrail | None = None

    @classmethod
    def replay_of(cls, stored: dict[str, Any]) -> Self:
        result = Stored.replay_of.__func__(cls, stored)  # type: ignore[attr-defined]
        trail = MoneyTrail.from_dict(stored.get("money_trail"))
        return cast(Self, replace(result, money_trail=trail))

    def _fresh(self) -> dict[str, Any]:
        return {
            "transaction_id": self.transaction_id,
            "undone_transaction_id": self.undone_transaction_id,
            "gift": self.gift,
            "count": self.count,
            "coins_refunded": self.coins_refunded,
            "diamonds_reversed": self.diamonds_reversed,
            "balance_coins": self.balance_coins,
            "created_at": self.created_at,
            "money_trail": None if self.money_trail is None else self.money_trail.as_dict(),
        }


@dataclass(frozen=True, slots=True)
class Recharged(Stored):
    """Coins bought."""

    transaction_id: int
    reference: str  # the payment provider's
    profile: str
    coins: int  # the package or custom amount
    bonus_coins: int
    first_purchase_bonus_coins: int
    seasonal_bonus_coins: int
    credited_coins: int
    price_cents: int
    store_fee_cents: int
    currency: str
    channel: str
    method: str
    card: str | None  # "<brand> ending <last four>", for a card
    balance_coins: int
    created_at: str

    def _fresh(self) -> dict[str, Any]:
        return {
            "transaction_id": self.transaction_id,
            "reference": self.reference,
            "profile": self.profile,
            "coins": self.coins,
            "bonus_coins": self.bonus_coins,
            "first_purchase_bonus_coins": self.first_purchase_bonus_coins,
            "seasonal_bonus_coins": self.seasonal_bonus_coins,
            "credited_coins": self.credited_coins,
            "price_cents": self.price_cents,
            "store_fee_cents": self.store_fee_cents,
            "currency": self.currency,
            "channel": self.channel,
            "method": self.method,
            "card": self.card,
            "balance_coins": self.balance_coins,
            "created_at": self.created_at,
        }


@dataclass(frozen=True, slots=True)
class PayoutRequested(Stored):
    """Diamonds held for a payout, pending until the payout provider settles it."""

    transaction_id: int
    payout_id: int
    reference: str
    creator: str
    diamonds: int
    cents: int
    method: str
    status: str
    balance_diamonds: int  # the creator's, after the hold
    created_at: str

    def _fresh(self) -> dict[str, Any]:
        return {
            "transaction_id": self.transaction_id,
            "payout_id": self.payout_id,
            "reference": self.reference,
            "creator": self.creator,
            "diamonds": self.diamonds,
            "cents": self.cents,
            "method": self.method,
            "status": self.status,
            "balance_diamonds": self.balance_diamonds,
            "created_at": self.created_at,
        }


@dataclass(frozen=True, slots=True)
class PayoutSettled(Stored):
    """A pending payout paid, or failed (its diamonds released)."""

    transaction_id: int
    payout_id: int
    reference: str
    diamonds: int
    cents: int
    method: str
    status: str  # "paid" or "failed"
    created_at: str

    def _fresh(self) -> dict[str, Any]:
        return {
            "transaction_id": self.transaction_id,
            "payout_id": self.payout_id,
            "reference": self.reference,
            "diamonds": self.diamonds,
            "cents": self.cents,
            "method": self.method,
            "status": self.status,
            "created_at": self.created_at,
        }


@dataclass(frozen=True, slots=True)
class Balance:
    """A profile's coins and diamonds."""

    profile: str
    coins: int
    diamonds: int
    diamonds_cents: int  # what the diamonds are worth
    creator: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "coins": self.coins,
            "diamonds": self.diamonds,
            "diamonds_cents": self.diamonds_cents,
            "creator": self.creator,
        }


@dataclass(frozen=True, slots=True)
class Earnings:
    """A creator's diamonds, their worth, and how many are held for pending payouts."""

    diamonds: int
    diamonds_cents: int
    pending_diamonds: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "diamonds": self.diamonds,
            "diamonds_cents": self.diamonds_cents,
            "pending_diamonds": self.pending_diamonds,
        }


@dataclass(frozen=True, slots=True)
class ContextDiamonds:
    """Diamonds a creator earned during LIVEs and on videos."""

    live: int
    video: int

    def as_dict(self) -> dict[str, Any]:
        return {"live": self.live, "video": self.video}


@dataclass(frozen=True, slots=True)
class PeriodDiamonds:
    """Diamonds and gifts of one day, ISO week or calendar month of the Earnings chart."""

    first: str  # ISO 8601 date: the period's first day
    last: str  # and its last
    diamonds: int
    gifts: int  # each gift of a combo counts

    def as_dict(self) -> dict[str, Any]:
        return {
            "first": self.first,
            "last": self.last,
            "diamonds": self.diamonds,
            "gifts": self.gifts,
        }


@dataclass(frozen=True, slots=True)
class TotpEnrolment:
    """A new two-step secret, not stored until a code made with it is confirmed."""

    secret: str
    uri: str  # otpauth://, for the QR code

    def as_dict(self) -> dict[str, Any]:
        return {"secret": self.secret, "uri": self.uri}
