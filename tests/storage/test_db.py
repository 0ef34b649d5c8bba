"""Opening the database file (giftdesk/storage/db.py); damaged, read-only and full files are
in tests/reliability."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from giftdesk.storage import db as db_module


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
