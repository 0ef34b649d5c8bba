"""The commands that write or read a file: `backup`, `restore`, `copy` (a whole wallet into a
new database, on either engine), `export` (a plain-text
accounting journal) and `statement` (a profile's month as a PDF), and the check of a file name
that they and `history --csv` share."""

from __future__ import annotations

from pathlib import Path

from giftdesk.cli import text
from giftdesk.cli.output import Output
from giftdesk.cli.prompts import act_as
from giftdesk.domain.errors import InvalidInput, InvalidPath
from giftdesk.i18n import _


def backup(s, args, out: Output) -> dict:
    checks = s.maintenance.backup(file_argument(args.dest, "the backup"))
    out.line(text.backed_up(args.dest, len(checks)))
    return {"ok": True, "dest": args.dest, "checks": [{"name": c.name, "ok": c.ok} for c in checks]}


def copy(_s, args, out: Output) -> dict:
    """`copy SOURCE DEST`: needs no database of its own (run() opens none for it)."""
    from giftdesk.cli.prompts import server_password
    from giftdesk.services.copying import copy_wallet

    done = copy_wallet(args.source, args.dest, password_for=server_password)
    out.line(text.copied(done))
    return {"ok": done.verified} | done.as_dict()


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


def export(s, args, out: Output) -> dict:
    from giftdesk.accounting_export import export_journal

    profile = None
    if args.profile is not None:
        profile = s.profiles.find(args.profile)
        act_as(s, profile)
    if args.file == "-" and out.as_json:
        raise InvalidInput(
            _(
                "FILE - writes the journal to standard output, which --json needs for its JSON "
                "object; use one or the other"
            )
        )
    journal = s.accounting.journal(None if profile is None else profile.id)
    entries = export_journal(journal, args.file, args.format)
    if args.file != "-":
        out.line(text.journal_written(entries, args.format, args.file))
    return {
        "format": args.format,
        "profile": None if profile is None else profile.name,
        "file": args.file,
        "transactions": entries,
    }


def statement(s, args, out: Output) -> dict:
    profile = s.profiles.find(args.profile)
    act_as(s, profile)
    facts = s.statements.month(profile.id, args.month)
    path = file_argument(args.file, "FILE")
    if path.exists():  # before the PDF is made: asking again should not take long to fail
        raise InvalidPath(_("{path} already exists; choose a new file name").format(path=path))
    # Qt is loaded for this command only.
    from giftdesk.statement_pdf import render_pdf, write_new

    write_new(path, render_pdf(facts))
    out.line(text.statement_written(facts.profile, facts.month, args.file))
    return {"file": args.file} | facts.as_dict()


def file_argument(name: str, what: str) -> Path:
    if not name.strip():  # Path("") is the current folder, which would be the wrong complaint
        raise InvalidPath(_("{option} needs a file name").format(option=what))
    return Path(name)
