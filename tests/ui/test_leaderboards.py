"""Leaderboards by period in the Gifts and Earnings tabs, and the LIVE history in Earnings:
read through the services, reachable by keyboard, empty for a reason they say, and the
period chosen not following to another profile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

PERIODS = ("day", "week", "month", "year", "all")


@pytest.fixture
def two_weeks(economy, clock):
    """Vera sent Cleo a Galaxy (1,000 coins) on Wed 25 Nov 2026; a week later, on Wed 2 Dec,
    Kai sent her 5 Roses. The clock stays on 2 Dec."""
    services, vera, cleo = economy
    kai = services.profiles.add("Kai", birthdate="1991-01-01")
    services.recharge.recharge(kai.id, coins=70, channel="web", method="paypal")
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    clock.advance(days=7)
    services.gifts.send(kai.id, cleo.id, "Rose", count=5)
    return services, vera, cleo, kai


def _names(box) -> list[str]:
    model = box.model
    return [model.index(r, model.Column.SUPPORTER).data() for r in range(model.rowCount())]


def _gifts_box(window, viewer_id):
    window.select_profile(viewer_id)
    window.tabs.setCurrentWidget(window.gifts_tab)
    window.gifts_tab.select_creator("Cleo")
    return window.gifts_tab.supporters_box


def test_the_gifts_tab_board_by_period(make_window, two_weeks):
    _, vera, _, _ = two_weeks
    window = make_window()
    box = _gifts_box(window, vera.id)
    assert box.period() == "all"  # at first, as before periods
    assert _names(box) == ["Vera", "Kai"]
    assert box.span_label.text() == "Every gift so far"
    shown = {}
    for period in PERIODS:
        box.period_switch.set_period(period)
        shown[period] = (_names(box), box.span_label.text())
    assert shown == {
        "day": (["Kai"], "Wednesday 2 December 2026"),
        "week": (["Kai"], "Mon 30 Nov to Sun 6 Dec 2026"),
        "month": (["Kai"], "December 2026"),
        "year": (["Vera", "Kai"], "2026"),
        "all": (["Vera", "Kai"], "Every gift so far"),
    }
    box.period_switch.set_period("year")
    model = box.model
    assert [model.index(0, c).data() for c in model.Column] == ["1", "Vera", "1,000", "1"]
    assert box.title() == "Cleo's top supporters"


def test_an_empty_board_says_why_for_its_period(make_window, economy, clock):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    clock.advance(days=1)  # Thursday: nothing today, something this week
    window = make_window()
    box = _gifts_box(window, vera.id)
    box.period_switch.set_period("day")
    assert box.model.rowCount() == 0 and box.view.is_empty()
    assert box.view.empty_text() == (
        "No gifts for Cleo today: the first one you send puts you on top."
    )
    assert box.view.accessibleDescription() == box.view.empty_text()  # a screen reader hears it
    box.period_switch.set_period("week")
    assert _names(box) == ["Vera"] and box.view.accessibleDescription() == ""
    earnings = window.earnings_tab
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(earnings)
    earnings.supporters_box.period_switch.set_period("day")
    assert earnings.supporters_box.view.empty_text() == (
        "No gifts today yet: whoever sends you one today shows here."
    )


def test_the_choice_does_not_follow_to_another_profile(make_window, two_weeks):
    services, vera, cleo, kai = two_weeks
    window = make_window()
    box = _gifts_box(window, vera.id)
    box.period_switch.set_period("week")
    window.select_profile(kai.id)
    assert box.period() == "all" and _names(box) == ["Vera", "Kai"]
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(window.earnings_tab)
    earnings_box = window.earnings_tab.supporters_box
    earnings_box.period_switch.set_period("day")
    assert _names(earnings_box) == ["Kai"]
    window.select_profile(vera.id)
    window.select_profile(cleo.id)
    assert earnings_box.period() == "all" and _names(earnings_box) == ["Vera", "Kai"]


def test_a_gift_moves_the_board_of_the_period_shown(make_window, two_weeks):
    services, vera, cleo, _ = two_weeks
    window = make_window()
    box = _gifts_box(window, vera.id)
    box.period_switch.set_period("day")
    window.gifts_tab.select_gift("Galaxy")
    window.gifts_tab.send_bar.send_button.click()
    assert _names(box) == ["Vera", "Kai"]


def test_switching_periods_moves_nothing(make_window, two_weeks):
    _, vera, cleo, _ = two_weeks
    window = make_window()
    for tab, profile in ((window.gifts_tab, vera), (window.earnings_tab, cleo)):
        window.select_profile(profile.id)
        window.tabs.setCurrentWidget(tab)
        if tab is window.gifts_tab:
            tab.select_creator("Cleo")
        box = tab.supporters_box
        QApplication.processEvents()
        places = set()
        for period in (*PERIODS, "day"):  # full boards and empty ones
            box.period_switch.set_period(period)
            QApplication.processEvents()
            places.add(
                tuple(
                    w.geometry().getRect()
                    for w in (box, box.view, box.span_label, box.period_switch.period_combo)
                )
            )
        assert len(places) == 1, places


def test_the_period_by_keyboard_and_its_name(active_window, two_weeks, qtbot):
    _, vera, _, _ = two_weeks
    window = active_window()
    box = _gifts_box(window, vera.id)
    combo = box.period_switch.period_combo
    assert box.period_switch.caption_label.buddy() is combo  # a screen reader's "Period"
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the first choice: today
    assert box.period() == "day" and _names(box) == ["Kai"]
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box.view  # on to the board itself
    assert box.span_label.accessibleName() == "Days shown: Wednesday 2 December 2026"


def test_the_live_history_newest_first_and_live_changes(make_window, economy, clock):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(cleo.id)
    tab = window.earnings_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.live_history_view
    assert view.is_empty()
    assert view.empty_text().startswith("You have not been LIVE yet.")
    services.lives.start(cleo.id, title="Morning", goal_diamonds=400)
    assert view.history_model.rowCount() == 1  # a LIVE started: the notice refreshes it
    column = view.history_model.Column
    assert view.history_model.index(0, column.ON_AIR).data() == "On air now"
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    clock.advance(minutes=12)
    services.lives.end(cleo.id)
    assert view.history_model.index(0, column.ON_AIR).data() == "12 min"
    assert view.history_model.index(0, column.GOAL).data() == "400: reached"
    services.lives.start(cleo.id, title="Evening")
    titles = [view.history_model.index(r, column.TITLE).data() for r in range(2)]
    assert titles == ["Evening", "Morning"]
    assert view.history_model.index(0, column.GOAL).data() == "No goal"
    tab.lists_tabs.setCurrentWidget(view)
    assert view.isVisible() and view.accessibleName() == "Your LIVEs"
    window.select_profile(vera.id)  # a viewer has no LIVEs to list
    assert view.history_model.rowCount() == 0


def test_the_earnings_tab_is_no_taller_at_its_smallest_for_it(make_window, two_weeks):
    """The period switch and the LIVE history take no height the window's smallest size
    lacks: once the tab was 80 pixels taller at its smallest, more than a laptop's screen."""
    _, _, cleo, _ = two_weeks
    window = make_window()
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(window.earnings_tab)
    assert window.earnings_tab.minimumSizeHint().height() <= 572  # as it was before them
