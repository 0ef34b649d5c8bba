"""The `giftdesk` command line: a stable, scriptable face of the same services as the window.

Contract (DESIGN.md section 5): exit 0 done, 2 invalid input, 3 refused by a rule or the
provider, 1 anything unexpected; a failure prints one line `giftdesk: error: ...` on stderr
and changes nothing; with `--json` stdout is exactly one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from giftdesk import formatting as fmt
from giftdesk.arguments import (
    StrictParser,
    UsageError,
    add_global_options,
    add_window_options,
    ascii_number,
    positive,
)
from giftdesk.domain.errors import (
    DamagedDatabase,
    GiftDeskError,
    InvalidAmount,
    InvalidCard,
    InvalidInput,
    InvalidPath,
    InvalidPaymentMethod,
    MalformedCredential,
    PasswordRequired,
    StorageError,
)
from giftdesk.domain.rules import CHANNELS, CONTEXTS
from giftdesk.paths import chosen_db_path, log_unexpected

EXIT_CODES = """exit codes: 0 done; 2 invalid input (unknown name, malformed number, bad card or
file); 3 refused by a rule or the payment provider (not enough coins, under 18, over a
limit or budget, declined card, a key used for another request); 1 anything unexpected."""


def build_parser() -> argparse.ArgumentParser:
    parser = StrictParser(
        prog="giftdesk",
        description="GiftDesk: coins, gifts, diamonds, payouts. With no "
        "command it opens the window.",
        epilog=EXIT_CODES,
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
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        add_global_options(sub, suppress=True)
        sub.set_defaults(handler=handler)
        return sub

    profiles = command("profiles", "create and list profiles; show or set their time zones", None)
    profile_commands = profiles.add_subparsers(
        dest="profiles_command",
        metavar="add|list|time-zone",
        parser_class=StrictParser,
        required=True,
    )
    add = profile_commands.add_parser(
        "add",
        help="create a profile",
        description="create a viewer (or, with --creator, a creator) profile",
    )
    add_global_options(add, suppress=True)
    add.add_argument(
        "name",
        metavar="NAME",
        help="1 to 64 characters, unique whatever the case; a name that looks "
        "like another one (a Cyrillic e for a Latin one, capital I for small "
        "L) is the same name",
    )
    add.add_argument(
        "--birthdate",
        required=True,
        metavar="YYYY-MM-DD",
        help="buying and sending need 18 or older",
    )
    add.add_argument("--creator", action="store_true", help="a creator can receive gifts (18+)")
    add.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="an IANA zone such as Europe/Berlin, in which the profile's budget "
        "days and age are counted (default: the system's zone, not TZ's)",
    )
    add.set_defaults(handler=_profiles_add)
    listing = profile_commands.add_parser(
        "list", help="list profiles", description="list every profile with its balances"
    )
    add_global_options(listing, suppress=True)
    listing.set_defaults(handler=_profiles_list)
    zone = profile_commands.add_parser(
        "time-zone",
        help="show or set a profile's time zone",
        description="show, or with ZONE set, the IANA time zone in which a profile's budget "
        f"days and age are counted; setting it needs the profile's password ({PASSWORD_ENV}, "
        "or typed at a terminal)",
    )
    add_global_options(zone, suppress=True)
    zone.add_argument("name", metavar="NAME", help="the profile")
    zone.add_argument(
        "zone", metavar="ZONE", nargs="?", help="an IANA zone such as America/New_York or UTC"
    )
    zone.set_defaults(handler=_profiles_time_zone)

    command("gifts", "list the gift catalog", _gifts)

    packages = command("packages", "list coin packages and prices", _packages)
    packages.add_argument("--channel", choices=CHANNELS, help="only this channel's prices")

    quote = command("quote", "cheapest way to get at least COINS coins", _quote)
    quote.add_argument("coins", type=positive, metavar="COINS", help="how many coins you need")
    quote.add_argument(
        "--channel", choices=CHANNELS, help="only this channel (default: the cheaper one)"
    )

    recharge = command("recharge", "buy coins", _recharge)
    recharge.add_argument("profile", metavar="PROFILE", help="who buys")
    amount = recharge.add_mutually_exclusive_group(required=True)
    amount.add_argument(
        "--package",
        type=positive,
        metavar="COINS",
        help="a package by its coins (see `giftdesk packages`)",
    )
    amount.add_argument(
        "--custom", type=positive, metavar="COINS", help="a custom amount, web only"
    )
    recharge.add_argument(
        "--channel",
        choices=CHANNELS,
        required=True,
        help="app: through the app store (dearer); web: direct",
    )
    recharge.add_argument(
        "--method",
        choices=("app-store", "card", "paypal"),
        required=True,
        help="app-store on the app channel; card or paypal on the web",
    )
    recharge.add_argument(
        "--card",
        metavar="NUMBER",
        help=f"with --method card (sandbox); - reads the number, expiry and "
        f"CVC from {CARD_NUMBER_ENV}, {CARD_EXPIRY_ENV} and {CARD_CVC_ENV}"
        ", or asks at the terminal: other users' `ps` and your shell "
        "history see what is on the command line",
    )
    recharge.add_argument("--expiry", metavar="MM/YY", help="the card's expiry")
    recharge.add_argument("--cvc", metavar="CVC", help="the card's 3 or 4 digit code")
    recharge.add_argument("--key", metavar="KEY", help="idempotency key")
    recharge.add_argument(
        "--code", metavar="CODE", help="two-step code, for a purchase above the profile's threshold"
    )

    send = command("send", "send a gift to a creator", _send)
    send.add_argument("profile", metavar="PROFILE", help="who sends")
    send.add_argument("creator", metavar="CREATOR", help="who receives")
    send.add_argument(
        "gift", metavar="GIFT", nargs="+", help="a gift's name (see `giftdesk gifts`)"
    )
    send.add_argument(
        "--count",
        type=positive,
        default=1,
        metavar="N",
        help="a combo of N (by default 1 to 9,999, for gifts under 100 coins)",
    )
    send.add_argument(
        "--context",
        choices=CONTEXTS,
        default="live",
        help="during their LIVE (default) or on a video",
    )
    send.add_argument("--key", metavar="KEY", help="idempotency key")

    undo = command("undo", "undo a gift within seconds of sending it", _undo)
    undo.add_argument(
        "transaction", type=positive, metavar="TRANSACTION_ID", help="the number `send` printed"
    )
    undo.add_argument("--key", metavar="KEY", help="idempotency key")

    balance = command("balance", "show a profile's coins and diamonds", _balance)
    balance.add_argument("profile", metavar="PROFILE")

    budget = command("budget", "show or set a profile's spending budget", _budget)
    budget.add_argument("profile", metavar="PROFILE")
    budget.add_argument(
        "--daily-coins",
        type=ascii_number,
        metavar="N",
        help="at most N coins of gifts a day (0 forbids sending)",
    )
    budget.add_argument(
        "--monthly-coins",
        type=ascii_number,
        metavar="N",
        help="at most N coins of gifts a calendar month",
    )
    budget.add_argument("--clear", action="store_true", help="remove both caps")

    security = command(
        "security",
        "a profile's password, two-step check and purchase threshold (no option: show them)",
        _security,
    )
    security.add_argument("profile", metavar="PROFILE")
    change = security.add_mutually_exclusive_group()
    change.add_argument(
        "--set-password",
        action="store_true",
        help=f"set or change the password: the new one from {NEW_PASSWORD_ENV}, "
        f"the current one from {PASSWORD_ENV}, or typed at a terminal",
    )
    change.add_argument(
        "--remove-password",
        action="store_true",
        help=f"remove the password (the current one from {PASSWORD_ENV})",
    )
    change.add_argument(
        "--enable-totp",
        action="store_true",
        help="start two-step: prints a secret for your authenticator app",
    )
    change.add_argument(
        "--confirm-totp",
        metavar="SECRET",
        help="finish turning two-step on, with --code from the app; - reads "
        "the secret from GIFTDESK_TOTP_SECRET or the terminal",
    )
    change.add_argument(
        "--disable-totp", action="store_true", help="turn two-step off, with --code"
    )
    change.add_argument(
        "--purchase-threshold-cents",
        type=ascii_number,
        metavar="N",
        help="purchases above N cents need a two-step code",
    )
    change.add_argument(
        "--clear-threshold", action="store_true", help="no purchase needs a two-step code"
    )
    security.add_argument("--code", metavar="CODE", help="6-digit code from your authenticator app")

    history = command("history", "a profile's ledger history, oldest first", _history)
    history.add_argument("profile", metavar="PROFILE")
    history.add_argument(
        "--csv", metavar="FILE", help="write it as CSV to FILE (a new file; - for standard output)"
    )

    payout = command("payout", "request a payout of diamonds", _payout)
    payout.add_argument("creator", metavar="CREATOR")
    payout.add_argument(
        "diamonds",
        type=positive,
        metavar="DIAMONDS",
        help="by default at least 1,000, and at most $1,000 worth a UTC day",
    )
    payout.add_argument(
        "--method", choices=("bank", "paypal"), required=True, help="where the money goes"
    )
    payout.add_argument("--key", metavar="KEY", help="idempotency key")
    payout.add_argument("--code", metavar="CODE", help="two-step code, when two-step is on")

    payouts = command("payouts", "list a creator's payouts", _payouts)
    payouts.add_argument("creator", metavar="CREATOR")
    payouts.add_argument("--settle", action="store_true", help="process pending payouts")

    command("verify", "check every ledger invariant", _verify)

    backup = command("backup", "copy the database to DEST and verify the copy", _backup)
    backup.add_argument("dest", metavar="DEST", help="a new file: a backup never overwrites one")

    restore = command("restore", "replace the database with a verified backup", _restore)
    restore.add_argument("source", metavar="BACKUP")
    return parser


# --- output ---------------------------------------------------------------------------------


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.lines: list[str] = []

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def emit(self, data: dict) -> None:
        """Write the result and flush it, so that a failing stdout (a full disk, a closed pipe)
        is found here, where the caller can say what was done, not at exit."""
        if self.as_json:
            sys.stdout.write(_json(data) + "\n")
        else:
            lines = self.lines
            if data.get("replayed"):
                lines = [
                    "Replayed: this key was used before for this same request, so "
                    "nothing was done again. Its first result, as it was then:",
                    *lines,
                ]
            sys.stdout.write("".join(f"{line}\n" for line in lines))
        sys.stdout.flush()


def _json(data: dict) -> str:
    # Names in their own letters where stdout takes UTF-8; escaped (still the same JSON)
    # where it cannot, rather than failing to print the result.
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    return json.dumps(data, ensure_ascii=not utf8)


def _table(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [
            str(c).rjust(w) if i in right else str(c).ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=False))
        ]
        out.append("  ".join(cells).rstrip())
    return out


# --- commands -------------------------------------------------------------------------------


def _profiles_add(s, args, out: Output) -> dict:
    p = s.profiles.add(
        args.name, birthdate=args.birthdate, creator=args.creator, time_zone=args.time_zone
    )
    kind = "creator" if p.is_creator else "viewer"
    out.line(
        f"Created {kind} profile '{p.name}' (#{p.id}); its budget days and age follow "
        f"{p.time_zone}."
    )
    return {
        "id": p.id,
        "name": p.name,
        "birthdate": p.birthdate.isoformat(),
        "creator": p.is_creator,
        "time_zone": p.time_zone,
    }


def _profiles_time_zone(s, args, out: Output) -> dict:
    from giftdesk.zones import check_zone

    profile = s.profiles.find(args.name)
    changed = args.zone is not None
    if changed:
        zone = check_zone(args.zone)  # before asking for a password it could not use
        profile = s.profiles.set_time_zone(profile.id, zone, password=_current_password(s, profile))
    else:
        _act_as(s, profile)
    today = profile.today(s.ctx.moment())
    out.line(
        f"{profile.name}'s budget days and age follow {profile.time_zone} "
        f"(today there: {today.isoformat()})."
    )
    return {
        "profile": profile.name,
        "time_zone": profile.time_zone,
        "today": today.isoformat(),
        "changed": changed,
    }


def _profiles_list(s, args, out: Output) -> dict:
    locked = set(s.security.with_password())
    profiles = []
    for p in s.profiles.list():
        entry = s.balance(p.id).as_dict() | {
            "id": p.id,
            "birthdate": p.birthdate.isoformat(),
            "time_zone": p.time_zone,
            "locked": p.id in locked,
        }
        if p.id in locked:  # as the window shows a locked profile: by name, nothing more
            entry |= {"coins": None, "diamonds": None, "diamonds_cents": None}
        profiles.append(entry)

    def figure(p: dict, key: str) -> str:
        return "locked" if p["locked"] else f"{p[key]:,}"

    if profiles:
        rows = [("NAME", "KIND", "COINS", "DIAMONDS")] + [
            (
                p["profile"],
                "creator" if p["creator"] else "viewer",
                figure(p, "coins"),
                figure(p, "diamonds") if p["creator"] else "-",
            )
            for p in profiles
        ]
        for line in _table(rows, right=(2, 3)):
            out.line(line)
    else:
        out.line("No profiles yet. Create one: giftdesk profiles add NAME --birthdate YYYY-MM-DD")
    return {"profiles": profiles}


def _gifts(s, args, out: Output) -> dict:
    gifts = [
        {"name": g.name, "coins": g.coins, "streakable": g.streakable} for g in s.gifts.catalog()
    ]
    rows = [("GIFT", "COINS", "COMBO")] + [
        (
            g["name"],
            f"{g['coins']:,}",
            f"up to x{s.rules.max_combo_count:,}" if g["streakable"] else "-",
        )
        for g in gifts
    ]
    for line in _table(rows, right=(1,)):
        out.line(line)
    return {"gifts": gifts}


def _packages(s, args, out: Output) -> dict:
    channels = [args.channel] if args.channel else list(CHANNELS)
    packages = []
    for channel in channels:
        for price in s.recharge.packages(channel):
            packages.append(
                {
                    "coins": price.coins,
                    "price_cents": price.price_cents,
                    "channel": channel,
                    "store_fee_cents": price.store_fee_cents,
                }
            )
    rows = [("CHANNEL", "COINS", "PRICE", "PER 100 COINS")] + [
        (
            p["channel"],
            f"{p['coins']:,}",
            fmt.usd(p["price_cents"]),
            fmt.usd_fraction(p["price_cents"] * 100, p["coins"]),
        )
        for p in packages
    ]
    for line in _table(rows, right=(1, 2, 3)):
        out.line(line)
    if not args.channel or args.channel == "web":
        r = s.rules
        out.line(
            f"Web also sells custom amounts of {r.custom_min_coins:,} to "
            f"{r.custom_max_coins:,} coins at the same rate per coin."
        )
    out.line(
        f"The app store keeps {s.rules.app_store_fee_rate.percent()}% of app prices; "
        "the web channel pays no store fee."
    )
    return {"packages": packages}


def _quote(s, args, out: Output) -> dict:
    q = s.recharge.quote(args.coins, args.channel)
    items = [
        {"kind": i.kind, "coins": i.coins, "price_cents": i.price_cents, "count": i.count}
        for i in q.items
    ]
    out.line(
        f"Cheapest way to at least {fmt.coins(args.coins)}: {fmt.usd(q.price_cents)} "
        f"on the {q.channel} channel, for {fmt.coins(q.coins)}."
    )
    for i in q.items:
        what = "custom amount" if i.kind == "custom" else "package"
        out.line(f"  {i.count:,} x {i.coins:,}-coin {what} at {fmt.usd(i.price_cents)}")
    return {
        "coins": q.coins,
        "price_cents": q.price_cents,
        "items": items,
        "channel": q.channel,
        "requested_coins": args.coins,
    }


def _recharge(s, args, out: Output) -> dict:
    from giftdesk.services.payments import CardDetails

    profile = s.profiles.find(args.profile)
    _act_as(s, profile)
    card = None
    if args.card is not None or args.expiry is not None or args.cvc is not None:
        if args.method != "card":  # typed for nothing: say so rather than charge without it
            raise InvalidPaymentMethod(
                f"--card, --expiry and --cvc go with --method card, "
                f"not {args.method}; nothing was charged"
            )
        if args.card == "-":
            card = _card_from_environment_or_terminal(args)
        else:
            card = CardDetails(args.card or "", args.expiry or "", args.cvc or "")
    custom = args.custom is not None
    result = s.recharge.recharge(
        profile.id,
        coins=args.custom if custom else args.package,
        channel=args.channel,
        method=args.method,
        custom=custom,
        card=card,
        key=args.key,
        second_factor=args.code,
    )
    bonus = f" + {result.bonus_coins:,} bonus coins" if result.bonus_coins else ""
    paid_with = f" with {result.card}" if result.card else f" by {result.method}"
    out.line(
        f"{result.profile} bought {fmt.coins(result.coins)}{bonus} for "
        f"{fmt.usd(result.price_cents)}{paid_with}. "
        f"Balance: {fmt.coins(result.balance_coins)}."
    )
    out.line(f"Transaction #{result.transaction_id}; payment reference {result.reference}.")
    return result.as_dict()


def _card_from_environment_or_terminal(args):
    """`--card -`: the card as passwords are taken, from the environment or typed unechoed
    at a terminal, never from the command line. --expiry and --cvc, if given, still count."""
    from giftdesk.services.payments import CardDetails

    fields = []
    for env_name, prompt, given in (
        (CARD_NUMBER_ENV, "Card number: ", None),
        (CARD_EXPIRY_ENV, "Expiry (MM/YY): ", args.expiry),
        (CARD_CVC_ENV, "Security code (CVC): ", args.cvc),
    ):
        value = given if given is not None else _secret_input(env_name, prompt)
        if not value:
            raise InvalidCard(
                f"--card - takes the card from {CARD_NUMBER_ENV}, "
                f"{CARD_EXPIRY_ENV} and {CARD_CVC_ENV}, or from the terminal; "
                f"{env_name} is not set and there is no terminal to ask at; "
                "nothing was charged"
            )
        fields.append(value)
    return CardDetails(*fields)


def _send(s, args, out: Output) -> dict:
    sender = s.profiles.find(args.profile)
    creator = s.profiles.find(args.creator)
    _act_as(s, sender)
    result = s.gifts.send(
        sender.id,
        creator.id,
        " ".join(args.gift),
        count=args.count,
        context=args.context,
        key=args.key,
    )
    combo = f" x{result.count:,}" if result.count > 1 else ""
    out.line(
        f"{result.sender} sent {result.gift}{combo} to {result.creator}: "
        f"{fmt.coins(result.coins_spent)}; {result.creator} receives "
        f"{fmt.diamonds(result.diamonds_credited)} "
        f"({fmt.usd(result.diamonds_cents)}). "
        f"Balance: {fmt.coins(result.balance_coins)}."
    )
    out.line(
        f"Transaction #{result.transaction_id}; undo within "
        f"{s.rules.undo_seconds} s: giftdesk undo {result.transaction_id}"
    )
    return result.as_dict()


def _undo(s, args, out: Output) -> dict:
    _act_as(s, s.profiles.get(s.gifts.sender_of(args.transaction)))
    result = s.gifts.undo(args.transaction, key=args.key)
    out.line(
        f"Undid {result.gift} x{result.count:,}: {fmt.coins(result.coins_refunded)} "
        f"back. Balance: {fmt.coins(result.balance_coins)}."
    )
    return result.as_dict()


def _balance(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    _act_as(s, profile)
    b = s.balance(profile.id)
    out.line(f"{b.profile}: {fmt.coins(b.coins)}")
    if profile.is_creator:
        out.line(
            f"{' ' * len(b.profile)}  {fmt.diamonds(b.diamonds)} "
            f"(worth {fmt.usd(b.diamonds_cents)})"
        )
    left = s.profiles.budget_left_today(profile.id)
    if left is not None:
        out.line(f"Budget left today: {fmt.coins(left)}")
    return b.as_dict() | {"budget_left_today_coins": left}


def _budget(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    changing = args.clear or args.daily_coins is not None or args.monthly_coins is not None
    if args.clear and (args.daily_coins is not None or args.monthly_coins is not None):
        raise InvalidAmount("--clear cannot be combined with --daily-coins or --monthly-coins")
    if changing:  # the service checks the password itself, and counts a wrong one
        profile = s.profiles.set_budget(
            profile.id,
            daily_coins=args.daily_coins,
            monthly_coins=args.monthly_coins,
            clear=args.clear,
            password=_current_password(s, profile),
        )
    else:
        _act_as(s, profile)
    b = profile.budget
    left = s.profiles.budget_left_today(profile.id)

    def cap(value: int | None) -> str:
        return "no cap" if value is None else fmt.coins(value)

    out.line(
        f"{profile.name}'s budget: daily {cap(b.daily_coins)}, monthly {cap(b.monthly_coins)}."
    )
    if left is not None:
        out.line(f"Left today: {fmt.coins(left)}.")
    return {
        "profile": profile.name,
        "daily_coins": b.daily_coins,
        "monthly_coins": b.monthly_coins,
        "left_today_coins": left,
    }


# Passwords come from the environment or a terminal prompt, never from the command line, where
# other users (ps) and the shell history would see them.
PASSWORD_ENV = "GIFTDESK_PASSWORD"
NEW_PASSWORD_ENV = "GIFTDESK_NEW_PASSWORD"
TOTP_SECRET_ENV = "GIFTDESK_TOTP_SECRET"
CARD_NUMBER_ENV = "GIFTDESK_CARD_NUMBER"
CARD_EXPIRY_ENV = "GIFTDESK_CARD_EXPIRY"
CARD_CVC_ENV = "GIFTDESK_CARD_CVC"


def _secret_input(env_name: str, prompt: str, *, repeat: bool = False) -> str | None:
    """The value of `env_name`, else typed (unechoed) when stdin is a terminal, else None."""
    import getpass

    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        return None
    typed = getpass.getpass(prompt)
    if repeat and getpass.getpass("Type it again: ") != typed:
        raise MalformedCredential("the two passwords typed differ; nothing was changed")
    return typed


def _act_as(s, profile) -> None:
    """Anything done as a profile that has a password needs the password, as the window
    needs it to open the profile: from GIFTDESK_PASSWORD or typed at a terminal, checked before
    anything else is done, and a wrong one counted towards the wait, as in the window."""
    password = _current_password(s, profile)
    if password is not None:
        s.security.check_password(profile.id, password)


def _current_password(s, profile) -> str | None:
    """The profile's password, asked for only when it has one."""
    if not s.security.has_password(profile.id):
        return None
    password = _secret_input(PASSWORD_ENV, f"{profile.name}'s password: ")
    if not password:
        raise PasswordRequired(
            f"{profile.name} has a password: give it in {PASSWORD_ENV}, or "
            "run this at a terminal to type it"
        )
    return password


def _security(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    security = s.security
    threshold_change = args.purchase_threshold_cents is not None or args.clear_threshold
    if args.code is not None and not (args.confirm_totp or args.disable_totp or threshold_change):
        raise InvalidInput("--code goes with --confirm-totp, --disable-totp or a threshold change")
    checked_by_service = (
        args.set_password
        or args.remove_password
        or args.confirm_totp is not None
        or args.disable_totp
        or threshold_change
    )
    if not checked_by_service:  # seeing the settings, or starting two-step
        _act_as(s, profile)
    extra: dict = {}
    if args.set_password:
        new = _secret_input(NEW_PASSWORD_ENV, "New password: ", repeat=True)
        if new is None:
            raise MalformedCredential(
                f"give the new password in {NEW_PASSWORD_ENV}, or run this at a terminal to type it"
            )
        security.set_password(profile.id, new, current=_current_password(s, profile))
        out.line(
            f"{profile.name}'s password is set: the window asks for it to open the "
            "profile, and budget and security changes need it."
        )
    elif args.remove_password:
        if security.has_password(profile.id):
            security.remove_password(profile.id, _current_password(s, profile))
            out.line(f"{profile.name}'s password is removed.")
    elif args.enable_totp:
        enrolment = security.start_totp(profile.id)
        secret, uri = enrolment.secret, enrolment.uri
        extra = enrolment.as_dict()
        out.line(f"Add this secret to your authenticator app: {secret}")
        out.line(f"(or open this link on the phone: {uri})")
        out.line("Then turn two-step on with the code the app shows:")
        import shlex

        out.line(f"  giftdesk security {shlex.quote(profile.name)} --confirm-totp - --code CODE")
        out.line(
            f"and type the secret when asked (or give it in {TOTP_SECRET_ENV}): a secret "
            "on the command line is seen by other users' `ps` and kept in shell history."
        )
    elif args.confirm_totp is not None:
        secret = args.confirm_totp
        if secret == "-":
            secret = _secret_input(TOTP_SECRET_ENV, "Two-step secret: ")
            if not secret:
                raise MalformedCredential(
                    f"give the two-step secret in {TOTP_SECRET_ENV}, or "
                    "run this at a terminal to type it"
                )
        security.confirm_totp(profile.id, secret, args.code, password=_current_password(s, profile))
        guarded = (
            "payouts, and purchases above the threshold,"
            if profile.is_creator
            else "purchases above the threshold"
        )
        out.line(f"Two-step check is on for {profile.name}: {guarded} need a code from the app.")
    elif args.disable_totp:
        if security.totp_enabled(profile.id):
            security.disable_totp(profile.id, args.code, password=_current_password(s, profile))
    elif threshold_change:
        security.set_purchase_threshold(
            profile.id, args.purchase_threshold_cents, _current_password(s, profile), code=args.code
        )
    status = security.status(profile.id)
    threshold = status.purchase_threshold_cents
    out.line(
        f"{profile.name}: password {'set' if status.has_password else 'not set'}; "
        f"two-step check {'on' if status.totp_enabled else 'off'}."
    )
    if threshold is None:
        out.line("No purchase threshold: purchases never need a code.")
    else:
        applies = "" if status.totp_enabled else " (once two-step is on)"
        out.line(f"Purchases above {fmt.usd(threshold)} need a code{applies}.")
    if status.locked_seconds:
        out.line(f"Locked after wrong tries: {status.locked_seconds} seconds to wait.")
    return {
        "profile": profile.name,
        "password": status.has_password,
        "totp": status.totp_enabled,
        "purchase_threshold_cents": threshold,
        "failed_attempts": status.failed_attempts,
        "locked_seconds": status.locked_seconds,
    } | extra


def _history(s, args, out: Output) -> dict:
    from giftdesk.history_csv import export_csv, write_csv
    from giftdesk.history_text import describe

    profile = s.profiles.find(args.profile)
    _act_as(s, profile)
    if args.csv == "-":  # the CSV itself is the output
        if out.as_json:
            raise InvalidInput(
                "--csv - writes the CSV to standard output, which --json needs "
                "for its JSON object; use one or the other"
            )
        try:
            count = write_csv(s.history, profile.id, sys.stdout)
            sys.stdout.flush()
        except OSError as e:  # a closed pipe, a full disk
            _drop_stdout()
            raise StorageError(f"cannot write the CSV to the output ({e.strerror})") from None
        return {"profile": profile.name, "csv": "-", "rows": count}
    if args.csv is not None:
        count = export_csv(s.history, profile.id, _file_argument(args.csv, "--csv"))
        out.line(f"Wrote {count:,} transactions to {args.csv}.")
        return {"profile": profile.name, "csv": args.csv, "rows": count}
    rows = s.history.rows(profile.id)
    if rows:
        table = [("#", "WHEN (UTC)", "WHAT", "COINS", "DIAMONDS")] + [
            (
                r.transaction_id,
                r.created_at[:19].replace("T", " "),
                describe(r),
                f"{r.coins:+,}" if r.coins else "",
                f"{r.diamonds:+,}" if r.diamonds else "",
            )
            for r in rows
        ]
        for line in _table(table, right=(0, 3, 4)):
            out.line(line)
    else:
        out.line(f"{profile.name} has no transactions yet.")
    return {
        "profile": profile.name,
        "transactions": [
            {
                "transaction_id": r.transaction_id,
                "created_at": r.created_at,
                "kind": r.kind,
                "description": describe(r),
                "coins": r.coins,
                "diamonds": r.diamonds,
                "money_cents": r.money_cents,
                "counterparty": r.counterparty,
            }
            for r in rows
        ],
    }


def _payout(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    _act_as(s, creator)
    result = s.payouts.request(
        creator.id, args.diamonds, method=args.method, key=args.key, second_factor=args.code
    )
    out.line(
        f"Payout of {fmt.diamonds(result.diamonds)} ({fmt.usd(result.cents)}) "
        f"to {result.method} requested: {result.status}. "
        f"Reference {result.reference}, transaction #{result.transaction_id}."
    )
    return result.as_dict()


def _payouts(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    _act_as(s, creator)
    settled = s.payouts.settle_pending(creator.id) if args.settle else []
    for r in settled:
        out.line(f"Payout {r.reference} of {fmt.usd(r.cents)}: {r.status}.")
    payouts = [p.as_dict() for p in s.payouts.list(creator.id)]
    if payouts:
        rows = [("REFERENCE", "REQUESTED (UTC)", "DIAMONDS", "AMOUNT", "METHOD", "STATUS")] + [
            (
                p["reference"],
                p["created_at"][:19].replace("T", " "),
                f"{p['diamonds']:,}",
                fmt.usd(p["cents"]),
                p["method"],
                p["status"],
            )
            for p in payouts
        ]
        for line in _table(rows, right=(2, 3)):
            out.line(line)
    else:
        out.line(f"{creator.name} has no payouts yet.")
    return {
        "creator": creator.name,
        "payouts": payouts,
        "settled": [r.as_dict() for r in settled],
    }


def _verify(s, args, out: Output) -> dict:
    checks = s.maintenance.verify()
    for c in checks:
        out.line(f"{'ok  ' if c.ok else 'FAIL'}  {c.name}{': ' + c.detail if c.detail else ''}")
    ok = all(c.ok for c in checks)
    out.line("The ledger is consistent." if ok else "The ledger has problems (see FAIL above).")
    return {"ok": ok, "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in checks]}


def _backup(s, args, out: Output) -> dict:
    checks = s.maintenance.backup(_file_argument(args.dest, "the backup"))
    out.line(f"Backed up to {args.dest}; the copy passed {len(checks)} checks.")
    return {"ok": True, "dest": args.dest, "checks": [{"name": c.name, "ok": c.ok} for c in checks]}


def _restore(s, args, out: Output) -> dict:
    source = _file_argument(args.source, "the backup to restore")
    # A restore replaces every profile here: one with a password could come back without it,
    # or with the coins its budget had spent. So each password here is needed first.
    for profile_id in s.security.with_password():
        _act_as(s, s.profiles.get(profile_id))
    done = s.maintenance.restore(source)
    out.line(f"Restored from {args.source}; {len(done.checks)} checks passed.")
    if done.carried:
        out.line("Kept what already happened outside GiftDesk after the backup was made:")
        for m in done.carried:
            out.line(f"  {_moved(m)}")
    if done.previous is not None:
        out.line(f"The previous contents were kept in {done.previous}.")
    return {
        "ok": all(c.ok for c in done.checks),
        "source": args.source,
        "previous": str(done.previous) if done.previous else None,
        "carried": [m.as_dict() for m in done.carried],
        "checks": [{"name": c.name, "ok": c.ok} for c in done.checks],
    }


def _moved(m) -> str:
    """A purchase or payout a restore carried, in a line."""
    day = m.created_at[:10]
    if m.kind == "purchase":
        return (
            f"purchase {m.reference}: {m.profile} bought {fmt.coins(m.coins)} for "
            f"{fmt.usd(m.cents)} on {day}"
        )
    what = "payout" if m.kind == "payout" else "payout settled"
    return (
        f"{what} {m.reference}: {fmt.diamonds(m.diamonds)} ({fmt.usd(m.cents)}) to "
        f"{m.profile} on {day}, {m.status}"
    )


def _file_argument(text: str, what: str) -> Path:
    if not text.strip():  # Path("") is the current folder, which would be the wrong complaint
        raise InvalidPath(f"{what} needs a file name")
    return Path(text)


# --- entry point ----------------------------------------------------------------------------


def fail(message: str, code: int, as_json: bool) -> int:
    line = " ".join(message.split())  # exactly one line, whatever the message held
    # Messages may echo what was typed: an escape sequence or a bidi override in it must not
    # move the cursor, clear the screen or reorder the line on the user's terminal.
    line = "".join(ch if ch.isprintable() else "\ufffd" for ch in line)
    sys.stderr.write(f"giftdesk: error: {line}\n")
    if as_json:
        try:
            sys.stdout.write(json.dumps({"ok": False, "error": line, "exit_code": code}) + "\n")
            sys.stdout.flush()
        except OSError:
            _drop_stdout()  # stdout itself is what failed: the line on stderr has said it
    return code


def _drop_stdout() -> None:
    """Point stdout at /dev/null after it failed, so that Python's own flush at exit does not
    print a second error (and a traceback) about it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _output_failed(e: OSError, data: dict) -> int:
    _drop_stdout()
    reason = e.strerror or type(e).__name__
    done = data.get("transaction_id")
    if done is None:
        return fail(f"cannot write the output ({reason})", 1, False)
    # A write was committed: say so, or a script would retry and buy or send twice.
    return fail(
        f"it was done (transaction #{done}) but its result could not be written to "
        f"the output ({reason}); `giftdesk history` shows it",
        1,
        False,
    )


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; map every failure to its exit code and one line."""
    from giftdesk.services import Services
    from giftdesk.storage.errors import engine_errors

    as_json = bool(getattr(args, "json", False))
    services = None
    try:
        with engine_errors():
            services = Services.open(chosen_db_path(args.db))
            # A restore may replace the wallet while this command waits for the write lock:
            # its names were looked up in the contents there now, and must not be written to
            # others.
            services.maintenance.pin_contents()
            out = Output(as_json)
            data = args.handler(services, args, out)
        try:
            out.emit(data)
        except OSError as e:
            return _output_failed(e, data)
        if args.command == "verify" and not data["ok"]:
            failed = ", ".join(c["name"] for c in data["checks"] if not c["ok"])
            return fail(f"the ledger failed these checks: {failed}", 1, False)  # JSON is out
        return 0
    except DamagedDatabase as e:  # a damaged file is a file that cannot be used, as in open
        return fail(
            f"the database {args.db or 'file'} is damaged ({e.detail}); nothing was "
            "changed. `giftdesk restore` can bring back a backup",
            2,
            as_json,
        )
    except GiftDeskError as e:
        return fail(str(e), e.exit_code, as_json)
    except KeyboardInterrupt:
        return fail("interrupted; nothing was changed", 130, as_json)
    except Exception as e:  # noqa: BLE001 - the contract: never a traceback
        where = log_unexpected(e)
        return fail(f"unexpected error ({type(e).__name__}: {e}); details in {where}", 1, as_json)
    finally:
        if services is not None:
            services.close()


def parse(argv: Sequence[str]) -> argparse.Namespace:
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8 reach Python as lone surrogates
            raise UsageError("an argument is not valid text (its bytes are not UTF-8)") from None
    return build_parser().parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    as_json = "--json" in argv
    try:
        args = parse(argv)
    except UsageError as e:
        return fail(str(e), 2, as_json)
    if args.command is None:
        return fail("no command given; try giftdesk --help", 2, as_json)
    return run(args)
