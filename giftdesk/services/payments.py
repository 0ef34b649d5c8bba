"""The sandbox payment and payout providers: the only providers GiftDesk talks to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giftdesk.domain.cards import CardSummary, check_card
from giftdesk.domain.errors import InvalidCard
from giftdesk.i18n import _


@dataclass(frozen=True, slots=True)
class CardDetails:
    """Typed-in card data. Lives only for the call that charges it; never stored or logged."""

    number: str
    expiry: str
    cvc: str

    def __repr__(self) -> str:  # keep the number and CVC out of tracebacks and logs
        return "CardDetails(<hidden>)"


class SandboxPaymentProvider:
    """Charges always succeed except for invalid cards and the always-declined test card."""

    def charge(
        self,
        *,
        method: str,
        price_cents: int,
        card: CardDetails | None,
        today: dt.date,
        reference: str,
    ) -> CardSummary | None:
        """Charge `price_cents` once under `reference` (never used for another charge)."""
        if method != "card":
            return None  # app-store and PayPal confirm in their own sheet
        if card is None:
            raise InvalidCard(_("paying by card needs the card number, expiry (MM/YY) and CVC"))
        return check_card(card.number, card.expiry, card.cvc, today=today)


class SandboxPayoutProvider:
    """Settles every payout. Tests substitute one that fails some."""

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        """Pay `cents` once under `reference` (never used for another payout)."""
        return True
