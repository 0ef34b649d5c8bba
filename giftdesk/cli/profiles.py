"""The profile commands: `profiles add`, `profiles list`, `profiles time-zone` and `budget`."""

from __future__ import annotations

from giftdesk.cli import text
from giftdesk.cli.output import Output
from giftdesk.cli.prompts import act_as, current_password
from giftdesk.domain.errors import InvalidAmount
from giftdesk.i18n import _


def add(s, args, out: Output) -> dict:
    p = s.profiles.add(
        args.name, birthdate=args.birthdate, creator=args.creator, time_zone=args.time_zone
    )
    out.line(text.profile_added(p))
    return {
        "id": p.id,
        "name": p.name,
        "birthdate": p.birthdate.isoformat(),
        "creator": p.is_creator,
        "time_zone": p.time_zone,
    }


def time_zone(s, args, out: Output) -> dict:
    from giftdesk.zones import check_zone

    profile = s.profiles.find(args.name)
    changed = args.zone is not None
    if changed:
        zone = check_zone(args.zone)  # before asking for a password it could not use
        profile = s.profiles.set_time_zone(profile.id, zone, password=current_password(s, profile))
    else:
        act_as(s, profile)
    today = profile.today(s.ctx.moment())
    out.line(text.time_zone(profile, today))
    return {
        "profile": profile.name,
        "time_zone": profile.time_zone,
        "today": today.isoformat(),
        "changed": changed,
    }


def listing(s, args, out: Output) -> dict:
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
    out.extend(text.profiles_table(profiles))
    return {"profiles": profiles}


def budget(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    changing = args.clear or args.daily_coins is not None or args.monthly_coins is not None
    if args.clear and (args.daily_coins is not None or args.monthly_coins is not None):
        raise InvalidAmount(_("--clear cannot be combined with --daily-coins or --monthly-coins"))
    if changing:  # the service checks the password itself, and counts a wrong one
        profile = s.profiles.set_budget(
            profile.id,
            daily_coins=args.daily_coins,
            monthly_coins=args.monthly_coins,
            clear=args.clear,
            password=current_password(s, profile),
        )
    else:
        act_as(s, profile)
    b = profile.budget
    left = s.profiles.budget_left_today(profile.id)
    out.extend(text.budget(profile, left))
    return {
        "profile": profile.name,
        "daily_coins": b.daily_coins,
        "monthly_coins": b.monthly_coins,
        "left_today_coins": left,
    }
