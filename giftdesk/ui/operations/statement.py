"""File > Monthly Statement: the shown profile's month as a PDF. The month is chosen (last
month first), then the file; the facts are read in a worker, and the PDF is printed here, on
the GUI thread, where Qt lays text out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.domain.periods import months_back, parse_month
from giftdesk.ui.operations.job import start_job

if TYPE_CHECKING:
    from giftdesk.services.statement_results import Statement
    from giftdesk.ui.operations.job import Host

MONTHS_OFFERED = 36  # this month and the 35 before it


def month_choices(this_month: str) -> list[tuple[str, str]]:
    """(key, words) of the months offered, newest first: this month, then the ones before."""
    year, number = parse_month(this_month)
    keys = reversed(months_back(year, number, MONTHS_OFFERED))
    return [(key, fmt.month(*parse_month(key))) for key in keys]


def monthly_statement(window: Host) -> None:
    profile_id = window.selection.profile_id
    if profile_id is None:
        return
    services = window.services
    name = services.profiles.get(profile_id).name
    title = QCoreApplication.translate("Operations", "Monthly statement")
    months = month_choices(services.spending.this_month(profile_id))
    month = window.prompter.choose_month(
        window,
        title,
        QCoreApplication.translate(
            "Operations", "The month of {name}'s statement (in {name}'s time zone):"
        ).format(name=fmt.short_name(name)),
        months,
        1,  # last month: the first one that is over
    )
    if month is None:
        return
    safe = "".join(ch if ch.isalnum() else "-" for ch in name)
    path = window.prompter.save_path(
        window,
        title,
        str(Path.home() / f"giftdesk-{safe}-{month}.pdf"),
        QCoreApplication.translate("Operations", "PDF documents (*.pdf)"),
    )
    if path is None:
        return
    start_job(
        window,
        title,
        lambda snapshot, progress: snapshot.statements.month(profile_id, month),
        lambda done, total, _: QCoreApplication.translate("Operations", "Reading the month…"),
        done=lambda facts: _save(window, facts, path),
        failed_title=QCoreApplication.translate("Operations", "Statement failed"),
        cancelled=QCoreApplication.translate("Operations", "Statement cancelled"),
    )


def _save(window: Host, facts: Statement, path: Path) -> None:
    from giftdesk.statement_pdf import render_pdf, write_new

    failed = QCoreApplication.translate("Operations", "Statement failed")
    # Written beside the chosen file and moved over it when complete: the save dialog asked
    # before replacing a file, and a failure leaves that file as it was.
    part = path.with_name(path.name + ".part")
    try:
        part.unlink(missing_ok=True)  # left by a save that was killed: ours to replace
        write_new(part, render_pdf(facts))
        part.replace(path)
    except OSError as e:
        part.unlink(missing_ok=True)
        window.prompter.error(
            window,
            failed,
            QCoreApplication.translate("Operations", "Could not save {path}: {reason}.").format(
                path=path, reason=e.strerror
            ),
        )
        return
    except Exception as error:  # noqa: BLE001 - a refusal is told as any job's is
        part.unlink(missing_ok=True)
        from giftdesk.ui.operations.job import report_failure

        report_failure(window, failed, error)
        return
    year, number = parse_month(facts.month)
    window.prompter.info(
        window,
        QCoreApplication.translate("Operations", "Statement saved"),
        QCoreApplication.translate(
            "Operations", "Saved {name}'s statement for {month} to {path}."
        ).format(name=facts.profile, month=fmt.month(year, number), path=path),
    )
