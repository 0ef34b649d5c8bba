"""Checking a profile's password and its two-step codes, for every service that acts for a
profile (budgets and time zones, security settings, purchases, payouts).

Wrong passwords and wrong codes share one counter per profile: after `FREE_ATTEMPTS` in a row
the profile waits before the next try (domain/security.py), and a right one resets it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from giftdesk.domain.errors import (
    InvalidSecondFactor,
    PasswordRequired,
    SecondFactorRequired,
    StorageError,
    WrongPassword,
)
from giftdesk.domain.security import (
    accepted_step,
    clean_code,
    lock_seconds,
    normalize_password,
    refuse_if_locked,
    time_step,
    tries_left,
)
from giftdesk.i18n import _, ngettext
from giftdesk.services.context import Context, Moment
from giftdesk.services.retries import retried
from giftdesk.storage import security
from giftdesk.storage.db import Connection
from giftdesk.storage.security import SecurityRow

if TYPE_CHECKING:
    import pyotp
    from argon2 import PasswordHasher

# argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile: 64 MiB, 3 passes, 4 lanes);
# about a quarter of a second per check here, which is what makes guessing slow. Made on first
# use, as pyotp is imported on first use: together they took 50 ms of every CLI command and
# of the window's start, which mostly never check a password or a code.
PASSWORD_HASHER: PasswordHasher | None = None


def password_hasher() -> PasswordHasher:
    global PASSWORD_HASHER
    if PASSWORD_HASHER is None:
        from argon2 import PasswordHasher

        PASSWORD_HASHER = PasswordHasher()
    return PASSWORD_HASHER


def totp(secret: str) -> pyotp.TOTP:
    import pyotp

    return pyotp.TOTP(secret)


def password_bytes(password: str) -> bytes:
    """What is hashed: the NFC text as UTF-8. clean_password refused lone surrogates when the
    password was set; a typed attempt holding one is encoded anyway, and simply cannot match."""
    return normalize_password(password).encode("utf-8", "surrogatepass")


def _count_failure(conn: Connection, profile_id: int, row: SecurityRow, now_us: int) -> int:
    """One more wrong password or code in a row; lock the profile if that is one too many."""
    failed = row.failed_attempts + 1
    wait_s = lock_seconds(failed)
    locked_until = now_us + wait_s * 1_000_000 if wait_s else row.locked_until_us
    security.set_failures(conn, profile_id, failed_attempts=failed, locked_until_us=locked_until)
    return failed


@retried
def verify_password(ctx: Context, profile_id: int, password: str | None, *, doing: str) -> None:
    """Pass if the profile has no password or `password` is it; otherwise raise.

    The try is counted in its own write *before* the slow argon2 check, so tries made side by
    side (two windows, a script) are all counted; a right password then resets the counter in
    a second write. Neither write holds the write lock during the quarter-second check.
    """
    if security.read(ctx.conn, profile_id).password_hash is None:
        return
    if not password:
        raise PasswordRequired(
            _("this profile has a password: enter it to {doing}").format(doing=doing)
        )
    now_us = ctx.moment().us
    with ctx.store.write() as conn:
        row = security.read(conn, profile_id)
        stored = row.password_hash
        if stored is None:  # removed meanwhile
            return
        refuse_if_locked(locked_until_us=row.locked_until_us, now_us=now_us)
        failed = _count_failure(conn, profile_id, row, now_us)
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = password_hasher()
    try:
        hasher.verify(stored, password_bytes(password))
    except InvalidHashError:
        raise StorageError(_("the stored password hash is damaged")) from None
    except VerificationError:
        wait_s = lock_seconds(failed)
        if wait_s:
            raise WrongPassword(
                ngettext(
                    "wrong password; too many wrong tries: wait {count} second before the next one",
                    "wrong password; too many wrong tries: wait {count} seconds before the next "
                    "one",
                    wait_s,
                ).format(count=wait_s)
            ) from None
        left = tries_left(failed)
        raise WrongPassword(
            ngettext(
                "wrong password ({count} more try before a wait)",
                "wrong password ({count} more tries before a wait)",
                left,
            ).format(count=left)
        ) from None
    rehashed = hasher.hash(password_bytes(password)) if hasher.check_needs_rehash(stored) else None
    with ctx.store.write() as conn:
        security.reset_failures(conn, profile_id)
        if rehashed is not None:  # the hashing parameters were raised since it was set
            security.replace_password_hash(conn, profile_id, old=stored, new=rehashed)


@retried
def record_failure(ctx: Context, profile_id: int) -> None:
    """Count a wrong code, in its own write: the action it was for has been rolled back."""
    now_us = ctx.moment().us
    with ctx.store.write() as conn:
        _count_failure(conn, profile_id, security.read(conn, profile_id), now_us)


@contextmanager
def counting_code_failures(ctx: Context, profile_id: int) -> Iterator[None]:
    """Around a write that may call `require_second_factor`: a wrong code counts as a failure."""
    try:
        yield
    except InvalidSecondFactor:
        record_failure(ctx, profile_id)
        raise


def require_second_factor(
    conn: Connection, profile_id: int, code: str | None, moment: Moment
) -> None:
    """Inside a write transaction: pass if the profile has no second factor, or `code` is a
    right code not used before; record its time step so that it works only once.

    Time comes from `moment` (the services' clock), never the wall clock. The caller's
    transaction rolls back on any refusal, so nothing here is half-done.
    """
    row = security.read(conn, profile_id)
    if row.totp_secret is None:
        return
    refuse_if_locked(locked_until_us=row.locked_until_us, now_us=moment.us)
    if code is None or not code.strip():
        raise SecondFactorRequired(
            _("this needs the 6-digit code from your authenticator app (two-step check is on)")
        )
    step = accepted_step(
        clean_code(code),
        now_step=time_step(moment.us),
        last_step=row.totp_last_step,
        code_for_step=totp(row.totp_secret).generate_otp,
    )
    # Wrong passwords and wrong codes count together. A right code clears them only where no
    # password is set: a code alone must not reset a password's lockout (a right password does).
    security.use_totp_step(conn, profile_id, step, reset_failures=row.password_hash is None)


def purchase_needs_code(conn: Connection, profile_id: int, price_cents: int) -> bool:
    """A purchase needs a code when two-step is on and it costs more than the threshold."""
    row = security.read(conn, profile_id)
    return (
        row.totp_secret is not None
        and row.purchase_threshold_cents is not None
        and price_cents > row.purchase_threshold_cents
    )
