"""The commands that change nothing: `gifts`, `packages`, `quote`, `balance`, `history`,
`spending` and `verify`."""

from __future__ import annotations

import sys

from giftdesk.cli import text
from giftdesk.cli.files import file_argument
from giftdesk.cli.output import Output, drop_stdout
from giftdesk.cli.prompts import act_as
from giftdesk.domain.errors import InvalidInput, StorageError
from giftdesk.domain.rules import CHANNELS
from giftdesk.i18n import _


def gifts(s, args, out: Output) -> dict:
    gifts = [
        {"name": g.name, "coins": g.coins, "streakable": g.streakable} for g in s.gifts.catalog()
    ]
    out.extend(text.gifts_table(gifts, s.rules.max_combo_count))
    return {"gifts": gifts}


def packages(s, args, out: Output) -> dict:
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
    out.extend(
        text.packages_table(packages, s.rules, web=not args.channel or args.channel == "web")
    )
    return {"packages": packages}


def quote(s, args, out: Output) -> dict:
    q = s.recharge.quote(args.coins, args.channel)
    items = [
        {"kind": i.kind, "coins": i.coins, "price_cents": i.price_cents, "count": i.count}
        for i in q.items
    ]
    out.extend(text.quote(args.coins, q))
    return {
        "coins": q.coins,
        "price_cents": q.price_cents,
        "items": items,
        "channel": q.channel,
        "requested_coins": args.coins,
    }


def balance(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    act_as(s, profile)
    b = s.balance(profile.id)
    left = s.profiles.budget_left_today(profile.id)
    out.extend(text.balance(b, creator=profile.is_creator, left=left))
    return b.as_dict() | {"budget_left_today_coins": left}


def history(s, args, out: Output) -> dict:
    from giftdesk.history_csv import export_csv, write_csv
    from giftdesk.history_text import describe

    profile = s.profiles.find(args.profile)
    act_as(s, profile)
    if args.csv == "-":  # the CSV itself is the output
        if out.as_json:
            raise InvalidInput(
                _(
                    "--csv - writes the CSV to standard output, which --json needs for its JSON "
                    "object; use one or the other"
                )
            )
        try:
            count = write_csv(s.history, profile.id, sys.stdout)
            sys.stdout.flush()
        except OSError as e:  # a closed pipe, a full disk
            drop_stdout()
            raise StorageError(
                _("cannot write the CSV to the output ({reason})").format(reason=e.strerror)
            ) from None
        return {"profile": profile.name, "csv": "-", "rows": count}
    if args.csv is not None:
        count = export_csv(s.history, profile.id, file_argument(args.csv, "--csv"))
        out.line(text.csv_written(count, args.csv))
        return {"profile": profile.name, "csv": args.csv, "rows": count}
    rows = s.history.rows(profile.id)
    out.extend(text.history_table(profile.name, rows))
    return {
        "profile": profile.name,
        "transactions": [
            {
                "transaction_id": r.transaction_id,
                "reference": r.reference,
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


def spending(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    act_as(s, profile)
    month = s.spending.month(profile.id, args.month)
    out.extend(text.spending(month))
    return month.as_dict()


def verify(s, args, out: Output) -> dict:
    checks = s.maintenance.verify()
    out.extend(text.verified(checks))
    ok = all(c.ok for c in checks)
    return {"ok": ok, "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in checks]}
