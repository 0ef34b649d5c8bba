"""Whole-file operations: verify every invariant, and back up to a verified copy."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from giftdesk.domain.errors import InvalidPath, StorageError
from giftdesk.services.context import Context
from giftdesk.storage.verify import Check, run_checks


class MaintenanceService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def verify(self) -> list[Check]:
        return run_checks(self._ctx.conn, self._ctx.rules.diamond_rate)

    def backup(self, dest: Path) -> list[Check]:
        """Copy the database with SQLite's online backup, then verify the copy.

        Refuses to overwrite an existing file; a copy that fails verification is removed.
        """
        dest = Path(dest)
        if dest.exists():
            raise InvalidPath(f"{dest} already exists; backup never overwrites a file")
        try:
            fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as e:
            raise StorageError(f"cannot create {dest}: {e.strerror}") from None
        try:
            target = sqlite3.connect(dest)
            try:
                self._ctx.conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
                checks = run_checks(target, self._ctx.rules.diamond_rate)
            finally:
                target.close()
        except sqlite3.Error as e:
            dest.unlink(missing_ok=True)
            raise StorageError(f"the backup to {dest} failed: {e}") from None
        if not all(c.ok for c in checks):
            dest.unlink(missing_ok=True)
            failed = ", ".join(c.name for c in checks if not c.ok)
            raise StorageError(f"the backup copy failed verification ({failed}); it was removed")
        return checks
