from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _open_gifts(make_window, sender_id):
    window = make_window()
    window.select_profile(sender_id)
    window.tabs.setCurrentWidget(window.gifts_tab)
    return window, window.gifts_tab


def test_preview_shows_cost_money_and_creator_share(make_window, economy):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Money Gun")
    assert tab.cost_label.total_label.text() == "Total: <b>500 coins</b>"
    text = tab.cost_label.text()
    # What her oldest coins cost her, and where that money goes.
    assert "cost you <b>$4.80</b>" in text
    assert "250 diamonds" in text and "<b>$2.50</b> (52%" in text
    assert "the platform $2.30, the app store $0.00" in text
    assert not tab.count_spin.isEnabled()


def test_send_combo_then_undo(make_window, economy, qtbot):
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    tab.count_spin.setValue(5)
    with qtbot.waitSignal(tab.gift_sent) as sent:
        tab.send_bar.send_button.click()
    assert sent.args[0].coins_spent == 5
    assert services.balance(vera.id).coins == 19_245
    assert services.balance(cleo.id).diamonds == 2
    assert tab.animation_label.isVisible()
    assert tab.send_bar.undo_button.isVisible() and "10 s" in tab.send_bar.undo_button.text()
    assert "19,245" in window.header.coins_label.text()
    with qtbot.waitSignal(tab.gift_undone):
        tab.send_bar.undo_button.click()
    assert services.balance(vera.id).coins == 19_250
    assert services.balance(cleo.id).diamonds == 0
    assert not tab.send_bar.undo_button.isVisible()


def test_undo_button_disappears_when_the_window_closes(make_window, economy, qtbot):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.send_bar.send_button.click()
    tab.send_bar.undo_timer.setInterval(1)  # run the 10-second countdown fast
    qtbot.waitUntil(lambda: not tab.send_bar.undo_button.isVisible())
    assert services.balance(vera.id).coins == 19_249


def test_double_click_sends_once(make_window, economy, qtbot):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    # A person's double-click is two clicks with the event loop run between them (QTest's
    # mouseDClick sends no click at all). The gift's own change notice refreshed the
    # preview, and used to turn the button back on at once.
    qtbot.mouseClick(tab.send_bar.send_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not tab.send_bar.send_button.isEnabled()
    qtbot.mouseClick(tab.send_bar.send_button, Qt.MouseButton.LeftButton)
    assert services.balance(vera.id).coins == 19_249
    qtbot.waitUntil(tab.send_bar.send_button.isEnabled)  # and it comes back for the next gift


def test_large_gift_asks_first_and_no_means_nothing_sent(make_window, economy, prompter):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Galaxy")
    prompter.answer = False
    tab.send_bar.send_button.click()
    assert prompter.confirms and "1,000 coins" in prompter.confirms[-1]
    assert services.balance(vera.id).coins == 19_250


def test_the_confirmation_threshold_comes_from_the_rules(make_window, economy, prompter, qtbot):
    services, vera, cleo = economy
    services.ctx.rules = dataclasses.replace(services.rules, confirm_at_coins=100)
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    prompter.answer = False
    tab.select_gift("Hat and Mustache")  # 99 coins: sent without asking
    tab.send_bar.send_button.click()
    assert not prompter.confirms
    qtbot.waitUntil(tab.send_bar.send_button.isEnabled)  # the button rests a moment after a send
    tab.select_gift("Hand Hearts")  # 100 coins: asks, and no sends nothing
    tab.send_bar.send_button.click()
    assert len(prompter.confirms) == 1 and "100 coins" in prompter.confirms[0]
    assert services.balance(vera.id).coins == 19_250 - 99


def test_not_enough_coins_offers_recharge_of_the_difference(make_window, economy, prompter, qtbot):
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Lion")
    with qtbot.waitSignal(tab.recharge_requested) as asked:
        tab.send_bar.send_button.click()
    assert asked.args == [29_999 - 19_250]
    assert window.tabs.currentWidget() is window.recharge_tab
    assert window.recharge_tab.is_custom()
    assert window.recharge_tab.package_box.custom_edit.amount() == 10_749
    assert window.recharge_tab.package_box.custom_edit.text() == "10,749"  # read as shown elsewhere


def test_search_and_price_filter(make_window, economy):
    _, vera, _ = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.gift_list.search_edit.setText("ro")
    names = {
        tab.gift_list.filter_model.index(r, 0).data().split("\n")[0]
        for r in range(tab.gift_list.filter_model.rowCount())
    }
    assert names == {"Rose", "Rosa"}
    tab.gift_list.search_edit.clear()
    tab.gift_list.price_combo.setCurrentIndex(4)  # 10,000 and up
    assert tab.gift_list.filter_model.rowCount() == 3


def test_top_supporters_follow_gifts(make_window, economy, qtbot):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Corgi")
    tab.send_bar.send_button.click()
    model = tab.supporters_box.model
    assert model.rowCount() == 1
    assert model.index(0, model.Column.SUPPORTER).data() == "Vera"
    assert model.index(0, model.Column.COINS).data() == "299"


def test_a_creator_cannot_pick_themselves(make_window, economy):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, cleo.id)
    assert tab.creator_combo.findText("Cleo") == -1


def test_switching_profile_ends_the_undo_offer(make_window, economy, qtbot):
    services, vera, cleo = economy
    sam = services.profiles.add("Sam", birthdate="1990-01-01")
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Corgi")
    tab.send_bar.send_button.click()
    assert tab.send_bar.undo_button.isVisible() and "Corgi" in tab.status_label.text()
    window.select_profile(sam.id)
    assert not tab.send_bar.undo_button.isVisible()
    assert tab.status_label.text() == ""
    tab.send_bar.undo_button.click()  # even if it were still reachable, Sam cannot take Vera's back
    assert services.balance(vera.id).coins == 19_250 - 299


def test_locking_ends_the_undo_offer(make_window, economy, prompter, qtbot):
    services, vera, cleo = economy
    services.security.set_password(vera.id, "a long enough password")
    prompter.secrets = ["a long enough password"]
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.send_bar.send_button.click()
    assert tab.send_bar.undo_button.isVisible()
    window.lock_action.trigger()
    assert window.selection.profile_id is None
    assert not tab.send_bar.undo_button.isVisible()
    tab.send_bar.undo_button.click()
    assert services.balance(vera.id).coins == 19_249


def test_a_gift_beyond_the_balance_offers_recharge_before_asking_to_confirm(
    make_window, economy, prompter, qtbot
):
    services, vera, cleo = economy
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Lion")  # 29,999 coins: above the confirmation threshold and the balance
    prompter.answer = False
    tab.send_bar.send_button.click()
    assert len(prompter.confirms) == 1
    assert "Recharge the 10,749 coins you are missing" in prompter.confirms[0]


def test_a_minor_sees_why_before_pressing_send(make_window, fresh_services, creator):
    timmy = fresh_services.profiles.add("Timmy", birthdate="2015-06-01")
    _, tab = _open_gifts(make_window, timmy.id)
    tab.select_creator("Cleo")
    assert not tab.send_bar.send_button.isEnabled()
    assert "Timmy must be 18 or older to send gifts" in tab.cost_label.text()


def test_a_gift_over_the_budget_is_refused_before_send(make_window, economy):
    services, vera, cleo = economy
    services.profiles.set_budget(vera.id, daily_coins=100, monthly_coins=None)
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Hand Hearts")  # 100 coins: exactly the budget
    assert tab.send_bar.send_button.isEnabled()
    tab.select_gift("Sunglasses")  # 199 coins
    assert not tab.send_bar.send_button.isEnabled()
    assert "daily budget of 100 coins" in tab.cost_label.text()


def test_a_long_or_markup_name_is_shortened_and_shown_as_text(make_window, economy):
    services, vera, _ = economy
    name = "<b>" + "W" * 61
    services.profiles.add(name, birthdate="1988-02-03", creator=True)
    _, tab = _open_gifts(make_window, vera.id)
    tab.select_creator(name)
    text = tab.cost_label.text()
    assert "&lt;b&gt;" + "W" * 20 + "…" in text and "W" * 40 not in text
    assert "<b>WWW" not in text
    assert tab.gift_list.search_edit.width() > 150  # the creator box did not grow over the search


def test_the_only_creator_is_told_there_is_no_other(make_window, fresh_services, creator):
    _, tab = _open_gifts(make_window, creator.id)
    assert "No other creator to send to yet" in tab.cost_label.text()


def test_a_creator_named_in_markup_is_shown_as_typed(make_window, economy, fresh_services):
    _, vera, _ = economy
    kai = fresh_services.profiles.add("<i>Kai</i> the great", birthdate="1990-01-01", creator=True)
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("<i>Kai</i> the great")
    tab.select_gift("Rose")
    tab.send_bar.send_button.click()
    assert fresh_services.balance(kai.id).diamonds == 0  # half a diamond, carried
    assert tab.status_label.text().startswith("Sent Rose to <i>Kai</i> the great. ")
    assert tab.status_label.textFormat() == Qt.TextFormat.PlainText  # not in italics


def test_a_yes_after_the_window_switched_profile_sends_nothing(make_window, economy, prompter):
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Galaxy")  # 1,000 coins: asks first

    def yes_once_the_window_switched(parent, title, text):
        window.select_profile(cleo.id)  # the watch timer, say, started over meanwhile
        return True

    prompter.confirm = yes_once_the_window_switched
    tab.send_bar.send_button.click()
    assert services.balance(vera.id).coins == 19_250
    assert services.balance(cleo.id).diamonds == 0


def test_a_status_line_goes_when_its_gift_is_undone_elsewhere(make_window, economy, qtbot):
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("TikTok")
    tab.send_bar.send_button.click()
    assert tab.status_label.text().startswith("Sent TikTok to Cleo. ")
    sent = tab.send_bar.offered
    # Another window or `giftdesk undo N` takes it back: this window only notices on its
    # next look at the file (the watch timer's refresh).
    services.gifts.undo(sent.transaction_id)
    window.refresh()
    assert tab.status_label.text() == "TikTok to Cleo was taken back elsewhere."
    assert not tab.send_bar.undo_button.isVisible()


def test_a_combo_reads_grouped_everywhere(make_window, economy, prompter, qtbot):
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    tab.count_spin.setValue(1_500)
    tab.send_bar.send_button.click()
    assert "Rose x1,500 to Cleo" in prompter.confirms[-1]
    # What this gift did, to the cent, as its result has it (the panel below already
    # previews the next one).
    paid = tab.send_bar.offered.money_trail.paid_cents
    assert tab.status_label.text() == (
        f"Sent Rose x1,500 to Cleo. Those coins cost you ${paid // 100}.{paid % 100:02d};"
        " Cleo received 750 diamonds ($7.50)."
    )
    window.tabs.setCurrentWidget(window.activity_tab)
    what = window.activity_tab.model.index(0, window.activity_tab.model.Column.WHAT).data()
    assert what == "Sent Rose x1,500 to Cleo (video)"  # Cleo is not LIVE: a video gift


def test_after_the_recharge_offer_the_purchase_leads_back_to_the_gift(
    make_window, economy, prompter, qtbot
):
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    tab.select_creator("Cleo")
    tab.select_gift("Lion")  # 29,999 coins; Vera has 19,250
    tab.send_bar.send_button.click()
    recharge = window.recharge_tab
    assert window.tabs.currentWidget() is recharge
    recharge.method_combo.setCurrentIndex(recharge.method_combo.findData("paypal"))
    with qtbot.waitSignal(recharge.recharged):
        recharge.buy_button.click()
    assert window.tabs.currentWidget() is tab  # back to the gift the coins were for
    assert tab.selected_gift().name == "Lion" and tab.selected_creator_id() == cleo.id
    assert tab.status_label.text() == ("You have 29,999 coins now: Send gift sends Lion to Cleo.")
    assert window.focusWidget() is tab.send_bar.send_button
    recharge.select_package(70)  # a purchase made later, on its own, stays on Recharge
    window.tabs.setCurrentWidget(recharge)
    with qtbot.waitSignal(recharge.recharged):
        qtbot.waitUntil(recharge.buy_button.isEnabled)
        recharge.buy_button.click()
    assert window.tabs.currentWidget() is recharge


def test_an_empty_search_says_nothing_matches(make_window, economy):
    _, vera, _ = economy
    _, tab = _open_gifts(make_window, vera.id)
    grid = tab.gift_list
    grid.search_edit.setText("zebra")
    assert grid.filter_model.rowCount() == 0
    assert grid.empty_text().startswith("No gift matches “zebra”.")
    assert grid.accessibleDescription() == grid.empty_text()  # a screen reader hears it too
    grid.price_combo.setCurrentIndex(4)
    assert "“zebra” with the price filter “10,000 coins and up”" in grid.empty_text()
    grid.search_edit.clear()
    grid.price_combo.setCurrentIndex(0)
    assert grid.filter_model.rowCount() > 0 and grid.accessibleDescription() == ""


def test_send_keeps_its_place_when_undo_comes_and_goes(make_window, economy, qtbot):
    """A second click where Undo was, just after its 10 s, must not land on Send."""
    services, vera, cleo = economy
    window, tab = _open_gifts(make_window, vera.id)
    window.show()
    qtbot.waitExposed(window)
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    bar = tab.send_bar
    before = bar.send_button.geometry()
    bar.send_button.click()
    qtbot.waitUntil(bar.undo_button.isVisible)
    where_undo_was = bar.undo_button.geometry().center()
    assert bar.send_button.geometry() == before
    bar.end_offer()  # the 10 s are over
    QApplication.processEvents()
    assert not bar.undo_button.isVisible()
    assert bar.send_button.geometry() == before
    assert not bar.send_button.geometry().contains(where_undo_was)
