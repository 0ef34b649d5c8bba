"""Concurrent senders (issue 19): gifts a second with 1, 4 and 8 sending processes on one
database, on either engine.

  concurrent_gifts_per_s_N  gifts/s of N processes together, each its own Services on the
                            same database sending durable single roses (GiftService.send),
                            each from a viewer of its own, all to one creator (a LIVE: many
                            viewers, one creator)
  concurrent_growth_4       gifts/s with 4 processes / with 1, the median of the rounds'
                            own ratios                               PostgreSQL >= 1.2
  concurrent_growth_8       the same with 8 processes                (no target)
  concurrent_distinct_*     the same with every process sending to a creator of its own
                            (PostgreSQL, not in --quick)
  concurrent_raw_*          PostgreSQL only: the same processes doing postgres.raw_gift
                            (raw psycopg, 7 round trips a gift) to one creator: how far
                            throughput grows on this server and machine when nothing but the
                            rows a gift writes is locked (the creator's balance is one row
                            every gift updates); the ceiling for concurrent_growth_*

The processes are real OS processes (`python senders.py worker ...`, importing this
checkout's giftdesk). Each opens its database, sends one warm-up gift, says "ready" and
waits on its stdin; once every one is ready, each is told "go" and sends for the same fixed
time, then reports how many gifts it sent. A gift that raises (a lock that timed out, a
serialization failure not retried) fails the run; so does a database that, afterwards, holds
a different number of gifts than the processes reported, a viewer whose balance is not what
it sent says, or (GiftDesk's) a ledger that fails `verify`.

SQLite lets one writer in at a time by design, so it is reported without a growth target.
"""

from __future__ import annotations

import itertools
import json
import os
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent  # the checkout whose giftdesk is measured
COUNTS = (1, 4, 8)
GIFT = "Rose"  # 1 coin: the viewers funded with 2,500,000 never run out
GIFT_COINS = 1
RAW_TXNS_PER_WORKER = 10**9  # the numbers of the raw floor's transactions a worker may use
_workers_started = itertools.count(1)  # a raw worker's block of transaction numbers
WAIT_S = 120  # for a sender to open its database, and to stop after its time is up


def concurrent_gifts(
    target: str,
    *,
    seconds: float,
    rounds: int,
    distinct_creators: bool = False,
    raw: bool = False,
    counts: tuple[int, ...] = COUNTS,
) -> dict:
    """gifts/s of 1, 4 and 8 (`counts`) processes sending to `target` (a SQLite path or a
    postgresql:// URL of an empty database; `raw`: raw psycopg on postgres.RAW_SCHEMA), in
    `rounds` rounds: the median of each, and the growths. Checks the database after each
    round and at the end (see the module)."""
    ledger: GiftDeskLedger | RawLedger = RawLedger(target) if raw else GiftDeskLedger(target)
    try:
        viewers, creators = ledger.fund(max(counts), max(counts) if distinct_creators else 1)
        start_coins = {v: ledger.coins(v) for v in viewers}
        sent_by = dict.fromkeys(viewers, 0)
        rates: dict[int, list[float]] = {n: [] for n in counts}
        for r in range(rounds):
            # 1, 4, 8 then 8, 4, 1: a neighbour's load that rises or falls through a round
            # weighs on the few senders and the many alike.
            for n in counts if r % 2 == 0 else counts[::-1]:
                before = ledger.gifts()
                pairs = [(viewers[i], creators[i % len(creators)]) for i in range(n)]
                sent, rate = _run_together(target, pairs, seconds, raw=raw)
                counted = ledger.gifts() - before
                reported = sum(sent.values())
                if counted != reported + n:  # and each process's warm-up gift
                    raise RuntimeError(
                        f"{n} senders reported {reported} gifts and {n} warm-ups but the "
                        f"database gained {counted}: gifts were lost or made up"
                    )
                for viewer, count in sent.items():
                    sent_by[viewer] += count + 1
                rates[n].append(rate)
        for viewer, count in sent_by.items():
            coins = ledger.coins(viewer)
            if coins != start_coins[viewer] - count * GIFT_COINS:
                raise RuntimeError(f"viewer {viewer} holds {coins} coins after sending {count}")
        ledger.verify()
    finally:
        ledger.close()
    prefix = "concurrent_raw" if raw else "concurrent"
    prefix += "_distinct" if distinct_creators else ""
    one = counts[0]
    results: dict[str, Any] = {
        f"{prefix}_gifts_per_s_{n}": statistics.median(rates[n]) for n in counts
    }
    # Growth is the median of each round's own ratio: the 1-sender figure alone moved by half
    # between the rounds of one run here (198 to 378 gifts/s), with other work on the machine.
    results |= {
        f"{prefix}_growth_{n}": statistics.median(
            many / single for many, single in zip(rates[n], rates[one], strict=True)
        )
        for n in counts[1:]
    }
    results[f"{prefix}_rounds"] = {str(n): [round(r, 1) for r in rates[n]] for n in counts}
    return results


class GiftDeskLedger:
    """The database as GiftDesk's services see it."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.services: Any = None

    def fund(self, viewers: int, creators: int) -> tuple[list[int], list[int]]:
        from sends import funded

        self.services, viewer_ids, creator_ids = funded(self.target, viewers, creators=creators)
        return viewer_ids, creator_ids

    def gifts(self) -> int:
        """Gifts recorded: a row in `gifts` a gift sent alone (a durable send is never a
        combo)."""
        row = self.services.ctx.conn.execute("SELECT count(*) FROM gifts").fetchone()
        return int(row[0])

    def coins(self, viewer: int) -> int:
        return self.services.balance(viewer).coins

    def verify(self) -> None:
        failed = [c.name for c in self.services.maintenance.verify() if not c.ok]
        if failed:
            raise RuntimeError(f"the database fails verification after the senders: {failed}")

    def close(self) -> None:
        if self.services is not None:
            self.services.close()


class RawLedger:
    """postgres.py's raw floor: accounts 0 and 1 the system's, viewers from 2, then creators."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn: Any = None

    def fund(self, viewers: int, creators: int) -> tuple[list[int], list[int]]:
        from postgres import raw_db

        self.conn = raw_db(self.url, viewers + creators)
        return list(range(2, 2 + viewers)), list(range(2 + viewers, 2 + viewers + creators))

    def gifts(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM transactions").fetchone()[0])

    def coins(self, viewer: int) -> int:
        query = "SELECT balance FROM balances WHERE id = %s"
        return int(self.conn.execute(query, (viewer,)).fetchone()[0])

    def verify(self) -> None:
        """Every balance moved by its transfers, as the floor's two-entry gifts move them."""
        from postgres import STARTING_BALANCE

        wrong = self.conn.execute(
            "SELECT b.id FROM balances b WHERE b.id > 1 AND b.balance <> %s"
            " + (SELECT coalesce(sum(amount), 0) FROM transfers WHERE to_id = b.id)"
            " - (SELECT coalesce(sum(amount), 0) FROM transfers WHERE from_id = b.id)",
            (STARTING_BALANCE,),
        ).fetchall()
        if wrong:
            raise RuntimeError(f"the raw floor's balances differ from its transfers: {wrong}")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def _run_together(
    target: str, pairs: list[tuple[int, int]], seconds: float, *, raw: bool
) -> tuple[dict[int, int], float]:
    """Start a process per (viewer, creator) pair, let them all go at once, and return the
    gifts each sent in the timed part and the gifts a second of them all (their total over
    the longest of their times, so that a process that finishes late counts). A sender that
    does not start, or does not finish, within WAIT_S more fails the run (a lock that waits
    for ever must not hang CI)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    kind = "raw" if raw else "giftdesk"
    workers = [
        subprocess.Popen(
            [sys.executable, __file__, "worker", kind, target, str(v), str(c), str(seconds)]
            + [str(next(_workers_started) * RAW_TXNS_PER_WORKER)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,  # unbuffered: what select() says is there is all there is
        )
        for v, c in pairs
    ]
    try:
        ready_by = time.monotonic() + WAIT_S
        for w in workers:  # the barrier: every one has opened its database and sent a gift
            line = _ready_line(w, ready_by)
            if line != b"ready\n":
                raise RuntimeError(f"a sender did not start: {line!r}")
        for w in workers:
            assert w.stdin is not None
            w.stdin.write(b"go\n")
        reports = []
        for w in workers:
            try:
                out, _ = w.communicate(timeout=seconds + WAIT_S)
            except subprocess.TimeoutExpired:
                raise RuntimeError(
                    f"a sender was still sending {WAIT_S} s after its {seconds} s"
                ) from None
            if w.returncode != 0:
                raise RuntimeError(f"a sender failed ({w.returncode})")
            reports.append(json.loads(out.decode().splitlines()[-1]))
    finally:
        for w in workers:
            if w.returncode is None:
                w.kill()
                w.communicate()  # waits, and closes its pipes
    errors = [e for r in reports for e in r["errors"]]
    if errors:
        raise RuntimeError(f"{len(errors)} gifts raised under {len(pairs)} senders: {errors[:3]}")
    sent = {v: r["sent"] for (v, _), r in zip(pairs, reports, strict=True)}
    return sent, sum(sent.values()) / max(r["seconds"] for r in reports)


def _ready_line(w: subprocess.Popen[bytes], by: float) -> bytes:
    """The first line a sender writes, or what it wrote before it ended; a failure at `by`."""
    assert w.stdout is not None
    got = b""
    while not got.endswith(b"\n"):
        left = by - time.monotonic()
        if left <= 0 or not select.select([w.stdout], [], [], left)[0]:
            raise RuntimeError(f"a sender had not opened its database after {WAIT_S} s")
        chunk = os.read(w.stdout.fileno(), 64)
        if not chunk:
            break
        got += chunk
    return got


def worker(
    kind: str, target: str, viewer: int, creator: int, seconds: float, first_txn: int
) -> None:
    """One sending process: ready, wait for go, send roses for `seconds`, report. A raw one
    numbers its transactions from `first_txn`, as GiftDesk's take max(id) + 1."""
    if kind == "raw":
        import psycopg
        from postgres import raw_gift

        conn = psycopg.connect(target, autocommit=True)
        txns = itertools.count(first_txn)

        def send() -> None:
            raw_gift(conn, next(txns), viewer, creator)

        close = conn.close
    else:
        from giftdesk.services import Services

        services = Services.open(target)

        def send() -> None:
            services.gifts.send(viewer, creator, GIFT)

        close = services.close
    send()  # connections, prepared statements and caches warm
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    sent, errors = 0, []
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        try:
            send()
        except Exception as e:  # reported, and it fails the run: a durable send must not fail
            errors.append(f"{type(e).__name__}: {e}")
            if len(errors) >= 10:
                break
            continue
        sent += 1
    elapsed = time.perf_counter() - start
    close()
    print(json.dumps({"sent": sent, "seconds": elapsed, "errors": errors}), flush=True)


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    kind, target, viewer, creator, seconds, first_txn = sys.argv[2:]
    worker(kind, target, int(viewer), int(creator), float(seconds), int(first_txn))
