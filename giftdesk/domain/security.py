"""Security rules: what a password may be, the back-off after wrong tries, and which TOTP
time step a code may be accepted for. Pure: the hashing and the codes themselves come from
argon2-cffi and pyotp in the service layer.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import unicodedata
from collections.abc import Callable

from giftdesk.domain.errors import (
    InvalidSecondFactor,
    MalformedCredential,
    PasswordLocked,
)
from giftdesk.i18n import _, ngettext

PASSWORD_MIN_CHARS = 8
PASSWORD_MAX_CHARS = 128

# Wrong passwords (and wrong second-factor codes) in a row that cost nothing; the next failure
# locks the profile for FIRST_LOCK_S seconds, doubling with each further one up to MAX_LOCK_S.
FREE_ATTEMPTS = 5
FIRST_LOCK_S = 30
MAX_LOCK_S = 15 * 60

TOTP_DIGITS = 6
TOTP_PERIOD_S = 30
# Codes of the current step and of one step either side are accepted: a phone clock a little
# off, or a code typed just as it changed.
TOTP_WINDOW_STEPS = 1

# Characters that cannot be typed reliably or that hide in a terminal: controls (C0, C1, DEL),
# lone surrogates (which cannot even be encoded) and line or paragraph separators.
_REFUSED_CATEGORIES = frozenset(("Cc", "Cs", "Zl", "Zp"))


def normalize_password(raw: str) -> str:
    """NFC: the same typed text gives the same bytes from any keyboard or system."""
    return unicodedata.normalize("NFC", raw)


def clean_password(raw: str) -> str:
    """A new password as hashed: NFC, 8 to 128 characters, no control characters. Spaces are
    kept as typed. (Tries are not checked against these rules: they are counted and compared.)"""
    password = normalize_password(raw)
    if not PASSWORD_MIN_CHARS <= len(password) <= PASSWORD_MAX_CHARS:
        raise MalformedCredential(
            _("a password is {low} to {high} characters long").format(
                low=PASSWORD_MIN_CHARS, high=PASSWORD_MAX_CHARS
            )
        )
    if any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in password):
        raise MalformedCredential(_("a password cannot contain control characters"))
    return password


def clean_code(raw: str) -> str:
    """A second-factor code as typed, with the spaces some apps show ("123 456") taken out."""
    code = "".join(raw.split())
    if len(code) != TOTP_DIGITS or not code.isascii() or not code.isdigit():
        raise MalformedCredential(
            _("a code is {digits} digits from your authenticator app").format(digits=TOTP_DIGITS)
        )
    return code


def lock_seconds(failed_attempts: int) -> int:
    """How long to wait after `failed_attempts` failures in a row: 0 for the first
    FREE_ATTEMPTS - 1, then 30 s at the FREE_ATTEMPTS-th, doubling, capped at 15 minutes."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    doublings = failed_attempts - FREE_ATTEMPTS
    # Past 5 doublings the cap applies anyway; stop before 2**n grows without need.
    return min(FIRST_LOCK_S << min(doublings, 10), MAX_LOCK_S)


def tries_left(failed_attempts: int) -> int:
    """Wrong tries still possible before the first wait."""
    return max(0, FREE_ATTEMPTS - failed_attempts)


def refuse_if_locked(*, locked_until_us: int, now_us: int) -> None:
    if now_us < locked_until_us:
        wait_s = -(-(locked_until_us - now_us) // 1_000_000)  # round up: never say "0 seconds"
        raise PasswordLocked(
            ngettext(
                "too many wrong passwords or codes; try again in {count} second",
                "too many wrong passwords or codes; try again in {count} seconds",
                wait_s,
            ).format(count=wait_s),
            wait_seconds=wait_s,
        )


def time_step(unix_us: int) -> int:
    """The TOTP time step (RFC 6238: 30-second steps since the epoch) holding an instant."""
    return unix_us // (TOTP_PERIOD_S * 1_000_000)


def accepted_step(
    code: str, *, now_step: int, last_step: int, code_for_step: Callable[[int], str]
) -> int:
    """The time step `code` is accepted for, or `InvalidSecondFactor`.

    A code may be of the current step or one either side. Of the steps it matches, the latest
    counts; it must be after `last_step`, the step of the last code accepted, so a code (and
    any older one) works once. `code_for_step` gives the expected code of a step.
    """
    window = range(now_step - TOTP_WINDOW_STEPS, now_step + TOTP_WINDOW_STEPS + 1)
    matched = [
        step for step in window if hmac.compare_digest(code_for_step(step).encode(), code.encode())
    ]
    if not matched:
        raise InvalidSecondFactor(
            _("that code is wrong or has expired; type the code your authenticator app shows now")
        )
    step = max(matched)
    if step <= last_step:
        raise InvalidSecondFactor(
            _(
                "that code was already used; wait for the next one (a new code comes every "
                "{seconds} seconds)"
            ).format(seconds=TOTP_PERIOD_S)
        )
    return step


def clean_totp_secret(raw: str) -> str:
    """A TOTP secret as stored: base32 (RFC 4648, upper case, no padding or spaces), at least
    128 bits as RFC 4226 asks (26 characters; GiftDesk makes 160-bit, 32-character ones)."""
    secret = "".join(raw.split()).upper().rstrip("=")
    if not 26 <= len(secret) <= 128 or not secret.isascii():
        raise MalformedCredential(_("a two-step secret is 26 to 128 base32 characters"))
    try:
        base64.b32decode(secret + "=" * (-len(secret) % 8))
    except binascii.Error:
        raise MalformedCredential(_("that two-step secret is not valid base32")) from None
    return secret
