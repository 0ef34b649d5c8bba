"""The commands that copy the whole ledger to or from a file, `backup` and `restore`, and the
check of a file name that they and `history --csv` share."""

from __future__ import annotations

from pathlib import Path

from giftdesk.cli import text
from giftdesk.cli.output import Output
from giftdesk.cli.prompts import act_as
from giftdesk.domain.errors import InvalidPath
from giftdesk.i18n import _


def backup(s, args, out: Output) -> dict:
    checks = s.maintenance.backup(file_argument(args.dest, "the backup"))
    out.line(text.backed_up(args.dest, len(checks)))
    return {"ok": True, "dest": args.dest, "checks": [{"name": c.name, "ok": c.ok} for c in checks]}


def restore(s, args, out: Output) -> dict:
    source = file_argument(args.source, "the backup to restore")
    # A restore replaces every profile here: one with a password could come back without it,
    # or with the coins its budget had spent. So each password here is needed first.
    for profile_id in s.security.with_password():
        act_as(s, s.profiles.get(profile_id))
    done = s.maintenance.restore(source)
    out.extend(text.restored(args.source, done))
    return {
        "ok": all(c.ok for c in done.checks),
        "source": args.source,
        "previous": str(done.previous) if done.previous else None,
        "carried": [m.as_dict() for m in done.carried],
        "checks": [{"name": c.name, "ok": c.ok} for c in done.checks],
    }


def file_argument(name: str, what: str) -> Path:
    if not name.strip():  # Path("") is the current folder, which would be the wrong complaint
        raise InvalidPath(_("{option} needs a file name").format(option=what))
    return Path(name)
