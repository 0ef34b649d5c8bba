"""Every modal question the window asks, behind one object that tests replace. File dialogs
open in the folder last used for that kind of file (remembered in QSettings)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# The dialog classes are looked up on the module when a question is asked: PySide6 loads each
# class on first use, and the window is built (and shown) before anyone is asked anything.


# What a window manager's title bar needs beside its text: the icon and three buttons.
TITLE_BAR_EXTRAS_PX = 160
SECRET_DIALOG_MIN_WIDTH = 360


def message_box(parent: QWidget | None, icon, title: str, text: str, buttons, default):
    """A message box that shows its text as plain text. QMessageBox's static functions guess
    from the text whether it is rich text, and a profile named "<i>Kai</i>" came out in
    italics; no message here is meant as markup."""
    box = QtWidgets.QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return box


def _message(parent: QWidget, icon, title: str, text: str, buttons, default):
    return run_modal(message_box(parent, icon, title, text, buttons, default))


def run_modal(dialog) -> int:
    """`dialog.exec()`, then the keyboard focus back on the control that had it. A window
    manager gives it back by activating the window below, but not every one does (nor does
    a desktop without one), and keyboard users were left with the focus nowhere."""
    had = QtWidgets.QApplication.focusWidget()
    try:
        return dialog.exec()
    finally:
        if had is not None and shiboken6.isValid(had) and had.isVisible():
            had.window().activateWindow()
            had.setFocus(QtCore.Qt.FocusReason.ActiveWindowFocusReason)


def secret_dialog(parent: QWidget | None, title: str, label: str):
    """The box a password or code is typed into, unechoed. Wide enough for its whole title:
    a window manager cuts a title longer than the window ("Alice i... ocked" on a 200 px
    box), and the title is often the question ("Alice is locked"). The label wraps, and names
    the field for a screen reader (it is the field's buddy)."""
    dialog = QtWidgets.QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    bold = QtGui.QFont(dialog.font())
    bold.setBold(True)  # as title bars mostly show it
    title_px = QtGui.QFontMetrics(bold).horizontalAdvance(title) + TITLE_BAR_EXTRAS_PX
    screen = dialog.screen() or QtGui.QGuiApplication.primaryScreen()
    width = min(max(title_px, SECRET_DIALOG_MIN_WIDTH), screen.availableGeometry().width())
    # Through the label: the dialog's layout sets its least size from what it holds.
    margins = 2 * dialog.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_LayoutLeftMargin)
    label_widget = dialog.findChild(QtWidgets.QLabel)
    label_widget.setWordWrap(True)
    label_widget.setMinimumWidth(width - margins)
    return dialog


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
        run_modal(box)
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
        dialog = secret_dialog(parent, title, label)
        try:
            return dialog.textValue() if run_modal(dialog) else None
        finally:
            dialog.deleteLater()

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

    def choose_month(
        self,
        parent: QWidget,
        title: str,
        label: str,
        months: Sequence[tuple[str, str]],
        default: int,
    ) -> str | None:
        """One of `months` ((key, words) pairs, such as ("2026-11", "November 2026")), the
        one at `default` offered first; its key, or None when cancelled."""
        dialog = QtWidgets.QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems([words for _key, words in months])
        dialog.setComboBoxEditable(False)
        dialog.setTextValue(months[default][1])
        try:
            if not run_modal(dialog):
                return None
            chosen = dialog.textValue()
        finally:
            dialog.deleteLater()
        return next((key for key, words in months if words == chosen), None)
