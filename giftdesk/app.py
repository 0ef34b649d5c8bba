"""Entry point of the `giftdesk` command: a subcommand runs the CLI, none opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping, Sequence
from typing import NamedTuple

MAX_QUIT_AFTER_DIGITS = 9  # about eleven days: longer waits go through the CLI's own parser


class WindowOptions(NamedTuple):
    db: str | None = None
    json: bool = False
    quit_after: int | None = None
    screenshot: str | None = None
    theme: str | None = None
    lang: str | None = None
    install_desktop_entry: bool = False
    command: None = None


_FLAGS = {"--json": "json", "--install-desktop-entry": "install_desktop_entry"}
_VALUES = {
    "--db": "db",
    "--quit-after": "quit_after",
    "--screenshot": "screenshot",
    "--theme": "theme",
    "--lang": "lang",
}
THEMES = ("system", "light", "dark")  # as giftdesk.ui.theme.THEMES, without importing Qt
LANGUAGES = ("system", "en", "es", "pt_BR", "de")  # as giftdesk.arguments.WINDOW_LANGUAGES


def window_options(argv: Sequence[str]) -> WindowOptions | None:
    """The options of a command line that only opens the window; None for anything else (a
    command, --help, anything doubtful), which the CLI's parser then reads and words.

    Read by hand, not with argparse: importing it and its message-catalogue look-ups were a
    fifth of the time before the window shows. Only what is certainly valid is accepted here;
    tests/cli/test_arguments.py checks that both parsers read it alike.
    """
    found: dict[str, object] = {}
    args = iter(argv)
    for arg in args:
        name, equals, value = arg.partition("=")
        if name in _FLAGS and not equals:
            found[_FLAGS[name]] = True
        elif name in _VALUES:
            if not equals:
                value = next(args, None)
            if value is None or value.startswith("-") or not value.strip():
                return None
            found[_VALUES[name]] = value
        else:
            return None
    quit_after = found.get("quit_after")
    if quit_after is not None:
        if not (
            quit_after.isascii()
            and quit_after.isdigit()
            and len(quit_after) <= MAX_QUIT_AFTER_DIGITS
        ):
            return None
        found["quit_after"] = int(quit_after)
    if found.get("theme", "system") not in THEMES:
        return None
    if found.get("lang", "system") not in LANGUAGES:
        return None
    return WindowOptions(**found)


def _has_display() -> bool:
    """Without one, Qt aborts the process with a long plugin message instead of a sentence."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# The categories LC_ALL stands for besides LC_CTYPE (glibc's), each set to its value when it is
# lifted so that LC_CTYPE can count: what the window shows in, numbers and dates stay its.
_LC_ALL_CATEGORIES = (
    "LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME", "LC_ADDRESS",
    "LC_IDENTIFICATION", "LC_MEASUREMENT", "LC_NAME", "LC_PAPER", "LC_TELEPHONE",
)  # fmt: skip
UTF8_CTYPE = "C.UTF-8"  # in every glibc since 2.35, and in Debian's since 2.13


def utf8_character_type(environ: MutableMapping[str, str] | None = None) -> bool:
    """Make the character type UTF-8 before Qt starts, as Python does for its own C locale
    (PEP 538); True if it had to.

    Qt needs a UTF-8 character type. Under the C locale (LANG=C, LC_ALL=C, no LANG at all) or a
    locale the system lacks, it switches to C.UTF-8 itself but prints a four-line warning on
    every start. The venv's python hides some of these cases (PEP 538 coerces LANG=C), the
    bundle's bootloader none. Only the character type changes: the language, numbers and
    dates stay the locale's (LC_ALL, when set, is spread over the other categories instead).
    Both the environment (Qt calls setlocale(LC_ALL, "")) and the process (for when that call
    fails on a locale the system lacks) get it.
    """
    import locale

    environ = os.environ if environ is None else environ
    try:
        current = locale.setlocale(locale.LC_CTYPE, "")
        codeset = locale.nl_langinfo(locale.CODESET)
    except locale.Error:  # a locale the system lacks: C, so ASCII
        current, codeset = "C", "ANSI_X3.4-1968"
    if codeset.replace("-", "").upper() == "UTF8":
        return False
    try:
        locale.setlocale(locale.LC_CTYPE, UTF8_CTYPE)
    except locale.Error:  # no C.UTF-8 here: leave it to Qt, warning and all
        locale.setlocale(locale.LC_CTYPE, current)
        return False
    everything = environ.pop("LC_ALL", "")
    if everything:
        for category in _LC_ALL_CATEGORIES:
            environ[category] = everything
    environ["LC_CTYPE"] = UTF8_CTYPE
    return True


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--json" in argv:  # for scripts: never translated, an error's words included
        from giftdesk.i18n import SOURCE, set_language

        set_language(SOURCE)
    args = window_options(argv)
    if args is None:  # a command, --help or a mistake: the CLI (imported only for these)
        from giftdesk import cli

        try:
            args = cli.parse(argv)
        except cli.UsageError as e:
            return cli.fail(str(e), 2, "--json" in argv)
        if args.command is not None:
            return cli.run(args)
    if args.install_desktop_entry:
        from giftdesk.desktop_entry import main as install_desktop_entry

        return install_desktop_entry(as_json=args.json)
    if not args.screenshot and not _has_display():
        from giftdesk import cli
        from giftdesk.i18n import _

        return cli.fail(
            _(
                "no display to open the window on (no DISPLAY or WAYLAND_DISPLAY); use a "
                "command (giftdesk --help), or QT_QPA_PLATFORM=offscreen"
            ),
            1,
            False,
        )
    utf8_character_type()
    # Qt is imported only when the window is wanted: CLI commands stay quick.
    from giftdesk.ui.launch import run_gui

    return run_gui(
        args.db,
        quit_after_ms=args.quit_after,
        screenshot_dir=args.screenshot,
        theme=args.theme,
        lang=args.lang,
    )
