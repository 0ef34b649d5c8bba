"""The real Prompter's message boxes (names in them are shown as typed, never as markup) and
its password box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox

from giftdesk.ui.prompter import TITLE_BAR_EXTRAS_PX, Prompter, secret_dialog

NAME = "<i>Kai</i> the great"


def test_every_message_box_shows_its_text_as_plain_text(monkeypatch):
    shown = []

    def exec_(box):
        shown.append((box.textFormat(), box.text(), box.defaultButton().text()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    prompter = Prompter()
    assert prompter.confirm(None, "Send this gift?", f"Send Rose to {NAME}?") is True
    prompter.info(None, "Sent", f"Sent Rose to {NAME}.")
    prompter.error(None, "Refused", f"{NAME} is not a creator.")
    assert [f for f, _, _ in shown] == [Qt.TextFormat.PlainText] * 3
    assert all(NAME in text for _, text, _ in shown)
    # a question defaults to No: Enter on a confirmation never spends by accident
    assert shown[0][2].replace("&", "") == "No"


def test_no_at_a_question_is_false(monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    assert Prompter().confirm(None, "Send this gift?", "Send Rose?") is False


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
@pytest.mark.parametrize("name", ["Alice", "Maximiliane Rosenthal-Bergmann"])
def test_the_password_box_shows_its_whole_title_and_label(qtbot, name):
    # A window manager cuts a title longer than its window: "Alice i... ocked" on the 200 px
    # box QInputDialog made, beside the title bar's icon and buttons.
    title, label = f"{name} is locked", f"Password for {name}:"
    dialog = secret_dialog(None, title, label)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bold = QFont(dialog.font())
    bold.setBold(True)
    assert dialog.width() >= QFontMetrics(bold).horizontalAdvance(title) + TITLE_BAR_EXTRAS_PX
    shown = dialog.findChild(QLabel)
    assert shown.text() == label
    assert shown.height() >= shown.heightForWidth(shown.width())  # no line of it cut off
