"""The command line as an attacker tries it: planted backups, restores that would pay twice,
card numbers in argv, profiles with passwords, wallet files others can write.

The two tests that type at a prompt (`at_terminal`) run a real `python -m giftdesk` in a
pseudo-terminal: only a process has a controlling terminal for getpass to open, and what the
test checks is what that terminal showed. Every other command runs in this process
(tests/cli/conftest.py), with stdin that is no terminal, as a script's would be.
"""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import sys
import time

import pytest

PASSWORD = "correct horse battery"
STRIP = (
    "CREATE TRIGGER sqliteX_strip AFTER INSERT ON transactions BEGIN"
    " UPDATE profile_security SET password_hash = NULL, totp_secret = NULL; END"
)
PG_STRIP_FUNCTION = (
    "CREATE FUNCTION sqliteX_strip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " UPDATE profile_security SET password_hash = NULL, totp_secret = NULL; RETURN NULL;"
    " END $$"
)
PG_STRIP = (
    "CREATE TRIGGER sqliteX_strip AFTER INSERT ON transactions"
    " FOR EACH ROW EXECUTE FUNCTION sqliteX_strip()"
)


def at_terminal(cli, args: list[str], answers: list[str], timeout_s: float = 30) -> tuple[int, str]:
    """Run the CLI in a pseudo-terminal (its controlling terminal, as a shell's would be),
    typing each answer at each prompt; return (exit code, everything it wrote there)."""
    db = str(cli.db)  # read here, where the fixture sees the test used its database
    pid, fd = pty.fork()
    if pid == 0:  # the child: giftdesk at a terminal
        os.chdir(cli.home)
        os.execve(sys.executable, [sys.executable, "-m", "giftdesk", "--db", db, *args], cli.env)
    seen = b""
    answered = 0  # how much of `seen` came before the last answer: prompts are looked for after
    pending = list(answers)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the child closed the terminal: it is done
                    break
                if not chunk:
                    break
                seen += chunk
                if pending and seen[answered:].rstrip().endswith(b":"):
                    os.write(fd, pending.pop(0).encode() + b"\n")
                    answered = len(seen)
        else:
            os.kill(pid, 9)  # stuck at a prompt nobody answers: fail, do not hang
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


# --- 1. a backup cannot plant code ------------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_backup_carrying_a_trigger_is_refused(seeded, tmp_path):
    crafted = tmp_path / "crafted.db"
    seeded.ok("backup", str(crafted))
    with sqlite3.connect(crafted) as conn:
        conn.execute(STRIP)
    conn.close()
    before = seeded.snapshot()
    refused = seeded("restore", str(crafted))
    seeded.failed(refused, 2)
    assert "sqliteX_strip" in refused.err and "nothing was restored" in refused.err
    seeded.untouched(before)


def test_verify_names_a_trigger_planted_in_the_wallet_and_writes_stop(seeded):
    if seeded.on_postgres:  # the same trigger in PL/pgSQL
        seeded.execute(PG_STRIP_FUNCTION)
        seeded.execute(PG_STRIP)
    else:
        seeded.execute(STRIP)
    verify = seeded("--json", "verify")
    assert verify.code == 1
    schema = {c["name"]: c for c in verify.json()["checks"]}["schema_matches"]
    assert not schema["ok"]
    # SQLite's check compares the schema object by object and names the trigger; PostgreSQL's
    # compares a digest of the catalogs (storage/pg_schema.py) and says only that it changed.
    said = "changed outside GiftDesk" if seeded.on_postgres else "unexpected trigger sqliteX_strip"
    assert said in schema["detail"], schema
    send = seeded("send", "Vera", "Cleo", "Rose")
    seeded.failed(send, 1)
    assert "changed outside GiftDesk" in send.err


# --- 2. a restore does not pay twice ------------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_restore_keeps_a_payout_made_after_the_backup_and_the_days_cap(seeded, tmp_path):
    seeded.ok("backup", str(tmp_path / "backup.db"))
    paid = seeded.ok("payout", "Cleo", "100000", "--method", "bank")
    settled = seeded.ok("payouts", "Cleo", "--settle")
    assert [s["reference"] for s in settled["settled"]] == [paid["reference"]]
    bought = seeded.ok(
        "recharge", "Wes", "--package", "350", "--channel", "web", "--method", "paypal"
    )

    restored = seeded.ok("restore", str(tmp_path / "backup.db"))

    assert [(m["kind"], m["reference"], m.get("status")) for m in restored["carried"]] == [
        ("payout", paid["reference"], "paid"),
        ("purchase", bought["reference"], None),
    ]
    assert seeded.balances()["Cleo"] == (0, 112_497 - 100_000)
    assert seeded.balances()["Wes"] == (770 + 350, 0)
    over = seeded("payout", "Cleo", "1000", "--method", "bank")
    seeded.failed(over, 3)
    assert "$1,000" in over.err
    listed = seeded.ok("payouts", "Cleo", "--settle")
    assert listed["settled"] == []
    assert [(p["reference"], p["status"]) for p in listed["payouts"]] == [
        (paid["reference"], "paid")
    ]
    seeded.verifies()


@pytest.mark.sqlite_only
def test_a_restore_that_would_forget_a_payout_says_which_and_changes_nothing(seeded, tmp_path):
    seeded.ok("backup", str(tmp_path / "backup.db"))  # Carl has earned nothing yet
    seeded.ok("send", "Vera", "Carl", "TikTok Universe")
    paid = seeded.ok("payout", "Carl", "20000", "--method", "paypal")
    before = seeded.snapshot()
    refused = seeded("restore", str(tmp_path / "backup.db"))
    seeded.failed(refused, 3)
    assert paid["reference"] in refused.err and "Carl has only 0 diamonds" in refused.err
    assert "Nothing was restored" in refused.err
    seeded.untouched(before)


def test_payout_text_names_the_reference_never_a_row_number(seeded):
    requested = seeded("payout", "Cleo", "1000", "--method", "bank")
    assert requested.code == 0
    reference = requested.out.split("Reference ")[1].split(",")[0]
    assert reference.startswith("PO-") and len(reference) == 19
    listed = seeded("payouts", "Cleo", "--settle")
    assert f"Payout {reference} of $10.00: paid." in listed.out
    assert reference in listed.out.splitlines()[2]


# --- 4. a card number need not be in argv -------------------------------------------------------

CARD = {
    "GIFTDESK_CARD_NUMBER": "4111 1111 1111 1111",
    "GIFTDESK_CARD_EXPIRY": "12/39",
    "GIFTDESK_CARD_CVC": "321",
}
BY_CARD = (
    "recharge",
    "Wes",
    "--package",
    "350",
    "--channel",
    "web",
    "--method",
    "card",
    "--card",
    "-",
)


def test_card_details_from_the_environment(seeded):
    bought = seeded("--json", *BY_CARD, **CARD)
    assert bought.code == 0, bought.err
    assert bought.json()["card"] == "Visa ending 1111"


@pytest.mark.parametrize("missing", sorted(CARD))
def test_card_details_missing_without_a_terminal_are_refused(seeded, missing):
    env = {k: v for k, v in CARD.items() if k != missing}
    before = seeded.snapshot()
    refused = seeded(*BY_CARD, **env)
    seeded.failed(refused, 2)
    assert missing in refused.err and "nothing was charged" in refused.err
    seeded.untouched(before)


def test_card_details_typed_at_the_terminal_are_not_echoed(seeded):
    code, screen = at_terminal(seeded, list(BY_CARD), ["4111111111111111", "12/39", "321"])
    assert code == 0, screen
    assert "Card number:" in screen and "Expiry (MM/YY):" in screen and "CVC" in screen
    assert "4111111111111111" not in screen and "321\r" not in screen
    assert "Visa ending 1111" in screen


# --- 6. the CLI asks for a profile's password -----------------------------------------------------

AS_VERA = [
    ("send", "Vera", "Cleo", "Rose"),
    ("recharge", "Vera", "--package", "70", "--channel", "web", "--method", "paypal"),
    ("history", "Vera"),
    ("balance", "Vera"),
    ("budget", "Vera"),
    ("security", "Vera"),
]
AS_CLEO = [
    ("payout", "Cleo", "1000", "--method", "bank"),
    ("payouts", "Cleo"),
    ("payouts", "Cleo", "--settle"),
]


@pytest.fixture(scope="module")
def locked_template(seeded_copy, tmp_path_factory):
    """The seeded database with passwords on Vera and Cleo, made once for the module: each
    password is an argon2 hash, a quarter of a second."""
    cli = seeded_copy(tmp_path_factory.mktemp("locked"))
    for name in ("Vera", "Cleo"):
        done = cli("security", name, "--set-password", GIFTDESK_NEW_PASSWORD=PASSWORD)
        assert done.code == 0, done.err
    return cli.db


@pytest.fixture
def locked(seeded_copy, locked_template, tmp_path):
    """Vera and Cleo with passwords, on a private copy."""
    return seeded_copy(tmp_path, locked_template)


@pytest.mark.parametrize("args", AS_VERA + AS_CLEO, ids=lambda a: " ".join(a[:2]))
def test_acting_as_a_profile_with_a_password_needs_it(locked, args):
    missing = locked(*args)
    locked.failed(missing, 3)
    assert "GIFTDESK_PASSWORD" in missing.err
    wrong = locked(*args, GIFTDESK_PASSWORD="not it")
    locked.failed(wrong, 3)
    assert "wrong password" in wrong.err
    right = locked(*args, GIFTDESK_PASSWORD=PASSWORD)
    assert right.code == 0, right.err


def test_wrong_passwords_from_the_command_line_count_towards_the_wait(locked):
    for _ in range(5):
        locked.failed(locked("balance", "Vera", GIFTDESK_PASSWORD="guess"), 3)
    waiting = locked("balance", "Vera", GIFTDESK_PASSWORD=PASSWORD)
    locked.failed(waiting, 3)
    assert "try again in" in waiting.err


def test_undo_acts_as_the_sender(locked):
    sent = locked("--json", "send", "Vera", "Cleo", "Rose", GIFTDESK_PASSWORD=PASSWORD)
    number = str(sent.json()["transaction_id"])
    locked.failed(locked("undo", number), 3)
    undone = locked("undo", number, GIFTDESK_PASSWORD=PASSWORD)
    assert undone.code == 0, undone.err


def test_a_password_at_the_terminal_works_too(locked):
    code, screen = at_terminal(locked, ["balance", "Vera"], [PASSWORD])
    assert code == 0, screen
    assert "Vera's password:" in screen and PASSWORD not in screen


def test_profiles_list_shows_a_locked_profile_by_name_only(locked):
    listed = {p["profile"]: p for p in locked.ok("profiles", "list")["profiles"]}
    assert listed["Vera"]["locked"] and listed["Vera"]["coins"] is None
    assert not listed["Wes"]["locked"] and listed["Wes"]["coins"] == 770
    text = locked("profiles", "list").out
    assert [line.split()[2] for line in text.splitlines() if line.startswith("Vera")] == ["locked"]


@pytest.mark.sqlite_only
def test_a_restore_over_profiles_with_passwords_needs_each(locked, tmp_path):
    locked.ok("backup", str(tmp_path / "backup.db"))
    before = locked.snapshot()
    missing = locked("restore", str(tmp_path / "backup.db"))
    locked.failed(missing, 3)
    assert "Vera has a password" in missing.err
    locked.untouched(before)
    restored = locked("--json", "restore", str(tmp_path / "backup.db"), GIFTDESK_PASSWORD=PASSWORD)
    assert restored.code == 0, restored.err


# --- 8. a wallet others can write is refused ----------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize("mode", [0o664, 0o646])
def test_a_wallet_others_can_write_is_refused_with_the_fix(seeded, mode):
    seeded.db.chmod(mode)
    refused = seeded("balance", "Wes")
    seeded.failed(refused, 2)
    assert f"chmod 600 '{seeded.db}'" in refused.err
    seeded.db.chmod(0o600)
    assert seeded("balance", "Wes").code == 0


# --- a transaction is named by a reference that never comes back (#14 item 7) ---------------


@pytest.mark.sqlite_only
def test_undo_takes_the_reference_send_printed_and_refuses_it_once_the_number_is_reused(
    seeded, tmp_path
):
    seeded.ok("backup", str(tmp_path / "backup.db"))
    sent = seeded("send", "Wes", "Cleo", "Rose")
    assert sent.code == 0, sent.err
    reference = sent.out.split("giftdesk undo ")[1].strip()
    number, mark = reference.split("-")
    assert number.isdigit() and len(mark) == 8
    listed = seeded.ok("history", "Wes")["transactions"]
    assert listed[-1]["reference"] == reference
    seeded.ok("restore", str(tmp_path / "backup.db"))  # the Rose is gone, its number free
    again = seeded.ok("send", "Wes", "Cleo", "Rosa")
    assert str(again["transaction_id"]) == number  # the same number, for another gift
    refused = seeded("undo", reference)
    seeded.failed(refused, 2)
    assert "another gift now" in refused.err
    undone = seeded.ok("undo", f"{number}-{again_mark(seeded, 'Wes')}")
    assert undone["gift"] == "Rosa"


def again_mark(cli, name: str) -> str:
    return cli.ok("history", name)["transactions"][-1]["reference"].split("-")[1]
