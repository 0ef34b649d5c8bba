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
    """The database in the user data directory, which is created on first use."""
    override = os.environ.get("GIFTDESK_DB")
    if override:
        return Path(override)
    # platformdirs is imported when a path is asked for, not at start-up (before the window).
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILE


def chosen_db_path(db: str | None) -> Path:
    """The database `--db` names, or the default one when it names none.

    A named file may be new, but its folder must exist: a typo in the folder would otherwise
    open a new, empty wallet and report it as if it were the user's. (The default folder is
    made on first use.)
    """
    if db is None:
        return default_db_path()
    from giftdesk.domain.errors import InvalidPath

    path = Path(db)
    if not path.parent.is_dir():
        raise InvalidPath(
            _("the folder {folder} does not exist, so {path} cannot be opened").format(
                folder=path.parent, path=path
            )
        )
    return path


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
