from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _creator_with_diamonds(services, vera, cleo, *, galaxies: int = 4):
    for _ in range(galaxies):
        services.gifts.send(vera.id, cleo.id, "Galaxy")  # 500 diamonds each


def test_viewer_sees_explanation(make_window, economy):
    _, vera, _ = economy
    window = make_window()
    window.select_profile(vera.id)
    assert window.earnings_tab.pages.currentIndex() == 0


def _earnings_of_a_creator_with_diamonds(make_window, economy):
    """The Earnings tab on screen for Cleo, with 2,000 diamonds from Vera."""
    services, vera, cleo = economy
    _creator_with_diamonds(services, vera, cleo)
    window = make_window()
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(window.earnings_tab)
    return window, window.earnings_tab  # the window too: the tab dies with it


def test_creator_sees_diamonds_gifts_chart_and_supporters(make_window, economy):
    _window, tab = _earnings_of_a_creator_with_diamonds(make_window, economy)
    assert tab.pages.currentIndex() == 1
    assert tab.diamonds_label.text() == "2,000 diamonds"
    assert "$20.00" in tab.value_label.text()
    assert tab.received_model.rowCount() == 4
    bars = tab.chart.bars()  # the last 30 calendar days, today last, days without gifts at 0
    assert len(bars) == 30
    assert (bars[-1].title, bars[-1].value, bars[-1].count) == ("Wed 25 Nov 2026", 2000, 4)
    assert (bars[0].label, bars[0].value) == ("27 Oct", 0)
    assert sum(bar.value for bar in bars) == 2000
    assert tab.chart_box.figure_label.text() == "Wed 25 Nov 2026: 2,000 diamonds from 4 gifts"
    supporters = tab.supporters_box.model
    assert supporters.index(0, supporters.Column.SUPPORTER).data() == "Vera"


def test_payout_request_then_settle(make_window, economy, qtbot):
    services, vera, cleo = economy
    _creator_with_diamonds(services, vera, cleo)
    window = make_window()
    window.select_profile(cleo.id)
    tab = window.earnings_tab
    window.tabs.setCurrentWidget(tab)  # where a creator asks for a payout
    qtbot.keyClicks(tab.payout_edit, "1500")
    assert tab.payout_value_label.text() == "= $15.00"
    with qtbot.waitSignal(tab.payout_requested):
        tab.payout_button.click()
    assert services.balance(cleo.id).diamonds == 500
    assert tab.payouts_model.rowCount() == 1
    assert tab.lists_tabs.currentWidget() is tab.payouts_view  # the pending one, in sight
    status = tab.payouts_model.index(0, tab.payouts_model.Column.STATUS).data()
    assert status == "Pending"
    assert "$985.00 left today" in tab.limits_label.text()
    assert tab.payout_status_label.text().startswith("Payout of $15.00 to Bank account requested")
    tab.settle_button.click()
    assert tab.payouts_model.index(0, tab.payouts_model.Column.STATUS).data() == "Paid"
    assert tab.payout_status_label.text() == "Processed 1: 1 paid ($15.00), 0 failed."
    window.select_profile(vera.id)
    window.select_profile(cleo.id)
    assert tab.payout_status_label.text() == ""


def test_a_double_click_on_request_payout_pays_out_once_and_says_nothing_wrong(
    make_window, economy, prompter, qtbot
):
    services, _, cleo = economy
    _window, tab = _earnings_of_a_creator_with_diamonds(make_window, economy)
    qtbot.keyClicks(tab.payout_edit, "1000")
    qtbot.mouseClick(tab.payout_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # as between a person's two clicks
    qtbot.mouseClick(tab.payout_button, Qt.MouseButton.LeftButton)
    assert services.balance(cleo.id).diamonds == 1_000 and tab.payouts_model.rowCount() == 1
    assert prompter.errors == []  # the second click did not find the amount gone
    qtbot.waitUntil(tab.payout_button.isEnabled)


def test_payout_below_minimum_is_refused_with_a_message(make_window, economy, prompter, qtbot):
    services, vera, cleo = economy
    _creator_with_diamonds(services, vera, cleo)
    window = make_window()
    window.select_profile(cleo.id)
    tab = window.earnings_tab
    qtbot.keyClicks(tab.payout_edit, "999")
    tab.payout_button.click()
    assert prompter.errors and "minimum payout is 1,000 diamonds" in prompter.errors[-1]
    assert services.balance(cleo.id).diamonds == 2000


def test_new_gifts_badge_until_opened(make_window, economy):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(cleo.id)
    services.gifts.send(vera.id, cleo.id, "Rose")
    assert "(1 new)" in window.tabs.tabText(2)
    window.tabs.setCurrentWidget(window.earnings_tab)
    assert window.tabs.tabText(2) == "&Earnings"
    assert services.earnings.unseen_count(cleo.id) == 0


def test_a_gift_arriving_while_the_creator_looks_at_earnings_is_not_new(make_window, economy):
    services, vera, cleo = economy
    _window, tab = _earnings_of_a_creator_with_diamonds(make_window, economy)
    services.gifts.send(vera.id, cleo.id, "Rose")  # (from another window, say)
    assert tab.received_model.rowCount() == 5  # on screen at once
    assert _window.tabs.tabText(2) == "&Earnings"  # so no "(1 new)" badge for it
    assert services.earnings.unseen_count(cleo.id) == 0


def test_badge_shows_new_gifts_of_the_profile_switched_to(make_window, economy):
    services, vera, cleo = economy
    window = make_window()
    window.select_profile(cleo.id)  # shown once: gifts from now on are news
    window.select_profile(vera.id)
    assert window.tabs.tabText(2) == "&Earnings"  # a viewer has no earnings
    services.gifts.send(vera.id, cleo.id, "Rose")
    services.gifts.send(vera.id, cleo.id, "Rose")
    window.select_profile(cleo.id)  # the Earnings tab is hidden: its badge still counts
    assert window.earnings_tab.stale
    assert "(2 new)" in window.tabs.tabText(2)
    window.select_profile(vera.id)
    assert window.tabs.tabText(2) == "&Earnings"


def test_a_creator_shown_for_the_first_time_has_no_badge_for_old_gifts(make_window, fresh_services):
    """The demo economy's weeks of gifts are the creators' history, not news."""
    from giftdesk.services.demo import CREATORS, seed_demo

    seed_demo(fresh_services)
    window = make_window()
    for name, _ in CREATORS:
        window.select_profile(fresh_services.profiles.find(name).id)
        assert window.tabs.tabText(2) == "&Earnings"


def test_chart_days_form_a_time_axis(make_window, economy, clock):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Galaxy")  # 11-25: 500 diamonds
    clock.advance(days=2)
    services.gifts.send(vera.id, cleo.id, "Money Gun")  # 11-27: 250; 11-26 had none
    window = make_window()
    window.select_profile(cleo.id)
    window.tabs.setCurrentWidget(window.earnings_tab)
    bars = window.earnings_tab.chart.bars()
    assert [(bar.label, bar.value) for bar in bars[-3:]] == [
        ("25 Nov", 500),
        ("26 Nov", 0),
        ("27 Nov", 250),
    ]
    window.earnings_tab.chart.grab()  # paints at its size without error
