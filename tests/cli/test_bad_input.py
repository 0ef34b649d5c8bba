"""Input that cannot mean anything: malformed numbers, names and dates, broken database files.

The contract (docs/cli.md, "Numbers", "Profile names and look-alikes" and "Exit codes and
errors"): numbers are ASCII decimal digits only; profile names are 1 to 64 characters without
control or bidirectional-override characters; a failure exits 2 (or 1 when unexpected) with one
`giftdesk: error: ...` line, no traceback, and changes nothing.

The commands run in this process (tests/cli/conftest.py), except those with arguments that
are not UTF-8 (`process=True`): the interpreter decodes the bytes of a command line as a
process starts, so only a real `python -m giftdesk` gets them as a user's shell gives them.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

WEB_PAYPAL = ("--channel", "web", "--method", "paypal")

# Every place a number is typed, as a function of the typed text.
NUMBER_PLACES = {
    "send --count": lambda v: ("send", "Vera", "Cleo", "Rose", "--count", v),
    "recharge --package": lambda v: ("recharge", "Vera", "--package", v, *WEB_PAYPAL),
    "recharge --custom": lambda v: ("recharge", "Vera", "--custom", v, *WEB_PAYPAL),
    "payout DIAMONDS": lambda v: ("payout", "Cleo", v, "--method", "bank"),
    "quote COINS": lambda v: ("quote", v),
    "budget --daily-coins": lambda v: ("budget", "Vera", "--daily-coins", v),
}
# What int() or float() would accept, and what only looks like a number.
BAD_NUMBERS = {
    "negative": "-5",
    "zero": "0",
    "word": "ten",
    "fraction": "1.5",
    "exponent": "1e3",
    "thousands-comma": "1,000",
    "underscore": "1_000",
    "plus-sign": "+5",
    "leading-space": " 5",
    "fullwidth": "\uff11\uff12",  # １２
    "arabic-indic": "\u0661\u0662",  # ١٢
    "devanagari": "\u0967\u0968",  # १२
    "enormous": str(10**30),
    "empty": "",
}
NUMBER_CASES = [
    pytest.param(place, text, id=f"{place}={name}")
    for place in NUMBER_PLACES
    for name, text in BAD_NUMBERS.items()
    if not (place == "budget --daily-coins" and name == "zero")  # 0 is a valid budget
]


@pytest.mark.parametrize("place, text", NUMBER_CASES)
def test_malformed_numbers_are_invalid_input(seeded, place, text):
    check_malformed_number(seeded, place, text)


def check_malformed_number(seeded, place, text):
    before = seeded.snapshot()
    r = seeded(*NUMBER_PLACES[place](text))
    seeded.failed(r, 2)
    seeded.untouched(before)


# --- profile names -----------------------------------------------------------------------------


def test_sql_text_is_just_a_name(seeded):
    names = ["x'; DROP TABLE profiles;--", 'Robert"); DELETE FROM transfers; --']
    for name in names:
        assert seeded.ok("profiles", "add", name, "--birthdate", "1990-04-12")["name"] == name
    assert seeded.ok("balance", names[0].upper())["profile"] == names[0]
    seeded.ok("recharge", names[1], "--package", "70", *WEB_PAYPAL)
    seeded.ok("send", names[1], "Cleo", "Rose", "--count", "3")
    # a look-up that would match everything in unsafe SQL matches nothing
    seeded.failed(seeded("balance", "x' OR '1'='1"), 2)
    expected = dict(seeded.seed) | {
        names[0]: (0, 0),
        names[1]: (70 + 7 - 3, 0),
        "Cleo": (0, (224_995 + 3) // 2),
    }
    assert seeded.balances() == expected
    seeded.verifies()


def test_name_limits_and_unicode_names_are_accepted(seeded):
    longest = "n" * 63 + "\u00e9"  # 64 characters
    assert seeded.ok("profiles", "add", longest, "--birthdate", "1990-04-12")["name"] == longest
    # a composed and a decomposed é are the same name (NFC), whatever the case
    seeded.ok("profiles", "add", "Zo\u00eb", "--birthdate", "1990-04-12")
    seeded.failed(seeded("profiles", "add", "ZOE\u0308", "--birthdate", "1990-04-12"), 3)
    assert seeded.ok("balance", "zoe\u0308")["profile"] == "Zo\u00eb"


BAD_NAMES = {
    "empty": "",
    "only-spaces": "   ",
    "65-chars": "n" * 65,
    "escape-sequence": "\x1b[31mred",
    "tab": "tab\there",
    "newline": "new\nline",
    "bell": "bell\x07",
    "delete": "del\x7f",
    "zero-width-space": "zero\u200bwidth",
    "right-to-left-override": "evil\u202egpj.exe",
    "left-to-right-isolate": "iso\u2066late",
    # Each of these made a second "Cleo" (the look-alike names issue).
    "variation-selector": "Cleo\ufe00",
    "combining-grapheme-joiner": "Cleo\u034f",
    "hangul-filler": "Cleo\u3164",
    "hangul-jungseong-filler": "Cleo\u1160",
    "braille-blank": "Cleo\u2800",
    "ideographic-space-inside": "Cl\u3000eo",
}


@pytest.mark.parametrize("name", list(BAD_NAMES.values()), ids=list(BAD_NAMES))
def test_bad_profile_names_are_invalid_input(seeded, name):
    check_bad_name(seeded, name)


def check_bad_name(seeded, name):
    before = seeded.snapshot()
    seeded.failed(seeded("profiles", "add", name, "--birthdate", "1990-04-12"), 2)
    seeded.untouched(before)


LOOK_ALIKES = {
    "cyrillic-e": "Cl\u0435o",
    "fullwidth": "\uff23\uff2c\uff25\uff2f",
    "capital-i-for-l": "CIeo",
    "math-bold": "\U0001d402\U0001d425\U0001d41e\U0001d428",
    "digit-zero": "CLE0",
}


@pytest.mark.parametrize("name", list(LOOK_ALIKES.values()), ids=list(LOOK_ALIKES))
def test_a_name_that_looks_like_another_is_refused(seeded, name):
    check_look_alike(seeded, name)


def check_look_alike(seeded, name):
    before = seeded.snapshot()
    r = seeded("profiles", "add", name, "--birthdate", "1990-04-12", "--creator")
    seeded.failed(r, 3)
    assert r.err == (
        f"giftdesk: error: a profile named 'Cleo' already exists, and '{name}' looks the same\n"
    )
    seeded.untouched(before)


def test_a_gift_to_a_look_alike_name_reaches_the_original(seeded):
    sent = seeded.ok("send", "Vera", "Cl\u0435o", "Rose", "--count", "2")
    assert sent["coins_spent"] == 2
    assert seeded.balances()["Cleo"] == (0, (224_995 + 2) // 2)
    assert seeded.ok("balance", "\uff23\uff2c\uff25\uff2f")["profile"] == "Cleo"


# What the user typed comes back in some messages: it must come back harmless.
ECHOED = {
    "gift-with-escape": ("send", "Vera", "Cleo", "\x1b[2JRose"),
    "gift-with-bidi": ("send", "Vera", "Cleo", "Ro\u202ese"),
    "profile-with-escape": ("balance", "\x1b[1AVera"),
    "profile-with-bidi": ("balance", "Ve\u202era"),
    "birthdate-with-escape": ("profiles", "add", "Bob", "--birthdate", "\x1b[2J1990"),
    "birthdate-with-bidi": ("profiles", "add", "Bob", "--birthdate", "1990-04-1\u202e"),
    "stray-argument-with-escape": ("gifts", "\x1b[2J"),
    "channel-with-escape": ("packages", "--channel", "\x1b[2Japp"),
    "number-with-escape": ("quote", "\x1b[2J5"),
}


@pytest.mark.parametrize("args", list(ECHOED.values()), ids=list(ECHOED))
def test_typed_text_echoed_in_an_error_cannot_drive_the_terminal(seeded, args):
    check_echo(seeded, args)


def check_echo(seeded, args):
    before = seeded.snapshot()
    r = seeded(*args)
    seeded.failed(r, 2)  # also: no control or format character in the line
    seeded.untouched(before)


# --- birthdates --------------------------------------------------------------------------------

BAD_DATES = {
    "february-30": "2023-02-30",
    "month-13": "2025-13-01",
    "day-zero": "2000-01-00",
    "no-zero-padding": "1990-1-1",
    "slashes": "1990/04/12",
    "the-future": (dt.date.today() + dt.timedelta(days=2)).isoformat(),
    "far-future": "2999-01-01",
    "a-word": "yesterday",
    "empty": "",
    "arabic-indic-digits": "\u0661\u0669\u0669\u0660-\u0660\u0664-\u0661\u0662",
}


@pytest.mark.parametrize("birthdate", list(BAD_DATES.values()), ids=list(BAD_DATES))
def test_impossible_birthdates_are_invalid_input(seeded, birthdate):
    check_bad_birthdate(seeded, birthdate)


def check_bad_birthdate(seeded, birthdate):
    before = seeded.snapshot()
    seeded.failed(seeded("profiles", "add", "Newbie", "--birthdate", birthdate, "--creator"), 2)
    seeded.untouched(before)


# --- database files ----------------------------------------------------------------------------


def _corrupt(kind: str, path, template) -> None:
    path.unlink()
    if kind == "random-bytes":
        path.write_bytes(os.urandom(8192).replace(b"SQLite", b"sqlite"))
    elif kind == "truncated":
        data = template.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "header-only":
        path.write_bytes(template.read_bytes()[:100])
    elif kind == "text-file":
        path.write_text("name,coins\nVera,100\n" * 50, encoding="utf-8")
    elif kind == "other-apps-database":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
        conn.commit()
        conn.close()


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "command",
    [("balance", "Vera"), ("recharge", "Vera", "--package", "70", *WEB_PAYPAL)],
    ids=["read", "write"],
)
@pytest.mark.parametrize(
    "kind", ["random-bytes", "truncated", "header-only", "text-file", "other-apps-database"]
)
def test_a_file_that_is_not_a_giftdesk_database_is_left_alone(seeded, kind, command):
    check_not_a_database(seeded, kind, command)


def check_not_a_database(cli, kind, command):
    _corrupt(kind, cli.db, cli.template)
    before = cli.digest()
    r = cli(*command)
    cli.failed(r, 2)
    assert cli.digest() == before, "the file was modified"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not os.path.exists(f"{cli.db}{suffix}"), f"{suffix} file left next to it"


@pytest.mark.sqlite_only
def test_a_db_in_a_missing_folder_is_refused_and_nothing_is_made(cli, tmp_path):
    # A typo in the folder would otherwise open a new, empty wallet as if it were the user's.
    db = tmp_path / "not" / "there" / "yet" / "g.db"
    r = cli("profiles", "add", "Zed", "--birthdate", "1990-04-12", db=db)
    cli.failed(r, 2)
    assert "does not exist" in r.err
    assert not (tmp_path / "not").exists()
    (tmp_path / "new folder").mkdir()  # an existing folder: a new wallet file in it is fine
    assert (
        cli.ok(
            "profiles",
            "add",
            "Zed",
            "--birthdate",
            "1990-04-12",
            db=tmp_path / "new folder" / "g.db",
        )["name"]
        == "Zed"
    )


@pytest.mark.sqlite_only
def test_an_empty_db_path_is_refused_not_taken_for_the_default(cli):
    for args in (
        ("--db", "", "profiles", "list"),
        ("profiles", "list", "--db", " "),
        ("--db", "", "--quit-after", "0"),
    ):  # the window's options, read apart
        r = cli.raw(*args)
        cli.failed(r, 2)
        assert "database path is empty" in r.err
    assert not any((cli.home / "data").rglob("*.sqlite3")), "the default database was made"


@pytest.mark.sqlite_only
def test_a_db_path_that_is_a_directory_or_under_a_file_is_a_clean_error(cli, tmp_path):
    folder = tmp_path / "folder.db"
    folder.mkdir()
    r = cli("profiles", "list", db=folder)
    cli.failed(r, 2)
    assert list(folder.iterdir()) == []
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    r = cli("profiles", "list", db=blocker / "g.db")
    cli.failed(r, (1, 2))
    assert blocker.read_text() == "not a folder"


@pytest.mark.sqlite_only
def test_an_empty_file_becomes_a_database(cli):
    cli.db.write_bytes(b"")
    cli.ok("profiles", "add", "Vera", "--birthdate", "1990-04-12")
    cli.verifies()


def test_an_argument_that_is_not_utf8_is_invalid_input(seeded):
    for args in (("balance", b"\xff"), ("profiles", "add", b"\xc3", "--birthdate", "1990-04-12")):
        r = seeded.raw("--db", str(seeded.db), *args, process=True)
        seeded.failed(r, 2)
        assert "not valid text" in r.err


@pytest.mark.sqlite_only
def test_a_damaged_table_is_a_damaged_file_not_an_unexpected_error(seeded):
    with sqlite3.connect(seeded.db) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'profiles'"
        ).fetchone()[0]
    conn.close()  # (`with` only commits) before the file is overwritten under it
    data = bytearray(seeded.db.read_bytes())
    start = (root - 1) * page
    data[start : start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    seeded.db.write_bytes(bytes(data))
    r = seeded("profiles", "list")
    seeded.failed(r, 2)
    assert "is damaged" in r.err and "restore" in r.err


def test_undo_of_an_unknown_transaction_is_invalid_input(seeded):
    r = seeded("undo", "999999")
    seeded.failed(r, 2)
    assert "no gift with transaction number 999999" in r.err


@pytest.mark.sqlite_only
def test_backup_into_a_missing_folder_is_invalid_input(seeded, tmp_path):
    r = seeded("backup", str(tmp_path / "no such folder" / "copy.db"))
    seeded.failed(r, 2)
    assert "does not exist" in r.err


@pytest.mark.sqlite_only
def test_backup_and_restore_name_what_is_wrong_with_the_file(seeded, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    cases = [
        (("backup", ""), "the backup needs a file name"),
        (("backup", str(tmp_path)), "is a folder"),
        (("restore", str(tmp_path / "nope.db")), "there is no file"),
        (("restore", str(empty)), "is empty, not a backup"),
        (("restore", str(seeded.db)), "is the database itself"),
        (("restore", str(other)), "is not a GiftDesk backup"),
    ]
    before = seeded.snapshot()
    for args, message in cases:
        r = seeded(*args)
        seeded.failed(r, 2)
        assert message in r.err, (args, r.err)
    seeded.untouched(before)


@pytest.mark.sqlite_only
def test_two_restores_in_a_row_keep_both_earlier_states(seeded, tmp_path):
    copy = tmp_path / "copy.db"
    seeded.ok("backup", str(copy))
    first = seeded.ok("restore", str(copy))["previous"]
    second = seeded.ok("restore", str(copy))["previous"]
    assert first != second
    assert os.path.exists(first) and os.path.exists(second)
