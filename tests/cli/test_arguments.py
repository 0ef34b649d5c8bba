"""The window's own reading of the command line, which spares it the CLI's import."""

from __future__ import annotations

import pytest

from giftdesk import cli
from giftdesk.arguments import window_args


@pytest.mark.parametrize("argv", [
    [],
    ["--db", "wallet.db"],
    ["--db", "verify"],  # a command's name as the value of an option is still just a value
    ["--quit-after", "500", "--db", "w.db"],
    ["--screenshot", "shots"],
    ["--install-desktop-entry", "--json"],
])
def test_window_options_read_as_the_full_parser_reads_them(argv):
    fast = window_args(argv)
    full = cli.parse(argv)
    assert fast is not None and full.command is None
    for name in ("db", "json", "quit_after", "screenshot", "install_desktop_entry"):
        assert getattr(fast, name) == getattr(full, name)


@pytest.mark.parametrize("argv", [
    ["verify"],
    ["--db", "w.db", "balance", "Vera"],
    ["--help"],
    ["-h"],
    ["--quit-after", "soon"],  # malformed: the full parser words the error
    ["--unknown"],
])
def test_commands_help_and_mistakes_go_to_the_full_parser(argv):
    assert window_args(argv) is None
