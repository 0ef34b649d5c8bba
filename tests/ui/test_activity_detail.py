"""The Activity tab's detail pane: the chosen transaction in full, by keyboard and for a screen
reader, and an empty state until one is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from giftdesk.formatting import usd


def _activity(window, profile_id):
    window.select_profile(profile_id)
    window.tabs.setCurrentWidget(window.activity_tab)
    return window.activity_tab


def _row_of(tab, kind):
    for r in range(tab.proxy.rowCount()):
        row = tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())
        if row.kind == kind:
            return r, row
    raise AssertionError(f"no {kind} row")


def test_detail_pane_shows_a_gifts_trail_a_purchases_lot_and_an_undo(make_window, economy):
    services, vera, cleo = economy
    sent = services.gifts.send(vera.id, cleo.id, "Money Gun")
    services.gifts.send(vera.id, cleo.id, "Rose")
    undone = services.gifts.send(vera.id, cleo.id, "Corgi")
    services.gifts.undo(undone.transaction_id)
    tab = _activity(make_window(), vera.id)
    pane = tab.detail_pane.text_label
    assert "Select a transaction" in pane.text()  # the empty state
    assert pane.accessibleName().startswith("Transaction details: Select a transaction")

    trail = sent.money_trail
    r, row = next(
        (i, tab.model.row_at(i))
        for i in range(tab.model.rowCount())
        if tab.model.row_at(i).transaction_id == sent.transaction_id
    )
    tab.table.selectRow(r)
    text = pane.text()
    assert row.reference in text
    assert f"cost you <b>{usd(trail.paid_cents)}</b>" in text
    assert f"The creator: {usd(trail.creator_cents)} ({trail.creator_percent()}%)" in text
    assert f"The platform: {usd(trail.platform_cents)}" in text
    assert "The app store: $0.00" in text
    assert "500 coins from purchase" in text
    assert usd(trail.paid_cents) in pane.accessibleName()  # read aloud too

    r, row = _row_of(tab, "recharge")
    tab.table.selectRow(r)
    text = pane.text()
    assert "19,250 coins (bonus included) for $185.00" in text
    assert "Spent on gifts: 501 coins" in text and "Left: 18,749 coins" in text

    r, row = _row_of(tab, "gift_undo")
    tab.table.selectRow(r)
    text = pane.text()
    assert "Undid gift" in text and "Given back" in text and "299 coins back to purchase" in text

    tab.kind_combo.setCurrentIndex(3)  # payouts: nothing matches, nothing chosen
    assert "Select a transaction" in pane.text()


def test_the_creator_sees_no_senders_trail(make_window, economy):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Money Gun")
    tab = _activity(make_window(), cleo.id)
    tab.table.selectRow(0)
    text = tab.detail_pane.text_label.text()
    assert "Received Money Gun" in text and "cost you" not in text


def test_tab_reaches_the_detail_pane_and_leaves_it(active_window, economy, qtbot):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    window = active_window()
    tab = _activity(window, vera.id)
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    label = tab.detail_pane.text_label
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not label)  # no trap
