"""Profile security (table profile_security): the password hash, the two-step secret and the
last time step used, the purchase threshold, and the counter of wrong tries.

A profile has a row only once something was set or a try failed; a missing row reads as
nothing set (`SecurityRow()`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from giftdesk.domain.errors import StorageError
from giftdesk.i18n import _
from giftdesk.storage.connection import Connection
from giftdesk.storage.errors import pg_errors


@dataclass(frozen=True, slots=True)
class SecurityRow:
    password_hash: str | None = None
    failed_attempts: int = 0
    locked_until_us: int = 0
    totp_secret: str | None = None
    totp_last_step: int = 0
    purchase_threshold_cents: int | None = None


def read(conn: Connection, profile_id: int) -> SecurityRow:
    row = conn.execute(
        "SELECT password_hash, failed_attempts, locked_until_us, totp_secret, totp_last_step,"
        " purchase_threshold_cents FROM profile_security WHERE profile_id = ?",
        (profile_id,),
    ).fetchone()
    return SecurityRow() if row is None else SecurityRow(*row)


def _ensure_row(conn: Connection, profile_id: int) -> None:
    conn.execute(
        "INSERT INTO profile_security (profile_id) VALUES (?) ON CONFLICT (profile_id) DO NOTHING",
        (profile_id,),
    )


def with_password(conn: Connection) -> list[int]:
    """The ids of the profiles that have a password; StorageError if the table cannot be read
    (a damaged ledger)."""
    unreadable: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, *pg_errors())
    try:
        return [
            pid
            for (pid,) in conn.execute(
                "SELECT profile_id FROM profile_security WHERE password_hash IS NOT NULL"
                " ORDER BY profile_id"
            )
        ]
    except unreadable as e:
        raise StorageError(
            _("cannot read the profiles' security settings: {reason}").format(reason=e)
        ) from None


def set_failures(
    conn: Connection, profile_id: int, *, failed_attempts: int, locked_until_us: int
) -> None:
    _ensure_row(conn, profile_id)
    conn.execute(
        "UPDATE profile_security SET failed_attempts = ?, locked_until_us = ? WHERE profile_id = ?",
        (failed_attempts, locked_until_us, profile_id),
    )


def reset_failures(conn: Connection, profile_id: int) -> None:
    conn.execute(
        "UPDATE profile_security SET failed_attempts = 0, locked_until_us = 0 WHERE profile_id = ?",
        (profile_id,),
    )


def set_password_hash(conn: Connection, profile_id: int, password_hash: str) -> None:
    """A new password, with the count of wrong tries started again."""
    _ensure_row(conn, profile_id)
    conn.execute(
        "UPDATE profile_security SET password_hash = ?, failed_attempts = 0,"
        " locked_until_us = 0 WHERE profile_id = ?",
        (password_hash, profile_id),
    )


def replace_password_hash(conn: Connection, profile_id: int, *, old: str, new: str) -> None:
    """The same password hashed anew (stronger parameters), unless it changed meanwhile."""
    conn.execute(
        "UPDATE profile_security SET password_hash = ? WHERE profile_id = ? AND password_hash = ?",
        (new, profile_id, old),
    )


def remove_password(conn: Connection, profile_id: int) -> None:
    conn.execute(
        "UPDATE profile_security SET password_hash = NULL WHERE profile_id = ?", (profile_id,)
    )


def set_totp(conn: Connection, profile_id: int, *, secret: str, used_step: int) -> None:
    """Two-step on with `secret`, its code of time step `used_step` used up."""
    _ensure_row(conn, profile_id)
    conn.execute(
        "UPDATE profile_security SET totp_secret = ?, totp_last_step = ? WHERE profile_id = ?",
        (secret, used_step, profile_id),
    )


def use_totp_step(conn: Connection, profile_id: int, step: int, *, reset_failures: bool) -> None:
    """Record the time step of a code just accepted, so that it works only once; with
    `reset_failures`, clear the count of wrong tries too."""
    if reset_failures:
        conn.execute(
            "UPDATE profile_security SET totp_last_step = ?, failed_attempts = 0,"
            " locked_until_us = 0 WHERE profile_id = ?",
            (step, profile_id),
        )
    else:
        conn.execute(
            "UPDATE profile_security SET totp_last_step = ? WHERE profile_id = ?",
            (step, profile_id),
        )


def clear_totp(conn: Connection, profile_id: int) -> None:
    conn.execute(
        "UPDATE profile_security SET totp_secret = NULL WHERE profile_id = ?", (profile_id,)
    )


def set_purchase_threshold(conn: Connection, profile_id: int, cents: int | None) -> None:
    _ensure_row(conn, profile_id)
    conn.execute(
        "UPDATE profile_security SET purchase_threshold_cents = ? WHERE profile_id = ?",
        (cents, profile_id),
    )
