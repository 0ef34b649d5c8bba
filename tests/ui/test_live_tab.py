"""The LIVE tab: a creator goes LIVE and ends it with its summary; a viewer joins from "LIVE
now" and sends from the gift bar; gifts committed by other services on the file, and by
another process, reach the open room (and the header) within half a second."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from giftdesk.services import Services
from giftdesk.ui.live.stage import QUEUE_MAX, Play
from giftdesk.ui.main_window import MainWindow

LATENCY_MS = 500


@pytest.fixture
def on_file(tmp_path):
    """Vera (funded) and Cleo on a database file, and other services on the same file."""
    path = tmp_path / "live.db"
    services = Services.open(path)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    services.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
    cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    other = Services.open(path)
    yield path, services, other, vera, cleo
    other.close()
    services.close()


def _window(qtbot, services, prompter, settings, profile_id) -> MainWindow:
    window = MainWindow(services, prompter=prompter, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_profile(profile_id)
    window.tabs.setCurrentWidget(window.live_tab)
    return window


def test_a_creator_goes_live_sees_gifts_and_ends_with_a_summary(qtbot, economy, prompter, settings):
    services, vera, cleo = economy
    window = _window(qtbot, services, prompter, settings, cleo.id)
    tab = window.live_tab
    box = tab.go_live_box
    assert box.isVisible() and box.go_live_button.isEnabled()
    box.goal_edit.setText("0")
    box.go_live_button.click()
    assert "goal" in box.message_label.text()  # refused in words, nothing started
    assert services.lives.on_air(cleo.id) is None
    box.title_edit.setText("Cooking")
    box.goal_edit.setText("1,000")
    box.go_live_button.click()
    assert services.lives.on_air(cleo.id).goal_diamonds == 1_000
    assert box.end_button.isVisible() and not box.go_live_button.isVisible()
    assert tab.room.title_label.text() == "Cooking"
    # On air, the fields say what this LIVE is, not a future LIVE's placeholders.
    assert box.title_edit.text() == "Cooking" and box.goal_edit.text() == "1,000"
    assert not box.title_edit.isEnabled()
    assert not tab.gift_bar.isVisible()  # no gift bar in one's own room
    bar_left = tab.room.goal_bar.geometry().left()
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    # One of each reads in the singular.
    assert tab.room.gifts_label.text() == "<b>1</b> gift"
    assert tab.room.gifters_label.text() == "<b>1</b> gifter"
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    assert tab.room.feed_model.rowCount() == 2
    assert tab.room.gifts_label.text() == "<b>2</b> gifts"
    assert "1,000" in tab.room.diamonds_label.text()
    assert "reached" in tab.room.goal_label.text()
    QApplication.processEvents()
    assert tab.room.goal_bar.geometry().left() == bar_left  # the bar stays put as it fills
    assert tab.room.ranking_model.index(0, 1).data() == "Vera"
    box.end_button.click()
    assert prompter.confirms and services.lives.on_air(cleo.id) is None
    summary = tab.summary_box.summary_label.text()
    assert tab.summary_box.isVisible()
    for part in ("Cooking", "1,000", "Vera", "reached", "Gifts: 2 from 1 gifter"):
        assert part in summary
    assert box.go_live_button.isVisible()
    assert box.title_edit.text() == "" and box.goal_edit.text() == ""  # the next starts afresh


def test_going_live_twice_is_refused_in_words(qtbot, economy, prompter, settings):
    services, _vera, cleo = economy
    window = _window(qtbot, services, prompter, settings, cleo.id)
    box = window.live_tab.go_live_box
    other_window_started = services.lives.start  # the same as another window pressing first
    other_window_started(cleo.id)
    box.go_live_requested.emit("Again", None)
    assert "already LIVE" in box.message_label.text()
    assert box.end_button.isVisible()


def test_a_viewer_joins_from_live_now_and_sends_with_confirmation_and_undo(
    qtbot, economy, prompter, settings
):
    services, vera, cleo = economy
    window = _window(qtbot, services, prompter, settings, vera.id)
    tab = window.live_tab
    assert not tab.go_live_box.isVisible()  # a viewer does not go LIVE
    assert tab.room_stack.currentWidget() is tab.no_room_label
    services.lives.start(cleo.id, title="Cleo live")
    tab.refresh()
    assert tab.on_air_box.chosen is not None
    assert tab.room.title_label.text() == "Cleo live"
    bar = tab.gift_bar
    assert bar.isVisible()
    assert "join the ranking" in tab.room.rank_label.text()
    bar.gift_list.select_gift("Galaxy")
    bar.send_bar.send_button.click()
    assert prompter.confirms  # 1,000 coins: confirmed first
    assert tab.room.feed_model.row_at(0).gift == "Galaxy"
    assert "#1" in tab.room.rank_label.text()
    assert bar.send_bar.undo_button.isVisible()
    bar.send_bar.undo_button.click()
    assert tab.room.feed_model.rowCount() == 0
    assert services.lives.on_air(cleo.id).gifts == 0
    assert "back in your wallet" in bar.status_label.text()


def test_a_viewer_whose_live_ends_elsewhere_sees_what_it_came_to(
    qtbot, on_file, prompter, settings
):
    _path, services, other, vera, cleo = on_file
    other.lives.start(cleo.id, title="Cleo live")
    window = _window(qtbot, services, prompter, settings, vera.id)
    tab = window.live_tab
    assert tab.room.title_label.text() == "Cleo live" and not tab.summary_box.isVisible()
    other.gifts.send(vera.id, cleo.id, "Rose", count=3)
    other.lives.end(cleo.id)  # from another window, or `giftdesk live end Cleo`
    qtbot.waitUntil(tab.summary_box.isVisible, timeout=LATENCY_MS * 4)
    assert tab.summary_box.title() == "Cleo's LIVE has ended"
    assert "Gifts: 3 from 1 gifter" in tab.summary_box.summary_label.text()
    assert tab.room_stack.currentWidget() is tab.no_room_label
    assert not tab.gift_bar.isVisible()
    window.select_profile(cleo.id)  # what Vera was told is hers, not the next profile's
    assert not tab.summary_box.isVisible() or tab.summary_box.title() == "Your LIVE has ended"


def test_every_control_is_named(qtbot, economy, prompter, settings):
    services, vera, cleo = economy
    services.lives.start(cleo.id)
    window = _window(qtbot, services, prompter, settings, vera.id)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    unnamed = [
        w
        for w in window.live_tab.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
        and w.objectName() != "qt_spinbox_lineedit"  # the spin box is named
    ]
    assert not unnamed, [type(w).__name__ for w in unnamed]


def test_the_stage_queues_and_lets_the_smallest_go(qtbot):
    from giftdesk.ui.live.stage import Stage

    stage = Stage()
    qtbot.addWidget(stage)
    stage.play(Play("Rose", 1, "Vera", 1))
    for _ in range(QUEUE_MAX):
        stage.play(Play("Rose", 1, "Vera", 1))
    stage.play(Play("TikTok Universe", 1, "Sam", 44_999))
    assert len(stage.queue) == QUEUE_MAX
    assert any(p.gift == "TikTok Universe" for p in stage.queue)
    assert (
        Play("TikTok Universe", 1, "Sam", 44_999).duration_ms
        > 3 * Play("Rose", 1, "", 1).duration_ms
    )
    with qtbot.waitSignal(stage.animation.finished, timeout=2_000):
        pass
    stage.stop()
    assert stage.playing is None and not stage.queue


def test_gifts_from_other_services_reach_the_open_room_and_header(
    qtbot, on_file, prompter, settings
):
    _path, services, other, vera, cleo = on_file
    other.lives.start(cleo.id, title="Elsewhere")
    window = _window(qtbot, services, prompter, settings, vera.id)
    tab = window.live_tab
    qtbot.waitUntil(lambda: tab.room.live is not None, timeout=LATENCY_MS)
    coins = services.balance(vera.id).coins
    other.gifts.send(vera.id, cleo.id, "Rose", count=25)
    qtbot.waitUntil(lambda: tab.room.feed_model.rowCount() == 1, timeout=LATENCY_MS)
    qtbot.waitUntil(
        lambda: f"{coins - 25:,}" in window.header.coins_label.text(), timeout=LATENCY_MS
    )
    qtbot.waitUntil(
        lambda: tab.room.feed_model.index(0, 1).data() == "Rose x25", timeout=LATENCY_MS
    )
    other.lives.end(cleo.id)
    qtbot.waitUntil(lambda: tab.room.live is None, timeout=LATENCY_MS)
    assert not tab.gift_bar.isVisible()


def test_a_gift_sent_by_another_process_shows_within_half_a_second(
    qtbot, on_file, prompter, settings
):
    path, services, _other, vera, cleo = on_file
    services.lives.start(cleo.id)
    window = _window(qtbot, services, prompter, settings, cleo.id)
    tab = window.live_tab
    done = subprocess.run(
        [sys.executable, "-m", "giftdesk", "--db", str(path), "send", "Vera", "Cleo", "Galaxy"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: tab.room.feed_model.rowCount() == 1, timeout=LATENCY_MS)
    assert tab.room.feed_model.row_at(0).gift == "Galaxy"
