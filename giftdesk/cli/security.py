"""The `security` command: show, or change one at a time, a profile's password, two-step check
and purchase threshold."""

from __future__ import annotations

from giftdesk.cli import text
from giftdesk.cli.output import Output
from giftdesk.cli.prompts import act_as, current_password, new_password, two_step_secret
from giftdesk.domain.errors import InvalidInput
from giftdesk.i18n import _


def settings(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    security = s.security
    threshold_change = args.purchase_threshold_cents is not None or args.clear_threshold
    if args.code is not None and not (args.confirm_totp or args.disable_totp or threshold_change):
        raise InvalidInput(
            _("--code goes with --confirm-totp, --disable-totp or a threshold change")
        )
    checked_by_service = (
        args.set_password
        or args.remove_password
        or args.confirm_totp is not None
        or args.disable_totp
        or threshold_change
    )
    if not checked_by_service:  # seeing the settings, or starting two-step
        act_as(s, profile)
    extra: dict = {}
    if args.set_password:
        new = new_password()  # asked for before the current one
        security.set_password(profile.id, new, current=current_password(s, profile))
        out.line(text.password_set(profile.name))
    elif args.remove_password:
        if security.has_password(profile.id):
            security.remove_password(profile.id, current_password(s, profile))
            out.line(text.password_removed(profile.name))
    elif args.enable_totp:
        enrolment = security.start_totp(profile.id)
        extra = enrolment.as_dict()
        out.extend(text.totp_started(profile.name, enrolment.secret, enrolment.uri))
    elif args.confirm_totp is not None:
        secret = two_step_secret() if args.confirm_totp == "-" else args.confirm_totp
        security.confirm_totp(profile.id, secret, args.code, password=current_password(s, profile))
        out.line(text.totp_on(profile))
    elif args.disable_totp:
        if security.totp_enabled(profile.id):
            security.disable_totp(profile.id, args.code, password=current_password(s, profile))
    elif threshold_change:
        security.set_purchase_threshold(
            profile.id, args.purchase_threshold_cents, current_password(s, profile), code=args.code
        )
    status = security.status(profile.id)
    out.extend(text.security_status(profile.name, status))
    return {
        "profile": profile.name,
        "password": status.has_password,
        "totp": status.totp_enabled,
        "purchase_threshold_cents": status.purchase_threshold_cents,
        "failed_attempts": status.failed_attempts,
        "locked_seconds": status.locked_seconds,
    } | extra
