"""Profile security: an optional password (argon2), an optional TOTP second factor (pyotp) for
payouts and for purchases above a threshold, and the counter that slows down guessing.

The password locks the profile in the window and guards its security and budget settings; the
second factor guards money leaving: every payout, and purchases above the threshold. Wrong
passwords and wrong codes share one counter per profile: after `FREE_ATTEMPTS` in a row the
profile waits before the next try (domain/security.py), and a right one resets it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from giftdesk.domain.errors import (
    InvalidAmount,
    InvalidSecondFactor,
    PasswordRequired,
    SecondFactorAlreadyEnabled,
    SecondFactorRequired,
    StorageError,
    WrongPassword,
)
from giftdesk.domain.security import (
    accepted_step,
    clean_code,
    clean_password,
    clean_totp_secret,
    lock_seconds,
    normalize_password,
    refuse_if_locked,
    time_step,
    tries_left,
)
from giftdesk.services.context import Change, Context, Moment

if TYPE_CHECKING:
    from giftdesk.services.profiles import ProfileService

ISSUER = "GiftDesk"

# argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile: 64 MiB, 3 passes, 4 lanes);
# about a quarter of a second per check here, which is what makes guessing slow. Made on first
# use, as pyotp is imported on first use: together they took 50 ms of every CLI command and
# of the window's start, which mostly never check a password or a code.
PASSWORD_HASHER = None


def password_hasher():
    global PASSWORD_HASHER
    if PASSWORD_HASHER is None:
        from argon2 import PasswordHasher

        PASSWORD_HASHER = PasswordHasher()
    return PASSWORD_HASHER


def _totp(secret: str):
    import pyotp

    return pyotp.TOTP(secret)


@dataclass(frozen=True, slots=True)
class SecurityStatus:
    has_password: bool
    totp_enabled: bool
    purchase_threshold_cents: int | None  # None: no purchase needs a code
    failed_attempts: int
    locked_seconds: int  # 0 when a password or code may be tried now


@dataclass(frozen=True, slots=True)
class _Row:
    password_hash: str | None = None
    failed_attempts: int = 0
    locked_until_us: int = 0
    totp_secret: str | None = None
    totp_last_step: int = 0
    purchase_threshold_cents: int | None = None


def _row(conn: sqlite3.Connection, profile_id: int) -> _Row:
    row = conn.execute(
        "SELECT password_hash, failed_attempts, locked_until_us, totp_secret, totp_last_step,"
        " purchase_threshold_cents FROM profile_security WHERE profile_id = ?",
        (profile_id,),
    ).fetchone()
    return _Row() if row is None else _Row(*row)


def _ensure_row(conn: sqlite3.Connection, profile_id: int) -> None:
    conn.execute("INSERT OR IGNORE INTO profile_security (profile_id) VALUES (?)", (profile_id,))


def _password_bytes(password: str) -> bytes:
    """What is hashed: the NFC text as UTF-8. clean_password refused lone surrogates when the
    password was set; a typed attempt holding one is encoded anyway, and simply cannot match."""
    return normalize_password(password).encode("utf-8", "surrogatepass")


def _count_failure(conn: sqlite3.Connection, profile_id: int, row: _Row, now_us: int) -> int:
    """One more wrong password or code in a row; lock the profile if that is one too many."""
    _ensure_row(conn, profile_id)
    failed = row.failed_attempts + 1
    wait_s = lock_seconds(failed)
    locked_until = now_us + wait_s * 1_000_000 if wait_s else row.locked_until_us
    conn.execute(
        "UPDATE profile_security SET failed_attempts = ?, locked_until_us = ? WHERE profile_id = ?",
        (failed, locked_until, profile_id),
    )
    return failed


def _reset_failures(conn: sqlite3.Connection, profile_id: int) -> None:
    conn.execute(
        "UPDATE profile_security SET failed_attempts = 0, locked_until_us = 0 WHERE profile_id = ?",
        (profile_id,),
    )


def verify_password(ctx: Context, profile_id: int, password: str | None, *, doing: str) -> None:
    """Pass if the profile has no password or `password` is it; otherwise raise.

    The try is counted in its own write *before* the slow argon2 check, so tries made side by
    side (two windows, a script) are all counted; a right password then resets the counter in
    a second write. Neither write holds the write lock during the quarter-second check.
    """
    if _row(ctx.conn, profile_id).password_hash is None:
        return
    if not password:
        raise PasswordRequired(f"this profile has a password: enter it to {doing}")
    now_us = ctx.moment().us
    with ctx.store.write() as conn:
        row = _row(conn, profile_id)
        if row.password_hash is None:  # removed meanwhile
            return
        refuse_if_locked(locked_until_us=row.locked_until_us, now_us=now_us)
        failed = _count_failure(conn, profile_id, row, now_us)
    stored = row.password_hash
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = password_hasher()
    try:
        hasher.verify(stored, _password_bytes(password))
    except InvalidHashError:
        raise StorageError("the stored password hash is damaged") from None
    except VerificationError:
        wait_s = lock_seconds(failed)
        if wait_s:
            raise WrongPassword(
                f"wrong password; too many wrong tries: wait {wait_s} seconds before the next one"
            ) from None
        left = tries_left(failed)
        raise WrongPassword(
            f"wrong password ({left} more {'try' if left == 1 else 'tries'} before a wait)"
        ) from None
    rehashed = hasher.hash(_password_bytes(password)) if hasher.check_needs_rehash(stored) else None
    with ctx.store.write() as conn:
        _reset_failures(conn, profile_id)
        if rehashed is not None:  # the hashing parameters were raised since it was set
            conn.execute(
                "UPDATE profile_security SET password_hash = ?"
                " WHERE profile_id = ? AND password_hash = ?",
                (rehashed, profile_id, stored),
            )


def record_failure(ctx: Context, profile_id: int) -> None:
    """Count a wrong code, in its own write: the action it was for has been rolled back."""
    now_us = ctx.moment().us
    with ctx.store.write() as conn:
        _count_failure(conn, profile_id, _row(conn, profile_id), now_us)


@contextmanager
def counting_code_failures(ctx: Context, profile_id: int) -> Iterator[None]:
    """Around a write that may call `require_second_factor`: a wrong code counts as a failure."""
    try:
        yield
    except InvalidSecondFactor:
        record_failure(ctx, profile_id)
        raise


def require_second_factor(
    conn: sqlite3.Connection, profile_id: int, code: str | None, moment: Moment
) -> None:
    """Inside a write transaction: pass if the profile has no second factor, or `code` is a
    right code not used before; record its time step so that it works only once.

    Time comes from `moment` (the services' clock), never the wall clock. The caller's
    transaction rolls back on any refusal, so nothing here is half-done.
    """
    row = _row(conn, profile_id)
    if row.totp_secret is None:
        return
    refuse_if_locked(locked_until_us=row.locked_until_us, now_us=moment.us)
    if code is None or not code.strip():
        raise SecondFactorRequired(
            "this needs the 6-digit code from your authenticator app (two-step check is on)"
        )
    step = accepted_step(
        clean_code(code),
        now_step=time_step(moment.us),
        last_step=row.totp_last_step,
        code_for_step=_totp(row.totp_secret).generate_otp,
    )
    # Wrong passwords and wrong codes count together. A right code clears them only where no
    # password is set: a code alone must not reset a password's lockout (a right password does).
    if row.password_hash is None:
        conn.execute(
            "UPDATE profile_security SET totp_last_step = ?, failed_attempts = 0,"
            " locked_until_us = 0 WHERE profile_id = ?",
            (step, profile_id),
        )
    else:
        conn.execute(
            "UPDATE profile_security SET totp_last_step = ? WHERE profile_id = ?",
            (step, profile_id),
        )


def purchase_needs_code(conn: sqlite3.Connection, profile_id: int, price_cents: int) -> bool:
    """A purchase needs a code when two-step is on and it costs more than the threshold."""
    row = _row(conn, profile_id)
    return (
        row.totp_secret is not None
        and row.purchase_threshold_cents is not None
        and price_cents > row.purchase_threshold_cents
    )


class SecurityService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    # --- reading -------------------------------------------------------------------------

    def status(self, profile_id: int) -> SecurityStatus:
        self._profiles.get(profile_id)
        row = _row(self._ctx.conn, profile_id)
        left_us = max(0, row.locked_until_us - self._ctx.moment().us)
        return SecurityStatus(
            has_password=row.password_hash is not None,
            totp_enabled=row.totp_secret is not None,
            purchase_threshold_cents=row.purchase_threshold_cents,
            failed_attempts=row.failed_attempts,
            locked_seconds=-(-left_us // 1_000_000),
        )

    def with_password(self) -> list[int]:
        """The profiles that have a password, by id; none where the table cannot be read (a
        damaged ledger is still one that a restore must be able to replace: the file's
        permissions, not a password, keep others from doing that)."""
        try:
            return [
                pid
                for (pid,) in self._ctx.conn.execute(
                    "SELECT profile_id FROM profile_security WHERE password_hash IS NOT NULL"
                    " ORDER BY profile_id"
                )
            ]
        except sqlite3.DatabaseError:
            return []

    def has_password(self, profile_id: int) -> bool:
        return _row(self._ctx.conn, profile_id).password_hash is not None

    def totp_enabled(self, profile_id: int) -> bool:
        return _row(self._ctx.conn, profile_id).totp_secret is not None

    def purchase_threshold_cents(self, profile_id: int) -> int | None:
        return _row(self._ctx.conn, profile_id).purchase_threshold_cents

    # --- password ------------------------------------------------------------------------

    def check_password(self, profile_id: int, password: str | None) -> None:
        """Unlock: pass, or raise WrongPassword / PasswordLocked / PasswordRequired.
        A profile without a password always passes."""
        self._profiles.get(profile_id)
        verify_password(self._ctx, profile_id, password, doing="open the profile")

    def set_password(self, profile_id: int, new: str, *, current: str | None = None) -> None:
        """Set a first password, or change it (then `current` is required)."""
        self._profiles.get(profile_id)
        clean = clean_password(new)
        verify_password(self._ctx, profile_id, current, doing="change the password")
        hashed = password_hasher().hash(_password_bytes(clean))
        with self._ctx.store.write() as conn:
            _ensure_row(conn, profile_id)
            conn.execute(
                "UPDATE profile_security SET password_hash = ?, failed_attempts = 0,"
                " locked_until_us = 0 WHERE profile_id = ?",
                (hashed, profile_id),
            )
        self._ctx.store.empty_log()  # the hash it replaced must not linger in the log
        self._ctx.notify(Change("security", (profile_id,)))

    def remove_password(self, profile_id: int, current: str | None) -> None:
        self._profiles.get(profile_id)
        if not self.has_password(profile_id):
            return
        verify_password(self._ctx, profile_id, current, doing="remove the password")
        with self._ctx.store.write() as conn:
            conn.execute(
                "UPDATE profile_security SET password_hash = NULL WHERE profile_id = ?",
                (profile_id,),
            )
        self._ctx.store.empty_log()
        self._ctx.notify(Change("security", (profile_id,)))

    # --- second factor -------------------------------------------------------------------

    def start_totp(self, profile_id: int) -> tuple[str, str]:
        """A new secret and its otpauth:// URI (for the QR code). Nothing is stored until
        `confirm_totp` sees a right code for it."""
        profile = self._profiles.get(profile_id)
        if self.totp_enabled(profile_id):
            raise SecondFactorAlreadyEnabled(
                f"two-step check is already on for {profile.name}; turn it off first"
            )
        import pyotp

        secret = pyotp.random_base32()  # 32 characters: 160 bits from `secrets`
        uri = pyotp.TOTP(secret).provisioning_uri(name=profile.name, issuer_name=ISSUER)
        return secret, uri

    def confirm_totp(
        self, profile_id: int, secret: str, code: str | None, *, password: str | None = None
    ) -> None:
        """Turn two-step on with `secret`, if `code` is a right code for it now. Needs the
        password when one is set: otherwise anyone at the computer could put their own second
        factor on the profile (and lock its owner out of payouts)."""
        profile = self._profiles.get(profile_id)
        secret = clean_totp_secret(secret)
        if code is None or not code.strip():
            raise SecondFactorRequired(
                "type the 6-digit code your authenticator app shows, to check it is set up"
            )
        code = clean_code(code)
        verify_password(self._ctx, profile_id, password, doing="turn on two-step")
        moment = self._ctx.moment()
        with self._ctx.store.write() as conn:
            if _row(conn, profile_id).totp_secret is not None:
                raise SecondFactorAlreadyEnabled(
                    f"two-step check is already on for {profile.name}; turn it off first"
                )
            # A new secret has had no code used yet; the one typed now is used up by enrolling.
            step = accepted_step(
                code,
                now_step=time_step(moment.us),
                last_step=0,
                code_for_step=_totp(secret).generate_otp,
            )
            _ensure_row(conn, profile_id)
            conn.execute(
                "UPDATE profile_security SET totp_secret = ?, totp_last_step = ?"
                " WHERE profile_id = ?",
                (secret, step, profile_id),
            )
        self._ctx.notify(Change("security", (profile_id,)))

    def disable_totp(
        self, profile_id: int, code: str | None, *, password: str | None = None
    ) -> None:
        """Turn two-step off: needs a right code, and the password when one is set."""
        self._profiles.get(profile_id)
        if not self.totp_enabled(profile_id):
            return
        verify_password(self._ctx, profile_id, password, doing="turn off two-step")
        moment = self._ctx.moment()
        with counting_code_failures(self._ctx, profile_id), self._ctx.store.write() as conn:
            if _row(conn, profile_id).totp_secret is None:
                return
            require_second_factor(conn, profile_id, code, moment)
            conn.execute(
                "UPDATE profile_security SET totp_secret = NULL WHERE profile_id = ?", (profile_id,)
            )
        self._ctx.store.empty_log()  # secure_delete zeroed it in the page; the log kept it
        self._ctx.notify(Change("security", (profile_id,)))

    def set_purchase_threshold(
        self,
        profile_id: int,
        cents: int | None,
        password: str | None = None,
        *,
        code: str | None = None,
    ) -> None:
        """Purchases costing more than `cents` need a code while two-step is on; None: none do.

        Needs the password when one is set. Raising or clearing the threshold while two-step
        is on also needs a code: otherwise the password alone could switch the second factor
        off for purchases.
        """
        self._profiles.get(profile_id)
        if cents is not None and cents < 0:
            raise InvalidAmount("a purchase threshold is zero or more cents")
        verify_password(self._ctx, profile_id, password, doing="change the purchase threshold")
        moment = self._ctx.moment()
        with counting_code_failures(self._ctx, profile_id), self._ctx.store.write() as conn:
            row = _row(conn, profile_id)
            current = row.purchase_threshold_cents
            weaker = current is not None and (cents is None or cents > current)
            if row.totp_secret is not None and weaker:
                require_second_factor(conn, profile_id, code, moment)
            _ensure_row(conn, profile_id)
            conn.execute(
                "UPDATE profile_security SET purchase_threshold_cents = ? WHERE profile_id = ?",
                (cents, profile_id),
            )
        self._ctx.notify(Change("security", (profile_id,)))
