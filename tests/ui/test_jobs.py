"""Export and Verify from the window: in a worker thread, with progress, Cancel and a result."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from giftdesk.history_csv import CSV_COLUMNS, export_csv
from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.gifting import GiftRequest
from giftdesk.storage import backup_files
from giftdesk.ui import jobs
from giftdesk.ui.main_window import MainWindow

ROSES = 10_000  # enough rows for several progress reports, and a few tenths of a second's work
CHECKS = 19


@pytest.fixture(scope="module")
def ledger_template(tmp_path_factory):
    """A database file with Vera, Cleo and ROSES roses from Vera to Cleo, made once."""
    path = tmp_path_factory.mktemp("template") / "ledger.sqlite3"
    services = Services.open(path, clock=FixedClock(dt.datetime(2026, 11, 25, 12, tzinfo=UTC)))
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
    services.gifts.send_batch([GiftRequest(vera.id, cleo.id, "Rose")] * ROSES, streaks=False)
    services.close()  # the last connection to close folds the WAL into the file
    return path


@dataclass
class Desk:
    services: Services
    window: MainWindow
    vera_id: int


@pytest.fixture
def desk(qtbot, tmp_path, ledger_template, clock, prompter, settings):
    """The window on a copy of the template file (a worker thread cannot read ':memory:')."""
    path = tmp_path / "ledger.sqlite3"
    shutil.copy(ledger_template, path)
    services = Services.open(path, clock=clock)
    window = MainWindow(services, prompter=prompter, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    vera_id = services.profiles.find("Vera").id
    window.select_profile(vera_id)
    yield Desk(services, window, vera_id)
    window.close()  # before the database goes: a running job is cancelled and waited for
    failed = [c for c in services.maintenance.verify() if not c.ok]
    services.close()
    assert not failed, f"ledger invariants broken after the test: {failed}"


def jobs_enabled(window: MainWindow) -> bool:
    return (
        window.export_action.isEnabled()
        and window.verify_action.isEnabled()
        and window.backup_action.isEnabled()
        and window.activity_tab.export_button.isEnabled()
    )


def run_to_end(qtbot, window: MainWindow, action) -> tuple[list, list[str]]:
    """Start `action`'s job and wait until it finishes; return its progress reports and the
    dialog's label after each."""
    action.trigger()
    job = window.job
    assert job is not None and not jobs_enabled(window)  # one long read at a time
    reports, labels = [], []

    def on_progressed(done, total, what):
        reports.append((done, total, what))
        labels.append(window.job_dialog.labelText())

    job.progressed.connect(on_progressed)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    return reports, labels


def cancel_at_first_report(qtbot, window: MainWindow, action) -> None:
    """Start `action` and click the dialog's Cancel when the job first reports progress."""
    action.trigger()
    job = window.job
    job.progressed.connect(lambda *_: window.job_dialog.cancel_button.click())
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        pass


def test_export_runs_in_a_worker_and_writes_what_the_service_writes(
    qtbot, desk, prompter, tmp_path
):
    prompter.save_to = tmp_path / "vera.csv"
    reports, labels = run_to_end(qtbot, desk.window, desk.window.export_action)
    rows = 1 + ROSES  # the recharge, then every rose
    assert prompter.infos == [f"Wrote {rows:,} transactions to {tmp_path / 'vera.csv'}."]
    assert prompter.errors == []
    assert [done for done, _, _ in reports] == list(range(0, rows, 2_000))
    assert {total for _, total, _ in reports} == {rows}
    assert f"Exporting 2,000 of {rows:,} rows…" in labels
    assert jobs_enabled(desk.window) and desk.window.job is None
    export_csv(desk.services.history, desk.vera_id, tmp_path / "direct.csv")
    assert (tmp_path / "vera.csv").read_bytes() == (tmp_path / "direct.csv").read_bytes()


def test_the_dialog_shows_while_the_job_runs_and_goes_when_it_ends(
    qtbot, desk, prompter, tmp_path, monkeypatch
):
    monkeypatch.setattr(jobs, "SHOW_AFTER_MS", 0)  # as if the export took long
    prompter.save_to = tmp_path / "vera.csv"
    desk.window.export_action.trigger()
    dialog, job = desk.window.job_dialog, desk.window.job
    assert dialog.windowTitle() == "Export activity" and dialog.labelText() == "Starting…"
    shown, hidden_at_end = [], []
    job.progressed.connect(lambda *_: shown.append(dialog.isVisible()))
    job.finished.connect(lambda _: hidden_at_end.append(dialog.isHidden()))
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert True in shown  # while rows were written (the first report may come sooner)
    assert hidden_at_end == [True]  # before the result is told


def test_export_reads_one_snapshot_while_gifts_arrive(qtbot, desk, prompter, tmp_path):
    prompter.save_to = tmp_path / "vera.csv"
    cleo_id = desk.services.profiles.find("Cleo").id
    desk.window.export_action.trigger()
    # The window goes on writing while the worker reads: WAL lets both work at once.
    desk.window.job.progressed.connect(
        lambda *_: desk.services.gifts.send(desk.vera_id, cleo_id, "Rose")
    )
    with qtbot.waitSignal(desk.window.job.finished, timeout=30_000):
        pass
    assert prompter.infos == [f"Wrote {1 + ROSES:,} transactions to {tmp_path / 'vera.csv'}."]
    assert desk.services.history.count(desk.vera_id) > 1 + ROSES


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_cancel_in_the_dialog_leaves_no_file_and_says_so_in_the_status_bar(
    qtbot, desk, prompter, tmp_path
):
    prompter.save_to = tmp_path / "vera.csv"
    # The first report comes before any row: Cancel lands with thousands still to write.
    cancel_at_first_report(qtbot, desk.window, desk.window.export_action)
    assert not (tmp_path / "vera.csv").exists()
    assert not (tmp_path / "vera.csv.part").exists()
    assert desk.window.statusBar().currentMessage() == "Export cancelled"
    assert prompter.infos == [] and prompter.errors == []
    assert jobs_enabled(desk.window)


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_escape_in_the_dialog_cancels(qtbot, desk, prompter, tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "SHOW_AFTER_MS", 0)
    prompter.save_to = tmp_path / "vera.csv"
    desk.window.export_action.trigger()
    dialog, job = desk.window.job_dialog, desk.window.job
    job.progressed.connect(lambda *_: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        pass
    assert not (tmp_path / "vera.csv").exists()


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_a_cancelled_export_over_a_file_leaves_that_file_as_it_was(qtbot, desk, prompter, tmp_path):
    earlier = tmp_path / "vera.csv"
    earlier.write_text("last month's export\n")
    prompter.save_to = earlier  # the save dialog asked, and the user chose to replace it
    cancel_at_first_report(qtbot, desk.window, desk.window.export_action)
    assert earlier.read_text() == "last month's export\n"
    assert not (tmp_path / "vera.csv.part").exists()

    desk.window.export_action.trigger()  # and a finished one replaces it
    with qtbot.waitSignal(desk.window.job.finished, timeout=30_000):
        pass
    assert earlier.read_text().startswith(",".join(CSV_COLUMNS))
    assert not (tmp_path / "vera.csv.part").exists()


def test_verify_reports_every_check_passing_with_each_one_shown(qtbot, desk, prompter):
    reports, labels = run_to_end(qtbot, desk.window, desk.window.verify_action)
    assert prompter.infos == [f"All {CHECKS} checks passed."] and prompter.errors == []
    assert [done for done, _, _ in reports] == list(range(CHECKS))
    assert {total for _, total, _ in reports} == {CHECKS}
    assert reports[3][2] == "balances_match_transfers"
    assert labels[3] == f"Check 4 of {CHECKS}: balances match transfers…"
    assert jobs_enabled(desk.window)


def test_verify_names_the_checks_a_damaged_ledger_fails(qtbot, desk, prompter):
    conn = desk.services.ctx.conn
    coins = "UPDATE accounts SET balance = balance + ? WHERE profile_id = ? AND unit = 'COIN'"
    conn.execute(coins, (5, desk.vera_id))
    desk.window.verify_action.trigger()
    with qtbot.waitSignal(desk.window.job.finished, timeout=30_000):
        pass
    conn.execute(coins, (-5, desk.vera_id))  # whole again for the fixture's own verify
    assert prompter.infos == []
    [problems] = prompter.errors
    failed = sorted(line.split(":")[0] for line in problems.splitlines())
    assert failed == ["balances_match_transfers", "debits_equal_credits"]
    assert "COIN is off by 5" in problems


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_cancelled_verify_says_so_and_shows_no_result(qtbot, desk, prompter):
    cancel_at_first_report(qtbot, desk.window, desk.window.verify_action)
    assert desk.window.statusBar().currentMessage() == "Verification cancelled"
    assert prompter.infos == [] and prompter.errors == []
    assert jobs_enabled(desk.window)


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_closing_the_window_during_an_export_stops_it_cleanly(qtbot, desk, prompter, tmp_path):
    prompter.save_to = tmp_path / "vera.csv"
    desk.window.export_action.trigger()
    job = desk.window.job
    with qtbot.waitSignal(job.progressed, timeout=30_000):
        pass
    desk.window.close()
    assert desk.window.isHidden() and desk.window.job is None
    assert not (tmp_path / "vera.csv").exists()
    assert desk.window.statusBar().currentMessage() == "Export cancelled"
    assert prompter.infos == [] and prompter.errors == []


def test_a_failed_export_uses_the_error_message_path(qtbot, desk, prompter, tmp_path):
    prompter.save_to = tmp_path / "missing-folder" / "vera.csv"
    desk.window.export_action.trigger()
    with qtbot.waitSignal(desk.window.job.failed, timeout=30_000):
        pass
    [message] = prompter.errors
    assert message.startswith("Cannot write") and message.endswith(".")
    assert jobs_enabled(desk.window)


def test_backup_runs_in_a_worker_copying_then_checking(
    qtbot, desk, prompter, tmp_path, monkeypatch
):
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 16)  # several reports on a small file
    dest = tmp_path / "copy.sqlite3"
    prompter.save_to = dest
    _, labels = run_to_end(qtbot, desk.window, desk.window.backup_action)
    assert any(label.startswith("Copying the database…") for label in labels)
    assert "Checking the copy: integrity check (18 of 19)…" in labels
    assert prompter.infos == [f"Saved a verified copy to {dest} ({CHECKS} checks passed)."]
    copy = Services.open(dest)
    assert copy.balance(desk.vera_id) == desk.services.balance(desk.vera_id)
    copy.close()
    assert jobs_enabled(desk.window)


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_a_cancelled_backup_leaves_no_file(qtbot, desk, prompter, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 16)
    prompter.save_to = tmp_path / "copy.sqlite3"
    cancel_at_first_report(qtbot, desk.window, desk.window.backup_action)
    assert not (tmp_path / "copy.sqlite3").exists()
    assert desk.window.statusBar().currentMessage() == "Backup cancelled"
    assert prompter.infos == [] and prompter.errors == []
