"""Copying a whole wallet from one GiftDesk database into a new one, on either engine
(`giftdesk copy`, DESIGN 12): every row of every table (storage/copy_tables.py), with its id;
what a destination must be to take one; and, once copied, the identity sequences moved on.

Into a file, and into a PostgreSQL database whose tables the role may not alter, the rows go
in through the destination's triggers (storage/copy_replay.py). Into a PostgreSQL database the
role owns, GiftDesk's triggers are set aside for the copy's transaction and every table goes
in as it is, with COPY (see _triggers_off for why). Either way the copy is compared with its
source row by row (copy_tables.differences) and verified by the caller before it is kept.
"""

from __future__ import annotations

from giftdesk.domain.errors import NotAGiftDeskDatabase, StorageError
from giftdesk.i18n import _
from giftdesk.storage import copy_tables as tables
from giftdesk.storage import pg_migrations
from giftdesk.storage.connection import Connection, is_sqlite
from giftdesk.storage.copy_replay import replay
from giftdesk.storage.pg_connection import PgConnection, connect
from giftdesk.storage.targets import PostgresTarget


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
    for table, _key in tables.TABLES:
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
    cols = {table: tables.columns(source, table) for table, _key in tables.TABLES}
    for table, dest_cols in ((t, tables.columns(dest, t)) for t, _k in tables.TABLES):
        if set(dest_cols) != set(cols[table]):
            raise StorageError(
                _("the table {table} has other columns in the two databases").format(table=table)
            )
    system = {r[0] for r in dest.execute("SELECT id FROM accounts")}
    if isinstance(dest, PgConnection) and _triggers_off(dest):
        _copy_as_it_is(source, dest, cols, system)
        return
    replay(source, dest, cols, system)


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
        if r[0] in tables.KEYS
    )


def _copy_as_it_is(
    source: Connection, dest: PgConnection, cols: dict[str, tuple[str, ...]], system: set[int]
) -> None:
    """Every row as it is, table by table in the order of their foreign keys, with COPY (a
    few times quicker than INSERTs); then the triggers back on, as the schema has them."""
    at_id = cols["accounts"].index("id")
    at_balance = cols["accounts"].index("balance")
    for table, _key in tables.TABLES:
        with dest.raw.cursor() as cursor:
            with cursor.copy(f"COPY {table} ({', '.join(cols[table])}) FROM STDIN") as copy:
                for page in tables.pages(source, table, cols[table]):
                    for row in page:
                        if table == "accounts" and row[at_id] in system:
                            continue  # the migrations made it: it only needs its balance
                        copy.write_row(row)
    for page in tables.pages(source, "accounts", cols["accounts"]):
        dest.executemany(
            "UPDATE accounts SET balance = ? WHERE id = ?",
            [(row[at_balance], row[at_id]) for row in page if row[at_id] in system],
        )
    for table in _with_triggers(dest):
        dest.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")


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
