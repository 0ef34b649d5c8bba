"""File > Export Activity as CSV: the shown profile's history, written in a worker; while the
Activity tab's filter hides some of it, what it shows or everything, as the person chooses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.ui.operations.job import move_into_place, start_job

if TYPE_CHECKING:
    from giftdesk.ui.activity_tab import ActivityTab
    from giftdesk.ui.operations.job import Host

    class ExportHost(Host, Protocol):
        activity_tab: ActivityTab


def export_csv(window: ExportHost) -> None:
    from giftdesk.history_csv import export_csv as write_csv

    profile_id = window.selection.profile_id
    if profile_id is None:
        return
    name = window.services.profiles.get(profile_id).name
    safe = "".join(ch if ch.isalnum() else "-" for ch in name)
    title = QCoreApplication.translate("Operations", "Export activity")
    keep = None  # every row
    shown = window.activity_tab.shown_filter()
    if shown is not None:
        # The file was everything while the table showed a part, and nothing said so.
        words, accepts = shown
        choice = window.prompter.choose(
            window,
            title,
            QCoreApplication.translate(
                "Operations",
                "The Activity tab shows only the transactions its filter lets through ({filter}). "
                "Export those, or the whole history?",
            ).format(filter=words),
            [
                QCoreApplication.translate("Operations", "What is shown"),
                QCoreApplication.translate("Operations", "Everything"),
            ],
        )
        if choice is None:
            return
        if choice == 0:
            keep = accepts
            safe += "-filtered"
    path = window.prompter.save_path(
        window,
        title,
        str(Path.home() / f"giftdesk-{safe}.csv"),
        QCoreApplication.translate("Operations", "CSV files (*.csv)"),
    )
    if path is None:
        return
    # Written beside the chosen file and moved over it when complete: a cancelled or
    # failed export leaves a file the user chose to replace as it was.
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)  # left by an export that was killed: ours to replace
    start_job(
        window,
        title,
        lambda snapshot, progress: write_csv(
            snapshot.history, profile_id, part, progress=progress, keep=keep
        ),
        lambda done, total, _: QCoreApplication.translate(
            "Operations", "Exporting {done} of {total} rows…"
        ).format(done=fmt.group(done), total=fmt.group(total)),
        done=lambda count: _finish(window, count, part, path),
        failed_title=QCoreApplication.translate("Operations", "Export failed"),
        cancelled=QCoreApplication.translate("Operations", "Export cancelled"),
    )


def _finish(window: ExportHost, count: int, part: Path, path: Path) -> None:
    if not move_into_place(window, part, path):
        return
    written = (
        QCoreApplication.translate("Operations", "Wrote 1 transaction to {path}.")
        if count == 1
        else QCoreApplication.translate("Operations", "Wrote {count} transactions to {path}.")
    )
    window.prompter.info(
        window,
        QCoreApplication.translate("Operations", "Export done"),
        written.format(count=fmt.group(count), path=path),
    )
