"""The real Prompter's message boxes: names in them are shown as typed, never as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from giftdesk.ui.prompter import Prompter

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
