"""The psycopg connection with sqlite3's API (storage/pg_connection.py): placeholders
translated, executemany, whole numbers for sums, booleans as 0 and 1, the server's reason for
a connection refused; and storage functions that run on it unchanged."""

from __future__ import annotations

import psycopg
import pytest

from giftdesk.domain.errors import StorageError
from giftdesk.storage import ledger, pg_migrations, profiles
from giftdesk.storage.pg_connection import FractionalNumber, PgConnection, connect, translate
from giftdesk.storage.targets import PostgresTarget, parse_target


@pytest.mark.parametrize(
    ("sql", "expected", "style"),
    [
        ("SELECT 1", "SELECT 1", "none"),
        ("SELECT ? + ?", "SELECT %s + %s", "positional"),
        ("SELECT :a, :b, :a", "SELECT %(a)s, %(b)s, %(a)s", "named"),
        ("SELECT ?::bigint", "SELECT %s::bigint", "positional"),
        ("SELECT '?', ?", "SELECT '?', %s", "positional"),
        ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s", "positional"),
        (
            'SELECT "odd?name" FROM t WHERE x = ?',
            'SELECT "odd?name" FROM t WHERE x = %s',
            "positional",
        ),
        ("SELECT 'coin:issuance', :p", "SELECT 'coin:issuance', %(p)s", "named"),
        ("SELECT 5 % ?", "SELECT 5 %% %s", "positional"),
        ("SELECT '100%', ?", "SELECT '100%%', %s", "positional"),
        ("SELECT ? -- why?\n", "SELECT %s -- why?\n", "positional"),
        ("SELECT /* :not_a_name ? */ ?", "SELECT /* :not_a_name ? */ %s", "positional"),
        ("SELECT $$ ? $$, ?", "SELECT $$ ? $$, %s", "positional"),
        ("SELECT $tag$ :x $tag$, :y", "SELECT $tag$ :x $tag$, %(y)s", "named"),
    ],
)
def test_sqlite_placeholders_become_psycopgs(sql, expected, style):
    assert translate(sql) == (expected, style)


def test_both_kinds_of_placeholder_in_one_statement_are_refused():
    with pytest.raises(ValueError, match="both"):
        translate("SELECT ?, :name")


@pytest.fixture
def conn(pg_url):
    pg = PgConnection(psycopg.connect(pg_url, autocommit=True))
    yield pg
    pg.close()


@pytest.fixture
def ledger_conn(conn):
    pg_migrations.migrate(conn.raw)
    return conn


def test_a_statement_runs_with_sqlite3s_parameters(conn):
    assert conn.execute("SELECT ? + ?, ?", (1, 2, "x")).fetchone() == (3, "x")
    assert conn.execute("SELECT :a * :a", {"a": 7}).fetchall() == [(49,)]
    assert conn.execute("SELECT '100%'").fetchone() == ("100%",)  # no parameters: as written
    assert conn.execute("SELECT ? || '%'", ("50",)).fetchone() == ("50%",)


def test_executemany_writes_every_row(conn):
    conn.execute("CREATE TABLE t (k BIGINT PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT INTO t (k, v) VALUES (?, ?)", ((i, str(i)) for i in range(100)))
    assert conn.execute("SELECT count(*), sum(k) FROM t").fetchone() == (100, 4950)


def test_parameters_for_a_statement_without_placeholders_are_refused(conn):
    with pytest.raises(ValueError, match="without placeholders"):
        conn.execute("SELECT 1", (1,))


def test_a_sum_of_integers_is_an_int_and_a_fraction_is_an_error(conn):
    total = conn.execute("SELECT sum(x) FROM (VALUES (1::bigint), (2)) AS v(x)").fetchone()[0]
    assert total == 3 and type(total) is int  # not Decimal('3'), as psycopg would read it
    assert conn.execute("SELECT 10::numeric / 2").fetchone() == (5,)
    with pytest.raises(FractionalNumber, match="not a whole number"):
        conn.execute("SELECT 10::numeric / 3").fetchone()


def test_a_boolean_parameter_is_stored_as_sqlite_stores_it(conn):
    conn.execute("CREATE TABLE flags (f BIGINT NOT NULL CHECK (f IN (0, 1)))")
    conn.executemany("INSERT INTO flags (f) VALUES (?)", [(True,), (False,)])
    assert conn.execute("SELECT f FROM flags ORDER BY f").fetchall() == [(0,), (1,)]


def test_transactions_are_the_callers_statements(conn):
    conn.execute("CREATE TABLE t (k BIGINT)")
    assert not conn.in_transaction
    conn.execute("BEGIN")
    conn.execute("INSERT INTO t VALUES (?)", (1,))
    assert conn.in_transaction
    conn.execute("ROLLBACK")
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_a_connection_in_a_transaction_of_psycopgs_own_is_refused(pg_url):
    with psycopg.connect(pg_url) as raw, pytest.raises(ValueError, match="autocommit"):
        PgConnection(raw)


def test_connect_reaches_the_target_and_names_the_application(pg_url):
    conn = connect(parse_target(pg_url))
    try:
        assert conn.execute("SELECT current_setting('application_name')").fetchone() == (
            "giftdesk",
        )
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"dbname": "no_such_wallet"}, "no_such_wallet"),
        ({"user": "nobody_here"}, "nobody_here"),
    ],
)
def test_a_refused_connection_is_a_storage_error_with_the_servers_reason(pg_url, change, reason):
    target = parse_target(pg_url)
    assert isinstance(target, PostgresTarget)
    fields = {
        "dbname": target.dbname,
        "user": target.user,
        "host": target.host,
        "port": target.port,
        "options": target.options,
        **change,
    }
    with pytest.raises(StorageError, match=reason) as refused:
        connect(PostgresTarget(**fields))
    assert "\n" not in str(refused.value)
    assert refused.value.exit_code == 1


def test_no_server_at_the_address_is_a_storage_error(tmp_path):
    target = PostgresTarget(dbname="gifts", host=str(tmp_path), port=5432)
    with pytest.raises(StorageError, match="cannot connect to the database"):
        connect(target)


# --- storage functions, unchanged, on PostgreSQL ------------------------------------------


def test_storage_reads_run_unchanged_on_postgresql(ledger_conn):
    """The first storage functions that need nothing of PostgreSQL but this connection: the
    rest are listed, with why, in the survey (docs/community.md, For developers)."""
    conn = ledger_conn
    assert ledger.system_account(conn, ledger.COIN_ISSUANCE) == 1
    assert ledger.last_transaction_id(conn) == 0
    assert ledger.find_by_key(conn, "nothing") is None
    assert profiles.all_by_name(conn) == []
    assert profiles.with_name_key(conn, "vera") is None


def test_a_transfer_written_by_storage_moves_both_balances(ledger_conn):
    conn = ledger_conn
    conn.execute(
        "INSERT INTO profiles (id, name, name_key, birthdate, is_creator, created_at)"
        " VALUES (1, 'Vera', 'vera', '1990-04-12', 0, 'x')"
    )
    conn.execute(
        "INSERT INTO accounts (id, code, unit, profile_id) VALUES (10, 'profile:1:coin', 'COIN', 1)"
    )
    conn.execute(
        "INSERT INTO transactions (id, kind, profile_id, created_at, created_us, rules_version,"
        " idem_key, request_hash) VALUES (1, 'recharge', 1, 'x', 1, '2026.1', 'k1', 'h')"
    )
    ledger.insert_transfers(conn, [(1, 1, 10, ledger.COIN, 250)])
    assert ledger.profile_balance(conn, 1, ledger.COIN) == 250
    assert ledger.balance(conn, 1) == -250
    ledger.record_result(conn, 1, {"coins": 250})
    stored = ledger.find_by_key(conn, "k1")
    assert stored is not None and stored.result == {"coins": 250}
