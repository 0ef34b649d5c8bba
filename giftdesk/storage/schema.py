"""The schema a GiftDesk file must have, exactly: every table, index, trigger and view.

A trigger or view planted in a wallet (by a crafted backup, or by anyone who can write the
file) runs inside GiftDesk's own transactions: one that empties profile_security on the next
gift passed every ledger check. So the whole of sqlite_master is compared with what the
migrations make, leaving out only SQLite's own bookkeeping tables, by their exact names.

Reading sqlite_master and hashing it costs well under a millisecond, cheap enough for every
open; building the expected schema means running every migration in memory (tens of
milliseconds and sqlite-utils' import), so the expected digest is kept here as a constant, and
the full comparison, which names what differs, runs only when the digests differ.
tests/storage/test_schema.py fails, printing the new value, when a migration changes it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import lru_cache

from giftdesk.i18n import _

# The tables SQLite itself creates and rewrites: AUTOINCREMENT's counters and ANALYZE's
# statistics. By exact name: `LIKE 'sqlite_%'` would also pass a trigger named 'sqliteX_strip'
# ('_' is any character in LIKE, and LIKE ignores case).
INTERNAL = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")

EXPECTED_SHA256 = "30721a28177aa369a16fd04edae3d5bd573d366088a4058a172b6558f8e45aa8"

Row = tuple[str, str, str, str | None]


def objects(conn: sqlite3.Connection) -> list[Row]:
    """Every schema object as SQLite keeps it: (type, name, table, sql), in a fixed order."""
    marks = ", ".join("?" * len(INTERNAL))
    # Only tables of those names: a trigger given one (writable_schema lets anyone write
    # sqlite_master's rows directly) is compared like any other.
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        f" WHERE NOT (type = 'table' AND name IN ({marks})) ORDER BY type, name",
        INTERNAL,
    ).fetchall()


def digest(rows: list[Row]) -> str:
    h = hashlib.sha256()
    for row in rows:
        for part in row:
            text = "\x00NULL" if part is None else part
            h.update(text.encode("utf-8", "surrogatepass") + b"\x1f")
        h.update(b"\x1e")
    return h.hexdigest()


@lru_cache(maxsize=1)
def expected() -> tuple[Row, ...]:
    """The schema the migrations make, in a new in-memory database."""
    from sqlite_utils import Database

    from giftdesk.storage import migrations

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrations.migration_set().apply(Database(conn, execute_plugins=False))
        return tuple(objects(conn))
    finally:
        conn.close()


def differences(conn: sqlite3.Connection) -> list[str]:
    """What differs from the expected schema, each as a short phrase ('unexpected trigger
    sqliteX_strip', 'missing index transfers_txn', 'changed table payouts'); empty when the
    schema is exactly GiftDesk's."""
    rows = objects(conn)
    if digest(rows) == EXPECTED_SHA256:
        return []
    want = {(r[0], r[1]): r for r in expected()}
    have = {(r[0], r[1]): r for r in rows}
    found = []
    for key in sorted(have.keys() - want.keys()):
        found.append(_("unexpected {kind} {name}").format(kind=key[0], name=key[1]))
    for key in sorted(want.keys() - have.keys()):
        found.append(_("missing {kind} {name}").format(kind=key[0], name=key[1]))
    for key in sorted(want.keys() & have.keys()):
        if want[key] != have[key]:
            found.append(_("changed {kind} {name}").format(kind=key[0], name=key[1]))
    return found


def problem(conn: sqlite3.Connection) -> str | None:
    """Why this file's schema is not GiftDesk's, in a sentence, or None."""
    found = differences(conn)
    if not found:
        return None
    shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
    return (
        f"its structure was changed outside GiftDesk ({shown}), so what it does on a "
        "write can no longer be trusted"
    )
