"""Nothing jumps while a person types or a hint comes and goes: Send gift and Buy coins keep
their place when a rounding note, a budget refusal, a send's status or a card error appears
(room is kept for the lines that come and go), and no label is cut by the row below it."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.ui.test_bad_input_widgets import type_text


def _top(widget) -> int:
    """Where `widget` is in its window, once the layouts have settled (a layout request goes
    up one level of nested layouts, and the scroll areas', a turn of the event loop each)."""
    for _ in range(5):
        QApplication.processEvents()
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def _not_cut(label) -> bool:
    """Whether the label has the height its text needs at its width."""
    return label.height() >= label.heightForWidth(label.width())


def test_send_stays_put_whatever_comes_and_goes_around_it(make_window, economy, qtbot):
    services, vera, cleo = economy
    services.profiles.add("W" * 60, birthdate="1988-02-03", creator=True)
    window = make_window()
    window.resize(1024, 700)  # the smallest the window is made for
    window.select_profile(vera.id)
    tab = window.gifts_tab
    window.tabs.setCurrentWidget(tab)
    send = tab.send_bar.send_button
    tab.select_creator("Cleo")
    tab.select_gift("Money Gun")  # a whole number of diamonds: no rounding note
    where = _top(send)
    tab.select_gift("Rose")  # half a diamond: the rounding note comes
    assert "rounded down" in tab.cost_label.text()
    assert _top(send) == where
    tab.select_creator("W" * 60)  # a name as long as they come
    assert _top(send) == where
    tab.select_creator("Cleo")
    services.profiles.set_budget(vera.id, daily_coins=100, monthly_coins=None)
    tab.select_gift("Sunglasses")  # 199 coins: the budget refusal comes
    assert "daily budget" in tab.cost_label.text()
    assert _top(send) == where
    assert _not_cut(tab.cost_label)  # it was cut in half behind the Send row
    tab.select_gift("Hand Hearts")
    send.click()  # the status line and the Undo button come
    assert tab.status_label.text().startswith("Sent Hand Hearts")
    assert tab.send_bar.undo_button.isVisible()
    assert _top(send) == where
    assert _not_cut(tab.status_label) and _not_cut(tab.cost_label)


def test_buy_stays_put_when_a_card_error_or_a_custom_amount_comes(
    make_window, fresh_services, viewer, qtbot
):
    window = make_window()
    window.resize(1024, 700)
    window.select_profile(viewer.id)
    tab = window.recharge_tab
    tab.channel_box.web_radio.click()
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("card"))
    where = _top(tab.buy_button)
    type_text(tab.card_form.number_edit, "4242 4242 4242 4241")
    assert "not valid" in tab.card_form.error_label.text()
    assert _top(tab.buy_button) == where
    tab.card_form.number_edit.clear()
    assert tab.card_form.error_label.text() == ""
    assert _top(tab.buy_button) == where
    tab.buy_button.click()  # empty fields: "Enter the card number..."
    assert tab.card_form.error_label.text().startswith("Enter the card number")
    assert _top(tab.buy_button) == where
    # A custom amount's row comes with the choice (not while typing); typing then changes the
    # summary at every keystroke, and Buy stays where it is.
    tab.package_box.custom_button.click()
    where = _top(tab.buy_button)
    for ch in "2500001":
        type_text(tab.package_box.custom_edit, ch)
        assert _top(tab.buy_button) == where, tab.summary_label.text()
    assert "not 2,500,001" in tab.summary_label.text()
    type_text(tab.package_box.custom_edit, "e")  # refused, and said under the field
    assert "is not a whole number" in tab.package_box.custom_edit.hint_label.text()
    assert _top(tab.buy_button) == where
