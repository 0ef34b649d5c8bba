"""The purchase threshold: above which amount a purchase asks for a two-step code."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.services.security import SecurityStatus
from giftdesk.ui.security.guard import Guard
from giftdesk.ui.widgets.note import note

# What an amount of dollars can be typed with, in any locale: digits, the decimal mark and
# grouping marks; formatting.parse_cents then reads it as the language chosen writes it
# (German "12,50" is twelve dollars fifty, as "12.50" is in English).
DOLLAR_CHARACTERS = "[0-9.,' \u00a0\u202f]{0,16}"


class ThresholdForm(QWidget):
    """The amount in a row with its buttons, and under it what is set now."""

    changed = Signal()  # a change was tried, done or refused: the dialog shows it all again

    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self._guard = guard
        self.amount_edit = QLineEdit()
        self.amount_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(DOLLAR_CHARACTERS), self.amount_edit)
        )
        self.amount_edit.setPlaceholderText(
            self.tr("e.g. {amount}").format(amount=fmt.plain_usd(5000))
        )
        self.amount_edit.setMaximumWidth(120)
        self.amount_edit.setAccessibleName(self.tr("Purchase threshold in dollars"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save purchase threshold"))
        self.clear_button = QPushButton(self.tr("No code for purchases"))
        self.status_label = note()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ask for a code for purchases over $")))
        row.addWidget(self.amount_edit)
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addWidget(self.status_label)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.amount_edit.returnPressed.connect(self.save_button.click)

    def show_status(self, status: SecurityStatus) -> None:
        threshold = status.purchase_threshold_cents
        if threshold is None:
            self.status_label.setText(self.tr("No purchase needs a code."))
        else:
            self.status_label.setText(
                self.tr("Purchases over {amount} need a code{when}.").format(
                    amount=fmt.usd(threshold),
                    when="" if status.totp_enabled else self.tr(" once two-step is on"),
                )
            )
        self.amount_edit.setText("" if threshold is None else fmt.plain_usd(threshold))
        self.clear_button.setEnabled(threshold is not None)

    def _on_save_button_clicked(self) -> None:
        cents = fmt.parse_cents(self.amount_edit.text())
        if cents is None:
            self._guard.error(
                self.tr("Purchase threshold"),
                self.tr("Type an amount in dollars, such as {whole} or {cents}.").format(
                    whole=fmt.group(50), cents=fmt.plain_usd(4999)
                ),
            )
            return
        self._save(cents)

    def _on_clear_button_clicked(self) -> None:
        self._save(None)

    def _save(self, cents: int | None) -> None:
        guard = self._guard
        security = guard.services.security
        go, password = guard.ask_password(self.tr("change the purchase threshold"))
        if not go:
            return
        code = None
        current = security.purchase_threshold_cents(guard.profile_id)
        # Raising or clearing it lets purchases past the second factor: that needs a code.
        if (
            security.totp_enabled(guard.profile_id)
            and current is not None
            and (cents is None or cents > current)
        ):
            go, code = guard.ask_code(self.tr("let more purchases through without one"))
            if not go:
                return
        # Refused (a wrong password, say): what was typed stays, to correct and save again.
        if guard.attempt(
            self.tr("Threshold not changed"),
            lambda: security.set_purchase_threshold(guard.profile_id, cents, password, code=code),
        ):
            self.changed.emit()
            self.status_label.setText(self.tr("Saved.") + " " + self.status_label.text())
