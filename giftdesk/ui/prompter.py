"""Every modal question the window asks, behind one object that tests replace."""

from __future__ import annotations

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


class Prompter:
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
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            parent, title, suggested, filters, options=options
        )
        return Path(path) if path else None

    def open_path(self, parent: QWidget, title: str, folder: str, filters: str) -> Path | None:
        """An existing file to read from; None when cancelled."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, folder, filters)
        return Path(path) if path else None
