"""The benchmarks' own helpers: the raw PostgreSQL floor keeps its books, and the concurrent
senders count every gift and fail a run that loses one (a few seconds: real processes)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import postgres  # noqa: E402
import senders  # noqa: E402


def test_the_raw_floor_writes_each_gift_and_keeps_its_balances(pg_url: str) -> None:
    conn = postgres.raw_db(pg_url, 3)  # viewers 2 and 3, creator 4
    try:
        postgres.raw_gift(conn, 1, 2, 4)
        postgres.raw_burst(conn, 2, [2, 3, 2], 4)
        counts = "SELECT count(*), (SELECT count(*) FROM transfers) FROM transactions"
        assert conn.execute(counts).fetchone() == (4, 8)
        balances = dict(conn.execute("SELECT id, balance FROM balances WHERE id > 1").fetchall())
        start = postgres.STARTING_BALANCE
        assert balances == {2: start - 3, 3: start - 1, 4: start + 4}
        ledger = senders.RawLedger(pg_url)
        ledger.conn = conn
        ledger.verify()  # what the concurrent raw run checks
    finally:
        conn.close()


def test_concurrent_senders_are_counted_and_checked(tmp_path: Path) -> None:
    figures = senders.concurrent_gifts(str(tmp_path / "c.db"), seconds=0.2, rounds=1, counts=(1, 2))
    assert figures["concurrent_gifts_per_s_1"] > 0
    assert figures["concurrent_growth_2"] > 0


def test_a_lost_gift_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = senders._run_together

    def one_more_reported(*args: object, **kwargs: object) -> tuple[dict[int, int], float]:
        sent, rate = real(*args, **kwargs)  # type: ignore[arg-type]
        return {v: n + 1 for v, n in sent.items()}, rate

    monkeypatch.setattr(senders, "_run_together", one_more_reported)
    with pytest.raises(RuntimeError, match="gifts were lost"):
        senders.concurrent_gifts(str(tmp_path / "c.db"), seconds=0.1, rounds=1, counts=(1,))
