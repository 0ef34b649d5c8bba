"""References: what GiftDesk tells a payment or payout provider a charge or payout is.

A provider pays (or charges) a reference once. A row number is no reference: a restore from a
backup brings back the numbers used after it was made, and the provider would be asked to pay
"payout 4" again for another payout. So each reference is 80 random bits, made when the charge
or payout is, and kept with it for ever (a restore carries it, see storage/carry.py).
"""

from __future__ import annotations

import base64
import hashlib
import secrets

PURCHASE = "CH"  # a charge for coins
PAYOUT = "PO"

_LENGTH = 16  # base32 characters: 80 bits


def _text(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii")[:_LENGTH]


def new_reference(kind: str) -> str:
    """A reference never made before, anywhere (80 random bits: a collision is as likely
    as guessing a 24-digit number, and the schema refuses one anyway)."""
    return f"{kind}-{_text(secrets.token_bytes(10))}"


def earlier_reference(kind: str, idem_key: str, created_us: int) -> str:
    """The reference of a charge or payout made before references existed, derived from what
    its transaction recorded then: a wallet and an old backup of it, each brought up to date
    on its own, give the same charge the same reference, so a restore can tell it is one."""
    seed = f"GiftDesk {kind} {created_us} {idem_key}".encode("utf-8", "surrogatepass")
    return f"{kind}-{_text(hashlib.sha256(seed).digest())}"


def is_reference(text: str, kind: str) -> bool:
    return (
        len(text) == len(kind) + 1 + _LENGTH
        and text.startswith(f"{kind}-")
        and all(ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in text[len(kind) + 1 :])
    )
