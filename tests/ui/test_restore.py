"""File > Restore from Backup: the backup is checked in a worker, the user is told what it holds
and asked, and only then does it replace the wallet's contents, which are kept aside."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from giftdesk.services import Services
from giftdesk.services.maintenance import MaintenanceService
from giftdesk.ui.main_window import MainWindow

PASSWORD = "correct horse battery"


@dataclass
class Desk:
    services: Services
    window: MainWindow
    path: Path
    vera_id: int
    cleo_id: int


@pytest.fixture
def desk(qtbot, tmp_path, clock, prompter, settings):
    """The window on a file (the backup is checked on a snapshot in a worker thread), with
    Vera, who bought 700 coins (770 with the first-purchase bonus), and Cleo."""
    path = tmp_path / "wallet.sqlite3"
    services = Services.open(path, clock=clock)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    window = MainWindow(services, prompter=prompter, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_profile(vera.id)
    yield Desk(services, window, path, vera.id, cleo.id)
    window.close()
    failed = [c for c in services.maintenance.verify() if not c.ok]
    services.close()
    assert not failed, f"ledger invariants broken after the test: {failed}"
    assert not list(tmp_path.glob(".giftdesk-restore-*"))  # no checked copy left behind


def restore(qtbot, window: MainWindow, *, outcome: str = "finished") -> None:
    """Trigger File > Restore from Backup and wait for the check of the backup to end."""
    window.restore_action.trigger()
    assert window.job is not None and not window.restore_action.isEnabled()
    with qtbot.waitSignal(getattr(window.job, outcome), timeout=30_000):
        pass


def coins(desk: Desk) -> int:
    return desk.services.balance(desk.vera_id).coins


def test_restore_asks_with_what_the_backup_holds_then_brings_it_back(
    qtbot, desk, prompter, tmp_path
):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Corgi")
    assert coins(desk) == 770 - 299
    prompter.open_from = backup
    restore(qtbot, desk.window)
    [question] = prompter.confirms
    assert str(backup) in question and "2 profiles and 1 transaction" in question
    assert "the newest from 2026-11-25" in question and "passed all 19 checks" in question
    assert coins(desk) == 770  # the gift is gone with the contents the backup replaced
    [kept] = list(tmp_path.glob("wallet.sqlite3.before-restore-*"))
    [done] = prompter.infos
    assert str(kept) in done and str(backup) in done
    earlier = Services.open(kept)
    assert earlier.balance(earlier.profiles.find("Vera").id).coins == 770 - 299
    earlier.close()
    # and the window shows it: header, tabs, the restore action free again
    assert "770" in desk.window.header.coins_label.text()
    assert desk.window.selection.profile_id == desk.vera_id
    assert desk.window.restore_action.isEnabled() and desk.window.backup_action.isEnabled()
    assert prompter.errors == []


def test_the_question_names_the_money_that_moved_since_and_is_kept(
    qtbot, desk, prompter, tmp_path, clock
):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    clock.advance(minutes=3)
    bought = desk.services.recharge.recharge(
        desk.vera_id, coins=350, channel="web", method="paypal"
    )
    desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Corgi")
    prompter.open_from = backup
    restore(qtbot, desk.window)
    [question] = prompter.confirms
    assert (
        f"stays as it is here:\n• purchase {bought.reference}: Vera bought 350 coins for $3.70"
    ) in question
    assert coins(desk) == 770 + 350  # the Corgi is gone, the coins paid for are not
    assert prompter.errors == []


def test_no_at_the_question_changes_nothing(qtbot, desk, prompter, tmp_path):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Corgi")
    prompter.open_from = backup
    prompter.answer = False
    restore(qtbot, desk.window)
    assert len(prompter.confirms) == 1 and prompter.infos == []
    assert coins(desk) == 770 - 299
    assert list(tmp_path.glob("wallet.sqlite3.before-restore-*")) == []
    assert desk.window.statusBar().currentMessage() == "Restore cancelled"


def test_cancel_in_the_file_dialog_starts_nothing(desk, prompter):
    prompter.open_from = None
    desk.window.restore_action.trigger()
    assert desk.window.job is None and prompter.confirms == [] and prompter.errors == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Dear diary, today I bought coins.\n" * 50, "is not a GiftDesk database"),
        (b"", "is empty, not a backup"),
    ],
)
def test_a_file_that_is_no_backup_is_refused_before_asking(
    qtbot, desk, prompter, tmp_path, content, words
):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(content)
    prompter.open_from = junk
    restore(qtbot, desk.window, outcome="failed")
    [message] = prompter.errors
    assert words in message and prompter.confirms == []
    assert coins(desk) == 770


def test_a_backup_that_fails_its_checks_is_refused_before_asking(qtbot, desk, prompter, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    desk.services.maintenance.backup(bad)
    with sqlite3.connect(bad) as conn:  # coins from nowhere
        conn.execute(
            "UPDATE accounts SET balance = balance + 5 WHERE profile_id = ? AND unit = 'COIN'",
            (desk.vera_id,),
        )
    conn.close()
    prompter.open_from = bad
    restore(qtbot, desk.window, outcome="failed")
    [message] = prompter.errors
    assert "fails verification" in message and "nothing was restored" in message
    assert prompter.confirms == [] and coins(desk) == 770


def test_restoring_over_a_damaged_ledger_clears_the_warning(qtbot, desk, prompter, tmp_path):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.ctx.conn.execute(
        "UPDATE accounts SET balance = balance + 5 WHERE profile_id = ? AND unit = 'COIN'",
        (desk.vera_id,),
    )
    desk.window.check_on_start()
    assert not desk.window.banner_label.isHidden()
    prompter.open_from = backup
    restore(qtbot, desk.window)
    assert prompter.errors == [] and coins(desk) == 770
    assert desk.window.banner_label.isHidden()


@pytest.mark.usefixtures("worker_waits_for_cancel")
def test_cancel_while_the_backup_is_checked_leaves_all_as_it_was(qtbot, desk, prompter, tmp_path):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Corgi")
    prompter.open_from = backup
    desk.window.restore_action.trigger()
    job = desk.window.job
    # Cancel at the first check's report: the check stops there, and nothing is asked.
    job.progressed.connect(lambda *_: desk.window.job_dialog.cancel_button.click())
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        pass
    assert prompter.confirms == [] and coins(desk) == 770 - 299
    assert desk.window.statusBar().currentMessage() == "Restore cancelled"


def test_after_a_restore_a_profile_with_a_password_asks_for_it(qtbot, desk, prompter, tmp_path):
    desk.services.security.set_password(desk.vera_id, PASSWORD)
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.security.remove_password(desk.vera_id, PASSWORD)
    desk.window.refresh()
    prompter.open_from = backup
    prompter.secrets = [PASSWORD]
    restore(qtbot, desk.window)
    assert prompter.secret_labels == ["Password for Vera:"]
    assert desk.window.selection.profile_id == desk.vera_id


def test_the_restore_says_it_worked_before_asking_for_a_password(
    qtbot, desk, prompter, tmp_path, monkeypatch
):
    # A password box popping up before anything said the restore worked read as if the
    # restore wanted the password, or had failed.
    desk.services.security.set_password(desk.vera_id, PASSWORD)
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    asked = []
    for kind in ("info", "ask_secret"):
        answer = getattr(prompter, kind)

        def record(parent, title, text, kind=kind, answer=answer):
            asked.append((kind, title, desk.window.selection.profile_id))
            return answer(parent, title, text)

        monkeypatch.setattr(prompter, kind, record)
    prompter.open_from = backup
    prompter.secrets = [PASSWORD]
    restore(qtbot, desk.window)
    # While the news is read, nobody's data is on show; then Vera is unlocked again.
    assert asked == [("info", "Restore done", None), ("ask_secret", "Vera is locked", None)]
    assert desk.window.selection.profile_id == desk.vera_id
    assert "Locked" not in desk.window.header.coins_label.text()


def test_a_gift_from_before_the_restore_can_no_longer_be_undone(qtbot, desk, prompter, tmp_path):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    tab = desk.window.gifts_tab
    desk.window.tabs.setCurrentWidget(tab)
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    tab.send_bar.send_button.click()
    assert tab.send_bar.undo_button.isVisible()
    prompter.open_from = backup
    restore(qtbot, desk.window)
    assert not tab.send_bar.undo_button.isVisible()


def test_a_read_only_database_says_so_instead_of_asking_for_a_file(desk, prompter, monkeypatch):
    monkeypatch.setattr(desk.services.ctx.store, "read_only", True)
    prompter.open_from = Path("/nowhere")
    desk.window.restore_action.trigger()
    assert desk.window.job is None
    [message] = prompter.errors
    assert "read-only" in message


@pytest.fixture
def second_window(qtbot, desk, clock, prompter, settings):
    """Another window on the same file, with services of its own, as a second GiftDesk."""
    services = Services.open(desk.path, clock=clock)
    window = MainWindow(services, prompter=prompter, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.select_profile(desk.vera_id)
    window.tabs.setCurrentWidget(window.gifts_tab)
    # Its watch timer looks every 100 ms: these tests say when it looks, with `watch`.
    window.watch_timer.stop()
    yield window
    window.close()
    services.close()


def watch(window: MainWindow) -> None:
    """What the window's watch timer does at its next look."""
    window._on_watch_timer_timeout()


def test_another_window_starts_over_after_a_restore_and_asks_for_a_password(
    qtbot, desk, second_window, prompter, tmp_path, clock
):
    # A backup from when Vera had a password; she has removed it since.
    desk.services.security.set_password(desk.vera_id, PASSWORD)
    desk.services.maintenance.backup(tmp_path / "locked.sqlite3")
    desk.services.security.remove_password(desk.vera_id, PASSWORD)
    watch(second_window)
    prompter.open_from = tmp_path / "locked.sqlite3"
    prompter.secrets = [None]  # the restoring window: Cancel at Vera's password
    restore(qtbot, desk.window)
    prompter.secret_labels.clear()
    prompter.secrets = [None]  # and Cancel in the other window too
    watch(second_window)
    # It did not go on showing Vera as if she still had no password: it asked.
    assert prompter.secret_labels == ["Password for Vera:"]
    assert second_window.selection.profile_id is None
    assert not second_window.recharge_tab.buy_button.isEnabled()


def test_an_undo_offered_before_a_restore_elsewhere_takes_back_nothing(
    qtbot, desk, second_window, prompter, tmp_path, clock
):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    tab = second_window.gifts_tab
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    tab.send_bar.send_button.click()
    assert tab.send_bar.undo_button.isVisible()
    prompter.open_from = backup
    restore(qtbot, desk.window)  # the Rose is gone with the contents replaced
    # A second later Vera sends a Money Gun in the restoring window: the Rose's transaction
    # number again
    clock.advance(seconds=1)
    money_gun = desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Money Gun")
    # Undo clicked before the other window's watch timer noticed the restore
    tab.send_bar.undo_button.click()
    assert "replaced by a restore from a backup" in prompter.errors[-1]
    assert desk.services.history.count(desk.vera_id) == 2  # the purchase and the Money Gun
    assert coins(desk) == 770 - 500 and money_gun.transaction_id == 2
    # and once it notices, the offer is gone
    watch(second_window)
    assert not tab.send_bar.undo_button.isVisible()


def test_a_window_writes_nothing_to_contents_restored_behind_its_back(
    qtbot, desk, second_window, prompter, tmp_path
):
    # Before its watch timer notices a restore elsewhere, a window still shows the old
    # contents: a gift sent from it then must not land in the new ones (#1 may be someone
    # else there).
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    prompter.open_from = backup
    restore(qtbot, desk.window)
    tab = second_window.gifts_tab
    tab.select_creator("Cleo")
    tab.select_gift("Corgi")
    tab.send_bar.send_button.click()
    assert "replaced by a restore from a backup" in prompter.errors[-1]
    assert coins(desk) == 770  # nothing was spent
    watch(second_window)  # and once it notices, it shows the restored wallet and may send
    prompter.errors.clear()
    qtbot.waitUntil(tab.send_bar.send_button.isEnabled)
    tab.send_bar.send_button.click()
    assert prompter.errors == [] and coins(desk) == 770 - 299


def test_closing_the_window_as_the_check_ends_asks_nothing_and_restores_nothing(
    qtbot, desk, prompter, tmp_path, monkeypatch
):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Corgi")
    checked = threading.Event()
    real = MaintenanceService.stage_restore

    def stage_then_say_so(self, *args, **kwargs):
        staged = real(self, *args, **kwargs)
        checked.set()
        return staged

    monkeypatch.setattr(MaintenanceService, "stage_restore", stage_then_say_so)
    prompter.open_from = backup
    desk.window.restore_action.trigger()
    assert checked.wait(30)  # the worker is done; its result waits for the event loop
    desk.window.close()  # which delivers it while closing
    assert prompter.confirms == [] and coins(desk) == 770 - 299
    assert list(tmp_path.glob("wallet.sqlite3.before-restore-*")) == []


def test_restore_is_off_while_the_window_is_locked_and_on_in_an_empty_wallet(
    qtbot, desk, make_window, fresh_services
):
    desk.services.security.set_password(desk.vera_id, PASSWORD)
    desk.window.lock_profile()
    assert desk.window.selection.profile_id is None
    assert not desk.window.restore_action.isEnabled()  # an older backup could undo a password
    empty = make_window()  # a new install, getting its backup back
    assert fresh_services.profiles.list() == [] and empty.restore_action.isEnabled()


def test_the_welcome_dialog_offers_to_restore_a_backup(
    qtbot, desk, make_window, fresh_services, prompter, tmp_path, monkeypatch
):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)  # a wallet from another computer
    window = make_window()  # a new install: no profile yet
    prompter.open_from = backup

    def choose_restore(dialog):
        assert dialog.restore_button.isVisibleTo(dialog)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(window, "prompter_exec", choose_restore)
    assert window.new_profile(welcome=True) is None  # (in memory, the check runs at once)
    assert sorted(p.name for p in fresh_services.profiles.list()) == ["Cleo", "Vera"]
    assert window.selection.profile_id == window.header.profile_combo.itemData(0)  # the first one


def test_a_restore_needs_the_password_of_every_other_profile_that_has_one(
    qtbot, desk, prompter, tmp_path
):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    desk.services.security.set_password(desk.cleo_id, PASSWORD)
    desk.services.gifts.send(desk.vera_id, desk.cleo_id, "Corgi")
    prompter.open_from = backup
    prompter.secrets = [None]  # Cancel at Cleo's password: nothing is even checked
    desk.window.restore_action.trigger()
    assert prompter.secret_labels == ["Password for Cleo:"]
    assert prompter.confirms == [] and desk.window.job is None
    assert coins(desk) == 770 - 299
    assert desk.window.statusBar().currentMessage() == "Restore cancelled"

    prompter.secret_labels.clear()
    prompter.secrets = ["a wrong guess", PASSWORD]  # wrong (counted, said), then right
    restore(qtbot, desk.window)
    assert prompter.secret_labels == ["Password for Cleo:", "Password for Cleo:"]
    assert prompter.errors == ["Wrong password (4 more tries before a wait)."]
    assert coins(desk) == 770  # restored


def test_the_question_counts_what_the_backup_itself_holds(qtbot, desk, prompter, tmp_path):
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)  # 2 profiles, 1 transaction
    desk.services.recharge.recharge(desk.vera_id, coins=350, channel="web", method="paypal")
    prompter.open_from = backup
    prompter.answer = False
    restore(qtbot, desk.window)
    [question] = prompter.confirms
    assert "holds 2 profiles and 1 transaction (" in question


def test_a_long_list_of_money_moved_since_is_cut_short_to_fit_the_screen(
    qtbot, desk, prompter, tmp_path
):
    # A message box does not scroll: a line for each of 20 purchases went off the bottom of a
    # 1366x768 screen, Yes and No with it (tests/ui/xcb measures the box itself).
    backup = tmp_path / "safe.sqlite3"
    desk.services.maintenance.backup(backup)
    for _ in range(20):
        desk.services.recharge.recharge(desk.vera_id, coins=70, channel="web", method="paypal")
    prompter.open_from = backup
    prompter.answer = False
    restore(qtbot, desk.window)
    [question] = prompter.confirms
    lines = [line for line in question.splitlines() if line.startswith("• ")]
    assert len(lines) == 4 and all("bought 70 coins" in line for line in lines[:3])
    assert lines[-1] == "• and 17 more, listed in Activity after the restore"
