"""Services.snapshot(): a long read on a connection of its own, one consistent snapshot."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from giftdesk.domain.errors import StorageError
from giftdesk.history_csv import export_csv


@pytest.fixture
def on_file(open_services, tmp_path):
    """Services on a database file, with Vera funded and the creator Cleo."""
    s = open_services(tmp_path / "ledger.sqlite3")
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    return s, vera, cleo


def test_a_snapshot_reads_on_its_own_connection_and_cannot_write(on_file):
    s, vera, _ = on_file
    with s.snapshot() as snapshot:
        assert snapshot.ctx.conn is not s.ctx.conn
        assert snapshot.balance(vera.id).coins == 770
        with pytest.raises(StorageError, match="read-only"):
            snapshot.profiles.add("Otto", birthdate="1975-07-07")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            snapshot.ctx.conn.execute("DELETE FROM spending")
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        snapshot.ctx.conn.execute("SELECT 1")


def test_a_snapshot_does_not_see_what_is_committed_after_it_began(on_file):
    s, vera, cleo = on_file
    with s.snapshot() as snapshot:
        assert snapshot.history.count(vera.id) == 1
        s.gifts.send(vera.id, cleo.id, "Rose")  # the window writes while the job reads
        assert snapshot.history.count(vera.id) == 1
        assert all(c.ok for c in snapshot.maintenance.verify())
    assert s.history.count(vera.id) == 2


def test_a_snapshot_is_made_and_used_in_a_worker_thread(on_file, tmp_path):
    s, vera, _ = on_file
    out = {}

    def work():
        with s.snapshot() as snapshot:
            out["rows"] = export_csv(snapshot.history, vera.id, tmp_path / "vera.csv")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert out == {"rows": 1}


@pytest.mark.sqlite_only
def test_an_in_memory_database_is_its_own_snapshot(fresh_services):
    with fresh_services.snapshot() as snapshot:
        assert snapshot is fresh_services
