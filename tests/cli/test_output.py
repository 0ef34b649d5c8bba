"""Where the CLI's output goes wrong: a stdout that fails, an encoding that cannot take a name,
a replay, a CSV meant for stdout or for a spreadsheet.

Real `python -m giftdesk` processes: a full disk and a closed pipe as stdout (`_run_into`: the
error must come out of a process whose stdout failed, with nothing more, not even at exit when
Python flushes it), and the stdout PYTHONIOENCODING makes ASCII (read when a process starts).
The replay and the CSV tests run in this process (tests/cli/conftest.py): their output is
plain text on a stdout that works.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

ERROR_PREFIX = "giftdesk: error: "
TIMEOUT_S = 60


def _run_into(cli, stdout, *args: str) -> tuple[int, str]:
    """Run with stdout going to `stdout` (an open file or a pipe end); (code, stderr)."""
    proc = subprocess.run(
        [sys.executable, "-m", "giftdesk", "--db", str(cli.db), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
        env=cli.env,
        cwd=cli.home,
    )
    return proc.returncode, proc.stderr


def test_a_full_stdout_says_the_gift_was_sent_without_a_traceback(seeded):
    for extra in ((), ("--json",)):
        with open("/dev/full", "w") as full:
            code, err = _run_into(seeded, full, *extra, "send", "Wes", "Cleo", "Rose")
        assert code == 1
        assert err.startswith(ERROR_PREFIX) and err.count("\n") == 1, err
        assert "it was done (transaction #" in err and "No space left" in err
    # Both sends were made, once each: the message is what keeps a script from a third.
    assert seeded.balances()["Wes"] == (770 - 2, 0)


def test_a_closed_pipe_is_one_error_line_even_for_a_failure(seeded):
    for args in (
        ("--json", "balance", "nobody"),
        ("--json", "profiles", "list"),
        ("history", "Vera", "--csv", "-"),
    ):
        reader, writer = os.pipe()
        os.close(reader)  # the reader went away before a byte was written
        try:
            code, err = _run_into(seeded, writer, *args)
        finally:
            os.close(writer)
        assert code in (1, 2)
        assert err.startswith(ERROR_PREFIX) and err.count("\n") == 1, err
        assert "Traceback" not in err


def test_json_is_written_where_stdout_cannot_take_utf8(seeded):
    r = seeded(
        "--json",
        "profiles",
        "add",
        "İlkay",
        "--birthdate",
        "1990-04-12",
        process=True,
        PYTHONIOENCODING="ascii",
    )
    assert r.code == 0, r.err
    assert r.json()["name"] == "İlkay" and r.out.isascii()


def test_a_replay_says_it_is_one(seeded):
    first = seeded("send", "Wes", "Cleo", "Rose", "--key", "once")
    again = seeded("send", "Wes", "Cleo", "Rose", "--key", "once")
    assert first.code == again.code == 0
    assert not first.out.startswith("Replayed")
    assert again.out.startswith("Replayed: this key was used before")
    assert again.out.endswith(first.out)
    assert seeded.balances()["Wes"] == (769, 0)


def test_history_csv_to_stdout_and_not_to_an_empty_name(seeded):
    r = seeded("history", "Wes", "--csv", "-")
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    assert rows[0][0] == "transaction_id" and len(rows) == 2
    assert not (seeded.home / "-").exists()
    seeded.failed(seeded("history", "Wes", "--csv", ""), 2)
    seeded.failed(seeded("--json", "history", "Wes", "--csv", "-"), 2)


def test_a_name_a_spreadsheet_would_run_is_exported_as_text(seeded):
    name = '=HYPERLINK("http://example.invalid")'
    seeded.ok("profiles", "add", name, "--birthdate", "1988-02-03", "--creator")
    seeded.ok("send", "Wes", name, "Rose")
    out = seeded.home / "history.csv"
    seeded.ok("history", "Wes", "--csv", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[-1]["counterparty"] == "'" + name
    assert rows[-1]["coins"] == "-1"  # numbers stay numbers
