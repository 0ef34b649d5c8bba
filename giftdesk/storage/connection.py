"""The connection storage functions take, on either engine: what sqlite3's connection and
pg_connection's PgConnection both offer, as a Protocol, so that mypy checks every storage
function against both while SQLite's path stays the sqlite3 connection itself (nothing in
between, so no slower). And the one place where the two differ inside a query module: a new
row's id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from giftdesk.storage.pg_connection import PgConnection


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ..., /) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> object: ...

    @property
    def in_transaction(self) -> bool: ...


def is_sqlite(conn: Connection) -> bool:
    return isinstance(conn, sqlite3.Connection)


def _pg(conn: Connection) -> PgConnection:
    """A connection that is not sqlite3's: PostgreSQL's, the only other engine (imported here,
    when first needed: a SQLite user's GiftDesk never loads it)."""
    from giftdesk.storage.pg_connection import PgConnection

    assert isinstance(conn, PgConnection)
    return conn


def claim_ids(conn: Connection, then: str | None = None) -> Any:
    """Before a write reads the largest id to give the next one: on PostgreSQL, take the lock
    under which writers give ids, one writer at a time from there to its commit, so ids come
    in commit order and are never given twice (pg_store.PgStore.write). On SQLite the writer
    is alone already. `then`: a query without parameters to run once the lock is held (in
    the same round trip on PostgreSQL); its first row, or None without one."""
    if isinstance(conn, sqlite3.Connection):
        return None if then is None else conn.execute(then).fetchone()
    return _pg(conn).claim_ids(then)


@contextmanager
def batched(conn: Connection) -> Iterator[None]:
    """Writes whose answers nobody reads, sent together: on PostgreSQL one round trip for them
    all instead of one each (PgConnection.pipelined), while the write holds its ids lock. A
    refusal is raised at the end of the block. On SQLite, in the same process, each is a call."""
    if isinstance(conn, sqlite3.Connection):
        yield
        return
    with _pg(conn).pipelined():
        yield


def insert_row(conn: Connection, table: str, columns: tuple[str, ...], values: Any) -> int:
    """Insert one row into `table` (whose key is `id`) and return its id.

    SQLite gives a new row the largest id + 1 (its rowid), read back as lastrowid. PostgreSQL
    is given the same number explicitly, under the lock claim_ids takes: the identity
    sequences are never used, so ids given explicitly (a burst numbers its transactions
    itself, a copy keeps every id) can never meet one a sequence hands out, and ids have no
    gaps and come in commit order, as on SQLite (LIVE rooms read the gifts after the last one
    they showed).
    """
    if isinstance(conn, sqlite3.Connection):
        row_id = conn.execute(_insert_sql(table, columns, True), values).lastrowid
    else:
        claim_ids(conn)
        row_id = conn.execute(_insert_sql(table, columns, False), values).fetchone()[0]
    assert isinstance(row_id, int)
    return row_id


@lru_cache(maxsize=32)
def _insert_sql(table: str, columns: tuple[str, ...], sqlite: bool) -> str:
    marks = ", ".join("?" * len(columns))
    if sqlite:
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
    return (
        f"INSERT INTO {table} (id, {', '.join(columns)})"
        f" VALUES ((SELECT coalesce(max(id), 0) + 1 FROM {table}), {marks}) RETURNING id"
    )
