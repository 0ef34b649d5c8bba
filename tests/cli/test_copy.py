"""`giftdesk copy SOURCE DEST`: a wallet file to a PostgreSQL database and back through the
command line, its one line for people and its JSON, and every refusal in one line with the
CLI's exit code (tests/storage/test_copy.py has the rows themselves)."""

from __future__ import annotations

import sys

import pytest


def test_a_wallet_goes_to_the_server_and_back(seeded, pg_url, tmp_path):
    before = seeded.snapshot()
    out = seeded.ok("copy", str(seeded.db), pg_url)
    assert out["ok"] is True and out["verified"] is True
    assert out["source"] == str(seeded.db) and out["dest"] == pg_url
    assert out["profiles"] == len(seeded.seed)
    assert out["transactions"] == 7  # two recharges, five gifts
    assert out["transfers"] > out["transactions"]
    assert out["lives"] == 0 and out["lots"] == 2
    assert all(c["ok"] for c in out["source_checks"] + out["dest_checks"])
    assert seeded.balances(db=pg_url) == seeded.seed
    seeded.verifies(db=pg_url)

    back = tmp_path / "back.db"
    r = seeded.raw("copy", pg_url, str(back))
    assert r.code == 0, r.err
    assert r.err == ""
    assert r.out.count("\n") == 1  # one line for people
    assert "transactions 7" in r.out and str(back) in r.out
    assert seeded.inspect(back) == seeded.seed
    seeded.untouched(before)  # SOURCE: byte for byte as it was


def test_the_global_db_is_not_opened(seeded, tmp_path):
    """`copy` names both databases: the default wallet (or --db) is neither made nor read."""
    dest = tmp_path / "copy.db"
    unused = tmp_path / "unused.db"
    seeded.ok("copy", str(seeded.db), str(dest), db=unused)
    assert dest.exists() and not unused.exists()


def test_a_dest_that_holds_a_wallet_is_refused(seeded, pg_url):
    seeded.ok("copy", str(seeded.db), pg_url)
    r = seeded.raw("copy", str(seeded.db), pg_url)
    seeded.failed(r, 2)
    assert "already holds a wallet" in r.err
    assert seeded.balances(db=pg_url) == seeded.seed


@pytest.mark.parametrize(
    ("source", "dest", "code", "said"),
    [
        ("{db}", "{db}", 2, "same database"),
        ("{tmp}/none.db", "{tmp}/new.db", 2, "no file"),
        ("{tmp}/notes.txt", "{tmp}/new.db", 2, "not a GiftDesk"),
        ("{db}", "{tmp}/notes.txt", 2, "already exists"),
        ("{db}", "{tmp}/missing/new.db", 2, "does not exist"),
        ("{db}", "/proc/giftdesk-copy.db", 1, "cannot create"),
        ("{db}", "postgresql://cleo:hunter22@localhost/gifts", 2, "PGPASSWORD"),
        ("{db}", "postgresql://cleo@localhost:99999/gifts", 2, "port"),
        ("postgresq://cleo@localhost/gifts", "{tmp}/new.db", 2, "postgresq://"),
        ("{db}", "postgresql://nobody@/gifts?host={tmp}", 1, "connect"),
    ],
)
def test_bad_input_fails_in_one_line(seeded, tmp_path, source, dest, code, said):
    (tmp_path / "notes.txt").write_text("not a wallet")
    names = {"db": seeded.db, "tmp": tmp_path}
    for as_json in (False, True):
        r = seeded.raw(
            *(["--json"] if as_json else []), "copy", *(a.format(**names) for a in (source, dest))
        )
        seeded.failed(r, code)
        assert said in r.err
        assert "hunter22" not in r.err + r.out
        if as_json:
            assert r.json()["exit_code"] == code
    assert not (tmp_path / "new.db").exists()


def test_without_psycopg_a_server_says_what_to_install(seeded, pg_url, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    r = seeded.raw("copy", str(seeded.db), pg_url)
    seeded.failed(r, 1)
    assert "giftdesk[postgres]" in r.err
