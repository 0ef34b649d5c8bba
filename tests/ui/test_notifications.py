"""Tray notifications for a creator whose window is not in front: big gifts and a LIVE's goal
reached, said once each, through a fake tray."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from giftdesk.services import Services
from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.notifications import SETTING


@dataclass
class FakeTray:
    """Records the messages the window would put in the tray."""

    has_tray: bool = True
    messages: list[tuple[str, str]] = field(default_factory=list)

    def available(self) -> bool:
        return self.has_tray

    def show_message(self, title: str, text: str) -> None:
        self.messages.append((title, text))


@pytest.fixture
def in_front(qtbot):
    """Put a widget in front: another application's window, as far as ours can tell."""

    def bring(widget: QWidget) -> None:
        widget.show()
        widget.activateWindow()  # (raise_() the offscreen platform does not do, and says so)
        qtbot.waitUntil(widget.isActiveWindow)

    return bring


@pytest.fixture
def behind(qtbot, in_front):
    """Something else in front of the window."""
    other = QWidget()
    other.setWindowTitle("another application")
    qtbot.addWidget(other)
    return lambda: in_front(other)


@pytest.fixture
def cleo_shown(make_window, economy):
    """The window shows the creator Cleo, with a fake tray."""
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(cleo.id)
    tray = window.notifier.tray = FakeTray()
    return window, tray


def test_big_gifts_and_a_goal_reached_go_to_the_tray_once(cleo_shown, economy, behind):
    services, vera, cleo = economy
    window, tray = cleo_shown
    behind()
    services.lives.start(cleo.id, goal_diamonds=1_000)
    services.gifts.send(vera.id, cleo.id, "Rose", count=999)  # 999 coins: not big
    assert tray.messages == []
    services.gifts.send(vera.id, cleo.id, "Galaxy")  # 1,000 coins, 500 diamonds
    assert tray.messages == [("Vera sent you Galaxy", "1,000 coins: 500 diamonds for you.")]
    services.gifts.send(vera.id, cleo.id, "Rose", count=1_000)  # the goal: 499 + 500 + 500 diamonds
    assert tray.messages[1:] == [
        ("Vera sent you Rose x1,000", "1,000 coins: 500 diamonds for you."),
        ("LIVE goal reached", "Your LIVE has 1,499 of its 1,000 diamonds goal."),
    ]
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    assert len(tray.messages) == 4 and tray.messages[3][0] == "Vera sent you Galaxy"


def test_nothing_while_the_window_is_in_front(cleo_shown, economy, in_front, behind):
    services, vera, cleo = economy
    window, tray = cleo_shown
    in_front(window)
    services.lives.start(cleo.id, goal_diamonds=500)
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    behind()
    services.gifts.send(vera.id, cleo.id, "Rose")  # seen in front: not said now, nor later
    window.refresh()
    assert tray.messages == []


def test_nothing_when_turned_off_and_the_choice_is_kept(
    cleo_shown, economy, behind, settings, fresh_services, prompter, qtbot
):
    services, vera, cleo = economy
    window, tray = cleo_shown
    behind()
    assert window.notifier.toggle_action.isChecked()  # on at first
    assert window.notifier.toggle_action in window.menuBar().actions()[2].menu().actions()
    window.notifier.toggle_action.trigger()
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    assert tray.messages == []
    assert settings.value(SETTING, type=bool) is False
    again = MainWindow(fresh_services, prompter=prompter, settings=settings)
    qtbot.addWidget(again)
    assert not again.notifier.toggle_action.isChecked()
    window.notifier.toggle_action.trigger()  # on again: what came meanwhile is not news
    services.gifts.send(vera.id, cleo.id, "Rose")
    assert tray.messages == []


def test_nothing_for_a_viewer_nor_without_a_tray(make_window, economy, behind):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(vera.id)
    tray = window.notifier.tray = FakeTray()
    behind()
    services.lives.start(cleo.id, goal_diamonds=500)
    services.gifts.send(vera.id, cleo.id, "Galaxy")  # to Cleo, while Vera is shown
    assert tray.messages == []
    window.select_profile(cleo.id)  # what Cleo has already is history, the goal too
    tray.has_tray = False
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    assert tray.messages == []


def test_gifts_sent_elsewhere_are_said_when_the_window_looks(
    tmp_path, clock, prompter, settings, qtbot, behind
):
    path = tmp_path / "shared.sqlite3"
    here, elsewhere = Services.open(path, clock=clock), Services.open(path, clock=clock)
    try:
        vera = elsewhere.profiles.add("Vera", birthdate="1990-04-12")
        cleo = elsewhere.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
        elsewhere.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
        window = MainWindow(here, prompter=prompter, settings=settings)
        qtbot.addWidget(window)
        window.show()
        window.select_profile(cleo.id)
        tray = window.notifier.tray = FakeTray()
        behind()
        elsewhere.gifts.send(vera.id, cleo.id, "Galaxy")
        assert tray.messages == []  # another process: no notice here
        # The window's own look at the file (its watch timer) finds the write and says it.
        first = [("Vera sent you Galaxy", "1,000 coins: 500 diamonds for you.")]
        qtbot.waitUntil(lambda: tray.messages == first, timeout=2_000)
        for _ in range(5):  # a burst: one message, not five
            elsewhere.gifts.send(vera.id, cleo.id, "Galaxy")
        burst = [("5 big gifts", "5,000 coins in all, from Vera.")]
        qtbot.waitUntil(lambda: tray.messages[1:] == burst, timeout=2_000)
        window.close()
    finally:
        here.close()
        elsewhere.close()


def test_the_real_tray_is_asked_whether_the_desktop_has_one(make_window, economy, behind):
    """Offscreen there is no tray: the window says nothing, and makes no tray icon."""
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(cleo.id)
    behind()
    assert window.notifier.tray.available() is False
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    assert window.notifier.tray._icon is None
