"""Where GiftDesk keeps the user's files: the database and the error log."""

from __future__ import annotations

import os
from pathlib import Path

from giftdesk.i18n import _

APP_NAME = "GiftDesk"
DB_FILE = "giftdesk.sqlite3"
LOG_FILE = "giftdesk-errors.log"
CARD_KEY_FILE = "card-key"
CARD_KEY_BYTES = 32


def default_db_path() -> Path:
    """The wallet file in the user data directory, which is created on first use."""
    # platformdirs is imported when a path is asked for, not at start-up (before the window).
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE


def chosen_db(db: str | None) -> str:
    """The database `--db` names, else the one the GIFTDESK_DB variable names, else the wallet
    file in the user data folder: a file's path, or a server's URL as given (the storage
    layer reads it, storage/targets.py, and refuses a malformed one).

    A file `--db` names may be new, but its folder must exist: a typo in the folder would
    otherwise open a new, empty wallet and report it as if it were the user's. (The default
    folder is made on first use.)
    """
    if db is None:
        override = os.environ.get("GIFTDESK_DB")
        return override if override else str(default_db_path())
    if is_url(db):
        return db
    from giftdesk.domain.errors import InvalidPath

    path = Path(db)
    if not path.parent.is_dir():
        raise InvalidPath(
            _("the folder {folder} does not exist, so {path} cannot be opened").format(
                folder=path.parent, path=path
            )
        )
    return db


def is_url(value: str) -> bool:
    """Whether `value` names a database server rather than a file: a URL ("scheme://"), or
    anything starting "postgres" and a colon (a URL with a typo is refused as one, not opened
    as a file of that name)."""
    head = value.lower()
    return "://" in value or head.startswith(("postgresql:", "postgres:"))


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / LOG_FILE


def log_unexpected(error: BaseException) -> Path | str:
    """Append an unexpected error's traceback to the log; return where it went."""
    import datetime as dt  # here, not at the top: the window imports this module before it shows
    import traceback

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Owner only: a traceback can hold names and amounts from the wallet.
        with open(
            os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600), "a", encoding="utf-8"
        ) as f:
            f.write(f"--- {dt.datetime.now(dt.UTC).isoformat()}\n")
            f.write("".join(traceback.format_exception(error)))
        return path
    except OSError:
        return "the log (which could not be written)"


_process_card_key: bytes | None = None


def card_key() -> bytes:
    """The secret card numbers are hashed with (HMAC) to tell a retried purchase from another
    card's: GiftDesk never stores a card number, but it must not mistake two cards that share
    their last four digits and expiry for one.

    It is kept in the user's data folder, owner-only, *outside* the database: a hash of a card
    number keyed by a secret kept beside it in the same file could be reversed by trying every
    number (a few billion candidates, seconds on a graphics card) by anyone holding the file or
    a backup of it. Where it can be neither read nor made, a key for this process alone is
    used: a retry from another process is then refused as another request, never charged twice.
    """
    global _process_card_key
    import secrets

    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, appauthor=False) / CARD_KEY_FILE
    for _attempt in range(2):
        try:
            key = path.read_bytes()
            if len(key) == CARD_KEY_BYTES:
                return key
            break  # damaged: not ours to overwrite
        except FileNotFoundError:
            pass
        except OSError:
            break
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue  # another process made it meanwhile: read that one
        except OSError:
            break
        key = secrets.token_bytes(CARD_KEY_BYTES)
        with open(fd, "wb") as f:
            f.write(key)
        return key
    if _process_card_key is None:
        _process_card_key = secrets.token_bytes(CARD_KEY_BYTES)
    return _process_card_key
