"""The secrets a command needs, and acting as a profile: passwords, a two-step secret and card
details come from the environment or are typed unechoed at a terminal, never from the command
line, where other users (ps) and the shell history would see them."""

from __future__ import annotations

import os
import sys

from giftdesk.domain.errors import InvalidCard, MalformedCredential, PasswordRequired
from giftdesk.i18n import _

PASSWORD_ENV = "GIFTDESK_PASSWORD"
NEW_PASSWORD_ENV = "GIFTDESK_NEW_PASSWORD"
TOTP_SECRET_ENV = "GIFTDESK_TOTP_SECRET"
CARD_NUMBER_ENV = "GIFTDESK_CARD_NUMBER"
CARD_EXPIRY_ENV = "GIFTDESK_CARD_EXPIRY"
CARD_CVC_ENV = "GIFTDESK_CARD_CVC"


def secret_input(env_name: str, prompt: str, *, repeat: bool = False) -> str | None:
    """The value of `env_name`, else typed (unechoed) when stdin is a terminal, else None."""
    import getpass

    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        return None
    typed = getpass.getpass(prompt)
    if repeat and getpass.getpass(_("Type it again: ")) != typed:
        raise MalformedCredential(_("the two passwords typed differ; nothing was changed"))
    return typed


def act_as(s, profile) -> None:
    """Anything done as a profile that has a password needs the password, as the window
    needs it to open the profile: from GIFTDESK_PASSWORD or typed at a terminal, checked before
    anything else is done, and a wrong one counted towards the wait, as in the window."""
    password = current_password(s, profile)
    if password is not None:
        s.security.check_password(profile.id, password)


def current_password(s, profile) -> str | None:
    """The profile's password, asked for only when it has one."""
    if not s.security.has_password(profile.id):
        return None
    password = secret_input(PASSWORD_ENV, _("{name}'s password: ").format(name=profile.name))
    if not password:
        raise PasswordRequired(
            _(
                "{name} has a password: give it in {variable}, or run this at a terminal to type it"
            ).format(name=profile.name, variable=PASSWORD_ENV)
        )
    return password


def new_password() -> str:
    """A password being set, typed twice at a terminal."""
    new = secret_input(NEW_PASSWORD_ENV, _("New password: "), repeat=True)
    if new is None:
        raise MalformedCredential(
            _("give the new password in {variable}, or run this at a terminal to type it").format(
                variable=NEW_PASSWORD_ENV
            )
        )
    return new


def two_step_secret() -> str:
    """`--confirm-totp -`: the secret `--enable-totp` printed."""
    secret = secret_input(TOTP_SECRET_ENV, _("Two-step secret: "))
    if not secret:
        raise MalformedCredential(
            _(
                "give the two-step secret in {variable}, or run this at a terminal to type it"
            ).format(variable=TOTP_SECRET_ENV)
        )
    return secret


def card_from_environment_or_terminal(args):
    """`--card -`: the card as passwords are taken, from the environment or typed unechoed
    at a terminal, never from the command line. --expiry and --cvc, if given, still count."""
    from giftdesk.services.payments import CardDetails

    fields = []
    for env_name, prompt, given in (
        (CARD_NUMBER_ENV, _("Card number: "), None),
        (CARD_EXPIRY_ENV, _("Expiry (MM/YY): "), args.expiry),
        (CARD_CVC_ENV, _("Security code (CVC): "), args.cvc),
    ):
        value = given if given is not None else secret_input(env_name, prompt)
        if not value:
            raise InvalidCard(
                _(
                    "--card - takes the card from {number}, {expiry} and {cvc}, or from the "
                    "terminal; {missing} is not set and there is no terminal to ask at; nothing "
                    "was charged"
                ).format(
                    number=CARD_NUMBER_ENV,
                    expiry=CARD_EXPIRY_ENV,
                    cvc=CARD_CVC_ENV,
                    missing=env_name,
                )
            )
        fields.append(value)
    return CardDetails(*fields)


def server_password(needed: Exception) -> str:
    """The password of a PostgreSQL login that PGPASSWORD and ~/.pgpass did not give (or gave
    wrong), typed unechoed at a terminal; away from one, the server's refusal stands."""
    import getpass

    if not sys.stdin.isatty():
        raise needed
    return getpass.getpass(_("Password for the database server: "))
