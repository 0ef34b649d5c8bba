"""File > Back Up Database: a verified copy of the ledger, made in a worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from giftdesk.ui.operations.job import check_name, start_job

if TYPE_CHECKING:
    from giftdesk.ui.operations.job import Host


def backup(window: Host) -> None:
    day = dt.date.today().isoformat()  # a new name each day: a backup never replaces one
    title = QCoreApplication.translate("Operations", "Back up database")
    path = window.prompter.save_path(
        window,
        title,
        str(Path.home() / f"giftdesk-backup-{day}.sqlite3"),
        QCoreApplication.translate("Operations", "SQLite database (*.sqlite3 *.db)"),
        may_replace=False,
    )
    if path is None:
        return
    done = QCoreApplication.translate(
        "Operations", "Saved a verified copy to {path} ({count} checks passed)."
    )
    start_job(
        window,
        title,
        lambda snapshot, progress: snapshot.maintenance.backup(path, progress=progress),
        describe_backup,
        done=lambda checks: window.prompter.info(
            window,
            QCoreApplication.translate("Operations", "Backup done"),
            done.format(path=path, count=len(checks)),
        ),
        failed_title=QCoreApplication.translate("Operations", "Backup failed"),
        cancelled=QCoreApplication.translate("Operations", "Backup cancelled"),
    )


def describe_backup(done: int, total: int, what: str) -> str:
    if what == "copy":  # in pages, which mean nothing to a person: a percentage
        return QCoreApplication.translate("Operations", "Copying the database… {percent}%").format(
            percent=done * 100 // max(total, 1)
        )
    return QCoreApplication.translate(
        "Operations", "Checking the copy: {name} ({number} of {total})…"
    ).format(name=check_name(what), number=done + 1, total=total)
