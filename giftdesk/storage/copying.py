"""Copying a whole wallet's rows from one GiftDesk database into a new one, on either engine
(`giftdesk copy`, DESIGN 12): every row of every table, with its id.

The destination's schema refuses what it always refuses, so the rows go in as the services
once wrote them, and its triggers build what they build:
- accounts go in with a zero balance and the transfers, in id order, bring each to its
  balance, through every state the source's accounts went through (none below zero);
- a purchase makes its lot (recharges_make_lots), and the lot takes, in transaction order,
  take from it as they took then;
- a LIVE starts on air with nothing (lives_start_on_air), is on air when its gifts go in, and
  gets its figures, and its end, once its last gift is in; a creator has one LIVE on air;
- a gift's trail is checked against its takes, and a gift that took fewer coins than it cost
  (one from before lots) against the lots its sender had then: so recharges, takes and gifts
  go in chunk by chunk of transactions, a chunk ending where the next gift needs the state of
  that moment.
The rest (payouts with their final status, running totals, security, budgets, notifications)
goes in as it is. Rows the migrations write (the system accounts) are there already: they are
compared, not copied. Each table is read in pages by its key (keyset paging), so that memory
stays flat at any size, and written with executemany.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from giftdesk.domain.errors import NotAGiftDeskDatabase, StorageError
from giftdesk.i18n import _
from giftdesk.storage import pg_migrations
from giftdesk.storage.connection import Connection, is_sqlite
from giftdesk.storage.pg_connection import PgConnection, connect
from giftdesk.storage.targets import PostgresTarget

PAGE_ROWS = 5_000  # rows read and written at a time: flat memory, few round trips

# Each table and its key, in the order the copy writes them (REPLAYED in between). A table
# the schema gains must be named here: tests/storage/test_copy.py compares this with the
# schema's tables on both engines.
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
    ("lots", ("txn_id",)),  # made by the recharges' trigger, compared afterwards
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
    size: int = PAGE_ROWS,
) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in key order, `size` at a time, each page read after the last key of
    the one before (both engines run row values). `after` and `upto` bound the first key
    column (a transaction id), after < key <= upto."""
    key = KEYS[table]
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


def refuse_empty_server(target: PostgresTarget, *, password: str | None = None) -> None:
    """Refuse, without changing it, a server database that holds no GiftDesk wallet as a
    SOURCE: opening it would make GiftDesk's schema there."""
    conn = connect(target, password=password)
    try:
        row = conn.execute("SELECT to_regclass(?) IS NOT NULL", (pg_migrations.TABLE,)).fetchone()
        if row is None or not row[0]:
            raise NotAGiftDeskDatabase(
                _("{path} is not a GiftDesk database").format(path=target.url)
            )
    finally:
        conn.close()


def refuse_unless_new(dest: Connection, source: Connection, name: str) -> None:
    """Refuse a destination that holds anything beyond what GiftDesk's migrations write (its
    system accounts, untouched), or whose system accounts are not the source's."""
    for table, _key in TABLES:
        if table == "accounts":
            sql = "SELECT 1 FROM accounts WHERE profile_id IS NOT NULL OR balance <> 0 LIMIT 1"
        else:
            sql = f"SELECT 1 FROM {table} LIMIT 1"
        if dest.execute(sql).fetchone() is not None:
            raise DestinationInUse(
                _("{dest} already holds a wallet; copy never writes over one").format(dest=name)
            )
    system = "SELECT id, code, unit, may_go_negative FROM accounts WHERE profile_id IS NULL"
    theirs = {tuple(r) for r in source.execute(system)}
    ours = {tuple(r) for r in dest.execute(system)}
    if not ours <= theirs:
        raise StorageError(
            _("the system accounts of {dest} are not those of the wallet copied").format(dest=name)
        )


class DestinationInUse(StorageError):
    """The destination holds a wallet (or rows of one) already: invalid input, as a backup's
    existing file is."""

    exit_code = 2


def copy_all(source: Connection, dest: Connection) -> None:
    """Write every row of `source` into `dest`, inside the caller's transaction there (see the
    module); `dest` must have passed refuse_unless_new."""
    cols = {table: columns(source, table) for table, _key in TABLES}
    for table, dest_cols in ((t, columns(dest, t)) for t, _k in TABLES):
        if set(dest_cols) != set(cols[table]):
            raise StorageError(
                _("the table {table} has other columns in the two databases").format(table=table)
            )
    system = {r[0] for r in dest.execute("SELECT id FROM accounts")}
    if isinstance(dest, PgConnection) and _triggers_off(dest):
        _copy_as_it_is(source, dest, cols, system)
        return
    for table, _key in BEFORE:
        if table == "accounts":
            _copy_accounts(source, dest, cols[table], system)
        else:
            _copy_table(source, dest, table, cols[table])
    _Replay(source, dest, cols).run()
    for table, _key in AFTER:
        _copy_table(source, dest, table, cols[table])


def _triggers_off(dest: PgConnection) -> bool:
    """Set GiftDesk's own triggers aside until the end of the copy's transaction, when the
    role may (it owns the tables, as the role that made the schema does); False, and nothing
    changed, when it may not. Replayed through the triggers, a copy updates the same few rows
    (coin:spent, diamond:issuance, a heavy sender's lot) once a transfer, and PostgreSQL keeps
    every version of a row one transaction updates until it commits: each update looks
    through all those before it, and 100,000 gifts did not finish in ten minutes here.
    Foreign keys stay on (they are the server's own triggers, not the user's); the copy is
    compared with its source row by row and verified before it commits."""
    import psycopg

    dest.execute("SAVEPOINT giftdesk_copy")
    try:
        for table in _with_triggers(dest):
            dest.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
    except psycopg.errors.InsufficientPrivilege:
        dest.execute("ROLLBACK TO SAVEPOINT giftdesk_copy")
        return False
    dest.execute("RELEASE SAVEPOINT giftdesk_copy")
    return True


def _with_triggers(dest: Connection) -> list[str]:
    return sorted(
        r[0]
        for r in dest.execute(
            "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        )
        if r[0] in KEYS
    )


def _copy_as_it_is(
    source: Connection, dest: PgConnection, cols: dict[str, tuple[str, ...]], system: set[int]
) -> None:
    """Every row as it is, table by table in the order of their foreign keys, with COPY (a
    few times quicker than INSERTs); then the triggers back on, as the schema has them."""
    at_id = cols["accounts"].index("id")
    at_balance = cols["accounts"].index("balance")
    for table, _key in TABLES:
        with dest.raw.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({', '.join(cols[table])}) FROM STDIN") as copy:
                for page in pages(source, table, cols[table]):
                    for row in page:
                        if table == "accounts" and row[at_id] in system:
                            continue  # the migrations made it: it only needs its balance
                        copy.write_row(row)
    for page in pages(source, "accounts", cols["accounts"]):
        dest.executemany(
            "UPDATE accounts SET balance = ? WHERE id = ?",
            [(row[at_balance], row[at_id]) for row in page if row[at_id] in system],
        )
    for table in _with_triggers(dest):
        dest.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")


def _insert_sql(table: str, cols: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _copy_table(
    source: Connection,
    dest: Connection,
    table: str,
    cols: Sequence[str],
    *,
    after: int | None = None,
    upto: int | None = None,
) -> None:
    sql = _insert_sql(table, cols)
    for page in pages(source, table, cols, after=after, upto=upto):
        dest.executemany(sql, page)


def _copy_accounts(
    source: Connection, dest: Connection, cols: Sequence[str], system: set[int]
) -> None:
    """Every account but those the migrations made, at a zero balance: the transfers bring
    each to its own (the balance trigger applies them)."""
    sql = _insert_sql("accounts", cols)
    at_id, at_balance = cols.index("id"), cols.index("balance")
    for page in pages(source, "accounts", cols):
        rows = [
            tuple(0 if i == at_balance else v for i, v in enumerate(row))
            for row in page
            if row[at_id] not in system
        ]
        if rows:
            dest.executemany(sql, rows)


class _Replay:
    """Recharges, lot takes, LIVEs and gifts, chunk by chunk of transactions (see the module)."""

    def __init__(
        self, source: Connection, dest: Connection, cols: dict[str, tuple[str, ...]]
    ) -> None:
        self.source, self.dest, self.cols = source, dest, cols
        live_cols = cols["lives"]
        self.lives = {
            row[live_cols.index("id")]: dict(zip(live_cols, row, strict=True))
            for page in pages(source, "lives", live_cols)
            for row in page
        }
        self.by_creator: dict[int, list[int]] = {}
        for live_id in sorted(self.lives):
            self.by_creator.setdefault(self.lives[live_id]["creator_id"], []).append(live_id)
        self.on_air: dict[int, int] = {}  # creator -> LIVE on air in dest
        self.started: set[int] = set()

    def run(self) -> None:
        after = 0
        while True:
            chunk = self._next_chunk(after)
            if chunk is None:
                break
            upto, needed = chunk
            self._write(after, upto, needed)
            after = upto
        self._write(after, None, ())
        for creator, ids in self.by_creator.items():
            for live_id in ids:
                if live_id not in self.started:
                    self._start(creator, live_id)
            self._finish(self.on_air.pop(creator))

    def _next_chunk(self, after: int) -> tuple[int, list[int]] | None:
        """The end of the next chunk (its last gift's transaction) and the LIVEs its gifts
        need on air; None when no gift is left."""
        gifts = self.source.execute(
            "SELECT g.txn_id, g.live_id, g.creator_id, g.coins,"
            " (SELECT coalesce(sum(t.coins), 0) FROM lot_takes t WHERE t.txn_id = g.txn_id)"
            f" FROM gifts g WHERE g.txn_id > ? ORDER BY g.txn_id LIMIT {PAGE_ROWS}",
            (after,),
        ).fetchall()
        if not gifts:
            return None
        needed: dict[int, int] = {}  # creator -> the LIVE this chunk's gifts name
        upto = gifts[0][0]
        for txn_id, live_id, creator, coins, taken in gifts:
            if live_id is not None:
                if needed.setdefault(creator, live_id) != live_id:
                    break  # another LIVE of this creator: it starts in the next chunk
            upto = txn_id
            if taken < coins:
                break  # it saw its sender's lots as they were then: nothing later yet
        return upto, list(needed.values())

    def _write(self, after: int, upto: int | None, needed: Sequence[int]) -> None:
        for live_id in needed:
            creator = self.lives[live_id]["creator_id"]
            for earlier in self.by_creator[creator]:
                if earlier > live_id:
                    break
                if earlier not in self.started:
                    self._start(creator, earlier)
        for table in ("recharges", "lot_takes", "gifts"):
            _copy_table(self.source, self.dest, table, self.cols[table], after=after, upto=upto)

    def _start(self, creator: int, live_id: int) -> None:
        """Put `live_id` on air with nothing, as lives.start does, ending the creator's one
        on air first."""
        if creator in self.on_air:
            self._finish(self.on_air.pop(creator))
        live = self.lives[live_id]
        self.dest.execute(
            "INSERT INTO lives (id, creator_id, title, goal_diamonds, started_at, started_us)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            tuple(
                live[c]
                for c in ("id", "creator_id", "title", "goal_diamonds", "started_at", "started_us")
            ),
        )
        self.started.add(live_id)
        self.on_air[creator] = live_id

    def _finish(self, live_id: int) -> None:
        """Give the LIVE its figures, and its end when it has ended (once: the trigger allows
        no more)."""
        live = self.lives[live_id]
        self.dest.execute(
            "UPDATE lives SET diamonds = ?, coins = ?, gifts = ?, ended_at = ?, ended_us = ?"
            " WHERE id = ?",
            tuple(live[c] for c in ("diamonds", "coins", "gifts", "ended_at", "ended_us", "id")),
        )


def differences(source: Connection, dest: Connection) -> list[str]:
    """What differs between the two databases, table by table: the first row that is not
    the same, read page by page in key order on both sides (so the balances the transfers
    built, the lots the takes left and each LIVE's figures are compared with the source's)."""
    found = []
    for table, _key in TABLES:
        cols = columns(source, table)
        theirs, ours = pages(source, table, cols), pages(dest, table, cols)
        for a, b in zip(theirs, ours, strict=False):
            if a != b:
                diff = next((x for x, y in zip(a, b, strict=False) if x != y), None)
                found.append(f"{table}: {diff or _('another number of rows')}")
                break
        else:
            if next(theirs, None) is not None or next(ours, None) is not None:
                found.append(f"{table}: {_('another number of rows')}")
    return found


def move_identities(dest: Connection) -> None:
    """On PostgreSQL, move each identity sequence past the largest id copied, so that a row
    an outside tool inserts without an id cannot take one that is held (GiftDesk itself
    never draws from them: connection.insert_row)."""
    if is_sqlite(dest):
        return  # a rowid is always max + 1
    for table, column in dest.execute(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall():
        dest.execute(
            f"SELECT setval(pg_get_serial_sequence(?, ?), max({column})) FROM {table}"
            f" HAVING max({column}) IS NOT NULL",
            (table, column),
        )
