"""References that are never used twice: what GiftDesk tells a payment or payout provider a
charge or payout is, and what a receipt or a history names a transaction by.

A provider pays (or charges) a reference once. A row number is no reference: a restore from a
backup brings back the numbers used after it was made, and the provider would be asked to pay
"payout 4" again for another payout. So each reference is 80 random bits, made when the charge
or payout is, and kept with it for ever (a restore carries it, see storage/carry.py).
"""

from __future__ import annotations

import base64
import hashlib
import secrets

from giftdesk.domain.errors import InvalidInput

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
        and all(ch in _BASE32 for ch in text[len(kind) + 1 :])
    )


# --- transactions -------------------------------------------------------------------------
#
# A transaction's number is the ledger's row number: a restore from a backup brings back the
# numbers used after it was made, and a receipt, a CSV or `giftdesk undo 12` that named number
# 12 would then name another transaction. Its reference is the number and a mark of the very
# moment it was made: 40 bits of a hash of its time to the microsecond, which a transaction
# made later under the same number has (but for a chance of one in a million million) another
# of. Derived, not stored: no column or index for every gift to write.

_MARK_LENGTH = 8  # base32 characters: 40 bits


def transaction_mark(created_at: str) -> str:
    """The mark of a transaction made at `created_at` (its ISO 8601 time, as recorded)."""
    digest = hashlib.blake2b(created_at.encode("ascii"), digest_size=5).digest()
    return base64.b32encode(digest).decode("ascii")


def transaction_reference(txn_id: int, created_at: str) -> str:
    """'12-K3M9P2QX': a transaction's number and the mark of when it was made."""
    return f"{txn_id}-{transaction_mark(created_at)}"


def split_transaction_reference(text: str) -> tuple[int, str | None]:
    """A reference (or a bare number, as earlier receipts showed) as (number, mark or None)."""
    number, _, mark = text.strip().partition("-")
    if (
        not number.isascii()
        or not number.isdigit()
        or len(number) > 12
        or int(number) == 0
        or (mark and (len(mark) != _MARK_LENGTH or not set(mark.upper()) <= set(_BASE32)))
    ):
        raise InvalidInput(
            f"'{_shown(text)}' is not a transaction's reference (a number, or the number, a "
            "dash and the 8 letters and digits that follow it, as on the receipt)"
        )
    return int(number), (mark.upper() or None)


_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _shown(text: str) -> str:
    shown = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return shown if len(shown) <= 40 else shown[:37] + "..."
