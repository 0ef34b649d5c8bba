"""Profile names' look-alike keys (table profile_look_keys): which profile holds a key.

A key is held by one profile at most (its primary key), so two names that look alike cannot
both be stored, whichever process writes first. Table profile_look_keys_made_with records the
Unicode data the keys were made with (giftdesk.domain.names.look_keys_version).
"""

from __future__ import annotations

from collections.abc import Iterable

from giftdesk.domain.names import look_keys, look_keys_version
from giftdesk.storage.connection import Connection
from giftdesk.storage.errors import taken_on_conflict


def holder(conn: Connection, keys: Iterable[str]) -> int | None:
    """The profile holding one of `keys`; the earliest made if several do (a lookup finds
    the original, not a look-alike made after it)."""
    wanted = sorted(keys)
    if not wanted:
        return None
    marks = ", ".join("?" * len(wanted))
    holder_id: int | None = conn.execute(
        f"SELECT min(profile_id) FROM profile_look_keys WHERE look_key IN ({marks})", wanted
    ).fetchone()[0]
    return holder_id


def claim(conn: Connection, profile_id: int, keys: Iterable[str]) -> None:
    """Give a new profile its keys; `Taken` if another profile holds one."""
    with taken_on_conflict():
        conn.executemany(
            "INSERT INTO profile_look_keys (look_key, profile_id) VALUES (?, ?)",
            [(key, profile_id) for key in sorted(keys)],
        )


def claim_for_every_profile(conn: Connection) -> None:
    """Give every profile the keys of its name, oldest profile first. A key that an older
    profile holds stays with it: a look-alike made before names were compared by their looks
    keeps its other keys, and lookups by a key they shared find the older profile."""
    for profile_id, name in conn.execute("SELECT id, name FROM profiles ORDER BY id").fetchall():
        conn.executemany(
            "INSERT INTO profile_look_keys (look_key, profile_id) VALUES (?, ?)"
            " ON CONFLICT (look_key) DO NOTHING",
            [(key, profile_id) for key in sorted(look_keys(name))],
        )


def make_current(conn: Connection) -> None:
    """Inside a write: make every profile's keys again if they were made with other Unicode
    data than this GiftDesk's (an upgrade, a backup from another machine). Until then a
    look-alike lookup may miss; a new name is checked only after this."""
    version = look_keys_version()
    row = conn.execute("SELECT version FROM profile_look_keys_made_with").fetchone()
    if row is not None and row[0] == version:
        return
    conn.execute("DELETE FROM profile_look_keys")
    claim_for_every_profile(conn)
    conn.execute("DELETE FROM profile_look_keys_made_with")
    conn.execute("INSERT INTO profile_look_keys_made_with (version) VALUES (?)", (version,))
