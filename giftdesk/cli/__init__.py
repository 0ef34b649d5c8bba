"""The `giftdesk` command line: a stable, scriptable face of the same services as the window.

Contract (docs/cli.md, "Exit codes and errors" and "JSON output"): exit 0 done, 2 invalid
input, 3 refused by a rule or the provider, 1 anything unexpected; a failure prints one line
`giftdesk: error: ...` on stderr and changes nothing; with `--json` stdout is exactly one JSON
object.

This module runs a parsed command and turns every failure into its exit code and its one line.
The rest, a module a job: `parser` reads the command line; `profiles`, `money`, `reading`,
`security` and `files` are the commands, which call the services and return the facts;
`prompts` takes passwords, two-step secrets and cards from the environment or the terminal;
`text` is the text the commands print; `output` writes it, or the JSON, and the error line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from giftdesk.arguments import UsageError
from giftdesk.cli.output import Output, fail, output_failed
from giftdesk.cli.parser import parse
from giftdesk.cli.prompts import server_password
from giftdesk.domain.errors import DamagedDatabase, GiftDeskError, PasswordNeeded
from giftdesk.i18n import _
from giftdesk.paths import chosen_db, log_unexpected

if TYPE_CHECKING:
    from giftdesk.services import Services

# What giftdesk.app (the `giftdesk` command) and the tests use.
__all__ = ["UsageError", "fail", "main", "parse", "run"]


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; map every failure to its exit code and one line."""
    from giftdesk.storage.errors import engine_errors

    as_json = bool(getattr(args, "json", False))
    services = None
    try:
        with engine_errors():
            if getattr(args, "opens_db", True):  # `copy` names its own two databases
                services = _open(chosen_db(args.db))
                # A restore may replace the wallet while this command waits for the write
                # lock: its names were looked up in the contents there now, and must not be
                # written to others.
                services.maintenance.pin_contents()
            out = Output(as_json)
            data = args.handler(services, args, out)
        try:
            out.emit(data)
        except OSError as e:
            return output_failed(e, data)
        if args.command == "verify" and not data["ok"]:
            failed = ", ".join(c["name"] for c in data["checks"] if not c["ok"])
            return fail(  # the JSON is out already
                _("the ledger failed these checks: {checks}").format(checks=failed), 1, False
            )
        return 0
    except DamagedDatabase as e:  # a damaged file is a file that cannot be used, as in open
        return fail(
            _(
                "the database {path} is damaged ({detail}); nothing was changed. "
                "`giftdesk restore` can bring back a backup"
            ).format(path=args.db or _("file"), detail=e.detail),
            2,
            as_json,
        )
    except GiftDeskError as e:
        return fail(str(e), e.exit_code, as_json)
    except KeyboardInterrupt:
        return fail(_("interrupted; nothing was changed"), 130, as_json)
    except Exception as e:  # noqa: BLE001 - the contract: never a traceback
        where = log_unexpected(e)
        return fail(unexpected(e, where), 1, as_json)
    finally:
        if services is not None:
            services.close()


def _open(db: str) -> Services:
    """The services on `db`; a server that asks for a password is given one typed at the
    terminal (PasswordNeeded), once: a wrong one stands as the server said it."""
    from giftdesk.services import Services

    try:
        return Services.open(db)
    except PasswordNeeded as needed:
        return Services.open(db, password=server_password(needed))


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    as_json = "--json" in argv
    try:
        args = parse(argv)
    except UsageError as e:
        return fail(str(e), 2, as_json)
    if args.command is None:
        return fail(_("no command given; try giftdesk --help"), 2, as_json)
    return run(args)


def unexpected(error: BaseException, where: object) -> str:
    """The words for an error nobody expected, and where its details were written."""
    return _("unexpected error ({kind}: {error}); details in {where}").format(
        kind=type(error).__name__, error=error, where=where
    )
