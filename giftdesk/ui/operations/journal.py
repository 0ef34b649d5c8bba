"""File > Export for hledger / for Beancount: the shown profile's transactions as a
plain-text accounting journal (giftdesk/accounting_export.py), written in a worker. Only the
shown profile's: the others may have passwords this window was not given."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.domain.errors import Cancelled
from giftdesk.ui.operations.job import move_into_place, start_job

if TYPE_CHECKING:
    from giftdesk.ui.operations.job import Host

# The format's name as people read it, and its files' suffix.
FORMATS = {"hledger": ("hledger", "journal"), "beancount": ("Beancount", "beancount")}


def _filters(fmt_name: str) -> str:
    """The save dialog's filter (its first pattern also names the folder remembered)."""
    if fmt_name == "hledger":
        return QCoreApplication.translate("Operations", "hledger journals (*.journal *.hledger)")
    return QCoreApplication.translate("Operations", "Beancount files (*.beancount *.bean)")


def export_journal(window: Host, fmt_name: str) -> None:
    from giftdesk.accounting_export import export_journal as write_journal

    profile_id = window.selection.profile_id
    if profile_id is None:
        return
    shown, suffix = FORMATS[fmt_name]
    name = window.services.profiles.get(profile_id).name
    safe = "".join(ch if ch.isalnum() else "-" for ch in name)
    title = QCoreApplication.translate("Operations", "Export for {format}").format(format=shown)
    path = window.prompter.save_path(
        window,
        title,
        str(Path.home() / f"giftdesk-{safe}.{suffix}"),
        _filters(fmt_name),
    )
    if path is None:
        return
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)  # left by an export that was killed: ours to replace

    def write(snapshot, progress) -> int:
        entries = write_journal(snapshot.accounting.journal(profile_id), str(part), fmt_name)
        if not progress(entries, entries):  # cancelled while it was written
            part.unlink(missing_ok=True)
            raise Cancelled()
        return entries

    start_job(
        window,
        title,
        write,
        lambda done, total, _: QCoreApplication.translate("Operations", "Writing the journal…"),
        done=lambda entries: _finish(window, entries, part, path, shown),
        failed_title=QCoreApplication.translate("Operations", "Export failed"),
        cancelled=QCoreApplication.translate("Operations", "Export cancelled"),
    )


def _finish(window: Host, entries: int, part: Path, path: Path, shown: str) -> None:
    if not move_into_place(window, part, path):
        return
    written = (
        QCoreApplication.translate(
            "Operations", "Wrote 1 transaction as a {format} journal to {path}."
        )
        if entries == 1
        else QCoreApplication.translate(
            "Operations", "Wrote {count} transactions as a {format} journal to {path}."
        )
    )
    window.prompter.info(
        window,
        QCoreApplication.translate("Operations", "Export done"),
        written.format(count=fmt.group(entries), format=shown, path=path),
    )
