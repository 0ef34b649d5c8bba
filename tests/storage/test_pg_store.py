"""PostgreSQL's Store (storage/pg_store.py): writers one at a time, change notices through
LISTEN/NOTIFY, the schema checked against what the migrations recorded, the contents
generation, and a login that needs a password."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from giftdesk.domain.errors import NotAGiftDeskDatabase, PasswordNeeded, StorageError
from giftdesk.domain.units import Rate
from giftdesk.storage import db, pg_connection, pg_migrations, profiles
from giftdesk.storage.db import open_store
from giftdesk.storage.errors import Taken, engine_errors, taken_on_conflict
from giftdesk.storage.pg_store import PgStore
from giftdesk.storage.targets import parse_target
from giftdesk.storage.verify import run_checks

NOW = "2026-11-25T12:00:00.000000+00:00"


@pytest.fixture
def pg_store(pg_url):
    store = open_store(pg_url)
    assert isinstance(store, PgStore)
    yield store
    store.close()


def test_a_url_a_target_and_a_second_open_reach_the_same_database(rows, pg_url):
    first = open_store(pg_url)
    second = open_store(parse_target(pg_url))
    try:
        pid = rows.profile(first, "Vera")
        assert profiles.with_name_key(second.conn, "vera") is not None
        assert profiles.get(second.conn, pid) is not None
        assert first.schema_problem is None and second.schema_problem is None
    finally:
        first.close()
        second.close()


def test_new_rows_are_numbered_as_on_sqlite_after_ids_given_explicitly(rows, pg_store):
    first = rows.profile(pg_store, "Vera")
    with pg_store.write() as conn:  # as a burst or a copy gives ids itself
        conn.execute(
            "INSERT INTO profiles (id, name, name_key, birthdate, is_creator, created_at)"
            " VALUES (?, 'Cleo', 'cleo', '1990-01-01', 0, ?)",
            (first + 1, NOW),
        )
    assert rows.profile(pg_store, "Zoe") == first + 2


def test_writers_take_turns(pg_url, pg_store):
    """A second writer waits for the first one's commit, as under SQLite's BEGIN IMMEDIATE:
    what it reads before writing is what the first one left."""
    other = open_store(pg_url)
    order: list[str] = []
    inside = threading.Event()

    def second() -> None:
        inside.wait()
        with other.write():
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    try:
        with pg_store.write():
            inside.set()
            time.sleep(0.3)  # long enough for the second to reach its lock, were there none
            order.append("first")
        thread.join(10)
    finally:
        other.close()
    assert order == ["first", "second"]


def test_another_connections_commit_is_a_change_and_its_own_is_not(rows, pg_url, pg_store):
    other = open_store(pg_url)
    try:
        assert not pg_store.changed_elsewhere()
        rows.profile(pg_store, "Vera")
        assert not pg_store.changed_elsewhere()  # its own write
        rows.profile(other, "Cleo")
        assert pg_store.changed_elsewhere()
        assert not pg_store.changed_elsewhere()  # heard once
        with pytest.raises(RuntimeError), other.write() as conn:
            conn.execute("UPDATE profiles SET time_zone = 'Europe/Paris'")
            raise RuntimeError("rolled back")
        assert not pg_store.changed_elsewhere()  # a rolled-back write notifies nobody
    finally:
        other.close()


def test_a_trigger_planted_in_the_database_stops_every_write_and_fails_verify(
    rows, pg_url, pg_store
):
    rows.profile(pg_store, "Vera")
    with psycopg.connect(pg_url, autocommit=True) as planter:
        planter.execute(
            "CREATE FUNCTION strip() RETURNS trigger LANGUAGE plpgsql AS"
            " $$ BEGIN DELETE FROM profile_security; RETURN NEW; END $$"
        )
        planter.execute(
            "CREATE TRIGGER strip AFTER INSERT ON gifts FOR EACH ROW EXECUTE FUNCTION strip()"
        )
    rows.profile(pg_store, "Cleo")  # not looked for at every write (pg_store.py says why)
    pg_store.changed_elsewhere()  # but at a window's next look for others' changes
    with pytest.raises(StorageError, match="changed outside GiftDesk"):
        rows.profile(pg_store, "Zoe")
    checks = {c.name: c for c in run_checks(pg_store.conn, Rate(1, 2))}
    assert not checks["schema_matches"].ok
    assert checks["debits_equal_credits"].ok
    again = open_store(pg_url)  # and at the next open
    try:
        assert again.schema_problem is not None
    finally:
        again.close()


def test_a_disabled_trigger_is_a_changed_schema(rows, pg_url, pg_store):
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("ALTER TABLE transfers DISABLE TRIGGER USER")
    pg_store.changed_elsewhere()
    with pytest.raises(StorageError, match="changed outside GiftDesk"):
        rows.profile(pg_store, "Vera")


def test_verify_passes_on_a_new_database_and_says_what_the_server_checks(pg_store):
    checks = {c.name: c for c in run_checks(pg_store.conn, Rate(1, 2))}
    assert all(c.ok for c in checks.values()), checks
    assert "PostgreSQL" in checks["integrity_check"].detail


def test_a_write_to_contents_a_restore_replaced_is_refused(rows, pg_url, pg_store):
    pg_store.expected_generation = db.contents_generation(pg_store.conn)
    rows.profile(pg_store, "Vera")
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("UPDATE giftdesk_contents SET generation = generation + 1")
    with pytest.raises(StorageError, match="replaced by a restore"):
        rows.profile(pg_store, "Cleo")


def test_a_database_with_other_tables_is_not_a_giftdesk_database(pg_url):
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("CREATE TABLE invoices (id BIGINT)")
    with pytest.raises(NotAGiftDeskDatabase):
        open_store(pg_url)


def test_a_lost_connection_is_one_line_and_writes_nothing(rows, pg_url, pg_store):
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", (pg_store.conn.raw.info.backend_pid,))
    with pytest.raises(StorageError) as lost:
        rows.profile(pg_store, "Vera")
    assert "\n" not in str(lost.value) and "connection" in str(lost.value)


@pytest.mark.parametrize(
    "reason",
    [
        "connection to server failed: fe_sendauth: no password supplied",
        'connection to server failed: FATAL:  password authentication failed for user "cleo"',
    ],
)
def test_a_login_that_needs_a_password_says_so(monkeypatch, reason):
    given = {}

    def refuse(**params):
        given.update(params)
        raise psycopg.OperationalError(reason)

    monkeypatch.setattr(psycopg, "connect", refuse)
    with pytest.raises(PasswordNeeded, match="asks for a password"):
        pg_connection.connect(parse_target("postgresql://cleo@db.example/gifts"), password="s3")
    assert given["password"] == "s3"  # a connection parameter, not part of any URL


def test_a_password_given_is_sent_to_the_server_only(pg_url):
    """The tests' server trusts its socket, so a password changes nothing there; what is
    checked is that it opens, and that the store's name for messages holds no password."""
    store = open_store(pg_url, password="not-in-any-message")
    try:
        assert "not-in-any-message" not in store.path
    finally:
        store.close()


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (psycopg.errors.DiskFull("could not extend file"), "server's disk is full"),
        (psycopg.errors.AdminShutdown("terminating connection"), "connection to the database"),
        (psycopg.errors.ConnectionFailure("gone"), "connection to the database server was lost"),
        (psycopg.OperationalError("server closed the connection"), "was lost"),
        (psycopg.errors.RaiseException("from a trigger"), "database error: from a trigger"),
        (psycopg.errors.CheckViolation("violates check"), "database error: violates check"),
    ],
)
def test_the_servers_errors_are_one_line_storage_errors(raised, message):
    with pytest.raises(StorageError, match=message) as mapped, engine_errors():
        raise raised
    assert "\n" not in str(mapped.value)


@pytest.mark.parametrize(
    "raised",
    [psycopg.errors.UniqueViolation("taken"), psycopg.errors.CheckViolation("refused")],
)
def test_a_refused_row_is_taken_on_postgresql_too(raised):
    with pytest.raises(Taken), taken_on_conflict():
        raise raised


def test_opening_an_up_to_date_database_changes_no_schema(pg_url, monkeypatch):
    """A community's app role may read and write the tables but not change the schema: an
    open that has nothing to migrate must not try (migrate() starts with DDL)."""
    open_store(pg_url).close()

    def refuse(conn):
        raise AssertionError("migrate() ran on an up-to-date database")

    monkeypatch.setattr(pg_migrations, "migrate", refuse)
    store = open_store(pg_url)
    try:
        assert store.schema_problem is None
        assert store.server_version.split(".")[0].isdigit()
    finally:
        store.close()
