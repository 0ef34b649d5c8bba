"""The two-step check: turn it on (a QR code and the secret for an authenticator app, then a
code to confirm) or off, with the purchase threshold it guards at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk.services.security import SecurityStatus
from giftdesk.ui.security.guard import Guard
from giftdesk.ui.widgets.note import note
from giftdesk.ui.widgets.qr import QrCodeLabel


def grouped_secret(secret: str) -> str:
    """The base32 secret in groups of four, as authenticator apps show and accept it."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _code_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 ]{0,7}"), edit))
    edit.setPlaceholderText(QCoreApplication.translate("TwoStepBox", "6 digits"))
    edit.setMaxLength(7)
    edit.setMaximumWidth(120)
    edit.setAccessibleName(name)
    return edit


class TwoStepBox(QGroupBox):
    changed = Signal()  # a change was tried, done or refused: the dialog shows it all again

    def __init__(self, guard: Guard, threshold_form: QWidget) -> None:
        super().__init__()
        self._guard = guard
        self._pending_secret: str | None = None  # shown as a QR code, not stored until confirmed
        self.setTitle(self.tr("Two-step check"))
        self.status_label = note()
        self.enable_button = QPushButton(self.tr("Turn on two-step..."))
        self.enable_button.setAccessibleName(self.tr("Turn on two-step check"))
        self.enrol_widget = self._make_enrol_widget()
        self.disable_code_edit = _code_edit(self.tr("Code from the app, to turn two-step off"))
        self.disable_button = QPushButton(self.tr("Turn off two-step"))
        self.disable_button.setAccessibleName(self.tr("Turn off two-step check"))
        self.disable_widget = QWidget()
        disable_row = QHBoxLayout(self.disable_widget)
        disable_row.setContentsMargins(0, 0, 0, 0)
        disable_row.addWidget(QLabel(self.tr("Code the app shows:")))
        disable_row.addWidget(self.disable_code_edit)
        disable_row.addWidget(self.disable_button)
        disable_row.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        enable_row = QHBoxLayout()
        enable_row.addWidget(self.enable_button)
        enable_row.addStretch()
        layout.addLayout(enable_row)
        layout.addWidget(self.enrol_widget)
        layout.addWidget(self.disable_widget)
        layout.addWidget(threshold_form)

        self.enable_button.clicked.connect(self._on_enable_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.confirm_code_edit.returnPressed.connect(self._on_confirm_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.disable_code_edit.returnPressed.connect(self.disable_button.click)

    def _make_enrol_widget(self) -> QWidget:
        """While turning it on: the QR code, beside it the secret and the code to confirm."""
        self.qr_label = QrCodeLabel()
        self.qr_label.setAccessibleName(self.tr("QR code for your authenticator app"))
        self.secret_label = QLabel()
        self.secret_label.setObjectName("secret")
        # Fixed-width, so that 0/O and 1/I are told apart when typing it into a phone.
        self.secret_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setAccessibleName(self.tr("Two-step secret"))
        self.confirm_code_edit = _code_edit(self.tr("Code from the app, to confirm"))
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.setAccessibleName(self.tr("Confirm two-step"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel turning on two-step"))
        enrol_text = note(
            self.tr(
                "Scan the code with an authenticator app (Aegis, Google Authenticator, 1Password, "
                "...) or type this secret into it:"
            )
        )
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(QLabel(self.tr("Code the app shows:")))
        confirm_row.addWidget(self.confirm_code_edit)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.cancel_button)
        confirm_row.addStretch()
        side = QVBoxLayout()
        side.addWidget(enrol_text)
        side.addWidget(self.secret_label)
        side.addLayout(confirm_row)
        side.addStretch()
        widget = QWidget()
        layout = QHBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)
        return widget

    def show_status(self, status: SecurityStatus, *, is_creator: bool) -> None:
        enrolling = self._pending_secret is not None
        # What the code guards: payouts are a creator's, purchases above the threshold anyone's.
        guarded = (
            self.tr("payouts, and purchases above the amount below,")
            if is_creator
            else self.tr("purchases above the amount below")
        )
        self.status_label.setText(
            self.tr("On: {guarded} need a 6-digit code from your authenticator app.").format(
                guarded=guarded
            )
            if status.totp_enabled
            else self.tr(
                "Off. With two-step on, {guarded} need a 6-digit code from an authenticator "
                "app on your phone."
            ).format(guarded=guarded)
        )
        self.enable_button.setVisible(not status.totp_enabled and not enrolling)
        self.enrol_widget.setVisible(enrolling)
        self.disable_widget.setVisible(status.totp_enabled)

    def _on_enable_button_clicked(self) -> None:
        guard = self._guard
        started = guard.run(
            self.tr("Two-step"), lambda: guard.services.security.start_totp(guard.profile_id)
        )
        if started is None:
            return
        self._pending_secret = started.secret
        self.qr_label.set_text(started.uri)
        self.secret_label.setText(grouped_secret(started.secret))
        self.confirm_code_edit.clear()
        self.changed.emit()
        self.confirm_code_edit.setFocus()

    def _on_confirm_button_clicked(self) -> None:
        secret, code = self._pending_secret, self.confirm_code_edit.text()
        if secret is None:
            return
        guard = self._guard
        go, password = guard.ask_password(self.tr("turn on two-step"))
        if not go:
            return
        if guard.attempt(
            self.tr("Two-step not turned on"),
            lambda: guard.services.security.confirm_totp(
                guard.profile_id, secret, code, password=password
            ),
        ):
            self._end_enrol()
        else:
            self.confirm_code_edit.clear()

    def _on_cancel_button_clicked(self) -> None:
        self._end_enrol()

    def _end_enrol(self) -> None:
        self._pending_secret = None  # the secret is forgotten: only the stored one remains
        self.qr_label.set_text("")
        self.secret_label.clear()
        self.confirm_code_edit.clear()
        self.changed.emit()

    def _on_disable_button_clicked(self) -> None:
        code = self.disable_code_edit.text()
        guard = self._guard
        go, password = guard.ask_password(self.tr("turn off two-step"))
        if not go:
            return
        guard.attempt(
            self.tr("Two-step not turned off"),
            lambda: guard.services.security.disable_totp(guard.profile_id, code, password=password),
        )
        self.disable_code_edit.clear()
        self.changed.emit()
