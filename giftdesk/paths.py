"""Where GiftDesk keeps the user's files: the database and the error log."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "GiftDesk"
DB_FILE = "giftdesk.sqlite3"
LOG_FILE = "giftdesk-errors.log"


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
        raise InvalidPath(f"the folder {path.parent} does not exist, so {path} cannot be opened")
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
        with open(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600), "a",
                  encoding="utf-8") as f:
            f.write(f"--- {dt.datetime.now(dt.timezone.utc).isoformat()}\n")
            f.write("".join(traceback.format_exception(error)))
        return path
    except OSError:
        return "the log (which could not be written)"
