"""Opening the database file: checks, pragmas, migrations, and the write transaction."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from giftdesk.domain.errors import InvalidPath, NotAGiftDeskDatabase, StorageError, UnsafeFile
from giftdesk.i18n import _
from giftdesk.storage import migrations, schema
from giftdesk.storage.connection import Connection
from giftdesk.storage.errors import replaced_meanwhile
from giftdesk.storage.targets import PostgresTarget, SqliteTarget, parse_target

if TYPE_CHECKING:
    from sqlite_utils import Database

    from giftdesk.storage.pg_store import PgStore

__all__ = ["Connection", "AnyStore", "Store", "open_db", "open_store"]

# A GiftDesk database on either engine: SQLite's Store (here) or PostgreSQL's (pg_store.py),
# with the same methods for the services.
AnyStore: TypeAlias = "Store | PgStore"

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
WAL_RETRY_S = 0.02
MEMORY = ":memory:"
FULL_BELOW_BYTES = 64 * 1024  # less free space than this: the disk counts as full


class Store:
    """One connection to a GiftDesk database; all writes go through `write()`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: str,
        *,
        read_only: bool = False,
        disk_full: bool = False,
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.disk_full = disk_full  # read-only because the disk had no room even to read it
        self.closed = False
        self._identity = None if path == MEMORY else _identity(path)
        self._data_version: int | None = None  # set by the first changed_elsewhere()
        # The contents generation (see MaintenanceService.pin_contents) writes expect, or None
        # for any: a window must not write to contents a restore put there behind its back.
        self.expected_generation: int | None = None
        # Why the file's schema is not GiftDesk's (storage/schema.py), or None; and the
        # schema_version it was judged at, so that a change made meanwhile by anyone who can
        # write the file is judged again before the next write.
        self.schema_problem: str | None = None
        self._schema_version: int | None = None

    def file_problem(self) -> str | None:
        """Why the file at the path is no longer the one open (deleted, moved or replaced
        while open), or None. SQLite would go on reading and writing the one it opened, out
        of sight: every write after that would be lost when the app closes."""
        if self._identity is None:
            return None
        try:
            now = _identity(self.path)
        except OSError:
            now = None
        if now == self._identity:
            return None
        return _(
            "the database file {path} was deleted, moved or replaced while GiftDesk had it "
            "open; nothing more can be saved to it. Close GiftDesk and open it again"
        ).format(path=self.path)

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another window, the command line) committed since the
        last call: SQLite's data_version, one cheap read."""
        if self.closed:
            return False
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection (for migrations), made when first needed."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

    @contextmanager
    def write(self, *, profiles: Collection[int] | None = None) -> Iterator[sqlite3.Connection]:
        """One user action = one `BEGIN IMMEDIATE` transaction: all of it or nothing.

        IMMEDIATE takes the write lock at the start, so a second process waits for it (busy
        timeout) instead of failing half-way with "database is locked" as a plain BEGIN can.
        SQLite has one writer at a time: the `profiles` a write is about, which lets a write
        on a PostgreSQL server run beside writes about others (pg_store), change nothing here.
        """
        if self.disk_full:
            raise StorageError(
                _(
                    "the disk holding {path} is full; nothing was changed. "
                    "Free some space, then open GiftDesk again"
                ).format(path=self.path)
            )
        if self.read_only:
            raise StorageError(
                _("the database {path} is read-only; nothing was changed").format(path=self.path)
            )
        problem = self.file_problem()  # one stat: a few microseconds a write
        if problem is not None:
            raise StorageError(problem)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise _storage_error(e, self.path) from None
        if (
            self._schema_version is not None  # judged at open, after the migrations
            and self.conn.execute("PRAGMA schema_version").fetchone()[0] != self._schema_version
        ):
            self.judge_schema()  # under the write lock: nobody can change it until we commit
        if self.schema_problem is not None:
            self._rollback()
            raise StorageError(
                _(
                    "nothing can be written to the database {path}: {problem}. Nothing was "
                    "changed; restore a backup (giftdesk restore, or File > Restore from Backup)"
                ).format(path=self.path, problem=self.schema_problem)
            )
        if (
            self.expected_generation is not None
            and self.conn.execute("PRAGMA user_version").fetchone()[0] != self.expected_generation
        ):
            self._rollback()
            raise replaced_meanwhile()
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as e:  # disk full, I/O error, lost lock: roll back, say so
            self._rollback()
            raise _storage_error(e, self.path) from None
        except BaseException:
            self._rollback()
            raise

    def judge_schema(self) -> None:
        """Compare the file's schema with GiftDesk's, now (at open, after a restore, and
        whenever another connection changed it)."""
        self._schema_version = self.conn.execute("PRAGMA schema_version").fetchone()[0]
        self.schema_problem = schema.problem(self.conn)

    def empty_log(self) -> None:
        """Move the write-ahead log into the file and cut it to nothing, after a write that
        overwrote a secret: the log keeps the pages as they were before until new writes
        happen to reuse its space. Best effort: with another window reading, part of the log
        may have to wait for the next checkpoint."""
        if self.in_memory or self.read_only or self.closed:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            pass  # busy: SQLite checkpoints again on its own as the log grows

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.OperationalError:
                pass  # SQLite already rolled back (e.g. after SQLITE_FULL); nothing was written

    @property
    def in_memory(self) -> bool:
        return self.path == MEMORY

    def close(self) -> None:
        self.closed = True
        self.conn.close()


def _identity(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _storage_error(e: sqlite3.Error, path: str) -> StorageError:
    text = str(e)
    if "locked" in text or "busy" in text:
        return StorageError(_("the database is busy in another GiftDesk window; try again"))
    if "readonly" in text or "read-only" in text:
        return StorageError(
            _("the database {path} is read-only; nothing was changed").format(path=path)
        )
    if "full" in text:
        return StorageError(
            _("the disk holding {path} is full; nothing was changed").format(path=path)
        )
    if "disk I/O error" in text:
        return StorageError(
            _("could not write to {path} (is the disk full or gone?); nothing was changed").format(
                path=path
            )
        )
    return StorageError(
        _("the database {path} cannot be used: {reason}").format(path=path, reason=text)
    )


def check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it, so it is never modified."""
    try:
        size = path.stat().st_size
        if size == 0:
            return
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise StorageError(
            _("cannot read {path}: {reason}").format(path=path, reason=e.strerror)
        ) from None
    if size < 512 or header != SQLITE_HEADER:
        raise NotAGiftDeskDatabase(
            _("{path} is not a GiftDesk database, or it is damaged").format(path=path)
        )


def check_private(path: Path) -> None:
    """Refuse a wallet file that is not the user's own, or that others may change, as ssh
    refuses such a key: another user could read and rewrite the ledger (or swap it for one of
    their own). The file's -wal and -shm journal files count as the file. The modes are
    POSIX ones; elsewhere the file's access control list is the system's to enforce."""
    if os.name != "posix":
        return
    me = os.geteuid()
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            info = part.stat()
        except FileNotFoundError:
            continue
        except OSError as e:
            raise StorageError(
                _("cannot read {path}: {reason}").format(path=part, reason=e.strerror)
            ) from None
        if info.st_uid != me:
            raise UnsafeFile(
                _(
                    "{path} belongs to another user (uid {uid}), so GiftDesk will not use it as "
                    "your wallet: its owner could read and change it. If it is a wallet of "
                    "yours, copy it (giftdesk restore can bring a backup into your own), or as "
                    "an administrator give it to you: chown {me} '{path}'"
                ).format(path=part, uid=info.st_uid, me=me)
            )
        if info.st_mode & 0o022:
            raise UnsafeFile(
                _(
                    "{path} can be changed by other users (its mode is {mode}), so GiftDesk will "
                    "not use it as your wallet. If it is yours, make it private: "
                    "chmod 600 '{path}'"
                ).format(path=part, mode=f"{info.st_mode & 0o777:04o}")
            )


def _create_private(path: Path) -> None:
    """Create the file readable by its owner only; SQLite gives its -wal and -shm the same mode."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as e:
        raise StorageError(
            _("cannot create the database {path}: {reason}").format(path=path, reason=e.strerror)
        ) from None


def open_db(path: str | os.PathLike[str] = MEMORY) -> Store:
    """Open (creating if need be) a GiftDesk database and bring its schema up to date.

    A database on a read-only disk (or a file the user may not write) opens read-only: every
    read works, every write is refused with a clear message. So does one on a disk too full
    to open it at all, when nothing waits in its write-ahead log.
    """
    name = os.fspath(path)
    read_only = False
    if name != MEMORY:
        file = Path(name)
        if file.exists():
            if not file.is_file():
                raise InvalidPath(_("{path} is a folder, not a database file").format(path=file))
            check_private(file)
            check_sqlite_header(file)
            read_only = not (os.access(file, os.W_OK) and os.access(file.parent, os.W_OK))
        else:
            _create_private(file)
    try:
        return _open(name, read_only=read_only)
    except StorageError:
        if read_only or name == MEMORY or not _full_with_no_log(Path(name)):
            raise
    # Even reading a WAL database needs room for its -shm index file. With no log to replay,
    # the file alone is the whole ledger: read it as it is, so that balances, history and a
    # backup to another disk still work.
    return _open(name, read_only=True, disk_full=True)


def _full_with_no_log(file: Path) -> bool:
    wal = file.with_name(file.name + "-wal")
    try:
        empty_log = not wal.exists() or wal.stat().st_size == 0
        return empty_log and shutil.disk_usage(file.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def _open(name: str, *, read_only: bool, disk_full: bool = False) -> Store:
    try:
        if read_only:
            conn = sqlite3.connect(
                _read_only_uri(name, immutable=True),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            conn = sqlite3.connect(
                name, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
    except sqlite3.Error as e:
        raise _storage_error(e, name) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and migrations.TABLE not in tables:
            raise NotAGiftDeskDatabase(_("{path} is not a GiftDesk database").format(path=name))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        store = Store(conn, name, read_only=read_only, disk_full=disk_full)
        if read_only:
            if _pending(conn, tables):
                raise StorageError(
                    _(
                        "the database {path} is read-only and from an older GiftDesk; open it "
                        "once where it can be written"
                    ).format(path=name)
                )
            store.changed_elsewhere()  # from here on, others' commits count as changes
            return store
        if name != MEMORY:
            _use_wal(conn)
        # FULL, not NORMAL: with NORMAL in WAL mode a committed gift can vanish on power loss.
        conn.execute("PRAGMA synchronous = FULL")
        # Deleted and overwritten content is zeroed, not left in free space: a two-step
        # secret turned off, or a password removed, must not stay readable in the file (and
        # in every backup of it). It costs writes nothing measurable here: GiftDesk's
        # writes append, and rarely free anything.
        conn.execute("PRAGMA secure_delete = ON")
        if _pending(conn, tables):
            scrub = name != MEMORY and SCRUBBED_BY not in _applied(conn, tables)
            _migrate(store)
            if scrub:
                # Once, on the upgrade that turned secure_delete on: what earlier versions
                # deleted (a two-step secret turned off) may still lie in free pages.
                conn.execute("VACUUM")
        store.judge_schema()
        store.changed_elsewhere()  # from here on, others' commits count as changes
        return store
    except sqlite3.DatabaseError as e:
        conn.close()
        if isinstance(e, sqlite3.OperationalError):  # busy, read-only, full: the file is fine
            raise _storage_error(e, name) from None
        raise NotAGiftDeskDatabase(
            _("{path} is not a GiftDesk database, or it is damaged").format(path=name)
        ) from None
    except BaseException:
        conn.close()
        raise


def open_reader(store: Store) -> sqlite3.Connection:
    """A second connection to the store's file that can only read, for a long read (an export,
    a verification) in another thread while the store's own connection goes on writing.

    It keeps sqlite3's check_same_thread: open it in the thread that uses it. WAL lets it read
    while the other connection writes; the busy timeout covers a checkpoint in progress.
    """
    try:
        return sqlite3.connect(
            _read_only_uri(store.path, immutable=store.read_only),
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except sqlite3.Error as e:
        raise _storage_error(e, store.path) from None


def open_store(
    target: str | os.PathLike[str] | SqliteTarget | PostgresTarget = MEMORY,
    *,
    password: str | None = None,
) -> AnyStore:
    """Open a GiftDesk database on either engine: a file (a path, or a SqliteTarget) with
    `open_db`, a PostgreSQL database (a PostgresTarget, or a postgresql:// URL) with
    pg_store.open_pg, `password` going to the server only (see pg_store.open_pg)."""
    if isinstance(target, str):
        # Every name is read: a URL of a kind GiftDesk does not know ("postgresq://...") is
        # refused, not opened as a file of that name.
        target = parse_target(target)
    if isinstance(target, PostgresTarget):
        from giftdesk.storage.pg_store import open_pg

        return open_pg(target, password=password)
    if isinstance(target, SqliteTarget):
        return open_db(target.path)
    return open_db(target)


@contextmanager
def read_snapshot(store: AnyStore) -> Iterator[AnyStore]:
    """A read-only Store on a connection of its own that sees one consistent snapshot of the
    database for as long as the block lasts (one read transaction: what others commit
    meanwhile stays out of it), closed afterwards. Open it in the thread that reads it."""
    if not isinstance(store, Store):
        from giftdesk.storage.pg_store import snapshot

        with snapshot(store) as pg:
            yield pg
        return
    conn = open_reader(store)
    try:
        conn.execute("BEGIN")
        yield Store(conn, store.path, read_only=True)
        conn.execute("COMMIT")
    finally:
        conn.close()


def contents_generation(conn: Connection) -> int:
    """A number that changes when a restore replaces the database's contents, and at no other
    time: SQLite's header field user_version, which GiftDesk uses for nothing else (a read of
    the header, cheap enough for every few seconds); on PostgreSQL, a row beside the ledger
    (pg_migrations.CONTENTS)."""
    if not isinstance(conn, sqlite3.Connection):
        from giftdesk.storage.pg_migrations import CONTENTS

        pg: int = conn.execute(f"SELECT generation FROM {CONTENTS}").fetchone()[0]
        return pg
    generation: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return generation


def set_contents_generation(conn: sqlite3.Connection, generation: int) -> None:
    conn.execute(f"PRAGMA user_version = {int(generation)}")


def page_size(conn: sqlite3.Connection) -> int:
    size: int = conn.execute("PRAGMA page_size").fetchone()[0]
    return size


def engine_version() -> str:
    """The version of the SQLite library GiftDesk runs on (for the About box)."""
    return sqlite3.sqlite_version


def _read_only_uri(name: str, *, immutable: bool) -> str:
    # immutable: on a read-only disk SQLite cannot make the -shm file WAL reads need, and
    # nobody can be writing there anyway.
    return Path(name).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting for another process as the busy timeout would.

    While a second process is creating the same new file, SQLite refuses the switch at once
    ("database is locked") instead of calling the busy handler: retry until the timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def is_giftdesk_database(conn: sqlite3.Connection) -> bool:
    """Whether the file behind `conn` was made by GiftDesk (at any schema version)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return (
        migrations.TABLE in tables
        and conn.execute(
            f"SELECT 1 FROM {migrations.TABLE} WHERE migration_set = ? LIMIT 1",
            (migrations.SET_NAME,),
        ).fetchone()
        is not None
    )


# The first migration of the version that turned secure_delete on (see _open).
SCRUBBED_BY = "m0009_provider_references"


def _applied(conn: sqlite3.Connection, tables: set[str]) -> set[str]:
    """The names of the migrations applied to this file."""
    if migrations.TABLE not in tables:
        return set()
    return {
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {migrations.TABLE} WHERE migration_set = ?", (migrations.SET_NAME,)
        )
    }


def _pending(conn: sqlite3.Connection, tables: set[str]) -> bool:
    return not set(migrations.NAMES) <= _applied(conn, tables)


def _migrate(store: Store) -> None:
    with store.write():
        # Inside our IMMEDIATE transaction sqlite-utils' own atomic() nests as a savepoint, and
        # it re-reads what is applied under our lock: a second process waiting here finds
        # nothing left to do.
        migrations.migration_set().apply(store.db)
