"""Getting a command's result out: its text or its one JSON object on stdout, the one
`giftdesk: error: ...` line on stderr, and what to say when stdout itself cannot be written."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable

from giftdesk.cli.text import replayed
from giftdesk.i18n import _


class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.lines: list[str] = []

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def extend(self, lines: Iterable[str]) -> None:
        self.lines.extend(lines)

    def emit(self, data: dict) -> None:
        """Write the result and flush it, so that a failing stdout (a full disk, a closed pipe)
        is found here, where the caller can say what was done, not at exit."""
        if self.as_json:
            sys.stdout.write(_json(data) + "\n")
        else:
            lines = self.lines
            if data.get("replayed"):
                lines = [replayed(), *lines]
            sys.stdout.write("".join(f"{line}\n" for line in lines))
        sys.stdout.flush()


def _json(data: dict) -> str:
    # Names in their own letters where stdout takes UTF-8; escaped (still the same JSON)
    # where it cannot, rather than failing to print the result.
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    return json.dumps(data, ensure_ascii=not utf8)


def fail(message: str, code: int, as_json: bool) -> int:
    line = " ".join(message.split())  # exactly one line, whatever the message held
    # Messages may echo what was typed: an escape sequence or a bidi override in it must not
    # move the cursor, clear the screen or reorder the line on the user's terminal.
    line = "".join(ch if ch.isprintable() else "\ufffd" for ch in line)
    sys.stderr.write(f"giftdesk: error: {line}\n")
    if as_json:
        try:
            sys.stdout.write(json.dumps({"ok": False, "error": line, "exit_code": code}) + "\n")
            sys.stdout.flush()
        except OSError:
            drop_stdout()  # stdout itself is what failed: the line on stderr has said it
    return code


def drop_stdout() -> None:
    """Point stdout at /dev/null after it failed, so that Python's own flush at exit does not
    print a second error (and a traceback) about it."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def output_failed(e: OSError, data: dict) -> int:
    drop_stdout()
    reason = e.strerror or type(e).__name__
    done = data.get("transaction_id")
    if done is None:
        return fail(_("cannot write the output ({reason})").format(reason=reason), 1, False)
    # A write was committed: say so, or a script would retry and buy or send twice.
    return fail(
        _(
            "it was done (transaction #{number}) but its result could not be written to the "
            "output ({reason}); `giftdesk history` shows it"
        ).format(number=done, reason=reason),
        1,
        False,
    )
