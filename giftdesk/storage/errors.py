"""The engine's errors in GiftDesk's terms: what storage raises instead of sqlite3's or
psycopg's.

Services never see an engine's exception: a row refused because its unique key is held already
is `Taken`, which the service turns into the rule it broke (a duplicate name); anything else
the engine raises while the command line runs is a `StorageError`, or `DamagedDatabase` for a
file SQLite finds malformed.

psycopg is an optional extra (giftdesk[postgres]): its errors are caught only once it has been
imported, which it is before any PostgreSQL connection exists.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from giftdesk.domain.errors import DamagedDatabase, StorageError, WriteConflict
from giftdesk.i18n import _

# PostgreSQL's SQLSTATEs GiftDesk reads (https://www.postgresql.org/docs/current/errcodes-appendix.html)
UNIQUE_VIOLATION = "23505"
DISK_FULL = "53100"
LOST_CONNECTION_CLASS = "08"  # connection_exception and its subclasses
ADMIN_SHUTDOWN_CLASS = "57P"  # the server was shut down or restarted under the connection
QUERY_CANCELED = "57014"
TRANSACTION_ROLLBACK_CLASS = "40"  # serialization_failure 40001, deadlock_detected 40P01


class Taken(Exception):
    """A row could not be stored: another one already holds its unique key. Not a
    GiftDeskError: the service that wrote it says which rule that breaks."""


def pg_errors() -> tuple[type[BaseException], ...]:
    """psycopg's error classes, or none when psycopg was never imported (SQLite only)."""
    psycopg = sys.modules.get("psycopg")
    return () if psycopg is None else (psycopg.Error,)


def _pg_integrity() -> tuple[type[BaseException], ...]:
    psycopg = sys.modules.get("psycopg")
    return () if psycopg is None else (psycopg.IntegrityError,)


@contextmanager
def taken_on_conflict() -> Iterator[None]:
    """Turn the engine's unique-key refusal inside the block into `Taken` (on PostgreSQL, any
    integrity refusal, as sqlite3's IntegrityError covers them all; the transaction is then
    aborted, so the service that catches it must end its write, as every one does)."""
    try:
        yield
    except sqlite3.IntegrityError as e:
        raise Taken(str(e)) from None
    except _pg_integrity() as e:
        raise Taken(str(e)) from None


def one_line(e: BaseException) -> str:
    """An engine's message on one line (PostgreSQL's and libpq's may span several)."""
    return " ".join(str(e).split())


def pg_storage_error(e: BaseException, *, committing: bool = False) -> StorageError:
    """A psycopg error as one line a user can read: a full disk, a lost connection, or the
    server's own words. `committing`: the error came while the server was committing, when a
    lost connection leaves unknown whether the write was saved."""
    state = getattr(e, "sqlstate", None) or ""
    reason = one_line(e)
    if state == DISK_FULL:
        return StorageError(_("the database server's disk is full; nothing was changed"))
    lost = not state or state.startswith((LOST_CONNECTION_CLASS, ADMIN_SHUTDOWN_CLASS))
    if lost and committing:
        return StorageError(
            _(
                "the connection to the database server was lost ({reason}) while the action "
                "was being saved: it may have been saved or not. Open the database again and "
                "look, or do it again with the same key (--key), which saves it only if it "
                "was not"
            ).format(reason=reason)
        )
    if lost:
        return StorageError(
            _(
                "the connection to the database server was lost ({reason}); the action in "
                "progress was not saved. Open the database again"
            ).format(reason=reason)
        )
    return StorageError(_("database error: {reason}").format(reason=reason))


@contextmanager
def engine_errors() -> Iterator[None]:
    """Around a whole command: an engine error that escaped the storage functions (a page of a
    damaged file read in the middle of a command) becomes a StorageError, so that the caller
    reports it as any other without knowing the engine."""
    try:
        yield
    except sqlite3.DatabaseError as e:
        if "malformed" in str(e):  # a damaged file is a file that cannot be used, as in open
            raise DamagedDatabase(str(e)) from None
        raise StorageError(_("database error: {reason}").format(reason=e)) from None
    except sqlite3.Error as e:
        raise StorageError(_("database error: {reason}").format(reason=e)) from None
    except pg_errors() as e:
        raise pg_storage_error(e) from None


def is_conflict(e: BaseException) -> bool:
    """Whether the server cancelled the transaction to resolve a conflict: SQLSTATE class 40,
    a serialization failure or a deadlock (psycopg's classes for them do not share a base)."""
    return (getattr(e, "sqlstate", None) or "").startswith(TRANSACTION_ROLLBACK_CLASS)


def write_conflict(e: BaseException) -> WriteConflict:
    """PostgreSQL cancelled the write to resolve a conflict with another transaction (SQLSTATE
    class 40, a serialization failure or a deadlock): rolled back, to be run again."""
    return WriteConflict(
        _(
            "another connection's change to the same rows got in the way ({reason}); nothing "
            "was changed. Try again"
        ).format(reason=one_line(e))
    )


def replaced_meanwhile() -> StorageError:
    """A write refused on either engine: a restore replaced the contents this connection's
    reader pinned (its contents generation moved) since it looked."""
    return StorageError(
        _(
            "the wallet was replaced by a restore from a backup (in another window or "
            "from the command line) meanwhile; nothing was changed. Look at the "
            "restored wallet before trying again"
        )
    )
