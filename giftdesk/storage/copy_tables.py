"""What `giftdesk copy` copies (storage/copying.py): every GiftDesk table, its key and the
order in which a copy writes it; and how a table is read, in pages by its key (keyset paging:
flat memory at any size, and the same SQL on both engines), counted and compared."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

from giftdesk.i18n import _
from giftdesk.storage.connection import Connection, is_sqlite

PAGE_ROWS = 5_000  # rows read and written at a time: flat memory, few round trips

# Each table and its key, in an order its foreign keys allow: a copy as it is (COPY on
# PostgreSQL) writes them in this order; one through the triggers (copy_replay.py) writes
# REPLAYED transaction by transaction. A table the schema gains must be named here:
# tests/storage/test_copy.py compares these with the schema's tables on both engines.
BEFORE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("profiles", ("id",)),
    ("profile_look_keys_made_with", ("version",)),
    ("profile_look_keys", ("look_key",)),
    ("profile_security", ("profile_id",)),
    ("accounts", ("id",)),
    ("transactions", ("id",)),
    ("transfers", ("id",)),
)
REPLAYED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("recharges", ("txn_id",)),
    ("lots", ("txn_id",)),  # through the triggers, the recharges' trigger makes them
    ("lot_takes", ("txn_id", "lot_id")),
    ("lives", ("id",)),
    ("gifts", ("txn_id",)),
)
AFTER: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("payouts", ("id",)),
    ("creator_totals", ("profile_id",)),
    ("spending", ("profile_id", "period")),
    ("gift_notifications", ("creator_id",)),
    ("creator_day_totals", ("creator_id", "day", "context")),
    ("supporter_totals", ("creator_id", "sender_id")),
    ("live_supporters", ("live_id", "sender_id")),
    ("supporter_days", ("creator_id", "day", "sender_id")),
    ("spending_trails", ("profile_id", "month", "creator_id")),
)
TABLES = BEFORE + REPLAYED + AFTER
KEYS = dict(TABLES)
# The engines' own bookkeeping, never part of a wallet: each database has its own.
ENGINE_TABLES = frozenset({"_sqlite_migrations", "giftdesk_migrations", "giftdesk_contents"})


@dataclass(frozen=True, slots=True)
class Counts:
    """How many rows each table holds, by name."""

    rows: dict[str, int]

    def __getitem__(self, table: str) -> int:
        return self.rows[table]


def schema_tables(conn: Connection) -> set[str]:
    """The tables in the database behind `conn`, the engine's own left out."""
    if is_sqlite(conn):
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    else:
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    return {r[0] for r in conn.execute(sql)} - ENGINE_TABLES


def columns(conn: Connection, table: str) -> tuple[str, ...]:
    """The table's columns, in the schema's order (the same on both engines)."""
    if is_sqlite(conn):
        return tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
    return tuple(
        r[0]
        for r in conn.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    )


def pages(
    conn: Connection,
    table: str,
    cols: Sequence[str],
    *,
    after: int | None = None,
    upto: int | None = None,
    size: int | None = None,
) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in key order, `size` at a time, each page read after the last key of
    the one before (both engines run row values). `after` and `upto` bound the first key
    column (a transaction id), after < key <= upto."""
    key = KEYS[table]
    size = size or PAGE_ROWS  # read when called: a test makes the pages small
    bounds = []
    params: list[Any] = []
    if after is not None:
        bounds.append(f"{key[0]} > ?")
        params.append(after)
    if upto is not None:
        bounds.append(f"{key[0]} <= ?")
        params.append(upto)
    where = " AND ".join(bounds) or "1 = 1"
    key_list = ", ".join(key)
    select = f"SELECT {', '.join(cols)} FROM {table}"
    at = [cols.index(k) for k in key]
    last: tuple[Any, ...] | None = None
    while True:
        if last is None:
            sql = f"{select} WHERE {where} ORDER BY {key_list} LIMIT {size}"
            rows = conn.execute(sql, tuple(params)).fetchall()
        else:
            marks = ", ".join("?" * len(key))
            sql = (
                f"{select} WHERE {where} AND ({key_list}) > ({marks})"
                f" ORDER BY {key_list} LIMIT {size}"
            )
            rows = conn.execute(sql, (*params, *last)).fetchall()
        if not rows:
            return
        yield [tuple(r) for r in rows]
        if len(rows) < size:
            return
        last = tuple(rows[-1][i] for i in at)


def count_rows(conn: Connection) -> Counts:
    return Counts(
        {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table, _k in TABLES}
    )


def differences(source: Connection, dest: Connection) -> list[str]:
    """What differs between the two databases, table by table: the first row that is not
    the same, read page by page in key order on both sides (so the balances the transfers
    built, the lots the takes left and each LIVE's figures are compared with the source's)."""
    found = []
    for table, _key in TABLES:
        cols = columns(source, table)
        for a, b in zip_longest(pages(source, table, cols), pages(dest, table, cols)):
            if a != b:
                diff = next((x for x, y in zip(a or (), b or (), strict=False) if x != y), None)
                what = str(diff) if diff is not None else _("another number of rows")
                found.append(_("{table}: {what}").format(table=table, what=what))
                break
    return found
