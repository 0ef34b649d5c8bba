"""Reading the command line: the strict parser, ASCII numbers, the global options and the
window's. (The window reads its own options by hand first: giftdesk.app.window_options.)
"""

from __future__ import annotations

import argparse

from giftdesk.i18n import LANGUAGES, N_, _, ngettext

# argparse words its own messages ("usage:", "the following arguments are required: ...")
# through gettext's module-level functions, for which Python ships no catalogs: pointed at ours,
# they speak the language chosen. Its words that a person can meet are marked here for the
# catalogs (Python 3.11's; a message a later Python words otherwise shows in English).
argparse._ = _
argparse.ngettext = ngettext
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)

# --lang: a language GiftDesk speaks, or the system's (as giftdesk.app reads it too).
WINDOW_LANGUAGES = ("system", *LANGUAGES)
MAX_DIGITS = 12  # 999,999,999,999: far above any amount a rule allows, far below overflow


class UsageError(Exception):
    """A malformed command line (exit 2)."""


class StrictParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        # No abbreviations: a script's `--cust` must not silently mean `--custom`.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line, no usage dump, exit 2
        raise UsageError(message)


def ascii_number(text: str) -> int:
    """ASCII decimal digits only: no sign, separator, fraction or other scripts' digits."""
    if not text or not text.isascii() or not text.isdigit():
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number written with the digits 0-9").format(
                text=_shown(text)
            )
        )
    if len(text.lstrip("0")) > MAX_DIGITS:
        raise argparse.ArgumentTypeError(_("'{text}' is too large").format(text=_shown(text)))
    return int(text)


def positive(text: str) -> int:
    value = ascii_number(text)
    if value == 0:
        raise argparse.ArgumentTypeError(_("the number must be at least 1"))
    return value


def db_path(text: str) -> str:
    """--db: any path but an empty one (an unset variable in a script must not mean the
    user's own database)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_("the database path is empty"))
    return text


def _shown(text: str) -> str:
    shown = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return shown if len(shown) <= 40 else shown[:37] + "..."


class VersionAction(argparse.Action):
    """--version: `giftdesk 1.2.3`, the installed distribution's version (pyproject.toml's; the
    bundle carries its metadata). Read only when asked, unlike argparse's own "version" action:
    importlib.metadata would cost every command ~65 ms."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, dest=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        import giftdesk

        print(f"{parser.prog} {giftdesk.__version__}")
        parser.exit()


def add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Global options; on subcommands they default to SUPPRESS so either position works.
    --version only on the top level (suppress=False)."""
    default = argparse.SUPPRESS if suppress else None
    if not suppress:
        parser.add_argument(
            "--version", action=VersionAction, help=_("show GiftDesk's version and exit")
        )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        type=db_path,
        help=_(
            "the database: a file (default: in your user data folder), or a shared one on a "
            "PostgreSQL server, postgresql://USER@HOST[:PORT]/NAME (the password from "
            "PGPASSWORD or ~/.pgpass, or asked for)"
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help=_("print exactly one JSON object on stdout"),
    )


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quit-after",
        type=ascii_number,
        metavar="MS",
        help=_("open the window and quit after MS milliseconds"),
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help=_(
            "render each tab of the window to DIR/<tab>.png, and each dialog to "
            "DIR/dialog-<name>.png, and exit"
        ),
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help=_(
            "the window's colours for this run (default: as chosen in View > Theme, "
            "at first the system's light or dark)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=WINDOW_LANGUAGES,
        help=_(
            "the window's language for this run (default: as chosen in View > Language, at "
            "first the system's)"
        ),
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=_("add GiftDesk to your applications menu (for pip installs)"),
    )
