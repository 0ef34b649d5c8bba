"""Entry point of the `giftdesk` command: a subcommand runs the CLI, none opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from giftdesk import cli


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = cli.parse(argv)
    except cli.UsageError as e:
        return cli.fail(str(e), 2, "--json" in argv)
    if args.command is not None:
        return cli.run(args)
    if args.install_desktop_entry:
        from giftdesk.desktop_entry import main as install_desktop_entry

        return install_desktop_entry(as_json=args.json)
    # Qt is imported only when the window is wanted: CLI commands stay quick.
    from giftdesk.ui.launch import run_gui

    return run_gui(args.db, quit_after_ms=args.quit_after, screenshot_dir=args.screenshot)
