"""Table-driven bad input for every input widget: each gets a clear refusal and nothing changes."""

from __future__ import annotations

import pytest

from giftdesk.ui.widgets.amount_edit import AmountEdit

# (typed one character at a time, the text kept, whether a refusal was said on the way).
# A character that can be no part of a whole number is refused, and the hint says so: it is
# never dropped in silence (typing "1e3" made 13).
TYPED = [
    ("-5", "5", True),
    ("1.5", "15", True),
    ("1e3", "13", True),
    ("1,000", "1,000", False),
    ("5 000", "5 000", False),
    ("+5", "5", True),
    ("", "", False),
    ("٣٤", "", True),
    ("５", "", True),
    ("३", "", True),
    ("12abc", "12", True),
    ("9" * 20, "9" * 12, True),
    ("'; DROP TABLE accounts;--", "   ", True),  # the spaces are grouping marks
    ("\x1b[2J", "2", True),
    ("\u202e12", "12", True),
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


def paste(edit, text: str) -> None:
    """Paste `text` over whatever the field holds, as Ctrl+V after Ctrl+A would."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    edit.selectAll()
    edit.paste()


@pytest.mark.parametrize(("typed", "kept", "refused"), TYPED)
def test_amount_edit_says_what_it_refuses_as_it_is_typed(qtbot, typed, kept, refused):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.set_locale_marks(",", ".")
    said = []
    for ch in typed:
        type_text(edit, ch)
        said.append(edit.hint_label.text())
    assert edit.text() == kept
    digits = kept.replace(",", "").replace(" ", "")
    assert edit.amount() == (int(digits) if digits else None)
    assert any(said) == refused, said
    if refused:
        assert "is not a whole number" in "".join(said) or "more digits" in "".join(said)


@pytest.mark.parametrize(
    ("pasted", "amount"),
    [
        ("12,500", 12_500),
        (" 5000 ", 5_000),
        ("5 000", 5_000),
        ("5\u00a0000", 5_000),  # a no-break space, as many pages group with
        ("5\u202f000", 5_000),  # a narrow one
        ("1,000,000", 1_000_000),
        ("0012", 12),
    ],
)
def test_amount_edit_takes_what_a_person_pastes(qtbot, pasted, amount):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.set_locale_marks(",", ".")
    paste(edit, pasted)
    assert edit.amount() == amount
    assert edit.text() == pasted  # taken as pasted: the number is never rewritten
    assert edit.hint_label.text() == "" and edit.problem() == ""


@pytest.mark.parametrize("pasted", ["1e6", "-5", "1.5", "12 coins", "½", "9" * 13])
def test_a_paste_that_is_no_whole_number_is_refused_whole_and_said(qtbot, pasted):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.set_locale_marks(",", ".")
    edit.setText("70")
    paste(edit, pasted)
    assert edit.text() == "70" and edit.amount() == 70  # not "16" from "1e6"
    assert f"“{pasted}”" in edit.hint_label.text()
    assert edit.accessibleDescription() == edit.hint_label.text()  # read with the field


def test_grouping_follows_the_locale(qtbot):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.set_locale_marks(".", ",")  # German: 1.234.567 and a decimal comma
    paste(edit, "1.234.567")
    assert edit.amount() == 1_234_567
    paste(edit, "12,5")  # twelve and a half there: no whole number
    assert edit.amount() == 1_234_567 and "“12,5”" in edit.hint_label.text()


def test_a_grouping_that_is_off_is_kept_and_said_when_typing_is_done(qtbot):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.set_locale_marks(",", ".")
    type_text(edit, "12,5")  # on the way to 12,500: nothing said yet
    assert edit.hint_label.text() == "" and edit.amount() is None
    edit.editingFinished.emit()
    assert "groups of three" in edit.hint_label.text() and "“12,5”" in edit.problem()
    type_text(edit, "00")
    assert edit.amount() == 12_500 and edit.hint_label.text() == ""


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
        ("", "Type how many coins you need"),
        ("0", "A quote is for 1 to 10,000,000 coins, not 0."),  # the range, as the CLI says
        ("99999999", "A quote is for 1 to 10,000,000 coins, not 99,999,999."),
        ("12,5", "“12,5”: write the digits in groups of three"),
    ],
)
def test_quote_refusals(make_window, viewer, qtbot, typed, message):
    window = make_window()
    tab = window.recharge_tab
    type_text(tab.quote_box.coins_edit, typed)
    tab.quote_box.find_button.click()
    assert message in tab.quote_box.answer_label.text()


def test_a_pasted_amount_is_quoted_and_a_refused_paste_is_said_beside_the_field(
    make_window, viewer, qtbot
):
    from PySide6.QtCore import Qt

    window = make_window()
    box = window.recharge_tab.quote_box
    box.coins_edit.set_locale_marks(",", ".")
    paste(box.coins_edit, " 12,500 ")
    qtbot.keyClick(box.coins_edit, Qt.Key.Key_Return)
    assert "channel for 12,500 coins:" in box.answer_label.text()
    quoted = box.answer_label.text()
    paste(box.coins_edit, "1e6")
    assert "“1e6” is not a whole number" in box.coins_edit.hint_label.text()
    assert box.coins_edit.hint_label.isVisible()  # beside the field, in the room kept for it
    assert box.coins_edit.text() == " 12,500 "
    qtbot.keyClick(box.coins_edit, Qt.Key.Key_Return)
    assert box.answer_label.text() == quoted  # the number shown is the one quoted


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


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_every_amount_field_says_a_refused_paste_beside_itself(
    make_window, economy, prompter, qtbot
):
    """Not as a tooltip that goes: the budget and payout fields had no place for their hint.
    Each AmountEdit of the window and of Security and budget has its hint laid out in its
    window, shown once a paste is refused."""
    from giftdesk.ui.security_dialog import SecurityDialog

    services, vera, cleo = economy
    window = make_window()
    window.select_profile(cleo.id)  # a creator: the Earnings tab's payout field is there
    security = SecurityDialog(services, cleo.id, prompter, parent=window)
    qtbot.addWidget(security)
    security.show()
    fields = window.findChildren(AmountEdit) + security.findChildren(AmountEdit)
    assert {window.earnings_tab.payout_edit, security.budget_box.daily_edit} <= set(fields)
    for tab in window.profile_tabs:
        window.tabs.setCurrentWidget(tab)
        for edit in (f for f in fields if tab.isAncestorOf(f) and f.isVisibleTo(tab)):
            assert edit.hint_label.window() is edit.window(), edit.accessibleName()
            paste(edit, "1e6")
            assert edit.hint_label.isVisible() and "1e6" in edit.hint_label.text()
    for edit in security.findChildren(AmountEdit):
        paste(edit, "1e6")
        assert edit.hint_label.window() is security, edit.accessibleName()
        assert edit.hint_label.isVisible() and "1e6" in edit.hint_label.text()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
@pytest.mark.parametrize("placeholder", ["e.g. 5,000", "z. B. 5.000", "mindestens 1.000", ""])
def test_an_amount_field_squeezed_keeps_room_for_its_placeholder(qtbot, placeholder):
    """At 150% in German the quote field was squeezed to "e…": a layout gives a field no less
    than its minimum size hint."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

    row = QWidget()
    qtbot.addWidget(row)
    edit = AmountEdit(placeholder=placeholder)
    layout = QHBoxLayout(row)
    layout.addWidget(edit, 1)
    layout.addWidget(QPushButton("Günstigstes finden"))
    row.resize(10, 40)  # far narrower than it can be: the layout keeps its minimum
    row.show()
    qtbot.waitExposed(row)
    text = placeholder or "10,000,000"
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(text)
