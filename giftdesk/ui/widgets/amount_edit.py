"""An amount field that accepts ASCII digits only and returns an integer or None."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_DIGITS = 9  # 999,999,999: above every amount a rule allows


class AmountEdit(QLineEdit):
    """Like Electrum's amount edit: keystrokes that are not 0-9 never reach the text."""

    amount_changed = Signal(object)  # int or None

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_DIGITS}}}"), self)
        )
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self._on_text_changed)

    def amount(self) -> int | None:
        text = self.text()
        return int(text) if text.isascii() and text.isdigit() else None

    def set_amount(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def _on_text_changed(self, _text: str) -> None:
        self.amount_changed.emit(self.amount())
