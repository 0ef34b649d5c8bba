"""PostgreSQL's schema migrations (storage/pg_migrations.py): numbered, recorded, applied in
one transaction, a no-op when run again (also from two processes at once), and making the
same tables, columns, keys, indexes and triggers as SQLite's migrations."""

from __future__ import annotations

import threading

import psycopg
import pytest

from giftdesk.storage import migrations, pg_migrations
from giftdesk.storage.db import MEMORY, open_db


@pytest.fixture
def pg(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        yield conn


# Every object of the schema as PostgreSQL's catalogs hold it, in a fixed order.
CATALOG = (
    """SELECT c.relname, c.relkind, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
              a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
       WHERE n.nspname = current_schema() ORDER BY 1, 3""",
    """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
       WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2""",
    """SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger
       WHERE NOT tgisinternal ORDER BY 1, 2""",
    """SELECT proname, pg_get_functiondef(oid) FROM pg_proc
       WHERE pronamespace = current_schema()::regnamespace ORDER BY 1""",
    "SELECT * FROM accounts ORDER BY id",
    "SELECT number, name FROM giftdesk_migrations ORDER BY number",
)


def _catalog(conn) -> list:
    return [conn.execute(sql).fetchall() for sql in CATALOG]


def test_the_migrations_are_numbered_from_one_without_gaps():
    numbers = [number for number, _name, _sql in pg_migrations.STEPS]
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(set(pg_migrations.NAMES)) == len(pg_migrations.NAMES)


def test_a_new_database_gets_every_migration_recorded(pg):
    assert pg_migrations.applied(pg) == {}
    assert pg_migrations.migrate(pg) == list(pg_migrations.NAMES)
    assert pg_migrations.applied(pg) == dict(
        (number, name) for number, name, _sql in pg_migrations.STEPS
    )
    assert pg.execute("SELECT count(*) FROM accounts WHERE profile_id IS NULL").fetchone() == (9,)


def test_migrating_again_changes_nothing(pg):
    pg_migrations.migrate(pg)
    before = _catalog(pg)
    assert pg_migrations.migrate(pg) == []
    assert _catalog(pg) == before


def test_a_migration_that_fails_leaves_nothing_behind(pg, monkeypatch):
    broken = (
        len(pg_migrations.STEPS) + 1,
        "broken",
        "CREATE TABLE half_made (id BIGINT); SELECT 1 / 0;",
    )
    monkeypatch.setattr(pg_migrations, "STEPS", (*pg_migrations.STEPS, broken))
    with pytest.raises(psycopg.errors.DivisionByZero):
        pg_migrations.migrate(pg)
    tables = pg.execute(
        "SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace"
    ).fetchone()
    assert tables == (0,)  # not even the first migration, nor the migrations table


def test_two_processes_migrating_at_once_apply_each_migration_once(pg_url):
    """Two windows opening the same new database: one migrates, the other waits for it (the
    advisory lock) and finds nothing to do."""
    results: list[list[str]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def migrate() -> None:
        try:
            with psycopg.connect(pg_url, autocommit=True) as conn:
                start.wait()
                results.append(pg_migrations.migrate(conn))
        except BaseException as e:  # reported by the test, not lost in the thread
            errors.append(e)

    threads = [threading.Thread(target=migrate) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(results) == [[], list(pg_migrations.NAMES)]


def test_migrating_inside_a_callers_transaction_is_part_of_it(pg_url):
    """A connection that is not in autocommit: the migration is a savepoint of the caller's
    transaction, gone with it when the caller rolls back."""
    with psycopg.connect(pg_url) as conn:
        conn.execute("SELECT 1")  # the caller's transaction has begun
        pg_migrations.migrate(conn)
        conn.rollback()
        assert pg_migrations.applied(conn) == {}


# --- the same schema as SQLite's ----------------------------------------------------------

_TYPES = {"INTEGER": "bigint", "TEXT": "text"}


def _sqlite_schema(conn) -> dict[str, object]:
    tables = sorted(
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if r[0] != migrations.TABLE
    )
    columns, keys, foreign, indexes = {}, set(), set(), {}
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        columns[table] = [
            (name, _TYPES[kind], bool(notnull) or pk > 0, default)
            for _cid, name, kind, notnull, default, pk in info
        ]
        pk = tuple(name for *_, name in sorted((r[5], r[1]) for r in info if r[5] > 0))
        if pk:
            keys.add((table, "primary", pk))
        for _seq, name, unique, origin, partial in conn.execute(f"PRAGMA index_list({table})"):
            cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({name})"))
            if origin == "u":
                keys.add((table, "unique", cols))
            elif origin == "c":
                indexes[name] = (table, cols, bool(unique), bool(partial))
        for row in conn.execute(f"PRAGMA foreign_key_list({table})"):
            foreign.add((table, row[3], row[2], row[4]))
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    return dict(
        tables=tables,
        columns=columns,
        keys=keys,
        foreign=foreign,
        indexes=indexes,
        triggers=triggers,
    )


def _pg_schema(conn) -> dict[str, object]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename NOT IN (%s, %s) ORDER BY 1",
            (pg_migrations.TABLE, pg_migrations.CONTENTS),
        )
    ]
    columns = {}
    for table in tables:
        rows = conn.execute(
            "SELECT column_name, data_type, is_nullable = 'NO', column_default"
            " FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = %s ORDER BY ordinal_position",
            (table,),
        )
        columns[table] = [
            (name, kind, notnull, default.removesuffix("::text") if default else None)
            for name, kind, notnull, default in rows
        ]
    constraints = conn.execute(
        """SELECT c.conrelid::regclass::text, c.contype, f.relname,
                  array(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                        JOIN pg_attribute ON attrelid = c.conrelid AND attnum = k.n ORDER BY i),
                  array(SELECT attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                        JOIN pg_attribute ON attrelid = c.confrelid AND attnum = k.n ORDER BY i)
           FROM pg_constraint c LEFT JOIN pg_class f ON f.oid = c.confrelid
           WHERE c.connamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f')
             AND c.conrelid NOT IN (%s::regclass, %s::regclass)""",
        (pg_migrations.TABLE, pg_migrations.CONTENTS),
    ).fetchall()
    keys = {
        (table, "primary" if kind == "p" else "unique", tuple(cols))
        for table, kind, _ref, cols, _refcols in constraints
        if kind in ("p", "u")
    }
    foreign = set()
    for table, kind, ref, cols, refcols in constraints:
        if kind == "f":
            foreign |= {
                (table, col, ref, refcol) for col, refcol in zip(cols, refcols, strict=True)
            }
    indexes = {
        name: (table, tuple(cols), unique, partial)
        for name, table, cols, unique, partial in conn.execute(
            """SELECT i.relname, t.relname,
                      array(SELECT attname FROM unnest(x.indkey) WITH ORDINALITY k(n, o)
                            JOIN pg_attribute ON attrelid = t.oid AND attnum = k.n ORDER BY o),
                      x.indisunique, x.indpred IS NOT NULL
               FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
               JOIN pg_class t ON t.oid = x.indrelid
               WHERE t.relnamespace = current_schema()::regnamespace
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"""
        )
    }
    triggers = {r[0] for r in conn.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    return dict(
        tables=tables,
        columns=columns,
        keys=keys,
        foreign=foreign,
        indexes=indexes,
        triggers=triggers,
    )


@pytest.fixture(scope="module")
def sqlite_schema():
    store = open_db(MEMORY)
    try:
        return _sqlite_schema(store.conn)
    finally:
        store.close()


@pytest.fixture
def pg_schema(pg):
    pg_migrations.migrate(pg)
    return _pg_schema(pg)


@pytest.mark.parametrize("part", ["tables", "columns", "keys", "foreign", "indexes"])
def test_the_tables_columns_keys_and_indexes_are_sqlites(sqlite_schema, pg_schema, part):
    """Each table's columns in SQLite's order, of the same kind (INTEGER as bigint), NOT NULL
    and default alike; the same primary, unique and foreign keys; the same named indexes,
    unique and partial alike."""
    assert pg_schema[part] == sqlite_schema[part]


def test_the_triggers_are_sqlites(sqlite_schema, pg_schema):
    # lot_takes_apply is part of lot_takes_follow_rule here (pg_migrations.py says why), and
    # TRUNCATE, which SQLite does not have, is refused on the tables never deleted from.
    expected = sqlite_schema["triggers"] - {"lot_takes_apply"}
    expected |= {f"{table}_no_truncate" for table in pg_migrations._NEVER_EMPTIED}
    assert pg_schema["triggers"] == expected


def test_every_text_is_compared_byte_by_byte_as_on_sqlite(pg):
    pg_migrations.migrate(pg)
    collations = pg.execute(
        "SELECT DISTINCT collation_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND data_type = 'text'"
    ).fetchall()
    assert collations == [("C",)]
    # Not the server's locale: 'B' before 'a', as SQLite's BINARY sorts them.
    pg.execute(
        "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at)"
        " VALUES ('a', 'a', '1990-01-01', 0, 'x'), ('B', 'B', '1990-01-01', 0, 'x')"
    )
    assert pg.execute("SELECT name FROM profiles ORDER BY name").fetchall() == [("B",), ("a",)]


def test_the_system_accounts_are_sqlites(pg):
    pg_migrations.migrate(pg)
    store = open_db(MEMORY)
    try:
        expected = store.conn.execute("SELECT * FROM accounts ORDER BY id").fetchall()
    finally:
        store.close()
    assert pg.execute("SELECT * FROM accounts ORDER BY id").fetchall() == expected
