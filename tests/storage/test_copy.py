"""`giftdesk copy`'s engine (storage/copying.py, services/copying.py): a whole wallet moved
between a file and a PostgreSQL database, both ways, every row of every table kept with its id,
`verify` passing on every copy; a DEST that is not new refused; a copy that fails leaves
nothing behind."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from giftdesk.domain.errors import (
    InvalidDatabaseTarget,
    InvalidPath,
    NotAGiftDeskDatabase,
    StorageError,
)
from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.copying import copy_wallet
from giftdesk.services.demo import seed_demo
from giftdesk.storage import copy_replay, copy_tables, copying
from giftdesk.storage.db import open_db, open_store
from giftdesk.storage.pg_connection import connect
from giftdesk.storage.targets import parse_target


def _seed(path: Path) -> None:
    """The demo economy, then what it lacks: an undo, a payout paid and one pending, a
    creator's second LIVE with gifts (one LIVE ends, another starts), a LIVE without gifts,
    budgets, a password, a creator who has seen her gifts, a lot left half spent."""
    clock = FixedClock(dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    s = Services.open(path, clock=clock)
    try:
        seed_demo(s)
        mia = s.profiles.find("Mia Beats")
        tomo = s.profiles.find("Chef Tomo")
        vera = s.profiles.add("Vera", birthdate="1990-04-12")
        s.recharge.recharge(vera.id, coins=700, channel="app", method="app-store")
        sent = s.gifts.send(vera.id, mia.id, "Rose", count=30)  # into Mia's LIVE on air
        clock.advance(seconds=2)
        s.gifts.undo(sent.transaction_id)
        s.gifts.send(vera.id, tomo.id, "Doughnut", count=2, context="video")
        s.lives.start(tomo.id, title="Quiet night")  # a LIVE nobody sent a gift to
        clock.advance(minutes=3)
        s.lives.end(tomo.id)
        s.payouts.settle_pending(mia.id)
        s.lives.end(mia.id)
        clock.advance(minutes=5)
        s.lives.start(mia.id, title="Encore", goal_diamonds=100)
        s.gifts.send(vera.id, mia.id, "Corgi")
        s.recharge.recharge(vera.id, coins=350, channel="web", method="paypal")
        s.payouts.request(mia.id, 1_000, method="bank")
        s.profiles.set_budget(vera.id, daily_coins=5_000, monthly_coins=20_000)
        s.security.set_password(vera.id, "correct horse battery")
        s.earnings.mark_seen(mia.id)
        failed = [c for c in s.maintenance.verify() if not c.ok]
        assert not failed, failed
    finally:
        s.close()


@pytest.fixture(scope="module")
def seeded_wallet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "wallet.sqlite3"
    _seed(path)
    return path


@pytest.fixture
def wallet(seeded_wallet: Path, tmp_path: Path) -> Path:
    """A copy of the seeded wallet file of this test's own."""
    path = tmp_path / "wallet.sqlite3"
    shutil.copyfile(seeded_wallet, path)
    path.chmod(0o600)
    return path


def _contents(target: str | Path) -> dict[str, list[tuple]]:
    """Every row of every GiftDesk table, table by table, in key order."""
    store = open_store(target if isinstance(target, str) else str(target))
    try:
        conn = store.conn
        assert copy_tables.schema_tables(conn) == set(copy_tables.KEYS)
        return {
            table: [
                row
                for page in copy_tables.pages(conn, table, copy_tables.columns(conn, table))
                for row in page
            ]
            for table in copy_tables.KEYS
        }
    finally:
        store.close()


def _verify(target: str | Path) -> None:
    s = Services.open(target if isinstance(target, str) else str(target))
    try:
        failed = [c for c in s.maintenance.verify() if not c.ok]
        assert not failed, failed
    finally:
        s.close()


def test_every_table_of_both_schemas_is_copied(pg_giftdesk_url):
    """A table a migration adds fails this until copy_tables.py names it (and says how)."""
    store = open_db()
    try:
        assert copy_tables.schema_tables(store.conn) == set(copy_tables.KEYS)
    finally:
        store.close()
    pg = open_store(pg_giftdesk_url)
    try:
        assert copy_tables.schema_tables(pg.conn) == set(copy_tables.KEYS)
    finally:
        pg.close()
    assert len(copy_tables.TABLES) == len(copy_tables.KEYS)  # each named once


def test_file_to_server_to_server_to_file_keeps_every_row(
    wallet, pg_url, pg_giftdesk_url, tmp_path
):
    before = _contents(wallet)
    assert before["lives"] and before["lot_takes"] and before["payouts"]
    assert any(r for r in before["transactions"] if r[1] == "gift_undo")
    back = tmp_path / "back.sqlite3"
    hops = [(str(wallet), pg_url), (pg_url, pg_giftdesk_url), (pg_giftdesk_url, str(back))]
    for source, dest in hops:
        done = copy_wallet(source, dest)
        assert done.verified
        assert done.counts["transactions"] == len(before["transactions"])
        assert done.counts["lives"] == len(before["lives"])
        assert _contents(dest) == before, f"{source} -> {dest}"
        assert _contents(source) == before  # never changed
        _verify(dest)
    assert sorted(back.parent.iterdir()) == sorted([back, wallet])  # no part file left


def test_identity_sequences_move_past_the_copied_ids_and_triggers_are_back_on(wallet, pg_url):
    copy_wallet(str(wallet), pg_url)
    conn = connect(parse_target(pg_url))  # type: ignore[arg-type]
    try:
        for table in ("profiles", "accounts", "transactions", "transfers", "lives", "payouts"):
            top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0]
            drawn = conn.execute(
                "SELECT nextval(pg_get_serial_sequence(?, 'id'))", (table,)
            ).fetchone()[0]
            assert drawn > top, table
        # Set aside for the copy, back on after it, as the schema has them.
        off = "SELECT count(*) FROM pg_trigger WHERE tgenabled <> 'O'"
        assert conn.execute(off).fetchone()[0] == 0
    finally:
        conn.close()


def test_small_pages_and_chunks_copy_the_same(wallet, tmp_path, monkeypatch):
    """Pages of 2 rows: every page boundary, and a chunk ending at every gift, LIVE changes
    and all."""
    monkeypatch.setattr(copy_tables, "PAGE_ROWS", 2)
    dest = tmp_path / "copy.sqlite3"
    copy_wallet(str(wallet), str(dest))
    assert _contents(dest) == _contents(wallet)


def test_a_dest_that_holds_a_wallet_is_refused_and_left_as_it_was(wallet, pg_url, tmp_path):
    copy_wallet(str(wallet), pg_url)
    held = _contents(pg_url)
    with pytest.raises(copying.DestinationInUse) as refused:
        copy_wallet(str(wallet), pg_url)
    assert refused.value.exit_code == 2
    assert _contents(pg_url) == held
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"mine")
    with pytest.raises(InvalidPath, match="already exists"):
        copy_wallet(str(wallet), str(taken))
    assert taken.read_bytes() == b"mine"


@pytest.mark.parametrize(
    ("source", "dest", "error", "said"),
    [
        ("{wallet}", "{wallet}", InvalidPath, "same database"),
        ("{tmp}/none.sqlite3", "{tmp}/new.sqlite3", InvalidPath, "no file"),
        ("{tmp}", "{tmp}/new.sqlite3", InvalidPath, "folder"),
        ("{tmp}/text.sqlite3", "{tmp}/new.sqlite3", NotAGiftDeskDatabase, "not a GiftDesk"),
        ("{tmp}/other.sqlite3", "{tmp}/new.sqlite3", NotAGiftDeskDatabase, "not a GiftDesk"),
        ("{wallet}", "{tmp}/no/such/folder.sqlite3", InvalidPath, "does not exist"),
        ("{wallet}", "/proc/giftdesk-copy.sqlite3", StorageError, "cannot create"),
        ("{wallet}", ":memory:", InvalidPath, "memory"),
        ("{wallet}", "postgresql://x@localhost/", InvalidDatabaseTarget, "names no database"),
    ],
)
def test_bad_input_is_refused_in_one_line(wallet, tmp_path, source, dest, error, said):
    (tmp_path / "text.sqlite3").write_text("not a database")
    other = sqlite3.connect(tmp_path / "other.sqlite3")
    other.execute("CREATE TABLE notes (body TEXT)")
    other.close()
    (tmp_path / "other.sqlite3").chmod(0o600)
    names = {"wallet": wallet, "tmp": tmp_path}
    with pytest.raises(error, match=said) as refused:
        copy_wallet(source.format(**names), dest.format(**names))
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "new.sqlite3").exists()


def test_a_server_database_without_a_wallet_is_no_source_and_stays_empty(pg_url, tmp_path):
    with pytest.raises(NotAGiftDeskDatabase):
        copy_wallet(pg_url, str(tmp_path / "new.sqlite3"))
    conn = connect(parse_target(pg_url))  # type: ignore[arg-type]
    try:
        tables = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchone()[0]
    finally:
        conn.close()
    assert tables == 0
    assert not (tmp_path / "new.sqlite3").exists()


class Boom(Exception):
    pass


def _fail_at_gifts(monkeypatch) -> None:
    """The copy breaks half-way, once: when it comes to read the gifts to write them."""
    real = copy_tables.pages
    failed = []

    def pages(conn, table, cols, **bounds):
        if table == "gifts" and not failed:
            failed.append(table)
            raise Boom("the machine went away")
        return real(conn, table, cols, **bounds)

    monkeypatch.setattr(copy_tables, "pages", pages)


def test_an_interrupted_copy_to_a_file_leaves_no_file(wallet, tmp_path, monkeypatch):
    _fail_at_gifts(monkeypatch)
    dest = tmp_path / "copy.sqlite3"
    with pytest.raises(Boom):
        copy_wallet(str(wallet), str(dest))
    assert sorted(tmp_path.iterdir()) == [wallet]  # neither DEST nor a part file


def test_an_interrupted_copy_to_a_server_rolls_back(wallet, pg_giftdesk_url, monkeypatch):
    expected = _contents(wallet)
    _fail_at_gifts(monkeypatch)
    with pytest.raises(Boom):
        copy_wallet(str(wallet), pg_giftdesk_url)
    assert all(
        not rows for table, rows in _contents(pg_giftdesk_url).items() if table != "accounts"
    )
    monkeypatch.undo()
    copy_wallet(str(wallet), pg_giftdesk_url)  # still new: the copy can be run again
    assert _contents(pg_giftdesk_url) == expected


def test_without_owning_the_tables_a_server_copy_goes_through_the_triggers(
    wallet, pg_giftdesk_url, monkeypatch
):
    """A role that may not set the triggers aside gets the copy the triggers check, row by
    row, as a file does."""
    monkeypatch.setattr(copying, "_triggers_off", lambda _dest: False)
    copy_wallet(str(wallet), pg_giftdesk_url)
    assert _contents(pg_giftdesk_url) == _contents(wallet)


def test_a_copy_that_comes_out_different_is_not_kept(wallet, pg_giftdesk_url, monkeypatch):
    """The last guard: balances (or any row the triggers wrote) unlike the source's roll the
    whole copy back."""
    monkeypatch.setattr(copy_tables, "differences", lambda _s, _d: ["accounts: (10, ...)"])
    with pytest.raises(StorageError, match="differs from its source"):
        copy_wallet(str(wallet), pg_giftdesk_url)
    assert not _contents(pg_giftdesk_url)["profiles"]


def test_the_source_is_read_in_one_snapshot_while_it_is_written(wallet, tmp_path, monkeypatch):
    """A gift sent to SOURCE while the copy runs is not in the copy, which still verifies."""
    before = _contents(wallet)
    real = copy_replay._copy_table
    sent = []

    def copy_table(source, dest, table, cols, **bounds):
        if table == "gifts" and not sent:
            other = Services.open(str(wallet))
            try:
                vera, mia = other.profiles.find("Vera"), other.profiles.find("Mia Beats")
                sent.append(other.gifts.send(vera.id, mia.id, "Rose"))
            finally:
                other.close()
        return real(source, dest, table, cols, **bounds)

    monkeypatch.setattr(copy_replay, "_copy_table", copy_table)
    dest = tmp_path / "copy.sqlite3"
    copy_wallet(str(wallet), str(dest))
    assert sent
    assert _contents(dest) == before
    assert len(_contents(wallet)["gifts"]) == len(before["gifts"]) + 1


def test_the_comparison_names_the_first_row_that_differs(wallet, tmp_path):
    dest = tmp_path / "copy.sqlite3"
    copy_wallet(str(wallet), str(dest))
    theirs, ours = sqlite3.connect(wallet), sqlite3.connect(dest)
    try:
        assert copy_tables.differences(theirs, ours) == []
        ours.execute("UPDATE profile_security SET failed_attempts = failed_attempts + 7")
        ours.execute("DELETE FROM gift_notifications")
        ours.commit()
        found = copy_tables.differences(theirs, ours)
    finally:
        theirs.close()
        ours.close()
    assert [f.split(":")[0] for f in found] == ["profile_security", "gift_notifications"]
