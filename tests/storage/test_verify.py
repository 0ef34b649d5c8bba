"""run_checks reports each check before running it, and stops when its progress says so."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import Cancelled
from giftdesk.domain.units import Rate
from giftdesk.storage import verify
from giftdesk.storage.db import open_db
from giftdesk.storage.verify import run_checks

RATE = Rate(1, 2)
# Several million SQLite steps: long enough for the progress handler to be asked.
SLOW_SQL = """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000)
              SELECT count(*) FROM n"""


@pytest.fixture
def conn():
    store = open_db()
    yield store.conn
    store.close()


def test_progress_is_told_of_each_check_before_it_runs(conn):
    names = [name for name, _ in verify.checks(RATE)]
    reports = []
    results = run_checks(conn, RATE, progress=lambda *report: reports.append(report) or True)
    assert reports == [(done, len(names), name) for done, name in enumerate(names)]
    assert [c.name for c in results] == names and all(c.ok for c in results)


def test_progress_answering_false_stops_before_the_next_check(conn):
    reports = []

    def progress(done, total, name):
        reports.append(name)
        return done < 2

    with pytest.raises(Cancelled, match="cancelled"):
        run_checks(conn, RATE, progress=progress)
    assert reports == ["schema_matches", "debits_equal_credits", "transfer_units_match"]


def test_a_long_check_is_interrupted_and_the_handler_removed(conn, monkeypatch):
    ran = []

    def slow(c):
        ran.append("slow")
        c.execute(SLOW_SQL).fetchone()
        ran.append("done")  # not reached: the query is interrupted
        return True, ""

    monkeypatch.setattr(verify, "checks", lambda rate, value: [("slow", slow)])
    asked = []

    def progress(done, total, name):
        asked.append(name)
        return len(asked) == 1  # yes before the check, no when asked again during it

    with pytest.raises(Cancelled):
        run_checks(conn, RATE, progress=progress)
    assert ran == ["slow"] and asked == ["slow", "slow"]
    assert conn.execute(SLOW_SQL).fetchone() == (3_000_000,)  # no handler left to stop it


def test_a_damaged_check_is_still_a_failed_check_not_a_cancel(conn, monkeypatch):
    def broken(c):
        c.execute("SELECT * FROM no_such_table")
        return True, ""

    monkeypatch.setattr(verify, "checks", lambda rate, value: [("broken", broken)])
    [check] = run_checks(conn, RATE, progress=lambda *_: True)
    assert not check.ok and "no_such_table" in check.detail
