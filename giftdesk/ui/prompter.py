"""Every modal question the window asks, behind one object that tests replace. File dialogs
open in the folder last used for that kind of file (remembered in QSettings)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The dialog classes are looked up on the module when a question is asked: PySide6 loads each
# class on first use, and the window is built (and shown) before anyone is asked anything.


def _message(parent: QWidget, icon, title: str, text: str, buttons, default):
    """A message box that shows its text as plain text. QMessageBox's static functions guess
    from the text whether it is rich text, and a profile named "<i>Kai</i>" came out in
    italics; no message here is meant as markup."""
    box = QtWidgets.QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return box.exec()


def file_kind(filters: str) -> str:
    """The kind of file a dialog is for, named by its first pattern: "CSV files (*.csv)" is
    "csv", "SQLite database (*.sqlite3 *.db)" is "sqlite3" (backups and restores share it)."""
    match = re.search(r"\*\.(\w+)", filters)
    return match.group(1).lower() if match else "any"


class Prompter:
    def __init__(self, settings: QtCore.QSettings | None = None) -> None:
        self._settings = settings  # the app's own QSettings() when None, made on first use

    def _folder_key(self, filters: str) -> str:
        return f"folders/{file_kind(filters)}"

    def _settings_store(self) -> QtCore.QSettings:
        if self._settings is None:
            self._settings = QtCore.QSettings()
        return self._settings

    def last_folder(self, filters: str) -> Path | None:
        """The folder a file of this kind was last saved to or opened from, if it is still
        there."""
        folder = self._settings_store().value(self._folder_key(filters))
        return Path(folder) if folder and Path(folder).is_dir() else None

    def _remember_folder(self, filters: str, path: Path) -> None:
        self._settings_store().setValue(self._folder_key(filters), str(path.parent))

    def choose(self, parent: QWidget, title: str, text: str, choices: Sequence[str]) -> int | None:
        """One of `choices` (its index; the first is the default), or None for Cancel."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            title,
            text,
            QtWidgets.QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        buttons = [
            box.addButton(choice, QtWidgets.QMessageBox.ButtonRole.AcceptRole) for choice in choices
        ]
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        buttons = QtWidgets.QMessageBox.StandardButton
        answer = _message(
            parent,
            QtWidgets.QMessageBox.Icon.Question,
            title,
            text,
            buttons.Yes | buttons.No,
            buttons.No,
        )
        return answer == buttons.Yes

    def info(self, parent: QWidget, title: str, text: str) -> None:
        ok = QtWidgets.QMessageBox.StandardButton.Ok
        _message(parent, QtWidgets.QMessageBox.Icon.Information, title, text, ok, ok)

    def error(self, parent: QWidget, title: str, text: str) -> None:
        ok = QtWidgets.QMessageBox.StandardButton.Ok
        _message(parent, QtWidgets.QMessageBox.Icon.Warning, title, text, ok, ok)

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        """A password or code, typed unechoed; None when cancelled."""
        if QtGui.QGuiApplication.platformName() == "offscreen":
            # Headless runs (--screenshot, --quit-after) have nobody to type: Cancel at once
            # rather than wait for ever. A locked profile then stays locked, as it should.
            return None
        text, ok = QtWidgets.QInputDialog.getText(
            parent, title, label, QtWidgets.QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def save_path(
        self, parent: QWidget, title: str, suggested: str, filters: str, *, may_replace: bool = True
    ) -> Path | None:
        """A file name to save to. `may_replace=False` for a save that never replaces a file
        (a backup): the dialog then does not offer "Replace?" only for the save to refuse."""
        options = (
            QtWidgets.QFileDialog.Option(0)
            if may_replace
            else QtWidgets.QFileDialog.Option.DontConfirmOverwrite
        )
        last = self.last_folder(filters)
        if last is not None:
            suggested = str(last / Path(suggested).name)
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            parent, title, suggested, filters, options=options
        )
        if not path:
            return None
        self._remember_folder(filters, Path(path))
        return Path(path)

    def open_path(self, parent: QWidget, title: str, folder: str, filters: str) -> Path | None:
        """An existing file to read from; None when cancelled."""
        last = self.last_folder(filters)
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            parent, title, str(last) if last is not None else folder, filters
        )
        if not path:
            return None
        self._remember_folder(filters, Path(path))
        return Path(path)
