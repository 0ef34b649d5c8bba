"""The Recharge, Gifts and Activity tabs by keyboard alone and through a screen reader's eyes:
no trap, focus where a person wants it after each action, labels linked to their fields, and
the package cards one group of choices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.test_bad_input_widgets import type_text


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key, to whatever has the keyboard."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has the keyboard"
    qtbot.keyClick(focus, key, modifier)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)  # focus moves when the window system says so


def _gifts(window, vera_id):
    window.select_profile(vera_id)
    window.tabs.setCurrentWidget(window.gifts_tab)
    tab = window.gifts_tab
    tab.select_creator("Cleo")
    tab.select_gift("Rose")
    return tab


def test_after_a_send_undo_is_at_most_two_keystrokes_away(active_window, economy, qtbot):
    services, vera, cleo = economy
    window = active_window()
    tab = _gifts(window, vera.id)
    _focus(qtbot, tab.send_bar.send_button)
    _press(qtbot, Qt.Key.Key_Space)  # Send, by keyboard
    assert services.balance(vera.id).coins == 19_249
    undo = tab.send_bar.undo_button
    presses = 0
    while QApplication.focusWidget() is not undo and presses < 2:
        _press(qtbot, Qt.Key.Key_Tab)
        presses += 1
    assert QApplication.focusWidget() is undo  # it took 13 keystrokes, Send resting meanwhile
    _press(qtbot, Qt.Key.Key_Space)
    assert services.balance(vera.id).coins == 19_250
    assert QApplication.focusWidget() is tab.send_bar.send_button  # not the supporters table


def test_ctrl_enter_sends_and_ctrl_z_undoes_from_anywhere_in_the_window(
    active_window, economy, qtbot
):
    services, vera, cleo = economy
    window = active_window()
    tab = _gifts(window, vera.id)
    _focus(qtbot, tab.gift_list)
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert services.balance(vera.id).coins == 19_249
    _focus(qtbot, window.header.profile_combo)  # in the window, out of the tab
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.balance(vera.id).coins == 19_250
    assert tab.status_label.text().startswith("Undone")
    # In a text field, Ctrl+Z is the field's own undo, not the gift's.
    tab.send_bar.send_button.click()
    _focus(qtbot, tab.gift_list.search_edit)
    type_text(tab.gift_list.search_edit, "ro")
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.balance(vera.id).coins == 19_249


def test_tab_leaves_the_supporters_table(active_window, economy, qtbot):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose", count=5)
    window = active_window()
    tab = _gifts(window, vera.id)
    table = tab.supporters_box.view
    assert not table.tabKeyNavigation()
    _focus(qtbot, table)
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # it went cell by cell, round and round


def test_the_undo_countdown_is_in_the_buttons_name_without_a_change_every_second(
    make_window, economy, qtbot
):
    services, vera, cleo = economy
    window = make_window()
    tab = _gifts(window, vera.id)
    tab.send_bar.send_button.click()
    undo = tab.send_bar.undo_button
    assert undo.accessibleName() == "Undo Rose to Cleo, 10 seconds left"
    tab.send_bar.undo_timer.timeout.emit()
    assert undo.accessibleName() == "Undo Rose to Cleo, 9 seconds left"  # current when reached
    _focus(qtbot, undo)
    window.activateWindow()
    qtbot.waitUntil(undo.hasFocus)
    names = []
    for _ in range(5):  # 8, 7, 6, 5, 4 seconds left, the button focused
        tab.send_bar.undo_timer.timeout.emit()
        names.append(undo.accessibleName())
    # A screen reader speaks a focused button's new name: once in five seconds, not each.
    assert len(set(names)) == 2 and "5 seconds left" in names[-1]


def test_buy_coins_leaves_the_keyboard_on_the_receipt(active_window, fresh_services, viewer, qtbot):
    window = active_window()
    window.select_profile(viewer.id)
    tab = window.recharge_tab
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("paypal"))
    _focus(qtbot, tab.buy_button)
    with qtbot.waitSignal(tab.recharged):
        _press(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is tab.receipt_label  # not the "coins wanted" field
    assert tab.receipt_label.accessibleName().startswith("Receipt: Receipt 1-")


def test_a_card_error_is_read_with_its_field(make_window, viewer):
    window = make_window()
    form = window.recharge_tab.card_form
    window.recharge_tab.method_combo.setCurrentIndex(
        window.recharge_tab.method_combo.findData("card")
    )
    form.number_edit.setText("4242 4242 4242 4241")
    for edit in (form.number_edit, form.expiry_edit, form.cvc_edit):
        face = QAccessible.queryAccessibleInterface(edit)
        assert "not valid" in face.text(QAccessible.Text.Description)
    assert form.error_label.buddy() is form.number_edit


def _labelled_by(widget) -> list[str]:
    face = QAccessible.queryAccessibleInterface(widget)
    return [
        other.text(QAccessible.Text.Name) for other, _ in face.relations(QAccessible.Relation.Label)
    ]


def test_combo_boxes_and_fields_are_named_by_their_labels(make_window, economy):
    _, vera, _ = economy
    window = make_window()
    gifts = window.gifts_tab
    # On Linux a combo box's name is its label: alone, "Leo, combo box" was all one heard.
    assert "Send to:" in _labelled_by(gifts.creator_combo)
    assert "Price:" in _labelled_by(gifts.gift_list.price_combo)
    assert "Method:" in _labelled_by(window.recharge_tab.method_combo)
    assert "Show:" in _labelled_by(window.activity_tab.kind_combo)
    group = QAccessible.queryAccessibleInterface(gifts.context_group)
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == "Where the gift is sent"


def test_package_cards_are_one_group_of_choices(active_window, viewer, qtbot):
    window = active_window()
    box = window.recharge_tab.package_box
    window.recharge_tab.channel_box.web_radio.click()
    box.select_package(700)
    face = QAccessible.queryAccessibleInterface(box.package_buttons[700])
    assert face.role() == QAccessible.Role.RadioButton
    assert face.state().checkable and face.state().checked
    assert face.text(QAccessible.Text.Name) == (
        "700 coins for $7.40, $1.057 per 100 coins; $9.99 in the app, so you save $2.59"
    )
    assert box.package_group.exclusive()
    _focus(qtbot, box.package_buttons[700])
    _press(qtbot, Qt.Key.Key_Right)  # the arrows move the choice within the group
    assert box.chosen_coins() == 1_400 and QApplication.focusWidget() is box.package_buttons[1_400]
    _press(qtbot, Qt.Key.Key_Left)
    assert box.chosen_coins() == 700
    _press(qtbot, Qt.Key.Key_Tab)  # and Tab leaves it, as it leaves radio buttons
    assert QApplication.focusWidget() not in box.package_buttons.values()


def test_the_recharge_scroll_area_is_no_tab_stop(make_window):
    window = make_window()
    for area in window.recharge_tab.findChildren(QScrollArea):
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    for area in window.gifts_tab.findChildren(QScrollArea):
        if area is not window.gifts_tab.gift_list:
            assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
