"""The PostgreSQL benchmarks (issue 19): GiftDesk's sends on a throwaway server against raw
psycopg doing the minimal equivalent on the same server, in the same run.

  durable_send_ratio  gifts/s through GiftService.send, each its own transaction, / raw
                      psycopg committing the same gift alone (`raw_gift`: 7 round trips)
  burst_send_ratio    gifts/s through GiftService.send_batch (one transaction, a viewer's
                      roses one combo) / raw psycopg writing the same gifts in one transaction
                      with executemany, which psycopg sends as one pipeline (`raw_burst`)   >= 0.5

The server is tests/pg_server.py's (`cluster`): a cluster of its own in a temporary folder,
`fsync` and `synchronous_commit` on, so that a commit waits for the disk as a SQLite commit
does with synchronous=FULL; it is stopped and removed however the run ends.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for pg_server

from pg_server import PgServer, find_bin_dir  # noqa: E402
from sends import burst_figures, funded  # noqa: E402

from giftdesk.services import Services  # noqa: E402
from giftdesk.services.gifting import GiftRequest  # noqa: E402
from giftdesk.services.results import GiftSent  # noqa: E402

STARTING_BALANCE = 1_000_000_000  # the raw floor's accounts never run dry


@contextmanager
def cluster() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server for the run, stopped and removed whatever happens: at the
    block's end, by an exception or an exit (run.py turns a SIGTERM into one), and by
    pg_server's watchdog after a kill -9."""
    server = PgServer(find_bin_dir())
    try:
        server.start()
        yield server
    finally:
        server.stop()


# --- the raw psycopg floor ------------------------------------------------------------------

# The least a double-entry gift can be: a transaction row, its two transfers (the coins from
# the viewer's wallet, the diamonds to the creator), the two balances they change. Primary
# keys and the transfers' foreign key, as any ledger has; none of GiftDesk's other indexes,
# checks or running totals.
RAW_SCHEMA = (
    "CREATE TABLE balances (id BIGINT PRIMARY KEY, balance BIGINT NOT NULL)",
    "CREATE TABLE transactions (id BIGINT PRIMARY KEY, kind TEXT NOT NULL,"
    " created_us BIGINT NOT NULL)",
    "CREATE TABLE transfers (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " txn_id BIGINT NOT NULL REFERENCES transactions, from_id BIGINT NOT NULL,"
    " to_id BIGINT NOT NULL, amount BIGINT NOT NULL)",
)
INSERT_TXN = "INSERT INTO transactions (id, kind, created_us) VALUES (%s, 'gift', %s)"
INSERT_TRANSFER = "INSERT INTO transfers (txn_id, from_id, to_id, amount) VALUES (%s, %s, %s, %s)"
UPDATE_BALANCE = "UPDATE balances SET balance = balance + %s WHERE id = %s"
COIN_SPENT, ISSUANCE = 0, 1  # the raw floor's two system accounts


def raw_db(url: str, accounts: int) -> Any:
    """An autocommit psycopg connection to a database with RAW_SCHEMA and `accounts` + 2
    funded accounts (0 and 1 the system's, then viewers and creators)."""
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    for statement in RAW_SCHEMA:
        conn.execute(statement)
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO balances VALUES (%s, %s)",
            [(i, STARTING_BALANCE) for i in range(accounts + 2)],
        )
    return conn


def raw_gift(conn: Any, txn: int, sender: int, creator: int) -> None:
    """One gift, committed alone, as the minimal honest client writes it: BEGIN, the
    transaction row, its two transfers, the two balances, COMMIT: one statement a round trip,
    7 round trips (GiftDesk's write begins with one round trip too, BEGIN with its lock)."""
    conn.execute("BEGIN")
    conn.execute(INSERT_TXN, (txn, time.time_ns() // 1000))
    conn.execute(INSERT_TRANSFER, (txn, sender, COIN_SPENT, 1))
    conn.execute(INSERT_TRANSFER, (txn, ISSUANCE, creator, 1))
    conn.execute(UPDATE_BALANCE, (-1, sender))
    conn.execute(UPDATE_BALANCE, (1, creator))
    conn.execute("COMMIT")


def raw_burst(conn: Any, first_txn: int, senders: list[int], creator: int) -> None:
    """len(senders) gifts in one transaction, as the best raw client writes them: every gift's
    transaction row and two transfers, each table by one executemany (psycopg sends its rows
    as one pipeline: a round trip a table, not a row), and each balance updated once by the
    sum of its gifts, as GiftDesk's burst does (one UPDATE a gift would pile thousands of
    versions of the creator's row into one transaction)."""
    now = time.time_ns() // 1000
    txns = range(first_txn, first_txn + len(senders))
    transfers: list[tuple[int, int, int, int]] = []
    spent: dict[int, int] = {}
    for txn, sender in zip(txns, senders, strict=True):
        transfers += [(txn, sender, COIN_SPENT, 1), (txn, ISSUANCE, creator, 1)]
        spent[sender] = spent.get(sender, 0) + 1
    conn.execute("BEGIN")
    with conn.cursor() as cursor:
        cursor.executemany(INSERT_TXN, [(txn, now) for txn in txns])
        cursor.executemany(INSERT_TRANSFER, transfers)
        cursor.executemany(
            UPDATE_BALANCE, [(-n, s) for s, n in spent.items()] + [(len(senders), creator)]
        )
    conn.execute("COMMIT")


# --- the measures ---------------------------------------------------------------------------


def durable_send(server: PgServer, *, gifts: int, rounds: int) -> dict:
    """One rose a transaction, GiftDesk's against the raw floor's, interleaved rounds on the
    same server (after a warm-up of `gifts` each: connections, prepared statements, caches)."""
    services, viewers, creators = funded(server.url(server.create_database()), 1)
    viewer, creator = viewers[0], creators[0]
    raw = raw_db(server.url(server.create_database()), 2)
    txn = 0
    for _ in range(gifts):
        services.gifts.send(viewer, creator, "Rose")
        txn += 1
        raw_gift(raw, txn, 2, 3)
    ours_rates, raw_rates = [], []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            for _ in range(gifts):
                services.gifts.send(viewer, creator, "Rose")
            ours_rates.append(gifts / (time.perf_counter() - start))
            start = time.perf_counter()
            for _ in range(gifts):
                txn += 1
                raw_gift(raw, txn, 2, 3)
            raw_rates.append(gifts / (time.perf_counter() - start))
        anatomy = gift_anatomy(services, lambda: services.gifts.send(viewer, creator, "Rose"))
    finally:
        services.close()
        raw.close()
    ours, floor = statistics.median(ours_rates), statistics.median(raw_rates)
    return {
        "durable_send_ratio": ours / floor,
        "durable_sends_per_s": ours,
        "durable_raw_per_s": floor,
        **anatomy,
    }


def gift_anatomy(services: Services, send: Callable[[], None], gifts: int = 100) -> dict:
    """Where a durable gift's time goes, for the locking work: the statements it sends (each
    a round trip, but the ids' claim, which goes past this count; `raw_gift` sends 7) and the
    share of its time spent inside the store's write(), from BEGIN to COMMIT (the sender's
    lock is held all of it, the ids lock from the claim on). Counted by wrapping this
    connection's and store's methods (instance attributes, removed afterwards)."""
    store, conn = services.store, services.store.conn
    statements = 0
    in_write = 0.0
    real_execute, real_many, real_write = conn.execute, conn.executemany, store.write

    def execute(*args: Any) -> Any:
        nonlocal statements
        statements += 1
        return real_execute(*args)

    def executemany(*args: Any) -> Any:
        nonlocal statements
        statements += 1
        return real_many(*args)

    @contextmanager
    def write(**how: Any) -> Iterator[Any]:
        nonlocal in_write
        start = time.perf_counter()
        try:
            with real_write(**how) as written:
                yield written
        finally:
            in_write += time.perf_counter() - start

    conn.execute, conn.executemany, store.write = execute, executemany, write  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        for _ in range(gifts):
            send()
        elapsed = time.perf_counter() - start
    finally:
        del conn.execute, conn.executemany, store.write
    return {
        "durable_us_per_gift": elapsed / gifts * 1e6,
        "durable_statements_per_gift": statements / gifts,
        "durable_in_write_share": in_write / elapsed,
    }


# The burst with every gift its own ledger transaction takes its first 3,000 gifts at most:
# on PostgreSQL its cost a gift grows with the burst (740 us a gift at 1,000, 1,465 at 8,000
# here; 20,000 had not finished after 85 s), as every transfer's trigger updates the same
# system accounts' balance rows again within one transaction (a new row version each time).
NO_STREAKS_MAX = 3_000


def burst_send(server: PgServer, *, gifts: int, rounds: int) -> dict:
    """A LIVE's burst, as run.py's SQLite one: `gifts` roses from 100 viewers to one creator
    in one send_batch call (each viewer's roses one combo), against raw_burst; the same burst
    with `streaks=False` (every gift its own ledger transaction; at most NO_STREAKS_MAX gifts)
    beside it without a target."""
    viewers_n = 100
    services, viewers, creators = funded(server.url(server.create_database()), viewers_n)
    creator = creators[0]
    raw = raw_db(server.url(server.create_database()), viewers_n + 1)
    raw_senders = [2 + i % viewers_n for i in range(gifts)]
    rates: dict[str, list[float]] = {"ours": [], "single": [], "raw": []}
    try:
        for r in range(rounds):
            burst = [GiftRequest(viewers[i % viewers_n], creator, "Rose") for i in range(gifts)]
            for name, streaks, sent in (
                ("ours", True, burst),
                ("single", False, burst[:NO_STREAKS_MAX]),
            ):
                start = time.perf_counter()
                results = services.gifts.send_batch(sent, streaks=streaks)
                rates[name].append(len(sent) / (time.perf_counter() - start))
                assert all(isinstance(x, GiftSent) for x in results), "a burst gift was refused"
            start = time.perf_counter()
            raw_burst(raw, 1 + r * gifts, raw_senders, viewers_n + 2)
            rates["raw"].append(gifts / (time.perf_counter() - start))
    finally:
        services.close()
        raw.close()
    return burst_figures(rates) | {"burst_no_streaks_gifts": min(gifts, NO_STREAKS_MAX)}
