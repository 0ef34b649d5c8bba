from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage

from giftdesk.domain.errors import StorageError
from giftdesk.services import Services
from giftdesk.services.demo import seed_demo
from giftdesk.ui.main_window import MainWindow


def test_activity_lists_and_filters_history(make_window, economy):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose", count=3)
    services.gifts.send(vera.id, cleo.id, "Corgi")
    window = make_window()
    window.select_profile(vera.id)
    tab = window.activity_tab
    assert tab.stale  # not on screen: it fills in when shown
    window.tabs.setCurrentWidget(tab)
    assert not tab.stale
    assert tab.model.rowCount() == 3
    tab.kind_combo.setCurrentIndex(2)  # gifts
    assert tab.proxy.rowCount() == 2
    tab.search_edit.setText("corgi")
    assert tab.proxy.rowCount() == 1
    assert "1 of 3" in tab.count_label.text()


def test_export_csv_from_menu(make_window, economy, prompter, tmp_path):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    window = make_window()
    window.select_profile(vera.id)
    prompter.save_to = tmp_path / "vera.csv"
    window.export_action.trigger()
    with open(tmp_path / "vera.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "transaction_id" and len(rows) == 3
    assert prompter.infos and "2 transactions" in prompter.infos[-1]
    window.select_profile(cleo.id)  # one gift received: one transaction, in the singular
    prompter.save_to = tmp_path / "cleo.csv"
    window.export_action.trigger()
    assert prompter.infos[-1] == f"Wrote 1 transaction to {tmp_path / 'cleo.csv'}."


def test_backup_from_menu_writes_a_verified_copy(make_window, economy, prompter, tmp_path):
    prompter.save_to = tmp_path / "copy.sqlite3"
    window = make_window()
    window.backup_action.trigger()
    assert (tmp_path / "copy.sqlite3").stat().st_size > 0
    copy = Services.open(tmp_path / "copy.sqlite3")
    assert all(c.ok for c in copy.maintenance.verify())
    assert len(copy.profiles.list()) == 2
    copy.close()


def test_header_shows_balances_and_budget(make_window, economy):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(vera.id)
    assert "19,250" in window.header.coins_label.text()
    assert not window.header.diamonds_label.isVisible()
    services.profiles.set_budget(vera.id, daily_coins=500, monthly_coins=None)
    assert "500 coins" in window.header.budget_label.text()
    services.gifts.send(vera.id, cleo.id, "Corgi")
    assert "201 coins" in window.header.budget_label.text()
    window.select_profile(cleo.id)
    assert window.header.diamonds_label.isVisible() and "149" in window.header.diamonds_label.text()


def test_welcome_flow_creates_profile_and_demo(make_window, fresh_services, monkeypatch):
    window = make_window()
    assert window.header.coins_label.text() == "No profile yet"

    def fill(dialog):
        dialog.name_edit.setText("Ana")
        dialog.creator_radio.click()
        assert dialog.demo_check.isChecked()
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(window, "prompter_exec", fill)
    created = window.new_profile(welcome=True)
    assert created == fresh_services.profiles.find("ana").id
    assert window.selection.profile_id == created
    assert len(fresh_services.profiles.list()) == 1 + 3 + 3 + 1  # Ana, demo creators, fans, viewer


def test_profile_dialog_refuses_duplicate_names_inline(make_window, economy, monkeypatch):
    window = make_window()

    def fill(dialog):
        dialog.name_edit.setText("VERA")
        dialog.buttons.accepted.emit()
        assert "already exists" in dialog.error_label.text()
        return False

    monkeypatch.setattr(window, "prompter_exec", fill)
    assert window.new_profile() is None


def test_profile_dialog_offers_the_system_zone_and_takes_another(
    make_window, fresh_services, monkeypatch
):
    window = make_window()
    fresh_services.ctx.clock.zone = "Europe/Berlin"  # as if the system were set to it

    def fill(dialog):
        assert dialog.zone_combo.zone() == "Europe/Berlin"
        dialog.name_edit.setText("Ana")
        dialog.zone_combo.setEditText("Mars/Olympus")
        dialog.buttons.accepted.emit()
        assert "is not a time zone" in dialog.error_label.text()
        dialog.zone_combo.setEditText("Asia/Tokyo")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(window, "prompter_exec", fill)
    created = window.new_profile()
    assert fresh_services.profiles.get(created).time_zone == "Asia/Tokyo"
    assert [p.name for p in fresh_services.profiles.list()] == ["Ana"]


def test_geometry_is_remembered(make_window, settings):
    window = make_window()
    window.resize(1111, 777)
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (1111, 777)


def test_about_names_versions(make_window, prompter, monkeypatch):
    window = make_window()
    window.about_action.trigger()
    assert "Qt" in prompter.infos[-1] and "SQLite" in prompter.infos[-1]
    assert "ledger is on" not in prompter.infos[-1]  # a wallet file
    # A ledger on a server names the server (MaintenanceService.database_server says which).
    maintenance = type(window.services.maintenance)
    monkeypatch.setattr(maintenance, "database_server", lambda _self: "PostgreSQL 15.18")
    window.about_action.trigger()
    assert prompter.infos[-1].endswith("\nThe ledger is on PostgreSQL 15.18.")


def _run(args, tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return subprocess.run(
        [sys.executable, "-m", "giftdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_screenshot_writes_every_tab(tmp_path):
    db = tmp_path / "g.db"
    services = Services.open(db)
    seed_demo(services)
    services.close()
    done = _run(["--db", str(db), "--screenshot", str(tmp_path / "shots")], tmp_path)
    assert done.returncode == 0, done.stderr
    for tab in ("recharge", "gifts", "earnings", "activity"):
        image = QImage(str(tmp_path / "shots" / f"{tab}.png"))
        assert image.width() >= 1024 and image.height() >= 700


def test_screenshot_into_a_folder_it_cannot_make_is_an_error_not_a_hang(tmp_path):
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("not a folder")
    done = _run(
        ["--db", str(tmp_path / "g.db"), "--screenshot", str(in_the_way / "shots")], tmp_path
    )
    assert done.returncode == 2
    assert done.stderr.startswith("giftdesk: error: cannot make the folder")
    assert "Traceback" not in done.stderr


def test_quit_after_exits_cleanly(tmp_path):
    done = _run(["--db", str(tmp_path / "g.db"), "--quit-after", "300"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_corrupt_database_is_a_clear_error_not_a_crash(tmp_path):
    db = tmp_path / "bad.db"
    db.write_bytes(b"not a database at all" * 100)
    done = _run(["--db", str(db), "--quit-after", "300"], tmp_path)
    assert done.returncode == 2
    assert "not a GiftDesk database" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == b"not a database at all" * 100


def test_no_display_is_a_sentence_not_a_qt_abort(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "giftdesk", "--db", str(tmp_path / "g.db")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("giftdesk: error: no display") and "Traceback" not in done.stderr


def test_window_frame_shows_first_and_fills_in_on_attach(qtbot, economy, prompter, settings):
    from giftdesk.ui.main_window import MainWindow

    services, vera, cleo = economy
    window = MainWindow(prompter=prompter, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Opening" in window.centralWidget().text()
    # Nothing in the menus works before the database is open: they come with the tabs.
    assert window.menuBar().actions() == []
    assert window.windowTitle() == "GiftDesk"

    window.attach(services)
    assert window.loading_label is None
    assert window.tabs.count() == 6  # Recharge, Gifts, Earnings, Activity, Spending, LIVE
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Profile", "&View", "&Help"]
    assert window.export_action.isEnabled() and window.new_profile_action.isEnabled()
    assert not window.windowIcon().isNull()
    assert window.selection.profile_id in (vera.id, cleo.id)
    assert window.header.profile_combo.count() == 2
    assert "coins" in window.header.coins_label.text()


def test_start_up_marks_the_window_shown_before_it_is_ready(tmp_path, monkeypatch):
    log = tmp_path / "startup.log"
    monkeypatch.setenv("GIFTDESK_STARTUP_LOG", str(log))
    done = _run(["--db", str(tmp_path / "g.db"), "--quit-after", "0"], tmp_path)
    assert done.returncode == 0, done.stderr
    marks = [line.split() for line in log.read_text().splitlines()]
    assert [stage for stage, _ in marks] == ["shown", "ready"]
    assert float(marks[0][1]) <= float(marks[1][1])


def test_history_columns_are_wide_enough_for_what_they_show(make_window, economy):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose", count=9_999)
    window = make_window()
    window.select_profile(vera.id)
    window.tabs.setCurrentWidget(window.activity_tab)
    table = window.activity_tab.table
    model = table.model()
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), (column, text)


def test_a_hidden_history_tab_catches_up_when_shown(make_window, economy):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(vera.id)
    window.tabs.setCurrentWidget(window.activity_tab)
    rows = window.activity_tab.model.rowCount()
    window.tabs.setCurrentWidget(window.gifts_tab)
    services.gifts.send(vera.id, cleo.id, "Rose")  # while Activity is hidden
    assert window.activity_tab.stale and window.activity_tab.model.rowCount() == rows
    window.tabs.setCurrentWidget(window.activity_tab)
    assert window.activity_tab.model.rowCount() == rows + 1


def _window_on_file(qtbot, tmp_path, services):
    window = MainWindow(
        services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    window.watch_timer.setInterval(10)  # look often, for the test
    return window


def test_a_write_from_another_window_or_the_cli_shows_without_refresh(qtbot, tmp_path):
    path = tmp_path / "g.db"
    services, other = Services.open(path), Services.open(path)
    try:
        vera = services.profiles.add("Vera", birthdate="1990-04-12")
        window = _window_on_file(qtbot, tmp_path, services)
        window.select_profile(vera.id)
        assert "<b>0</b> coins" in window.header.coins_label.text()
        other.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
        qtbot.waitUntil(lambda: "<b>770</b> coins" in window.header.coins_label.text())
        other.profiles.add("Nina", birthdate="1991-01-01")
        qtbot.waitUntil(lambda: window.header.profile_combo.findText("Nina") >= 0)
        window.close()
    finally:
        other.close()
        services.close()


def test_a_database_file_deleted_while_open_is_said_and_refuses_writes(qtbot, tmp_path):
    path = tmp_path / "g.db"
    services = Services.open(path)
    try:
        vera = services.profiles.add("Vera", birthdate="1990-04-12")
        window = _window_on_file(qtbot, tmp_path, services)
        window.select_profile(vera.id)
        path.unlink()
        qtbot.waitUntil(lambda: not window.banner_label.isHidden())
        assert "was deleted, moved or replaced" in window.banner_label.text()
        with pytest.raises(StorageError, match="nothing more can be saved"):
            services.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
        window.close()
    finally:
        services.close()


def test_a_restore_from_elsewhere_that_drops_the_profile_on_show_is_followed(qtbot, tmp_path):
    path = tmp_path / "g.db"
    services, other = Services.open(path), Services.open(path)
    try:
        services.profiles.add("Vera", birthdate="1990-04-12")
        other.maintenance.backup(tmp_path / "backup.db")  # Vera only
        nina = services.profiles.add("Nina", birthdate="1991-01-01")
        window = _window_on_file(qtbot, tmp_path, services)
        window.select_profile(nina.id)
        window.tabs.setCurrentWidget(window.activity_tab)
        other.maintenance.restore(tmp_path / "backup.db")  # `giftdesk restore` meanwhile
        qtbot.waitUntil(lambda: window.header.profile_combo.findText("Nina") < 0)
        assert window.selection.profile_id != nina.id
        for tab in (window.recharge_tab, window.gifts_tab, window.earnings_tab):
            window.tabs.setCurrentWidget(tab)  # each shows what is there now, no error
        window.close()
    finally:
        other.close()
        services.close()


def test_a_filter_reaches_matches_older_than_the_first_page(make_window, economy, qtbot):
    from giftdesk.services.gifting import GiftRequest

    services, vera, cleo = economy  # her one purchase is her oldest transaction
    burst = [GiftRequest(vera.id, cleo.id, "Rose")] * 450
    services.gifts.send_batch(burst, streaks=False)  # 450 newer ones: more than two pages
    window = make_window()
    window.select_profile(vera.id)
    tab = window.activity_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 200 and "scroll for older ones" in tab.count_label.text()
    tab.kind_combo.setCurrentIndex(1)  # Purchases
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    assert tab.proxy.index(0, tab.model.Column.WHAT).data().startswith("Bought 17,500 coins")
    qtbot.waitUntil(lambda: not tab.model.canFetchMore())
    assert tab.count_label.text() == "1 of 451 transactions shown"


def _window_showing_a_profile_with_a_password(make_window, economy, prompter):
    services, vera, _ = economy
    services.security.set_password(vera.id, "a long enough password")
    prompter.secrets = ["a long enough password"]  # asked for when the window shows her
    window = make_window()
    window.select_profile(vera.id)
    return window


def test_export_is_off_while_no_profile_is_shown(make_window, economy, prompter):
    window = _window_showing_a_profile_with_a_password(make_window, economy, prompter)
    assert window.export_action.isEnabled() and window.activity_tab.export_button.isEnabled()
    window.lock_action.trigger()
    assert not window.export_action.isEnabled()
    assert not window.activity_tab.export_button.isEnabled()
    assert window.backup_action.isEnabled()  # the whole file: no profile needed


def test_backup_suggests_a_dated_name_and_the_dialog_does_not_offer_to_replace(
    make_window, economy, prompter
):
    import datetime as dt

    window = make_window()
    prompter.save_to = None  # the user cancels the save dialog
    window.backup_action.trigger()
    suggested, may_replace = prompter.suggested[-1]
    assert suggested.endswith(f"giftdesk-backup-{dt.date.today().isoformat()}.sqlite3")
    assert may_replace is False


def test_activity_keyboard_tab_leaves_the_table_and_ctrl_f_finds(make_window, economy, qtbot):
    _, vera, _ = economy
    window = make_window()
    window.select_profile(vera.id)
    tab = window.activity_tab
    window.tabs.setCurrentWidget(tab)
    assert not tab.table.tabKeyNavigation()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts go to the active window only
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search_edit.hasFocus()


def test_earnings_with_no_profile_shown_asks_to_choose_one(make_window, economy, prompter):
    window = _window_showing_a_profile_with_a_password(make_window, economy, prompter)
    window.lock_action.trigger()
    assert window.earnings_tab.not_creator_label.text().startswith("Choose a profile")


def test_a_profiles_filter_and_quote_do_not_follow_the_next_profile(make_window, economy, qtbot):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(vera.id)
    activity = window.activity_tab
    activity.kind_combo.setCurrentIndex(2)
    activity.search_edit.setText("cleo")
    quote = window.recharge_tab.quote_box
    quote.coins_edit.setText("5000")
    quote.find_button.click()
    assert "5,000" in quote.answer_label.text()
    window.select_profile(cleo.id)
    assert activity.kind_combo.currentIndex() == 0 and activity.search_edit.text() == ""
    assert not activity.proxy.active
    assert quote.coins_edit.text() == "" and "5,000" not in quote.answer_label.text()


def test_money_is_signed_paying_apart_from_being_paid(make_window, economy):
    services, vera, cleo = economy
    for _ in range(3):
        services.gifts.send(vera.id, cleo.id, "Galaxy")  # 500 diamonds each for Cleo
    services.payouts.request(cleo.id, 1_000, method="paypal")
    services.payouts.settle_pending(cleo.id)
    window = make_window()
    model = window.activity_tab.model
    money = model.Column.MONEY
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(window.activity_tab)
    cells = [model.index(r, money).data() for r in range(model.rowCount())]
    assert "+$10.00" in cells  # a payout paid to Cleo
    window.select_profile(vera.id)
    services.recharge.recharge(vera.id, coins=700, channel="app", method="app-store")
    window.activity_tab.refresh()
    cells = [model.index(r, money).data() for r in range(model.rowCount())]
    assert "-$9.99" in cells  # a purchase Vera paid


def test_an_empty_activity_says_why(make_window, economy):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    window = make_window()
    window.select_profile(vera.id)
    tab = window.activity_tab
    window.tabs.setCurrentWidget(tab)
    tab.search_edit.setText("zebra")
    assert tab.proxy.rowCount() == 0
    assert tab.table.empty_text() == (
        "Nothing matches the filter. Clear it to see every transaction."
    )
    assert tab.table.accessibleDescription() == tab.table.empty_text()
    fresh = services.profiles.add("Nina", birthdate="1990-01-01")
    window.select_profile(fresh.id)
    assert tab.table.empty_text().startswith("No activity yet")


def _export(window, prompter, path):
    prompter.save_to = path
    window.export_action.trigger()
    with open(path, encoding="utf-8") as f:
        return list(csv.reader(f))


def test_export_with_a_filter_on_offers_what_is_shown_or_everything(
    make_window, economy, prompter, tmp_path, qtbot
):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    services.gifts.send(vera.id, cleo.id, "Corgi")
    window = make_window()
    window.select_profile(vera.id)
    tab = window.activity_tab
    window.tabs.setCurrentWidget(tab)
    rows = _export(window, prompter, tmp_path / "all.csv")
    assert len(rows) == 1 + 3 and not prompter.choices_asked  # no filter: nothing to ask
    tab.search_edit.setText("corgi")
    prompter.choice = 0  # what is shown
    rows = _export(window, prompter, tmp_path / "shown.csv")
    text, choices = prompter.choices_asked[-1]
    assert choices == ["What is shown", "Everything"] and "“corgi”" in text
    assert [r[3] for r in rows[1:]] == ["Sent Corgi x1 to Cleo (video)"]
    assert prompter.suggested[-1][0].endswith("giftdesk-Vera-filtered.csv")
    prompter.choice = 1  # everything
    assert len(_export(window, prompter, tmp_path / "everything.csv")) == 1 + 3
    prompter.choice = None  # cancel: no file, no question after it
    prompter.save_to = tmp_path / "none.csv"
    window.export_action.trigger()
    assert not (tmp_path / "none.csv").exists()


def test_the_activity_count_says_one_transaction_in_the_singular(make_window, economy):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    window = make_window()
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(window.activity_tab)
    assert window.activity_tab.count_label.text() == "1 transaction"  # it said "1 transactions"
