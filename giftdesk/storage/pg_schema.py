"""The schema of a GiftDesk database on PostgreSQL, as a digest of its catalogs: every table,
view, column, default, constraint, index, trigger, rule, policy and function in GiftDesk's
schema, as the server deparses them.

A trigger or rule planted in the database runs inside GiftDesk's own transactions, as one
planted in a SQLite file would (schema.py). The digest of what the migrations made is recorded
beside the contents (giftdesk_contents.schema_sha256, in the migrations' own transaction), and
compared with the catalogs' at open and whenever they change. Recorded rather than a constant
as schema.py's: each server version deparses a definition in its own words.

Whether they changed is read by pg_store's changed_elsewhere() (FINGERPRINT): the number of
catalog rows of GiftDesk's objects and the newest transaction that wrote one (xmin), about a
millisecond. VACUUM and ANALYZE update their statistics in place and leave it as it is; any
DDL moves it, and the full digest is then taken again.
"""

from __future__ import annotations

import hashlib

from giftdesk.i18n import _
from giftdesk.storage import pg_migrations
from giftdesk.storage.connection import Connection

_HERE = "current_schema()::regnamespace"


def _rows(table: str, where: str) -> str:
    return (
        f"(SELECT count(*) || '/' || coalesce(max(xmin::text::bigint), 0)"
        f" FROM {table} WHERE {where})"
    )


_MINE = f"c.relnamespace = {_HERE}"

FINGERPRINT = (
    "SELECT concat_ws(',', "
    + ", ".join(
        (
            _rows("pg_class c", _MINE),
            _rows(
                "pg_attribute a",
                f"a.attrelid IN (SELECT c.oid FROM pg_class c WHERE {_MINE})",
            ),
            _rows("pg_attrdef d", f"d.adrelid IN (SELECT c.oid FROM pg_class c WHERE {_MINE})"),
            _rows("pg_trigger t", f"t.tgrelid IN (SELECT c.oid FROM pg_class c WHERE {_MINE})"),
            _rows("pg_rewrite r", f"r.ev_class IN (SELECT c.oid FROM pg_class c WHERE {_MINE})"),
            _rows("pg_policy p", f"p.polrelid IN (SELECT c.oid FROM pg_class c WHERE {_MINE})"),
            _rows("pg_constraint k", f"k.connamespace = {_HERE}"),
            _rows("pg_index x", f"x.indrelid IN (SELECT c.oid FROM pg_class c WHERE {_MINE})"),
            _rows("pg_proc f", f"f.pronamespace = {_HERE}"),
        )
    )
    + ")"
)

# (kind, name, definition) of every object, in a fixed order.
_OBJECTS = (
    f"""SELECT 'relation', c.relname,
               concat_ws(' ', c.relkind, c.relrowsecurity, pg_get_viewdef(c.oid))
        FROM pg_class c WHERE {_MINE} AND c.relkind <> 'i' ORDER BY 2""",
    f"""SELECT 'column', c.relname || '.' || a.attname,
               concat_ws(' ', a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                         a.attidentity, pg_get_expr(d.adbin, d.adrelid), a.attcollation)
        FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
        LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
        WHERE {_MINE} AND NOT a.attisdropped ORDER BY 2""",
    f"""SELECT 'constraint', k.conrelid::regclass::text || '.' || k.conname,
               concat_ws(' ', pg_get_constraintdef(k.oid), k.convalidated)
        FROM pg_constraint k WHERE k.connamespace = {_HERE} ORDER BY 2""",
    f"""SELECT 'index', c.relname, pg_get_indexdef(c.oid) FROM pg_class c
        WHERE {_MINE} AND c.relkind = 'i' ORDER BY 2""",
    f"""SELECT 'trigger', c.relname || '.' || t.tgname,
               concat_ws(' ', t.tgenabled, pg_get_triggerdef(t.oid))
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE {_MINE} AND NOT t.tgisinternal ORDER BY 2""",
    f"""SELECT 'rule', c.relname || '.' || r.rulename, pg_get_ruledef(r.oid)
        FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
        WHERE {_MINE} AND c.relkind <> 'v' ORDER BY 2""",
    f"""SELECT 'policy', c.relname || '.' || p.polname,
               concat_ws(' ', p.polcmd, pg_get_expr(p.polqual, p.polrelid),
                         pg_get_expr(p.polwithcheck, p.polrelid))
        FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE {_MINE} ORDER BY 2""",
    f"""SELECT 'function', f.oid::regprocedure::text, pg_get_functiondef(f.oid)
        FROM pg_proc f WHERE f.pronamespace = {_HERE} AND f.prokind = 'f' ORDER BY 2""",
)


def digest(conn: Connection) -> str:
    h = hashlib.sha256()
    for sql in _OBJECTS:
        for row in conn.execute(sql):
            for part in row:
                h.update(str(part).encode("utf-8", "surrogatepass") + b"\x1f")
            h.update(b"\x1e")
    return h.hexdigest()


def record(conn: Connection) -> None:
    """Keep the digest of the schema as the migrations just made it (in their transaction)."""
    conn.execute(f"UPDATE {pg_migrations.CONTENTS} SET schema_sha256 = ?", (digest(conn),))


def problem(conn: Connection) -> str | None:
    """Why this database's schema is not the one its migrations made, in a sentence, or None."""
    row = conn.execute(f"SELECT schema_sha256 FROM {pg_migrations.CONTENTS}").fetchone()
    if row is not None and row[0] is not None and row[0] == digest(conn):
        return None
    return _(
        "its structure was changed outside GiftDesk (its tables, columns, indexes, triggers "
        "or functions differ from what its migrations made), so what it does on a write can "
        "no longer be trusted"
    )
