"""Sandbox card checks: Luhn, expiry, CVC, brand. Only brand and last four leave this module."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from giftdesk.domain.errors import CardDeclined, InvalidCard
from giftdesk.i18n import _

# The sandbox provider's always-declined test card.
DECLINED_TEST_CARD = "4000000000000002"


@dataclass(frozen=True, slots=True)
class CardSummary:
    """All that is ever kept of a card."""

    brand: str
    last4: str


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def brand_of(digits: str) -> str:
    two = int(digits[:2])
    four = int(digits[:4])
    if digits[0] == "4":
        return "Visa"
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return "Mastercard"
    if two in (34, 37):
        return "American Express"
    if digits.startswith("6011") or two == 65:
        return "Discover"
    return "Card"


def _digits(text: str, refusal: str) -> str:
    compact = text.replace(" ", "").replace("-", "")
    if not compact or not compact.isascii() or not compact.isdigit():
        raise InvalidCard(refusal)
    return compact


def check_card(
    number: str, expiry: str, cvc: str, *, today: dt.date, charge: bool = True
) -> CardSummary:
    """Validate a card as the sandbox provider does; raise `InvalidCard` or `CardDeclined`.

    With `charge=False` only the form is checked (inline validation while typing): a
    well-formed card is declined only when it is charged.
    """
    digits = _digits(number, _("the card number must be digits only"))
    if not 12 <= len(digits) <= 19:
        raise InvalidCard(_("a card number has 12 to 19 digits"))
    if not luhn_ok(digits):
        raise InvalidCard(_("that card number is not valid (check the digits)"))
    parts = expiry.strip().split("/")
    if (
        len(parts) != 2
        or not all(p.isascii() and p.isdigit() for p in parts)
        or len(parts[0]) != 2
        or len(parts[1]) != 2
    ):
        raise InvalidCard(_("the expiry date must be MM/YY"))
    month, year = int(parts[0]), 2000 + int(parts[1])
    if not 1 <= month <= 12:
        raise InvalidCard(_("the expiry month must be 01 to 12"))
    if (year, month) < (today.year, today.month):
        raise InvalidCard(_("that card has expired"))
    cvc_digits = cvc.strip()
    if not (cvc_digits.isascii() and cvc_digits.isdigit() and 3 <= len(cvc_digits) <= 4):
        raise InvalidCard(_("the security code (CVC) is 3 or 4 digits"))
    if charge and digits == DECLINED_TEST_CARD:
        raise CardDeclined(_("the card was declined by the payment provider"))
    return CardSummary(brand_of(digits), digits[-4:])


def card_fingerprint(key: bytes, number: str, expiry: str) -> str:
    """What a purchase's request remembers of its card: a keyed hash (HMAC-SHA256) of the whole
    number and the expiry, so that a key retried with another card is refused, even one with
    the same last four digits. Never the number itself, nor a plain hash of it (a card
    number has few enough possibilities to be found again from one)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    message = f"{digits}|{expiry.strip()}".encode("utf-8", "surrogatepass")
    return hmac.new(key, message, hashlib.sha256).hexdigest()
