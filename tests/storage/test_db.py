"""Opening the database file (giftdesk/storage/db.py); damaged, read-only and full files are
in tests/reliability."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from giftdesk.domain.errors import StorageError, UnsafeFile
from giftdesk.storage import db as db_module
from giftdesk.storage.db import open_db


def test_switching_to_wal_waits_for_a_process_creating_the_same_file(tmp_path):
    """SQLite refuses the switch at once while another connection writes the new file, busy
    timeout or not; open_db waits for it instead of failing "database is locked"."""
    path = tmp_path / "fresh.db"
    creator = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    creator.execute("BEGIN IMMEDIATE")
    creator.execute("CREATE TABLE being_made (x)")
    waiting = sqlite3.connect(path, isolation_level=None, timeout=10)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        waiting.execute("PRAGMA journal_mode = WAL")  # what SQLite does by itself
    done = threading.Timer(0.2, lambda: creator.execute("COMMIT"))
    done.start()
    db_module._use_wal(waiting)
    done.join()
    assert waiting.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    waiting.close()
    creator.close()


@pytest.mark.parametrize("what", ["deleted", "replaced", "moved"])
def test_a_file_gone_from_under_the_store_refuses_writes(tmp_path, what):
    path = tmp_path / "g.db"
    store = open_db(path)
    try:
        assert store.file_problem() is None
        with store.write() as conn:
            conn.execute(
                "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at)"
                " VALUES ('Vera', 'vera', '1990-04-12', 0, '2026-11-25')"
            )
        if what == "deleted":
            path.unlink()
        elif what == "moved":
            path.rename(tmp_path / "elsewhere.db")
        else:
            other = tmp_path / "other.db"
            open_db(other).close()
            other.replace(path)
        assert "was deleted, moved or replaced" in store.file_problem()
        with pytest.raises(StorageError, match="nothing more can be saved"):
            with store.write():
                pass
    finally:
        store.close()


def test_changed_elsewhere_sees_another_connections_commit_only(tmp_path):
    path = tmp_path / "g.db"
    store, other = open_db(path), open_db(path)
    try:
        assert not store.changed_elsewhere()
        with store.write() as conn:  # its own write is not "elsewhere"
            conn.execute("UPDATE accounts SET balance = balance + 1 WHERE id = 1")
        assert not store.changed_elsewhere()
        with other.write() as conn:
            conn.execute("UPDATE accounts SET balance = balance - 1 WHERE id = 1")
        assert store.changed_elsewhere()
        assert not store.changed_elsewhere()  # told once
    finally:
        store.close()
        other.close()


# --- a wallet must be the user's own (as ssh insists for keys) ---------------------------------


def _wallet_file(tmp_path):
    path = tmp_path / "g.db"
    open_db(path).close()
    return path


@pytest.mark.parametrize("mode", [0o660, 0o620, 0o606, 0o666, 0o777])
def test_a_wallet_others_may_write_is_refused_and_left_alone(tmp_path, mode):
    path = _wallet_file(tmp_path)
    path.chmod(mode)
    before = path.read_bytes()
    with pytest.raises(UnsafeFile, match=f"mode is {mode:04o}.*chmod 600 '{path}'"):
        open_db(path)
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == mode


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o644, 0o400])
def test_a_wallet_others_may_only_read_opens(tmp_path, mode):
    path = _wallet_file(tmp_path)
    path.chmod(mode)
    open_db(path).close()


@pytest.mark.parametrize("journal", ["-wal", "-shm"])
def test_a_journal_file_others_may_write_is_refused_too(tmp_path, journal):
    path = _wallet_file(tmp_path)
    side = path.with_name(path.name + journal)
    side.write_bytes(b"")
    side.chmod(0o666)
    with pytest.raises(UnsafeFile, match=f"{journal}"):
        open_db(path)


def test_a_wallet_owned_by_another_user_is_refused(tmp_path, monkeypatch):
    path = _wallet_file(tmp_path)
    owner = path.stat().st_uid
    # Giving the file away needs root; being someone else does not.
    monkeypatch.setattr(db_module.os, "geteuid", lambda: owner + 1)
    with pytest.raises(UnsafeFile, match=f"belongs to another user \\(uid {owner}\\)"):
        open_db(path)
