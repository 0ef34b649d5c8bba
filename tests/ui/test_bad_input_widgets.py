"""Table-driven bad input for every input widget: each gets a clear refusal and nothing changes."""

from __future__ import annotations

import pytest

from giftdesk.ui.widgets.amount_edit import AmountEdit

TYPED = [
    ("-5", "5"),
    ("1.5", "15"),
    ("1e3", "13"),
    ("1,000", "1000"),
    ("+5", "5"),
    ("", ""),
    ("٣٤", ""),
    ("５", ""),
    ("३", ""),
    ("12abc", "12"),
    ("9" * 20, "9" * 9),
    ("'; DROP TABLE accounts;--", ""),
    ("\x1b[2J", "2"),
    ("\u202e12", "12"),
]


def type_text(widget, text: str) -> None:
    """Type each character as a key press carrying that text, as a keyboard or input method
    would; QTest.keyClicks only handles Latin-1."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.mark.parametrize(("typed", "kept"), TYPED)
def test_amount_edit_keeps_only_ascii_digits(qtbot, typed, kept):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    type_text(edit, typed)
    assert edit.text() == kept
    assert edit.amount() == (int(kept) if kept else None)


def _ledger_state(services):
    conn = services.store.conn
    return (
        conn.execute("SELECT count(*) FROM transactions").fetchone(),
        conn.execute("SELECT code, balance FROM accounts ORDER BY id").fetchall(),
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "30 to 2,500,000 coins, not 0"),
        ("29", "30 to 2,500,000 coins, not 29"),
        ("2500001", "not 2,500,001"),
        ("999999999", "not 999,999,999"),
        ("", "Type a custom amount."),
    ],
)
def test_custom_amount_refusals(make_window, fresh_services, viewer, qtbot, typed, message):
    window = make_window()
    tab = window.recharge_tab
    before = _ledger_state(fresh_services)
    tab.package_box.custom_button.click()
    type_text(tab.package_box.custom_edit, typed)
    assert message in tab.summary_label.text()
    assert not tab.buy_button.isEnabled()
    tab.buy_button.click()
    assert _ledger_state(fresh_services) == before


@pytest.mark.parametrize(
    ("number", "expiry", "cvc", "message"),
    [
        ("4242 4242 4242 4241", "12/30", "123", "not valid"),
        ("4242", "12/30", "123", "12 to 19 digits"),
        ("4242 4242 4242 424x", "12/30", "123", "digits only"),
        ("４２４２４２４２４２４２４２４２", "12/30", "123", "digits only"),
        ("4242 4242 4242 4242", "13/30", "123", "01 to 12"),
        ("4242 4242 4242 4242", "1/30", "123", "MM/YY"),
        ("4242 4242 4242 4242", "01/20", "123", "expired"),
        ("4242 4242 4242 4242", "12/30", "12", "3 or 4 digits"),
        ("4242 4242 4242 4242", "12/30", "12a", "3 or 4 digits"),
        ("'; DROP TABLE recharges;--", "12/30", "123", "digits only"),
    ],
)
def test_card_form_refusals(
    make_window, fresh_services, viewer, prompter, qtbot, number, expiry, cvc, message
):
    window = make_window()
    tab = window.recharge_tab
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("card"))
    before = _ledger_state(fresh_services)
    tab.card_form.number_edit.setText(number)
    tab.card_form.expiry_edit.setText(expiry)
    tab.card_form.cvc_edit.setText(cvc)
    assert message in tab.card_form.error_label.text()
    tab.buy_button.click()
    assert _ledger_state(fresh_services) == before


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0", "Type how many coins you need"),
        ("99999999", "at most 10,000,000 coins"),
    ],
)
def test_quote_refusals(make_window, viewer, qtbot, typed, message):
    window = make_window()
    tab = window.recharge_tab
    type_text(tab.quote_box.coins_edit, typed)
    tab.quote_box.find_button.click()
    assert message in tab.quote_box.answer_label.text()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type how many diamonds"),
        ("0", "Type how many diamonds"),
        ("999", "minimum payout is 1,000 diamonds"),
        ("5000", "has 2,000 diamonds, not 5,000"),
        ("999999999", "limited to $1,000.00 per UTC day"),
    ],
)
def test_payout_refusals(make_window, economy, prompter, qtbot, typed, message):
    services, vera, cleo = economy
    for _ in range(4):
        services.gifts.send(vera.id, cleo.id, "Galaxy")
    window = make_window()
    window.select_profile(cleo.id)
    before = _ledger_state(services)
    type_text(window.earnings_tab.payout_edit, typed)
    window.earnings_tab.payout_button.click()
    assert prompter.errors and message in prompter.errors[-1]
    assert _ledger_state(services) == before


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        ("evil\u202eexe", "bidirectional"),
        ("bell\x07", "control"),
        ("zero\u200bwidth", "control or invisible"),
        ("Vera", "already exists"),
        ("vERA", "already exists"),
        ("Vera\u3164", "U+3164 HANGUL FILLER"),
        ("V\u0435ra", "profile named 'Vera' already exists, and 'V\u0435ra' looks the same"),
    ],
)
def test_profile_name_refusals(make_window, fresh_services, viewer, monkeypatch, name, message):
    window = make_window()
    before = [p.name for p in fresh_services.profiles.list()]
    seen = {}

    def fill(dialog):
        dialog.name_edit.setText(name)
        dialog.buttons.accepted.emit()
        seen["error"] = dialog.error_label.text()
        return False

    monkeypatch.setattr(window, "prompter_exec", fill)
    assert window.new_profile() is None
    assert message in seen["error"]
    assert [p.name for p in fresh_services.profiles.list()] == before


def test_sql_text_is_just_a_name(make_window, fresh_services, monkeypatch):
    window = make_window()
    name = "Robert'); DROP TABLE profiles;--"

    def fill(dialog):
        dialog.name_edit.setText(name)
        dialog.buttons.accepted.emit()
        return True

    monkeypatch.setattr(window, "prompter_exec", fill)
    created = window.new_profile()
    assert fresh_services.profiles.get(created).name == name
    assert all(c.ok for c in fresh_services.maintenance.verify())


def test_profile_name_field_stops_at_64_characters(make_window, fresh_services, monkeypatch):
    window = make_window()

    def fill(dialog):
        dialog.name_edit.setText("x" * 100)
        assert len(dialog.name_edit.text()) == 64
        dialog.buttons.accepted.emit()
        return True

    monkeypatch.setattr(window, "prompter_exec", fill)
    assert fresh_services.profiles.get(window.new_profile()).name == "x" * 64


def test_birthdate_cannot_be_set_in_the_future(make_window, monkeypatch):
    from PySide6.QtCore import QDate

    window = make_window()

    def fill(dialog):
        dialog.birthdate_edit.setDate(QDate.currentDate().addDays(30))
        assert dialog.birthdate_edit.date() <= QDate.currentDate()
        return False

    monkeypatch.setattr(window, "prompter_exec", fill)
    window.new_profile()


@pytest.mark.parametrize("text", ["'; DROP TABLE gifts;--", "\u202e", "%", "_", "x" * 500])
def test_gift_search_takes_any_text(make_window, economy, text):
    _, vera, _ = economy
    window = make_window()
    tab = window.gifts_tab
    tab.gift_list.search_edit.setText(text)
    assert tab.gift_list.filter_model.rowCount() == 0


def test_combo_count_is_clamped_to_the_rules(make_window, economy):
    _, vera, _ = economy
    window = make_window()
    tab = window.gifts_tab
    tab.select_gift("Rose")
    tab.count_spin.setValue(10**6)
    assert tab.count_spin.value() == 9_999
    tab.count_spin.setValue(-3)
    assert tab.count_spin.value() == 1
    tab.select_gift("Lion")
    assert not tab.count_spin.isEnabled() and tab.count_spin.value() == 1
