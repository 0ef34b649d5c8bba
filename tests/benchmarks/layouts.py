"""What one durable gift costs in bare SQL under three table layouts, against the raw floor.

    python tests/benchmarks/layouts.py

A design experiment beside run.py, not part of it: it shows how far the layout alone bounds
durable_send_ratio, with no Python rule in the way. Each gift is one BEGIN IMMEDIATE ...
COMMIT with GiftDesk's pragmas (WAL, synchronous=FULL, foreign keys), on the same disk, the
layouts interleaved round by round, each timed once its write-ahead log is reused (wal.py).

  raw       run.py's floor: 2 balance updates and 2 entry inserts (2 pages per commit)
  current   the b-trees a gift touches as of migration 0007 (13 pages): the transaction with
            its key, undo, profile and counterparty indexes; transfers and their index; the
            balances (through the trigger); the gift record; creator totals, spending (day and
            month), creator-day and supporter totals
  leaner    current with the undo index partial and transfers keyed by (transaction, leg)
  ledger    only the ledger: the transaction and its key index, transfers, balances

The schemas here restate shapes, not the migrations: they are for comparing, not for use.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from wal import until_the_log_is_reused

GIFTS_PER_ROUND = 300
ROUNDS = 4
RESULT = '{"result":"' + "x" * 240 + '"}'  # about the size of a gift's stored result


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def raw(conn: sqlite3.Connection) -> Callable[[int], None]:
    conn.executescript("""
        CREATE TABLE balances (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL) STRICT;
        CREATE TABLE entries (id INTEGER PRIMARY KEY, txn INTEGER NOT NULL,
                              account INTEGER NOT NULL, amount INTEGER NOT NULL) STRICT;
        INSERT INTO balances VALUES (1, 1000000000), (2, 0);
    """)

    def gift(i: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE balances SET balance = balance - 1 WHERE id = 1")
        conn.execute("UPDATE balances SET balance = balance + 1 WHERE id = 2")
        conn.execute("INSERT INTO entries (txn, account, amount) VALUES (?, 1, -1)", (i,))
        conn.execute("INSERT INTO entries (txn, account, amount) VALUES (?, 2, 1)", (i,))
        conn.execute("COMMIT")

    return gift


_LEDGER = """
    CREATE TABLE profiles (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
    INSERT INTO profiles VALUES (1, 'viewer'), (2, 'creator');
    CREATE TABLE accounts (id INTEGER PRIMARY KEY, unit TEXT NOT NULL,
        profile_id INTEGER REFERENCES profiles(id), balance INTEGER NOT NULL DEFAULT 0,
        may_go_negative INTEGER NOT NULL DEFAULT 0,
        CHECK (may_go_negative = 1 OR balance >= 0)) STRICT;
    INSERT INTO accounts VALUES (1, 'COIN', 1, 1000000000, 0), (2, 'COIN', NULL, 0, 0),
                                (3, 'DIAMOND', NULL, 0, 1), (4, 'DIAMOND', 2, 0, 0);
    CREATE TRIGGER transfers_apply AFTER INSERT ON transfers BEGIN
        SELECT RAISE(ABORT, 'unit') WHERE
            (SELECT unit FROM accounts WHERE id = NEW.from_account_id) IS NOT NEW.unit
            OR (SELECT unit FROM accounts WHERE id = NEW.to_account_id) IS NOT NEW.unit;
        UPDATE accounts SET balance = balance - NEW.amount WHERE id = NEW.from_account_id;
        UPDATE accounts SET balance = balance + NEW.amount WHERE id = NEW.to_account_id;
    END;
"""
_TRANSACTIONS = """
    CREATE TABLE transactions (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        counterparty_id INTEGER REFERENCES profiles(id),
        reverses_id INTEGER {reverses} REFERENCES transactions(id),
        created_us INTEGER NOT NULL, idem_key TEXT NOT NULL UNIQUE,
        request_hash TEXT NOT NULL, result TEXT) STRICT;
"""
_ROWID_TRANSFERS = """
    CREATE TABLE transfers (id INTEGER PRIMARY KEY,
        txn_id INTEGER NOT NULL REFERENCES transactions(id),
        from_account_id INTEGER NOT NULL REFERENCES accounts(id),
        to_account_id INTEGER NOT NULL REFERENCES accounts(id),
        unit TEXT NOT NULL, amount INTEGER NOT NULL CHECK (amount > 0)) STRICT;
    CREATE INDEX transfers_txn ON transfers(txn_id);
"""
_KEYED_TRANSFERS = """
    CREATE TABLE transfers (txn_id INTEGER NOT NULL REFERENCES transactions(id),
        leg INTEGER NOT NULL,
        from_account_id INTEGER NOT NULL REFERENCES accounts(id),
        to_account_id INTEGER NOT NULL REFERENCES accounts(id),
        unit TEXT NOT NULL, amount INTEGER NOT NULL CHECK (amount > 0),
        PRIMARY KEY (txn_id, leg)) STRICT, WITHOUT ROWID;
"""
_RECORDS = """
    CREATE INDEX transactions_profile ON transactions(profile_id, id);
    CREATE INDEX transactions_counterparty ON transactions(counterparty_id, id);
    CREATE TABLE gifts (txn_id INTEGER PRIMARY KEY REFERENCES transactions(id),
        sender_id INTEGER NOT NULL, creator_id INTEGER NOT NULL, gift_name TEXT NOT NULL,
        coins INTEGER NOT NULL, diamonds INTEGER NOT NULL, context TEXT NOT NULL,
        local_day TEXT NOT NULL) STRICT;
    CREATE TABLE creator_totals (profile_id INTEGER PRIMARY KEY,
        coins_received INTEGER NOT NULL, diamonds_minted INTEGER NOT NULL) STRICT;
    INSERT INTO creator_totals VALUES (2, 0, 0);
    CREATE TABLE spending (profile_id INTEGER NOT NULL, period TEXT NOT NULL,
        coins INTEGER NOT NULL, PRIMARY KEY (profile_id, period)) STRICT, WITHOUT ROWID;
    CREATE TABLE creator_day_totals (creator_id INTEGER NOT NULL, day TEXT NOT NULL,
        context TEXT NOT NULL, gifts INTEGER NOT NULL, coins INTEGER NOT NULL,
        diamonds INTEGER NOT NULL, PRIMARY KEY (creator_id, day, context)) STRICT, WITHOUT ROWID;
    CREATE TABLE supporter_totals (creator_id INTEGER NOT NULL, sender_id INTEGER NOT NULL,
        gifts INTEGER NOT NULL, coins INTEGER NOT NULL,
        PRIMARY KEY (creator_id, sender_id)) STRICT, WITHOUT ROWID;
"""
_WRITE_RECORDS = (
    "INSERT INTO gifts VALUES (?, 1, 2, 'Rose', 1, 1, 'live', '2026-11-25')",
    "UPDATE creator_totals SET coins_received = coins_received + 1 WHERE profile_id = 2",
    "INSERT INTO spending VALUES (1, 'D2026-11-25', 1) ON CONFLICT DO UPDATE SET coins = coins + 1",
    "INSERT INTO spending VALUES (1, 'M2026-11', 1) ON CONFLICT DO UPDATE SET coins = coins + 1",
    "INSERT INTO creator_day_totals VALUES (2, '2026-11-25', 'live', 1, 1, 1)"
    " ON CONFLICT DO UPDATE SET gifts = gifts + 1",
    "INSERT INTO supporter_totals VALUES (2, 1, 1, 1) ON CONFLICT DO UPDATE SET gifts = gifts + 1",
)


def layout(
    conn: sqlite3.Connection, *, leaner: bool = False, records: bool = True
) -> Callable[[int], None]:
    keyed = leaner or not records
    conn.executescript(
        _TRANSACTIONS.format(reverses="" if leaner or not records else "UNIQUE")
        + (
            "CREATE UNIQUE INDEX transactions_reverses ON transactions(reverses_id)"
            " WHERE reverses_id IS NOT NULL;"
            if leaner
            else ""
        )
        + (_KEYED_TRANSFERS if keyed else _ROWID_TRANSFERS)
        + _LEDGER
        + (_RECORDS if records else "")
    )
    transfer = (
        "INSERT INTO transfers VALUES (?, ?, ?, ?, ?, 1)"
        if keyed
        else "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
        " VALUES (?, ?, ?, ?, 1)"
    )

    def gift(i: int) -> None:
        txn = i + 1
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO transactions VALUES (?, 'gift', 1, 2, NULL, ?, ?, ?, ?)",
            (txn, i, secrets.token_hex(16), "h" * 64, RESULT),
        )
        legs = ((1, 2, "COIN"), (3, 4, "DIAMOND"))
        for leg, (source, target, unit) in enumerate(legs):
            conn.execute(
                transfer, (txn, leg, source, target, unit) if keyed else (txn, source, target, unit)
            )
        if records:
            conn.execute(_WRITE_RECORDS[0], (txn,))
            for statement in _WRITE_RECORDS[1:]:
                conn.execute(statement)
        conn.execute("COMMIT")

    return gift


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="giftdesk-layouts-", dir=Path.cwd()))
    try:
        gifts = {
            "raw": raw(_connect(work / "raw.db")),
            "current": layout(_connect(work / "current.db")),
            "leaner": layout(_connect(work / "leaner.db"), leaner=True),
            "ledger": layout(_connect(work / "ledger.db"), records=False),
        }
        warm = iter(range(10_000_000, 20_000_000))  # ids apart from the timed gifts' ones
        for name, gift in gifts.items():
            until_the_log_is_reused(lambda gift=gift: gift(next(warm)), work / f"{name}.db")
        micros: dict[str, list[float]] = {name: [] for name in gifts}
        sent = 0
        for _ in range(ROUNDS):
            for name, gift in gifts.items():
                start = time.perf_counter()
                for i in range(sent, sent + GIFTS_PER_ROUND):
                    gift(i)
                micros[name].append((time.perf_counter() - start) / GIFTS_PER_ROUND * 1e6)
            sent += GIFTS_PER_ROUND
        floor = statistics.median(micros["raw"])
        for name, values in micros.items():
            median = statistics.median(values)
            print(f"{name:8} {median:7.0f} us per gift   ratio to raw {floor / median:.2f}")
    finally:
        for file in work.iterdir():
            os.unlink(file)
        work.rmdir()


if __name__ == "__main__":
    main()
