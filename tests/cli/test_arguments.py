"""The window's own reading of the command line, which spares it argparse and the CLI.

No command runs here, in this process or another: both parsers are called directly.
"""

from __future__ import annotations

import pytest

from giftdesk import cli
from giftdesk.app import window_options


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "wallet.db"],
        ["--db=wallet.db"],
        ["--db", "verify"],  # a command's name as the value of an option is still just a value
        ["--quit-after", "500", "--db", "w.db"],
        ["--quit-after=0"],
        ["--db", "a.db", "--db", "b.db"],  # the last one counts, as in argparse
        ["--screenshot", "shots"],
        ["--install-desktop-entry", "--json"],
        ["--screenshot", "shots", "--lang", "de"],
        ["--lang=pt_BR", "--theme", "dark"],
        ["--lang", "system"],
    ],
)
def test_window_options_read_as_the_full_parser_reads_them(argv):
    fast = window_options(argv)
    full = cli.parse(argv)
    assert fast is not None and full.command is None
    for name in (
        "db",
        "json",
        "quit_after",
        "screenshot",
        "theme",
        "lang",
        "install_desktop_entry",
    ):
        assert getattr(fast, name) == getattr(full, name), name


@pytest.mark.parametrize(
    "argv",
    [
        ["verify"],
        ["--db", "w.db", "balance", "Vera"],
        ["--help"],
        ["-h"],
        ["--db"],  # missing its value
        ["--db", "--json"],
        ["--db", ""],  # refused: an unset variable in a script must not mean the default file
        ["--json=yes"],
        ["--quit-after", "soon"],
        ["--quit-after", "-5"],
        ["--quit-after", "１２"],  # full-width digits: ASCII only
        ["--quit-after", "0" * 20 + "5"],  # valid for argparse, doubtful here: it decides
        ["--unknown"],
        ["--"],
        ["--lang", "fr"],  # a language GiftDesk does not speak: the full parser says so
        ["--lang", "pt"],
    ],
)
def test_commands_help_and_anything_doubtful_go_to_the_full_parser(argv):
    assert window_options(argv) is None


def test_the_window_reads_the_languages_the_full_parser_offers():
    from giftdesk import app, arguments

    assert app.LANGUAGES == arguments.WINDOW_LANGUAGES
