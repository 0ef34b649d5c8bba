"""Raw SQL on either engine, for tests that hold both to the same schema rules
(tests/storage/test_invariants.py): the same statement, with `?` placeholders, run on a SQLite
connection or a psycopg one, and an engine's refusal read as the same reason on both.

Not GiftDesk's storage layer: the SQL here is the tests' own, written to break one rule at a
time, so that what each engine refuses (and why) can be compared.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg
from psycopg import errors as pg_errors

# Why a write was refused, the same word on both engines.
CHECK = "check"
UNIQUE = "unique"
FOREIGN_KEY = "foreign key"
NOT_NULL = "not null"
TYPE = "type"  # a value of the wrong type (SQLite's STRICT tables)
TRIGGER = "trigger"  # a trigger's refusal, with its message
OTHER = "other"  # anything else (a typo in a test's SQL must not pass for a refusal)

Reason = tuple[str, str]  # (one of the above, the engine's message)

# What a write the schema refuses raises, on either engine (for pytest.raises).
INTEGRITY_ERRORS = (sqlite3.IntegrityError, psycopg.IntegrityError)


class Engine:
    name: str

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def refusal(self, error: Exception) -> Reason:
        raise NotImplementedError

    def error_types(self) -> tuple[type[Exception], ...]:
        raise NotImplementedError

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        rows = self.execute(sql, params)
        assert len(rows) == 1 and len(rows[0]) == 1, rows
        return rows[0][0]

    def refused(self, sql: str, params: tuple[Any, ...] = ()) -> Reason | None:
        """Run `sql` inside a savepoint; why it was refused, or None when it was not. The
        savepoint is rolled back either way (PostgreSQL ends a transaction at an error)."""
        self.execute("SAVEPOINT refused")
        try:
            self.execute(sql, params)
        except self.error_types() as e:
            self.execute("ROLLBACK TO SAVEPOINT refused")
            return self.refusal(e)
        finally:
            self.execute("RELEASE SAVEPOINT refused")
        return None


class SqliteEngine(Engine):
    name = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn  # in autocommit mode (isolation_level=None), as storage/db.py opens it

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params).fetchall()

    def error_types(self) -> tuple[type[Exception], ...]:
        return (sqlite3.Error,)

    def refusal(self, error: Exception) -> Reason:
        text = str(error)
        if not isinstance(error, sqlite3.IntegrityError):
            return OTHER, text
        for start, reason in (
            ("CHECK constraint failed", CHECK),
            ("UNIQUE constraint failed", UNIQUE),
            ("FOREIGN KEY constraint failed", FOREIGN_KEY),
            ("NOT NULL constraint failed", NOT_NULL),
            ("cannot store", TYPE),
        ):
            if text.startswith(start):
                return reason, text
        return TRIGGER, text  # RAISE(ABORT, message): the message alone


class PostgresEngine(Engine):
    name = "postgres"

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn  # autocommit, so that BEGIN and ROLLBACK here are the only ones

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        cursor = self.conn.execute(sql.replace("?", "%s"), params or None)
        return cursor.fetchall() if cursor.description is not None else []

    def error_types(self) -> tuple[type[Exception], ...]:
        return (psycopg.Error,)

    def refusal(self, error: Exception) -> Reason:
        text = str(error.diag.message_primary) if isinstance(error, psycopg.Error) else ""
        for kind, reason in (
            (pg_errors.CheckViolation, CHECK),
            (pg_errors.UniqueViolation, UNIQUE),
            (pg_errors.ForeignKeyViolation, FOREIGN_KEY),
            (pg_errors.NotNullViolation, NOT_NULL),
            (pg_errors.InvalidTextRepresentation, TYPE),
            (pg_errors.DatatypeMismatch, TYPE),
        ):
            if isinstance(error, kind):
                return reason, text
        # giftdesk_refuse and the PL/pgSQL checks: SQLSTATE 23000 exactly.
        if type(error) is pg_errors.IntegrityConstraintViolation:
            return TRIGGER, text
        return OTHER, f"{type(error).__name__}: {text}"
