"""A GiftDesk database on a PostgreSQL server: the engine half of storage for PostgreSQL, with
the methods the services use from SQLite's Store (db.py), so that neither they nor the query
modules know which engine they run on (DESIGN 12).

- `write()` is one transaction (READ COMMITTED) that takes its advisory locks first of all,
  so that a service's read-then-write (a balance checked before it is spent, a creator's
  running totals that decide the diamonds a gift mints) is as correct here as under
  SQLite's BEGIN IMMEDIATE:
  - A write that names the profiles it is about (`write(profiles=...)`: a gift's sender, a
    recharge's buyer, a LIVE's creator) takes the writers' lock shared, then a lock of each of
    those profiles, in order of id: writes about other profiles run beside it. Before it
    reads the largest id to give a new row (connection.claim_ids, at its first insert or a
    burst's flush) it takes the ids lock, which it holds to the commit: ids come in commit
    order and are never given twice, and the part of a write that runs one at a time is
    its inserts and its commit, not its reads and rules.
  - Any other write (adding a profile, whose name must be unique among all; migrations)
    takes the writers' lock exclusive: it runs alone, as every write did before.
  Locks are always taken in that order (writers', profiles' by id, ids'), so GiftDesk's
  writers cannot deadlock one another. Readers never wait. The first statement reads the
  contents generation too: the locks and the check cost one round trip. Each write sends
  `NOTIFY giftdesk`, which other connections hear (changed_elsewhere) when it commits.
- Durable, but not holding the lock while the disk writes. The write commits with
  synchronous_commit off, which releases the lock (and shows the write to others) as soon as
  its commit record is in the server's log, not once it is on disk; in the same round trip a
  second transaction, which writes one small log record (no row), commits with the session's
  setting (on): it waits until the log is on disk up to its commit record, so up to the
  write's too.
  write() returns only then: nothing is reported saved before it is durable. Meanwhile the
  next writer holds the lock, and the disk writes of several writers' commits are one (the
  server's group commit): this is what lets gifts/s grow with more senders (measured in
  tests/benchmarks/run.py --engine postgres). A crash of the server in that gap loses the
  write and anything later (the log is replayed in order, so no later write that read it
  survives it); its sender was never told it was saved, and sends it again by its key.
- A conflict PostgreSQL resolves by cancelling one transaction (SQLSTATE class 40: a
  serialization failure or a deadlock, which the locks' one order keeps GiftDesk's own
  writers from, but a lock an administrator's session holds can cause) is rolled back and
  raised as WriteConflict, which the services run again, with the same idempotency key
  (services/retries.retried).
- The schema check: what the migrations made is recorded, as a digest of the catalogs
  (pg_schema.py), when they run, and compared at open, in `verify`, and whenever the catalog
  rows of GiftDesk's objects changed (a fingerprint read by every changed_elsewhere(), which a
  window asks a few times a second). Not at every write, as on SQLite: the fingerprint costs
  about a millisecond, a third of a gift, and on a server only a role that may change the
  schema can plant a trigger, a role that can as well change the ledger's rows out of
  GiftDesk's sight (docs/community.md gives the app a role that cannot).
- The contents generation (SQLite's PRAGMA user_version) is giftdesk_contents.generation
  (pg migration 2).
- Not here: files. A server database has no file to be moved, no write-ahead log to empty, no
  disk the app can see (a full one is SQLSTATE 53100, errors.pg_storage_error).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from giftdesk.domain.errors import NotAGiftDeskDatabase, StorageError
from giftdesk.i18n import _
from giftdesk.storage import pg_migrations, pg_schema
from giftdesk.storage.errors import (
    is_conflict,
    one_line,
    pg_storage_error,
    replaced_meanwhile,
    write_conflict,
)
from giftdesk.storage.pg_connection import PgConnection, connect

if TYPE_CHECKING:
    from giftdesk.storage.targets import PostgresTarget

CHANNEL = "giftdesk"  # LISTEN/NOTIFY's channel: every write notifies it
# pg_advisory_xact_lock's keys (see the module): the writers' lock ('GDwrite!' in ASCII, as a
# number), and the class of the profiles' locks (two-int keys, which PostgreSQL keeps apart
# from one-bigint keys), whose second half is the profile id. The ids lock's key is
# pg_connection.IDS_LOCK_KEY.
WRITE_LOCK_KEY = 0x4744777269746521
PROFILE_LOCK_CLASS = 0x47445072  # 'GDPr'


# Sent as one query each (statements without parameters): a write costs two round trips
# besides its own statements.
def _begin(locks: str) -> str:
    """A write's first round trip: BEGIN, its commit's setting (see the module), then `locks`
    and the contents generation in one SELECT (PostgreSQL evaluates its list left to right,
    so the locks are taken in the order written)."""
    return (
        "BEGIN; SET LOCAL synchronous_commit TO off;"
        f" SELECT {locks} (SELECT generation FROM {pg_migrations.CONTENTS})"
    )


_BEGIN_WRITE = _begin(f"pg_advisory_xact_lock({WRITE_LOCK_KEY}),")


def _begin_profiles_write(profiles: Collection[int]) -> str:
    """_BEGIN_WRITE for a write about `profiles`: the writers' lock shared, then each
    profile's, in order. The ids are GiftDesk's own integers, written into the statement as
    numbers: it stays one round trip without parameters. Ids beyond 2**31 share a lock with
    another profile: still safe."""
    keys = sorted({int(p) & 0x7FFFFFFF for p in profiles})
    locks = "".join(f" pg_advisory_xact_lock({PROFILE_LOCK_CLASS}, {k})," for k in keys)
    return _begin(f"pg_advisory_xact_lock_shared({WRITE_LOCK_KEY}),{locks}")


# The write's commit, then the one that waits until both are on disk (see the module). It must
# write to the log: PostgreSQL waits for the disk only at the commit of a transaction that
# did (an xid alone is not enough). A logical-decoding message is the smallest such record,
# allowed to every role, touching no table: no lock, nothing for two writers to queue on.
_COMMIT_WRITE = (
    f"NOTIFY {CHANNEL}; COMMIT;"
    " BEGIN; SELECT pg_logical_emit_message(true, 'giftdesk', 'on disk'); COMMIT"
)


class PgStore:
    """One connection to a GiftDesk database on a PostgreSQL server; all writes go through
    `write()`."""

    in_memory = False  # others can see it: a server database is never this process's alone
    disk_full = False  # the server's disk is the server's; a full one refuses a write (53100)

    def __init__(
        self,
        conn: PgConnection,
        target: PostgresTarget,
        *,
        read_only: bool = False,
        password: str | None = None,
    ) -> None:
        self.conn = conn
        self.target = target
        self._password = password  # for a snapshot's second connection; never shown
        self.path = target.url  # what messages name it by: the URL, which holds no password
        self.read_only = read_only
        self.closed = False
        self.expected_generation: int | None = None  # as db.Store's
        self.schema_problem: str | None = None
        self._fingerprint: Any = None  # the catalog fingerprint the schema was judged at

    def file_problem(self) -> str | None:
        """No file to lose: the server keeps the database where it is."""
        return None

    def changed_elsewhere(self) -> bool:
        """Whether another connection committed a write since the last call: a NOTIFY it sent,
        read without waiting (this connection's own are left out)."""
        if self.closed:
            return False
        me = self.conn.raw.info.backend_pid
        try:
            # One round trip, as SQLite's data_version read: the server sends what others
            # notified before its answer, and psycopg keeps those for notifies() to hand out
            # without waiting. The answer is the schema's fingerprint (see the module).
            row = self.conn.execute(pg_schema.FINGERPRINT).fetchone()
            assert row is not None  # a SELECT of a value: always one row
            if row[0] != self._fingerprint:
                self._judge(row[0])
            heard = [n for n in self.conn.raw.notifies(timeout=0) if n.pid != me]
        except Exception as e:  # psycopg.Error: the connection is gone
            raise pg_storage_error(e) from None
        return bool(heard)

    @contextmanager
    def write(self, *, profiles: Collection[int] | None = None) -> Iterator[PgConnection]:
        """One user action = one transaction: alone, or beside writes about other profiles
        when it names the `profiles` it reads and changes (see the module)."""
        import psycopg

        if self.read_only:
            raise StorageError(
                _("the database {path} is read-only; nothing was changed").format(path=self.path)
            )
        self.conn.ids_claimed = profiles is None  # a write alone may give ids from its start
        try:
            cursor = self.conn.execute(
                _BEGIN_WRITE if profiles is None else _begin_profiles_write(profiles)
            )
            cursor.nextset()  # past BEGIN's and SET's empty results, to the SELECT's
            cursor.nextset()
            row = cursor.fetchone()
            assert row is not None  # a SELECT of values: always one row
            generation = row[-1]
        except psycopg.Error as e:  # a deadlock with an outside session's locks, a lost server
            raise self._failed(e) from None
        if self.schema_problem is not None:
            self._rollback()
            raise StorageError(
                _(
                    "nothing can be written to the database {path}: {problem}. Nothing was changed"
                ).format(path=self.path, problem=self.schema_problem)
            )
        if self.expected_generation is not None and generation != self.expected_generation:
            self._rollback()
            raise replaced_meanwhile()
        try:
            yield self.conn
        except psycopg.OperationalError as e:  # a conflict, a lost connection, a full disk
            raise self._failed(e) from None
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute(_COMMIT_WRITE)
        except psycopg.Error as e:
            raise self._failed(e, committing=True) from None

    def _failed(self, e: BaseException, *, committing: bool = False) -> StorageError:
        """Roll back, and say why in GiftDesk's terms: a conflict the server resolved by
        cancelling this write (SQLSTATE class 40: run it again), or anything else
        (errors.pg_storage_error; `committing`: the outcome of a lost COMMIT is unknown)."""
        self._rollback()
        if is_conflict(e):
            return write_conflict(e)
        return pg_storage_error(e, committing=committing)

    def judge_schema(self) -> None:
        """Compare the database's schema with the one its migrations made, now."""
        row = self.conn.execute(pg_schema.FINGERPRINT).fetchone()
        assert row is not None  # a SELECT of a value: always one row
        self._judge(row[0])

    def _judge(self, fingerprint: Any) -> None:
        self.schema_problem = pg_schema.problem(self.conn)
        self._fingerprint = fingerprint

    @property
    def server_version(self) -> str:
        """The server's PostgreSQL version, as "16.4" (for the About box)."""
        version = self.conn.raw.info.server_version  # 160004 for 16.4
        return f"{version // 10000}.{version % 10000}"

    def empty_log(self) -> None:
        """Nothing to do: the server's write-ahead log is the server's (its old pages hold a
        removed secret until the server recycles them; see docs/community.md)."""

    def _rollback(self) -> None:
        if self.closed:
            return
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except Exception:  # psycopg.Error: the connection is gone, and the transaction with it
            pass

    def close(self) -> None:
        self.closed = True
        self.conn.close()


def open_pg(target: PostgresTarget, *, password: str | None = None) -> PgStore:
    """Connect to the database `target` names, bring its schema up to date and check it.

    `PasswordNeeded` when the server asks for a password that neither PGPASSWORD, ~/.pgpass
    nor `password` gives (or refuses the one given); a StorageError with the server's reason
    when it cannot connect otherwise; NotAGiftDeskDatabase for a database that holds tables
    but not GiftDesk's.
    """
    conn = connect(target, password=password)  # first: it says so if psycopg is missing
    import psycopg

    migrating = False  # a refusal while migrating: this role may not change the schema
    try:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        }
        if tables and pg_migrations.TABLE not in tables:
            raise NotAGiftDeskDatabase(
                _("{path} is not a GiftDesk database").format(path=target.url)
            )
        store = PgStore(conn, target, password=password)
        with _migrating(store) as raw:
            # Only when one is missing: migrate() begins with a CREATE TABLE IF NOT EXISTS,
            # which a role that may read and write the tables but not change the schema (a
            # community's app role, docs/community.md) is refused even when the table exists.
            up_to_date = set(pg_migrations.applied(raw.raw)) >= {n for n, *_ in pg_migrations.STEPS}
            migrating = not up_to_date
            if not up_to_date and pg_migrations.migrate(raw.raw):
                pg_schema.record(raw)
                raw.execute(f"NOTIFY {CHANNEL}")  # an open that changed nothing is no news
        store.judge_schema()
        conn.execute(f"LISTEN {CHANNEL}")
        return store
    except psycopg.Error as e:
        conn.close()
        if isinstance(e, psycopg.errors.InsufficientPrivilege) and migrating:
            raise StorageError(
                _(
                    "the database {path} cannot be used until its schema is brought up to date, "
                    "which this role may not do: its owner runs giftdesk verify on it, then "
                    "grants.sql (docs/community.md, Upgrades). The server said: {reason}"
                ).format(path=target.url, reason=one_line(e))
            ) from None
        if isinstance(e, psycopg.errors.InsufficientPrivilege):
            raise StorageError(
                _("the database {path} cannot be used: {reason}").format(
                    path=target.url, reason=one_line(e)
                )
            ) from None
        raise pg_storage_error(e) from None
    except BaseException:
        conn.close()
        raise


@contextmanager
def snapshot(store: PgStore) -> Iterator[PgStore]:
    """A read-only PgStore on a connection of its own, in one REPEATABLE READ transaction: one
    consistent snapshot of the database for as long as the block lasts."""
    conn = connect(store.target, password=store._password)
    try:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        reader = PgStore(conn, store.target, read_only=True)
        reader.schema_problem = store.schema_problem
        yield reader
        conn.execute("COMMIT")
    finally:
        conn.close()


@contextmanager
def _migrating(store: PgStore) -> Iterator[PgConnection]:
    """The transaction that brings the schema up to date: write()'s lock, without
    its checks of a schema and a generation that may not exist yet. The migrations take a
    lock of their own too (pg_migrations.migrate): a second process opening waits, then finds
    nothing to do."""
    conn = store.conn
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        store._rollback()
        raise
