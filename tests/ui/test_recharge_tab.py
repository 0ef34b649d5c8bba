from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_app_package_purchase_credits_bonus_and_shows_receipt(
    make_window, fresh_services, viewer, qtbot
):
    window = make_window()
    tab = window.recharge_tab
    window.select_profile(viewer.id)
    tab.channel_box.app_radio.click()
    assert tab.method() == "app-store"
    assert not tab.package_box.custom_button.isEnabled()
    tab.package_box.package_buttons[700].click()
    assert "$9.99" in tab.summary_label.text()
    assert "70 first-purchase bonus" in tab.summary_label.text()
    with qtbot.waitSignal(tab.recharged) as sent:
        tab.buy_button.click()
    assert sent.args[0].price_cents == 999
    assert fresh_services.balance(viewer.id).coins == 770
    # Named by the transaction's reference, which no later transaction gets, even after a
    # restore brings its number back.
    assert f"Receipt {sent.args[0].transaction_reference}</b>" in tab.receipt_label.text()
    assert "770" in window.header.coins_label.text()  # the header updated at once


def test_a_double_click_on_buy_pays_once(make_window, fresh_services, viewer, qtbot):
    window = make_window()
    tab = window.recharge_tab
    window.select_profile(viewer.id)
    tab.channel_box.app_radio.click()
    tab.package_box.package_buttons[70].click()
    # A person's double-click is two clicks with the event loop run between them (QTest's
    # mouseDClick sends no click at all). The purchase's own change notice refreshed the
    # summary, and used to turn the button back on at once.
    qtbot.mouseClick(tab.buy_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not tab.buy_button.isEnabled()
    qtbot.mouseClick(tab.buy_button, Qt.MouseButton.LeftButton)
    assert fresh_services.balance(viewer.id).coins == 77  # one 70-coin package, +10% bonus
    assert fresh_services.history.count(viewer.id) == 1
    qtbot.waitUntil(tab.buy_button.isEnabled)  # and it comes back for the next purchase


def test_a_long_name_on_the_receipt_is_shortened(make_window, fresh_services, qtbot):
    long_name = "Maximilian" * 6 + "Xyz"  # 63 letters and no space to wrap at
    buyer = fresh_services.profiles.add(long_name, birthdate="1990-04-12")
    window = make_window()
    window.select_profile(buyer.id)
    tab = window.recharge_tab
    tab.channel_box.app_radio.click()
    with qtbot.waitSignal(tab.recharged):
        tab.buy_button.click()
    assert long_name not in tab.receipt_label.text()
    assert "MaximilianMaximilianMax… bought" in tab.receipt_label.text()


def test_package_cards_show_price_per_coin_and_web_saving(make_window, viewer):
    window = make_window()
    tab = window.recharge_tab
    tab.channel_box.app_radio.click()
    text = tab.package_box.package_buttons[70].text()
    assert "$0.99" in text and "Web: $0.74\n$0.25 less there" in text
    tab.channel_box.web_radio.click()
    assert "$0.74" in tab.package_box.package_buttons[70].text()
    assert "App: $249.99\nyou save $64.99" in tab.package_box.package_buttons[17_500].text()


def test_package_cards_show_every_line_whole_at_the_smallest_window(make_window, viewer):
    window = make_window()
    window.resize(window.minimumSize())
    tab = window.recharge_tab
    for radio in (tab.channel_box.app_radio, tab.channel_box.web_radio):
        radio.click()
        for button in tab.package_box.package_buttons.values():
            lines = button.text().split("\n")
            widest = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
            assert widest <= button.contentsRect().width() - 8, button.text()  # padding 4+4


def test_custom_amount_has_live_price_and_limits(make_window, fresh_services, viewer, qtbot):
    window = make_window()
    tab = window.recharge_tab
    tab.channel_box.web_radio.click()
    tab.package_box.custom_button.click()
    qtbot.keyClicks(tab.package_box.custom_edit, "1000")
    assert tab.package_box.custom_price_label.text() == "= $10.58"
    tab.package_box.custom_edit.clear()
    qtbot.keyClicks(tab.package_box.custom_edit, "29")
    assert not tab.buy_button.isEnabled()
    assert "30 to 2,500,000" in tab.summary_label.text()
    tab.package_box.custom_edit.clear()
    qtbot.keyClicks(tab.package_box.custom_edit, "12,500")  # grouped as a person writes it
    assert tab.package_box.custom_price_label.text() == "= $132.15"


def test_card_form_validates_inline_and_never_keeps_the_number(
    make_window, fresh_services, viewer, qtbot
):
    window = make_window()
    tab = window.recharge_tab
    tab.channel_box.web_radio.click()
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("card"))
    assert tab.card_form.isVisible()
    qtbot.keyClicks(tab.card_form.number_edit, "4242 4242 4242 4241")
    qtbot.keyClicks(tab.card_form.expiry_edit, "12/30")
    qtbot.keyClicks(tab.card_form.cvc_edit, "123")
    assert "not valid" in tab.card_form.error_label.text()
    tab.buy_button.click()
    assert fresh_services.balance(viewer.id).coins == 0
    tab.card_form.number_edit.clear()
    qtbot.keyClicks(tab.card_form.number_edit, "4242 4242 4242 4242")
    assert tab.card_form.error_label.text() == "Card looks good."
    assert tab.card_form.error_label.property("ok") is True  # green, not the error red
    tab.package_box.package_buttons[350].click()
    tab.buy_button.click()
    assert fresh_services.balance(viewer.id).coins == 385
    assert "Visa ending 4242" in tab.receipt_label.text()
    assert tab.card_form.number_edit.text() == "" and tab.card_form.cvc_edit.text() == ""


def test_declined_card_is_a_message_and_nothing_is_bought(
    make_window, fresh_services, viewer, prompter, qtbot
):
    window = make_window()
    tab = window.recharge_tab
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("card"))
    qtbot.keyClicks(tab.card_form.number_edit, "4000 0000 0000 0002")
    qtbot.keyClicks(tab.card_form.expiry_edit, "12/30")
    qtbot.keyClicks(tab.card_form.cvc_edit, "123")
    tab.buy_button.click()
    assert prompter.errors and "declined" in prompter.errors[-1]
    assert fresh_services.balance(viewer.id).coins == 0


def test_minor_is_told_before_paying_and_cannot_buy(make_window, fresh_services):
    kid = fresh_services.profiles.add("Kid", birthdate="2015-01-01")
    window = make_window()
    window.select_profile(kid.id)
    tab = window.recharge_tab
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("paypal"))
    assert "must be 18 or older to buy coins" in tab.summary_label.text()
    assert not tab.buy_button.isEnabled()
    tab.buy_button.click()
    assert fresh_services.balance(kid.id).coins == 0


def test_quote_finds_cheapest_way(make_window, viewer, qtbot):
    window = make_window()
    tab = window.recharge_tab
    qtbot.keyClicks(tab.quote_box.coins_edit, "1000")
    qtbot.keyClick(tab.quote_box.coins_edit, Qt.Key.Key_Return)
    assert "$10.58" in tab.quote_box.answer_label.text()
    assert "web" in tab.quote_box.answer_label.text()
    assert "$14.85" in tab.quote_box.answer_label.text()  # what the app channel would cost


def test_switching_profile_clears_card_receipt_and_custom_amount(
    make_window, fresh_services, viewer, qtbot
):
    other = fresh_services.profiles.add("Sam", birthdate="1990-01-01")
    window = make_window()
    window.select_profile(viewer.id)
    tab = window.recharge_tab
    window.tabs.setCurrentWidget(tab)
    tab.channel_box.web_radio.click()
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("card"))
    qtbot.keyClicks(tab.card_form.number_edit, "4242 4242 4242 4242")
    qtbot.keyClicks(tab.card_form.expiry_edit, "12/30")
    qtbot.keyClicks(tab.card_form.cvc_edit, "123")
    tab.buy_button.click()
    assert "<b>Receipt " in tab.receipt_label.text()
    qtbot.keyClicks(tab.card_form.number_edit, "4242 4242 4242 4242")
    tab.select_custom(500)
    window.select_profile(other.id)
    assert tab.card_form.number_edit.text() == ""
    assert tab.package_box.custom_edit.amount() is None
    assert "<b>Receipt " not in tab.receipt_label.text()
    assert viewer.name not in tab.receipt_label.text()


def test_the_sandbox_card_note_shows_only_where_it_means_something(make_window, viewer):
    window = make_window()
    tab = window.recharge_tab
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("card"))
    assert tab.sandbox_label.isVisible() and "card brand" in tab.sandbox_label.text()
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("paypal"))
    assert tab.sandbox_label.isVisible() and "card" not in tab.sandbox_label.text()
    tab.channel_box.app_radio.click()  # the app store takes the payment itself
    assert tab.method() == "app-store" and not tab.sandbox_label.isVisible()


@pytest.mark.parametrize("coins", [70, 1_470, 2_100, 36_000])
def test_the_quote_reads_as_the_command_line_says_it(make_window, fresh_services, viewer, coins):
    """One way everywhere: "1 x 70-coin package at $0.74" ("1 x 70 coins package" here)."""
    from giftdesk.cli import text

    window = make_window()
    box = window.recharge_tab.quote_box
    box.coins_edit.set_amount(coins)
    box.find_button.click()
    shown = box.answer_label.accessibleDescription()
    items = text.quote(coins, fresh_services.recharge.quote(coins))[1:]
    assert items
    for line in items:
        assert line.strip() in shown


def test_the_receipt_words_the_card_and_channel_in_the_language(
    qapp, fresh_services, viewer, restore_language
):
    """German read "Visa ending 4242" and "Kanal web" among its own words."""
    from giftdesk.services.payments import CardDetails
    from giftdesk.ui import language
    from giftdesk.ui.recharge.receipt_label import ReceiptLabel

    done = fresh_services.recharge.recharge(
        viewer.id,
        coins=350,
        channel="web",
        method="card",
        card=CardDetails("4242424242424242", "12/30", "123"),
    )
    language.install_language(qapp, "de")
    label = ReceiptLabel()
    label.show_receipt(done)
    assert "Visa, Endziffern 4242" in label.text() and "Kanal Web" in label.text()
    label.deleteLater()
