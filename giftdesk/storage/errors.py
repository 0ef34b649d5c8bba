"""The engine's errors in GiftDesk's terms: what storage raises instead of sqlite3's.

Services never see a sqlite3 exception: a row refused because its unique key is held already
is `Taken`, which the service turns into the rule it broke (a duplicate name); anything else
the engine raises while the command line runs is a `StorageError`, or `DamagedDatabase` for a
file SQLite finds malformed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from giftdesk.domain.errors import DamagedDatabase, StorageError
from giftdesk.i18n import _


class Taken(Exception):
    """A row could not be stored: another one already holds its unique key. Not a
    GiftDeskError: the service that wrote it says which rule that breaks."""


@contextmanager
def taken_on_conflict() -> Iterator[None]:
    """Turn the engine's unique-key refusal inside the block into `Taken`."""
    try:
        yield
    except sqlite3.IntegrityError as e:
        raise Taken(str(e)) from None


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
