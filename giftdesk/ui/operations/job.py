"""The one helper the File-menu operations run through: a read of the ledger in a worker on a
snapshot, with its progress dialog and Cancel, the window's other jobs held off until it ends,
and a failure or a cancel reported the same way for all of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from giftdesk.domain.errors import GiftDeskError
from giftdesk.ui.actions import sentence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from giftdesk.services import Services
    from giftdesk.ui.events import ProfileSelection
    from giftdesk.ui.jobs import JobProgressDialog, Read, ReadJob
    from giftdesk.ui.locking import ProfileSwitcher
    from giftdesk.ui.prompter import Prompter

STATUS_MS = 10_000  # how long a status bar message stays


class Host(Protocol):
    """What an operation needs of the window it runs in (the main window is one): named here
    so that operations do not import the window, which imports them."""

    services: Services
    prompter: Prompter
    selection: ProfileSelection
    switcher: ProfileSwitcher
    job: ReadJob | None
    job_dialog: JobProgressDialog | None

    @property
    def closing(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # Qt's name

    def enable_jobs(self, enabled: bool) -> None: ...

    def on_job_ended(self, outcome: object = None) -> None: ...

    def show_restored(self, *, said: Callable[[], None] | None = None) -> None: ...


def start_job(
    window: Host,
    title: str,
    read: Read,
    describe: Callable[[int, int, str], str],
    *,
    done: Callable[[object], None],
    failed_title: str,
    cancelled: str,
) -> ReadJob:
    """Run `read(snapshot, progress)` in a worker; `done` gets what it returned. One long read
    at a time is plenty: the window's job actions are off until it ends."""
    from giftdesk.ui.jobs import JobProgressDialog, ReadJob  # loaded on first use

    job = ReadJob(window.services, read, window)
    window.job = job
    window.job_dialog = JobProgressDialog(job, title, describe, window)
    for signal in (job.finished, job.failed, job.cancelled):
        signal.connect(window.on_job_ended)  # first: the window is free again before `done`
    window.enable_jobs(False)
    job.finished.connect(done)
    job.failed.connect(lambda error: report_failure(window, failed_title, error))
    job.cancelled.connect(lambda: window.statusBar().showMessage(cancelled, STATUS_MS))
    job.start()
    return job


def report_failure(window: Host, title: str, error: Exception) -> None:
    if not isinstance(error, GiftDeskError):
        raise error  # a bug: the exception hook logs it and tells the user, as in any slot
    window.prompter.error(window, title, sentence(error))


def move_into_place(window: Host, part: Path, path: Path) -> bool:
    """An export written beside the chosen file as `part`, moved over it now it is complete
    (the save dialog already asked before replacing a file); a move that fails is said, and
    leaves neither the part nor a changed file."""
    try:
        part.replace(path)
    except OSError as e:
        part.unlink(missing_ok=True)
        window.prompter.error(
            window,
            QCoreApplication.translate("Operations", "Export failed"),
            QCoreApplication.translate("Operations", "Could not save {path}: {reason}.").format(
                path=path, reason=e.strerror
            ),
        )
        return False
    return True


def check_name(name: str) -> str:
    """A check's name as people read it: 'balances_match_transfers' -> 'balances match...'."""
    return name.replace("_", " ")
