"""Profile security: an optional password (argon2), an optional TOTP second factor (pyotp) for
payouts and for purchases above a threshold, and the counter that slows down guessing.

The password locks the profile in the window and guards its security and budget settings; the
second factor guards money leaving: every payout, and purchases above the threshold. The
checks themselves (services/credentials.py) are shared with the services that need them.
"""

from __future__ import annotations

from dataclasses import dataclass

from giftdesk.domain.errors import (
    InvalidAmount,
    SecondFactorAlreadyEnabled,
    SecondFactorRequired,
    StorageError,
)
from giftdesk.domain.security import (
    accepted_step,
    clean_code,
    clean_password,
    clean_totp_secret,
    time_step,
)
from giftdesk.i18n import _
from giftdesk.services.context import Change, ChangeKind, Context
from giftdesk.services.credentials import (
    counting_code_failures,
    password_bytes,
    password_hasher,
    require_second_factor,
    totp,
    verify_password,
)
from giftdesk.services.profiles import ProfileService
from giftdesk.services.results import TotpEnrolment
from giftdesk.services.retries import retried
from giftdesk.storage import security

ISSUER = "GiftDesk"


@dataclass(frozen=True, slots=True)
class SecurityStatus:
    has_password: bool
    totp_enabled: bool
    purchase_threshold_cents: int | None  # None: no purchase needs a code
    failed_attempts: int
    locked_seconds: int  # 0 when a password or code may be tried now


class SecurityService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    # --- reading -------------------------------------------------------------------------

    def status(self, profile_id: int) -> SecurityStatus:
        self._profiles.get(profile_id)
        row = security.read(self._ctx.conn, profile_id)
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
            return security.with_password(self._ctx.conn)
        except StorageError:
            return []

    def has_password(self, profile_id: int) -> bool:
        return security.read(self._ctx.conn, profile_id).password_hash is not None

    def totp_enabled(self, profile_id: int) -> bool:
        return security.read(self._ctx.conn, profile_id).totp_secret is not None

    def purchase_threshold_cents(self, profile_id: int) -> int | None:
        return security.read(self._ctx.conn, profile_id).purchase_threshold_cents

    # --- password ------------------------------------------------------------------------

    def check_password(self, profile_id: int, password: str | None) -> None:
        """Unlock: pass, or raise WrongPassword / PasswordLocked / PasswordRequired.
        A profile without a password always passes."""
        self._profiles.get(profile_id)
        verify_password(self._ctx, profile_id, password, doing=_("open the profile"))

    @retried
    def set_password(self, profile_id: int, new: str, *, current: str | None = None) -> None:
        """Set a first password, or change it (then `current` is required)."""
        self._profiles.get(profile_id)
        clean = clean_password(new)
        verify_password(self._ctx, profile_id, current, doing=_("change the password"))
        hashed = password_hasher().hash(password_bytes(clean))
        with self._ctx.store.write() as conn:
            security.set_password_hash(conn, profile_id, hashed)
        self._ctx.store.empty_log()  # the hash it replaced must not linger in the log
        self._ctx.notify(Change(ChangeKind.SECURITY, (profile_id,)))

    @retried
    def remove_password(self, profile_id: int, current: str | None) -> None:
        self._profiles.get(profile_id)
        if not self.has_password(profile_id):
            return
        verify_password(self._ctx, profile_id, current, doing=_("remove the password"))
        with self._ctx.store.write() as conn:
            security.remove_password(conn, profile_id)
        self._ctx.store.empty_log()
        self._ctx.notify(Change(ChangeKind.SECURITY, (profile_id,)))

    # --- second factor -------------------------------------------------------------------

    def start_totp(self, profile_id: int) -> TotpEnrolment:
        """A new secret and its otpauth:// URI (for the QR code). Nothing is stored until
        `confirm_totp` sees a right code for it."""
        profile = self._profiles.get(profile_id)
        if self.totp_enabled(profile_id):
            raise SecondFactorAlreadyEnabled(_already_on(profile.name))
        import pyotp

        secret = pyotp.random_base32()  # 32 characters: 160 bits from `secrets`
        uri = pyotp.TOTP(secret).provisioning_uri(name=profile.name, issuer_name=ISSUER)
        return TotpEnrolment(secret, uri)

    @retried
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
                _("type the 6-digit code your authenticator app shows, to check it is set up")
            )
        code = clean_code(code)
        verify_password(self._ctx, profile_id, password, doing=_("turn on two-step"))
        moment = self._ctx.moment()
        with self._ctx.store.write() as conn:
            if security.read(conn, profile_id).totp_secret is not None:
                raise SecondFactorAlreadyEnabled(_already_on(profile.name))
            # A new secret has had no code used yet; the one typed now is used up by enrolling.
            step = accepted_step(
                code,
                now_step=time_step(moment.us),
                last_step=0,
                code_for_step=totp(secret).generate_otp,
            )
            security.set_totp(conn, profile_id, secret=secret, used_step=step)
        self._ctx.notify(Change(ChangeKind.SECURITY, (profile_id,)))

    @retried
    def disable_totp(
        self, profile_id: int, code: str | None, *, password: str | None = None
    ) -> None:
        """Turn two-step off: needs a right code, and the password when one is set."""
        self._profiles.get(profile_id)
        if not self.totp_enabled(profile_id):
            return
        verify_password(self._ctx, profile_id, password, doing=_("turn off two-step"))
        moment = self._ctx.moment()
        with counting_code_failures(self._ctx, profile_id), self._ctx.store.write() as conn:
            if security.read(conn, profile_id).totp_secret is None:
                return
            require_second_factor(conn, profile_id, code, moment)
            security.clear_totp(conn, profile_id)
        self._ctx.store.empty_log()  # secure_delete zeroed it in the page; the log kept it
        self._ctx.notify(Change(ChangeKind.SECURITY, (profile_id,)))

    @retried
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
            raise InvalidAmount(_("a purchase threshold is zero or more cents"))
        verify_password(self._ctx, profile_id, password, doing=_("change the purchase threshold"))
        moment = self._ctx.moment()
        with counting_code_failures(self._ctx, profile_id), self._ctx.store.write() as conn:
            row = security.read(conn, profile_id)
            current = row.purchase_threshold_cents
            weaker = current is not None and (cents is None or cents > current)
            if row.totp_secret is not None and weaker:
                require_second_factor(conn, profile_id, code, moment)
            security.set_purchase_threshold(conn, profile_id, cents)
        self._ctx.notify(Change(ChangeKind.SECURITY, (profile_id,)))


def _already_on(name: str) -> str:
    return _("two-step check is already on for {name}; turn it off first").format(name=name)
