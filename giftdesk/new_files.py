"""A new file the user asked for (a CSV history, an accounting journal, a statement PDF):
created, never overwriting one already there, readable by its owner only (it holds a wallet's
money, as the wallet does), and removed again when writing it fails or is cancelled, so that
a half-written file never looks whole."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from giftdesk.domain.errors import GiftDeskError, InvalidPath, StorageError
from giftdesk.i18n import _


def create(path: Path, unusable: type[GiftDeskError] = InvalidPath, **how: Any) -> IO[Any]:
    """`path` opened as a new file (`how` as for open(): mode, encoding, newline). One there
    already is InvalidPath; a folder that is missing or not writable is `unusable`."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise InvalidPath(
            _("{path} already exists; choose a new file name").format(path=path)
        ) from None
    except OSError as e:
        raise unusable(
            _("cannot write {path}: {reason}").format(path=path, reason=e.strerror)
        ) from None
    return open(fd, **how)


@contextmanager
def removed_if_unfinished(path: Path) -> Iterator[None]:
    """Whatever stops the writing inside (the disk full, Cancel, the ledger unreadable)
    takes the file away again; a failed write says so as StorageError."""
    try:
        yield
    except BaseException as e:
        path.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise StorageError(
                _("cannot write {path}: {reason}; nothing was saved").format(
                    path=path, reason=e.strerror
                )
            ) from None
        raise
