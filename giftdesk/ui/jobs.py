"""Long reads of the ledger (export, verify) in a worker thread, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from giftdesk.domain.errors import Cancelled

if TYPE_CHECKING:
    from giftdesk.services import Services

# progress(done, total[, what]) -> False to stop, as history_csv.export_csv and
# MaintenanceService.verify take it.
Progress = Callable[..., bool]
# read(snapshot, progress) -> what the job finishes with.
Read = Callable[["Services", Progress], object]

# A job done sooner never shows its dialog, so quick exports do not flash one.
SHOW_AFTER_MS = 500


class _Worker(QObject):
    """Runs the read once, on a snapshot of its own; lives on the job's thread."""

    progressed = Signal(int, int, str)
    returned = Signal(object)
    raised = Signal(object)

    def __init__(self, services: Services, read: Read, stop: threading.Event) -> None:
        super().__init__()
        self._services = services
        self._read = read
        self._stop = stop
        self._last_report: tuple[int, int, str] | None = None

    @Slot()
    def run(self) -> None:
        try:
            with self._services.snapshot() as snapshot:
                result = self._read(snapshot, self._report)
        except Exception as error:  # noqa: BLE001 - every outcome goes back to the GUI thread
            self.raised.emit(error)
        else:
            self.returned.emit(result)

    def _report(self, done: int, total: int, what: str = "") -> bool:
        # A verification asks again with the same values while a long check runs, only to
        # learn whether to stop: the dialog has nothing new to show then.
        if (done, total, what) != self._last_report:
            self._last_report = (done, total, what)
            self.progressed.emit(done, total, what)
        return not self._stop.is_set()


class ReadJob(QObject):
    """One long read of the ledger, run in a worker thread on a consistent snapshot.

    Connect to its signals, then `start()`. They are emitted on the thread that made the job
    (the GUI thread), so any callable may receive them. After `start()` exactly one of
    finished, failed or cancelled follows, once the worker thread is over.
    """

    progressed = Signal(int, int, str)  # done, total, and what is being done ("" for rows)
    finished = Signal(object)  # what the read returned
    failed = Signal(object)  # the exception that stopped it: a GiftDeskError, or a bug
    cancelled = Signal()  # stopped by cancel(); the read left nothing behind

    def __init__(self, services: Services, read: Read, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._in_memory = services.in_memory
        self._stop = threading.Event()  # set on the GUI thread, read on the worker's
        self._worker = _Worker(services, read, self._stop)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.returned.connect(self._on_worker_returned)
        self._worker.raised.connect(self._on_worker_raised)
        self._thread: QThread | None = None

    def start(self) -> None:
        if self._in_memory:
            # An in-memory database has one connection, the window's, and another thread
            # reading it while the window writes would mix the two. Such databases are small
            # (tests, demos): the read runs here, and is over when start() returns.
            self._worker.run()
            return
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the read to stop at its next progress report."""
        self._stop.set()

    def stop(self, timeout_ms: int) -> bool:
        """Cancel, and wait up to `timeout_ms` for the worker thread to end. If it did (True),
        the job's outcome has been emitted when this returns."""
        self.cancel()
        if self._thread is None:
            return True
        self._thread.quit()  # its event loop ends as soon as the worker returns
        if not self._thread.wait(timeout_ms):
            return False
        # The worker's last signals wait in the GUI thread's queue, and the event loop may
        # not run again (the window is closing): deliver them now.
        QCoreApplication.sendPostedEvents(self)
        return True

    def _end_thread(self) -> None:
        if self._thread is not None:
            # The worker has returned from run(): the thread's event loop ends at once.
            self._thread.quit()
            self._thread.wait()

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, what: str) -> None:
        self.progressed.emit(done, total, what)

    @Slot(object)
    def _on_worker_returned(self, result: object) -> None:
        self._end_thread()
        self.finished.emit(result)

    @Slot(object)
    def _on_worker_raised(self, error: Exception) -> None:
        self._end_thread()
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)


class JobProgressDialog(QProgressDialog):
    """A job's progress bar and label; Cancel (or Esc, or closing the dialog) cancels the job.

    Not modal: the window stays usable while the job runs. The dialog goes away by itself
    when the job is over, before the job's other receivers hear how it ended.
    """

    def __init__(
        self, job: ReadJob, title: str, describe: Callable[[int, int, str], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self.setWindowTitle(title)
        self.setLabelText(self.tr("Starting…"))
        # QProgressDialog's own button: setCancelButton() with another one left a second Esc
        # shortcut beside the first, and two shortcuts on one key made Esc do nothing.
        self.setCancelButtonText(self.tr("Cancel"))
        self.cancel_button = self.findChild(QPushButton)
        self.setMinimumWidth(420)  # room for the longest label, so the dialog does not jump
        self.setRange(0, 0)  # busy until the first report says how much there is
        # The job ends the dialog, not reaching the maximum.
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(self._on_job_ended)
        job.failed.connect(self._on_job_ended)
        job.cancelled.connect(self._on_job_ended)
        self.canceled.connect(job.cancel)

    def reject(self) -> None:
        """Esc, however it arrives: cancel the job (QDialog's own Esc would only hide the
        dialog, the job going on unseen)."""
        self.canceled.emit()

    @Slot(int, int, str)
    def _on_job_progressed(self, done: int, total: int, what: str) -> None:
        self.setMaximum(total)
        self.setValue(done)
        self.setLabelText(self._describe(done, total, what))

    def _on_job_ended(self, _outcome: object = None) -> None:
        self.reset()  # stops the timer that would show the dialog after SHOW_AFTER_MS
        self.hide()
        self.deleteLater()
