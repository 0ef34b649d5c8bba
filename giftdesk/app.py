"""Entry point of the `giftdesk` command: a subcommand runs the CLI, none opens the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from giftdesk.arguments import window_args


def _has_display() -> bool:
    """Without one, Qt aborts the process with a long plugin message instead of a sentence."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = window_args(argv)
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

        return cli.fail("no display to open the window on (no DISPLAY or WAYLAND_DISPLAY); "
                        "use a command (giftdesk --help), or QT_QPA_PLATFORM=offscreen", 1, False)
    # Qt is imported only when the window is wanted: CLI commands stay quick.
    from giftdesk.ui.launch import run_gui

    return run_gui(args.db, quit_after_ms=args.quit_after, screenshot_dir=args.screenshot)
