"""Reading the `giftdesk` command line: every command, its options and their help, and the
handler each one runs. (The strict parser, ASCII numbers and the options the window shares are
in giftdesk/arguments.py; the contract is docs/cli.md.)"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from giftdesk.arguments import (
    StrictParser,
    UsageError,
    add_global_options,
    add_window_options,
    ascii_number,
    positive,
)
from giftdesk.cli import files, live, money, profiles, reading, security
from giftdesk.cli.prompts import (
    CARD_CVC_ENV,
    CARD_EXPIRY_ENV,
    CARD_NUMBER_ENV,
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
)
from giftdesk.domain.periods import LEADERBOARD_PERIODS
from giftdesk.domain.rules import CHANNELS, CONTEXTS
from giftdesk.domain.simulation import MAX_RATE, MAX_SECONDS
from giftdesk.formatting import group as group_number
from giftdesk.i18n import _


def exit_codes() -> str:
    return _(
        "exit codes: 0 done; 2 invalid input (unknown name, malformed number, bad card or\n"
        "file); 3 refused by a rule or the payment provider (not enough coins, under 18, over a\n"
        "limit or budget, declined card, a key used for another request); 1 anything unexpected."
    )


def build_parser() -> argparse.ArgumentParser:
    parser = StrictParser(
        prog="giftdesk",
        description=_(
            "GiftDesk: coins, gifts, diamonds, payouts. With no command it opens the window."
        ),
        epilog=exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_global_options(parser, suppress=False)
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=StrictParser)

    def command(name: str, help_text: str, handler: Callable) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=exit_codes(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        add_global_options(sub, suppress=True)
        sub.set_defaults(handler=handler)
        return sub

    group = command("profiles", _("create and list profiles; show or set their time zones"), None)
    profile_commands = group.add_subparsers(
        dest="profiles_command",
        metavar="add|list|time-zone",
        parser_class=StrictParser,
        required=True,
    )
    add = profile_commands.add_parser(
        "add",
        help=_("create a profile"),
        description=_("create a viewer (or, with --creator, a creator) profile"),
    )
    add_global_options(add, suppress=True)
    add.add_argument(
        "name",
        metavar="NAME",
        help=_(
            "1 to 64 characters, unique whatever the case; a name that looks "
            "like another one (a Cyrillic e for a Latin one, capital I for small "
            "L) is the same name"
        ),
    )
    add.add_argument(
        "--birthdate",
        required=True,
        metavar="YYYY-MM-DD",
        help=_("buying and sending need 18 or older"),
    )
    add.add_argument("--creator", action="store_true", help=_("a creator can receive gifts (18+)"))
    add.add_argument(
        "--time-zone",
        metavar="ZONE",
        help=_(
            "an IANA zone such as Europe/Berlin, in which the profile's budget "
            "days and age are counted (default: the system's zone, not TZ's)"
        ),
    )
    add.set_defaults(handler=profiles.add)
    listing = profile_commands.add_parser(
        "list", help=_("list profiles"), description=_("list every profile with its balances")
    )
    add_global_options(listing, suppress=True)
    listing.set_defaults(handler=profiles.listing)
    zone = profile_commands.add_parser(
        "time-zone",
        help=_("show or set a profile's time zone"),
        description=_(
            "show, or with ZONE set, the IANA time zone in which a profile's budget days and age "
            "are counted; setting it needs the profile's password ({variable}, or typed at a "
            "terminal)"
        ).format(variable=PASSWORD_ENV),
    )
    add_global_options(zone, suppress=True)
    zone.add_argument("name", metavar="NAME", help=_("the profile"))
    zone.add_argument(
        "zone", metavar="ZONE", nargs="?", help=_("an IANA zone such as America/New_York or UTC")
    )
    zone.set_defaults(handler=profiles.time_zone)

    command("gifts", _("list the gift catalog"), reading.gifts)

    packages = command("packages", _("list coin packages and prices"), reading.packages)
    packages.add_argument("--channel", choices=CHANNELS, help=_("only this channel's prices"))

    quote = command("quote", _("cheapest way to get at least COINS coins"), reading.quote)
    quote.add_argument(
        # 0 reaches the quote, which says the range, as it does for too many.
        "coins",
        type=ascii_number,
        metavar="COINS",
        help=_("how many coins you need"),
    )
    quote.add_argument(
        "--channel", choices=CHANNELS, help=_("only this channel (default: the cheaper one)")
    )

    recharge = command("recharge", _("buy coins"), money.recharge)
    recharge.add_argument("profile", metavar="PROFILE", help=_("who buys"))
    amount = recharge.add_mutually_exclusive_group(required=True)
    amount.add_argument(
        "--package",
        type=positive,
        metavar="COINS",
        help=_("a package by its coins (see `giftdesk packages`)"),
    )
    amount.add_argument(
        "--custom", type=positive, metavar="COINS", help=_("a custom amount, web only")
    )
    recharge.add_argument(
        "--channel",
        choices=CHANNELS,
        required=True,
        help=_("app: through the app store (dearer); web: direct"),
    )
    recharge.add_argument(
        "--method",
        choices=("app-store", "card", "paypal"),
        required=True,
        help=_("app-store on the app channel; card or paypal on the web"),
    )
    recharge.add_argument(
        "--card",
        metavar="NUMBER",
        help=_(
            "with --method card (sandbox); - reads the number, expiry and CVC from {number}, "
            "{expiry} and {cvc}, or asks at the terminal: other users' `ps` and your shell "
            "history see what is on the command line"
        ).format(number=CARD_NUMBER_ENV, expiry=CARD_EXPIRY_ENV, cvc=CARD_CVC_ENV),
    )
    recharge.add_argument("--expiry", metavar="MM/YY", help=_("the card's expiry"))
    recharge.add_argument("--cvc", metavar="CVC", help=_("the card's 3 or 4 digit code"))
    recharge.add_argument("--key", metavar="KEY", help=_("idempotency key"))
    recharge.add_argument(
        "--code",
        metavar="CODE",
        help=_("two-step code, for a purchase above the profile's threshold"),
    )

    send = command("send", _("send a gift to a creator"), money.send)
    send.add_argument("profile", metavar="PROFILE", help=_("who sends"))
    send.add_argument("creator", metavar="CREATOR", help=_("who receives"))
    send.add_argument(
        "gift", metavar="GIFT", nargs="+", help=_("a gift's name (see `giftdesk gifts`)")
    )
    send.add_argument(
        "--count",
        type=positive,
        default=1,
        metavar="N",
        help=_("a combo of N (by default 1 to 9,999, for gifts under 100 coins)"),
    )
    send.add_argument(
        "--context",
        choices=CONTEXTS,
        default=None,
        help=_(
            "during their LIVE or on a video (default: during their LIVE while they are LIVE, "
            "else on a video)"
        ),
    )
    send.add_argument("--key", metavar="KEY", help=_("idempotency key"))

    undo = command("undo", _("undo a gift within seconds of sending it"), money.undo)
    undo.add_argument(
        "transaction",
        metavar="TRANSACTION",
        help=_("the transaction `send` printed (12-K3M9P2QX; the number alone also works)"),
    )
    undo.add_argument("--key", metavar="KEY", help=_("idempotency key"))

    balance = command("balance", _("show a profile's coins and diamonds"), reading.balance)
    balance.add_argument("profile", metavar="PROFILE")

    budget = command("budget", _("show or set a profile's spending budget"), profiles.budget)
    budget.add_argument("profile", metavar="PROFILE")
    budget.add_argument(
        "--daily-coins",
        type=ascii_number,
        metavar="N",
        help=_("at most N coins of gifts a day (0 forbids sending)"),
    )
    budget.add_argument(
        "--monthly-coins",
        type=ascii_number,
        metavar="N",
        help=_("at most N coins of gifts a calendar month"),
    )
    budget.add_argument("--clear", action="store_true", help=_("remove both caps"))

    settings = command(
        "security",
        _("a profile's password, two-step check and purchase threshold (no option: show them)"),
        security.settings,
    )
    settings.add_argument("profile", metavar="PROFILE")
    change = settings.add_mutually_exclusive_group()
    change.add_argument(
        "--set-password",
        action="store_true",
        help=_(
            "set or change the password: the new one from {new}, the current one from "
            "{current}, or typed at a terminal"
        ).format(new=NEW_PASSWORD_ENV, current=PASSWORD_ENV),
    )
    change.add_argument(
        "--remove-password",
        action="store_true",
        help=_("remove the password (the current one from {variable})").format(
            variable=PASSWORD_ENV
        ),
    )
    change.add_argument(
        "--enable-totp",
        action="store_true",
        help=_("start two-step: prints a secret for your authenticator app"),
    )
    change.add_argument(
        "--confirm-totp",
        metavar="SECRET",
        help=_(
            "finish turning two-step on, with --code from the app; - reads "
            "the secret from GIFTDESK_TOTP_SECRET or the terminal"
        ),
    )
    change.add_argument(
        "--disable-totp", action="store_true", help=_("turn two-step off, with --code")
    )
    change.add_argument(
        "--purchase-threshold-cents",
        type=ascii_number,
        metavar="N",
        help=_("purchases above N cents need a two-step code"),
    )
    change.add_argument(
        "--clear-threshold", action="store_true", help=_("no purchase needs a two-step code")
    )
    settings.add_argument(
        "--code", metavar="CODE", help=_("6-digit code from your authenticator app")
    )

    history = command("history", _("a profile's ledger history, oldest first"), reading.history)
    history.add_argument("profile", metavar="PROFILE")
    history.add_argument(
        "--csv",
        metavar="FILE",
        help=_("write it as CSV to FILE (a new file; - for standard output)"),
    )

    spent = command(
        "spending",
        _("a profile's money spent on gifts in a month, and where it went"),
        reading.spending,
    )
    spent.add_argument("profile", metavar="PROFILE")
    spent.add_argument(
        "--month",
        metavar="YYYY-MM",
        help=_("the calendar month, in the profile's time zone (default: this month)"),
    )

    statement = command(
        "statement",
        _("a profile's monthly statement as a PDF: purchases, gifts and where the money went"),
        files.statement,
    )
    statement.add_argument("profile", metavar="PROFILE")
    statement.add_argument(
        "--month",
        metavar="YYYY-MM",
        required=True,
        help=_("the calendar month, in the profile's time zone"),
    )
    statement.add_argument("file", metavar="FILE.pdf", help=_("a new file to write"))

    export = command(
        "export",
        _("write the ledger as a plain-text accounting journal (hledger or Beancount)"),
        files.export,
    )
    export.add_argument("--format", choices=("hledger", "beancount"), required=True)
    export.add_argument(
        "--profile", metavar="NAME", help=_("only this profile's transactions (default: all)")
    )
    export.add_argument(
        "file", metavar="FILE", help=_("a new file to write; - for standard output")
    )

    payout = command("payout", _("request a payout of diamonds"), money.payout)
    payout.add_argument("creator", metavar="CREATOR")
    payout.add_argument(
        "diamonds",
        type=positive,
        metavar="DIAMONDS",
        help=_("by default at least 1,000, and at most $1,000 worth a UTC day"),
    )
    payout.add_argument(
        "--method", choices=("bank", "paypal"), required=True, help=_("where the money goes")
    )
    payout.add_argument("--key", metavar="KEY", help=_("idempotency key"))
    payout.add_argument("--code", metavar="CODE", help=_("two-step code, when two-step is on"))

    payouts = command("payouts", _("list a creator's payouts"), money.payouts)
    payouts.add_argument("creator", metavar="CREATOR")
    payouts.add_argument("--settle", action="store_true", help=_("process pending payouts"))

    _add_live_commands(command, commands)

    command("verify", _("check every ledger invariant"), reading.verify)

    backup = command("backup", _("copy the database to DEST and verify the copy"), files.backup)
    backup.add_argument("dest", metavar="DEST", help=_("a new file: a backup never overwrites one"))

    restore = command("restore", _("replace the database with a verified backup"), files.restore)
    restore.add_argument("source", metavar="BACKUP")

    copy = command(
        "copy",
        _(
            "copy a whole wallet into a new database, between a file and a PostgreSQL server "
            "either way, and verify both (--db is not used)"
        ),
        files.copy,
    )
    copy.add_argument(
        "source", metavar="SOURCE", help=_("a wallet file, or postgresql://USER@HOST/NAME")
    )
    copy.add_argument(
        "dest",
        metavar="DEST",
        help=_(
            "a new file, or an empty PostgreSQL database (or one with GiftDesk's schema and no "
            "wallet in it): copy never writes over a wallet"
        ),
    )
    copy.set_defaults(opens_db=False)
    return parser


def _add_live_commands(command: Callable, commands) -> None:
    """`live start|end|status|history|simulate` and `leaderboard`."""
    group = command("live", _("go LIVE, end a LIVE, see it, or simulate its gifts"), None)
    live_commands = group.add_subparsers(
        dest="live_command",
        metavar="start|end|status|history|simulate",
        parser_class=StrictParser,
        required=True,
    )

    def sub(name: str, help_text: str, handler: Callable) -> argparse.ArgumentParser:
        parser = live_commands.add_parser(name, help=help_text, description=help_text)
        add_global_options(parser, suppress=True)
        parser.add_argument("creator", metavar="CREATOR")
        parser.set_defaults(handler=handler)
        return parser

    start = sub(
        "start",
        _(
            "go LIVE (an adult creator; needs the creator's password when they have one, from "
            "{variable} or typed at a terminal)"
        ).format(variable=PASSWORD_ENV),
        live.start,
    )
    start.add_argument(
        "--title",
        metavar="TEXT",
        help=_('1 to 100 characters (default: "CREATOR\'s LIVE")'),
    )
    start.add_argument(
        "--goal-diamonds",
        type=positive,
        metavar="N",
        help=_("a goal for this LIVE, in diamonds"),
    )
    sub("end", _("end the creator's LIVE"), live.end)
    sub("status", _("the creator's LIVE on air: its figures and ranking"), live.status)
    sub("history", _("every LIVE of the creator, newest first"), live.history)
    simulate = sub(
        "simulate",
        _(
            "send a realistic stream of gifts into the creator's LIVE from simulated viewers "
            "(sandbox purchases and gifts; Ctrl+C stops between batches)"
        ),
        live.simulate,
    )
    simulate.add_argument(
        "--seconds",
        type=positive,
        default=10,
        metavar="S",
        help=_("how long, 1 to {most} (default 10)").format(most=group_number(MAX_SECONDS)),
    )
    simulate.add_argument(
        "--rate",
        type=positive,
        default=20,
        metavar="GIFTS_PER_SECOND",
        help=_("gifts sent a second, a combo counting once, 1 to {most} (default 20)").format(
            most=group_number(MAX_RATE)
        ),
    )
    simulate.add_argument(
        "--seed", type=ascii_number, metavar="N", help=_("repeat the stream of an earlier run")
    )

    board = command(
        "leaderboard",
        _("a creator's top supporters of the day, week, month, year (their calendar) or all time"),
        live.leaderboard,
    )
    board.add_argument("creator", metavar="CREATOR")
    board.add_argument(
        "--period",
        choices=LEADERBOARD_PERIODS,
        default="all",
        help=_("the creator's today, ISO week (from Monday), month, year, or all (default)"),
    )


def parse(argv: Sequence[str]) -> argparse.Namespace:
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8 reach Python as lone surrogates
            raise UsageError(_("an argument is not valid text (its bytes are not UTF-8)")) from None
    return build_parser().parse_args(list(argv))
