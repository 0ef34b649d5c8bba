"""A psycopg connection that speaks the part of sqlite3's API the storage modules use, so that
they can run on PostgreSQL without two copies of every query (DESIGN 12; the survey of what
differs is in docs/community.md, "For developers").

What it translates, and nothing more:
- placeholders: sqlite3's `?` and `:name` become psycopg's `%s` and `%(name)s` (and a literal
  `%` becomes `%%`), outside string literals, quoted names, comments and PostgreSQL's `::`
  casts; each statement's translation is kept, so a hot path pays for it once;
- `execute(sql, params)` and `executemany(sql, rows)` on the connection, as sqlite3 has them
  (psycopg's executemany is on a cursor; it sends the rows in one pipeline);
- results: PostgreSQL's sum() of BIGINTs is a NUMERIC, which psycopg reads as a Decimal; here
  it is read as an int, and a NUMERIC with a fraction (a division that did not come out even)
  is an error rather than a Decimal or a float in a money figure;
- a Python bool parameter is sent as the integer 0 or 1, as sqlite3 stores it (GiftDesk's flag
  columns are integers on both engines);
- `in_transaction`, as sqlite3's: the connection runs in autocommit mode, and BEGIN, COMMIT
  and ROLLBACK are statements the caller sends, as storage/db.py does on SQLite.

What it does not: the SQL itself must be what both engines run (the survey lists what is not
yet); cursor.lastrowid does not exist (use `INSERT ... RETURNING id`, which both run); errors
are psycopg's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from giftdesk.domain.errors import PasswordNeeded, StorageError
from giftdesk.i18n import _
from giftdesk.storage.errors import one_line

if TYPE_CHECKING:
    import psycopg

    from giftdesk.storage.targets import PostgresTarget

Params = Sequence[Any] | Mapping[str, Any]

APPLICATION_NAME = "giftdesk"  # what the server's pg_stat_activity shows, unless the URL says
# libpq's words when the server asks for a password it was not given, or refuses one.
_PASSWORD_NEEDED = "no password supplied"
_PASSWORD_REFUSED = "password authentication failed"
CONNECT_TIMEOUT_S = 10  # libpq waits for ever by default; a window must not

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$")


class FractionalNumber(ArithmeticError):
    """A query returned a NUMERIC with a fraction: money would have been divided unevenly."""


@lru_cache(maxsize=1024)
def translate(sql: str) -> tuple[str, str]:
    """sqlite3's SQL as psycopg takes it: (the statement, with %s or %(name)s placeholders and
    % written as %%; its placeholder style: "none", "positional" or "named"). A statement
    with placeholders of both styles is refused, as sqlite3 refuses it."""
    out: list[str] = []
    style = "none"
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":  # a string literal or a quoted name: to its closing quote ('' is one ')
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "$" and (tag := _DOLLAR_TAG.match(sql, i)) is not None:
            end = sql.find(tag.group(), tag.end())
            end = n if end < 0 else end + len(tag.group())
            out.append(sql[i:end].replace("%", "%%"))
            i = end
        elif ch == "?":
            style = _style(style, "positional", sql)
            out.append("%s")
            i += 1
        elif ch == ":" and sql.startswith("::", i):  # a PostgreSQL cast, not a name
            out.append("::")
            i += 2
        elif ch == ":" and (name := _NAME.match(sql, i + 1)) is not None:
            style = _style(style, "named", sql)
            out.append(f"%({name.group()})s")
            i = name.end()
        elif ch == "%":
            out.append("%%")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out), style


def _style(had: str, found: str, sql: str) -> str:
    if had not in ("none", found):
        raise ValueError(f"both ? and :name placeholders in one statement: {sql!r}")
    return found


# pg_advisory_xact_lock's key for the ids lock ('GDids!!!' in ASCII, as a number): see
# pg_store.py, whose writes take it through claim_ids.
IDS_LOCK_KEY = 0x4744696473212121
_CLAIM_IDS = f"SELECT pg_advisory_xact_lock({IDS_LOCK_KEY})"


class PgConnection:
    """A psycopg connection (in autocommit mode) with sqlite3's execute() and executemany()."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        if not conn.autocommit:
            raise ValueError("PgConnection needs a connection in autocommit mode")
        self.raw = conn
        _adapt(conn)
        # Whether this transaction may give new rows ids (pg_store.PgStore.write, claim_ids):
        # a write of the whole ledger may from its start, one of some profiles' only once it
        # has claimed them.
        self.ids_claimed = True

    @contextmanager
    def pipelined(self) -> Iterator[None]:
        """Statements sent without waiting for each one's answer (libpq's pipeline mode),
        answered together at the end of the block, where the first refusal is raised: for
        writes whose answers nobody reads (connection.batched)."""
        with self.raw.pipeline():
            yield

    def claim_ids(self, then: str | None = None) -> Any:
        """Take the lock under which new rows get their ids, once a transaction (it is held
        to the commit): connection.claim_ids. `then`, a query without parameters, runs after
        it in the same round trip, with a snapshot taken once the lock is held (READ
        COMMITTED takes one a statement); its first row is returned."""
        if self.ids_claimed:
            return None if then is None else self.raw.execute(then).fetchone()
        cursor = self.raw.execute(_CLAIM_IDS if then is None else f"{_CLAIM_IDS}; {then}")
        self.ids_claimed = True
        if then is None:
            return None
        cursor.nextset()  # past the lock's row, to the query's
        return cursor.fetchone()

    def execute(self, sql: str, params: Params = ()) -> psycopg.Cursor[Any]:
        query, style = translate(sql)
        if style == "none":
            if params:
                raise ValueError(f"parameters given to a statement without placeholders: {sql!r}")
            return self.raw.execute(sql)  # as written: no parameters, so no % to escape
        return self.raw.execute(query, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        query, style = translate(sql)
        if style == "none":
            raise ValueError(f"executemany() of a statement without placeholders: {sql!r}")
        rows = rows if isinstance(rows, list) else list(rows)
        if len(rows) == 1:  # a single gift's rows: executemany's pipeline costs 3x one execute
            self.raw.execute(query, rows[0])
            return
        with self.raw.cursor() as cursor:
            cursor.executemany(query, rows)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def driver() -> Any:
    """psycopg, or a StorageError saying how to get it: it is the optional extra
    giftdesk[postgres], which a plain `pip install giftdesk` goes without (the .deb bundles
    it)."""
    try:
        import psycopg
    except ImportError:
        raise StorageError(
            _(
                "a database on a PostgreSQL server needs psycopg, which this GiftDesk was "
                "installed without: install giftdesk[postgres] (pip install "
                "'giftdesk[postgres]')"
            )
        ) from None
    return psycopg


def connect(target: PostgresTarget, *, password: str | None = None) -> PgConnection:
    """A connection to the database `target` names; a StorageError with the server's reason
    when it cannot be made (no server there, a refused login, no such database), and
    `PasswordNeeded` when the server asks for a password none was given for, or refuses the
    one given. A password comes from libpq's PGPASSWORD or ~/.pgpass, or `password` (a
    connection parameter: never in a URL, never in a message), never from the target."""
    psycopg = driver()
    params: dict[str, Any] = {
        "application_name": APPLICATION_NAME,
        "connect_timeout": str(CONNECT_TIMEOUT_S),
        **target.connect_params(),
    }
    if password is not None:
        params["password"] = password
    try:
        conn = psycopg.connect(**params, autocommit=True)
    except psycopg.OperationalError as e:
        reason = one_line(e)
        if _PASSWORD_NEEDED in reason or _PASSWORD_REFUSED in reason:
            raise PasswordNeeded(
                _("the database server for {url} asks for a password: {reason}").format(
                    url=target.url, reason=reason
                )
            ) from None
        raise StorageError(
            _("cannot connect to the database {url}: {reason}").format(
                url=target.url, reason=reason
            )
        ) from None
    return PgConnection(conn)


def _adapt(conn: psycopg.Connection[Any]) -> None:
    """How values cross to and from this connection (see the module's docstring)."""
    from psycopg.adapt import Dumper, Loader

    class IntNumericLoader(Loader):
        def load(self, data: Any) -> int:
            text = bytes(data).decode("ascii")
            if "." not in text:
                return int(text)
            value = Decimal(text)
            if value != value.to_integral_value():
                raise FractionalNumber(f"a query returned {text}, which is not a whole number")
            return int(value)

    class BoolAsIntDumper(Dumper):
        oid = conn.adapters.types["int8"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    conn.adapters.register_loader("numeric", IntNumericLoader)
    conn.adapters.register_dumper(bool, BoolAsIntDumper)
