"""The Security and budget dialog's password: set, change or remove the profile's password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton

from giftdesk.domain.security import PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS
from giftdesk.services.security import SecurityStatus
from giftdesk.ui.security.guard import Guard
from giftdesk.ui.widgets.note import note


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSWORD_MAX_CHARS)
    edit.setAccessibleName(name)
    return edit


class PasswordBox(QGroupBox):
    changed = Signal()  # a change was tried, done or refused: the dialog shows it all again

    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self._guard = guard
        self.setTitle(self.tr("Password"))
        self.status_label = note()
        self.current_edit = _password_edit(self.tr("Current password"))
        self.new_edit = _password_edit(self.tr("New password"))
        self.new_edit.setPlaceholderText(
            self.tr("{low} to {high} characters").format(
                low=PASSWORD_MIN_CHARS, high=PASSWORD_MAX_CHARS
            )
        )
        self.repeat_edit = _password_edit(self.tr("Repeat the new password"))
        self.set_button = QPushButton()
        self.remove_button = QPushButton(self.tr("Remove password"))
        self.remove_button.setAccessibleName(self.tr("Remove password"))
        self._form = QFormLayout(self)
        self._form.addRow(self.status_label)
        self._form.addRow(self.tr("Current password:"), self.current_edit)
        self._form.addRow(self.tr("New password:"), self.new_edit)
        self._form.addRow(self.tr("Repeat new password:"), self.repeat_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        self._form.addRow(buttons)

        self.set_button.clicked.connect(self._on_set_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        # Enter moves on to the next field, and in the last one sets the password.
        self.current_edit.returnPressed.connect(self.new_edit.setFocus)
        self.new_edit.returnPressed.connect(self.repeat_edit.setFocus)
        self.repeat_edit.returnPressed.connect(self.set_button.click)

    def show_status(self, status: SecurityStatus, name: str) -> None:
        if status.has_password:
            text = self.tr(
                "{name} has a password: the window asks for it before showing this profile, "
                "and before any change on this page."
            )
        else:
            text = self.tr(
                "No password: anyone using this computer can open {name}. With one, GiftDesk "
                "asks for it whenever the window switches to this profile."
            )
        self.status_label.setText(text.format(name=name))
        self.current_edit.setVisible(status.has_password)
        self._form.labelForField(self.current_edit).setVisible(status.has_password)
        self.set_button.setText(
            self.tr("Change password") if status.has_password else self.tr("Set password")
        )
        self.set_button.setAccessibleName(self.set_button.text())
        self.remove_button.setVisible(status.has_password)

    def _on_set_button_clicked(self) -> None:
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._guard.error(
                self.tr("Password"), self.tr("The two new passwords differ: type them again.")
            )
            return
        current = self.current_edit.text() or None
        guard = self._guard
        if guard.attempt(
            self.tr("Password not changed"),
            lambda: guard.services.security.set_password(guard.profile_id, new, current=current),
        ):
            guard.info(
                self.tr("Password"),
                self.tr(
                    "Password saved. GiftDesk will ask for it when the window switches to this "
                    "profile."
                ),
            )
        self._clear_fields()
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        current = self.current_edit.text()
        guard = self._guard
        guard.attempt(
            self.tr("Password not removed"),
            lambda: guard.services.security.remove_password(guard.profile_id, current),
        )
        self._clear_fields()
        self.changed.emit()

    def _clear_fields(self) -> None:
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
