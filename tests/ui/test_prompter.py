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


def test_file_dialogs_open_where_that_kind_of_file_was_last_saved(monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from giftdesk.ui.prompter import file_kind

    asked = []
    answers = []

    def save(parent, title, suggested, filters, options=None):
        asked.append(suggested)
        return answers.pop(0), filters

    def open_(parent, title, folder, filters):
        asked.append(folder)
        return answers.pop(0), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    exports, backups = tmp_path / "exports", tmp_path / "backups"
    exports.mkdir()
    backups.mkdir()
    csv_files, databases = "CSV files (*.csv)", "SQLite database (*.sqlite3 *.db)"
    assert (file_kind(csv_files), file_kind(databases)) == ("csv", "sqlite3")
    prompter = Prompter(settings)
    home = "/home/someone"

    answers.append(str(exports / "vera.csv"))
    prompter.save_path(None, "Export", f"{home}/giftdesk-Vera.csv", csv_files)
    answers.append(str(backups / "b.sqlite3"))
    prompter.save_path(None, "Back up", f"{home}/giftdesk-backup.sqlite3", databases)
    assert asked == [f"{home}/giftdesk-Vera.csv", f"{home}/giftdesk-backup.sqlite3"]

    # Each kind of file where it went last time, remembered past this Prompter.
    again = Prompter(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    answers.append("")  # Cancel: nothing remembered
    again.save_path(None, "Export", f"{home}/giftdesk-Cleo.csv", csv_files)
    answers.append(str(backups / "b.sqlite3"))
    again.open_path(None, "Restore", home, databases + ";;All files (*)")
    assert asked[2:] == [str(exports / "giftdesk-Cleo.csv"), str(backups)]
