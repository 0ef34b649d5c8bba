"""File > Verify Ledger: every check of the ledger, run in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from giftdesk.ui.operations.job import check_name, start_job

if TYPE_CHECKING:
    from giftdesk.storage.verify import Check
    from giftdesk.ui.operations.job import Host


def verify(window: Host) -> None:
    start_job(
        window,
        QCoreApplication.translate("Operations", "Verify ledger"),
        lambda snapshot, progress: snapshot.maintenance.verify(progress=progress),
        lambda done, total, name: QCoreApplication.translate(
            "Operations", "Check {number} of {total}: {name}…"
        ).format(number=done + 1, total=total, name=check_name(name)),
        done=lambda checks: _report(window, checks),
        failed_title=QCoreApplication.translate("Operations", "Verification failed"),
        cancelled=QCoreApplication.translate("Operations", "Verification cancelled"),
    )


def _report(window: Host, checks: list[Check]) -> None:
    failed = [c for c in checks if not c.ok]
    if failed:
        window.prompter.error(
            window,
            QCoreApplication.translate("Operations", "Ledger problems"),
            "\n".join(f"{c.name}: {c.detail}" for c in failed),
        )
    else:
        window.prompter.info(
            window,
            QCoreApplication.translate("Operations", "Ledger verified"),
            QCoreApplication.translate("Operations", "All {count} checks passed.").format(
                count=len(checks)
            ),
        )
