"""The card fields (number, expiry, security code) and their inline check: a line, red for a
problem and green when the card looks fine, that the pay form shows under the fields. The line
keeps its room while the card is in use, so Buy coins below it stays put, and each field carries
it as its accessible description, so a screen reader says it with the field."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from giftdesk.domain.errors import GiftDeskError
from giftdesk.services import Services
from giftdesk.services.payments import CardDetails
from giftdesk.ui.actions import sentence
from giftdesk.ui.widgets.room import keep_room


def _field(placeholder: str, name: str, max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    return edit


class CardForm(QWidget):
    """The fields in a row. Their check line, `error_label`, is this form's too, but sits in
    the row below, where the pay form puts it."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._in_use = False  # the card is the payment method chosen
        self.number_edit = _field(self.tr("Card number"), self.tr("Card number"), 23)
        self.expiry_edit = _field(self.tr("MM/YY"), self.tr("Card expiry"), 5)
        self.cvc_edit = _field(self.tr("CVC"), self.tr("Card security code"), 4)
        self.cvc_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        # One line, unwrapped: in the pay form a wrapped label is laid out two lines tall as
        # soon as it has text, and Buy coins below it moved. Every check's words fit one line.
        self.error_label.setBuddy(self.number_edit)
        keep_room(self.error_label, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number_edit, 3)
        layout.addWidget(self.expiry_edit, 1)
        layout.addWidget(self.cvc_edit, 1)
        for edit in self._edits():
            edit.textChanged.connect(self._on_edit_text_changed)

    def card(self) -> CardDetails:
        return CardDetails(self.number_edit.text(), self.expiry_edit.text(), self.cvc_edit.text())

    def clear(self) -> None:
        for edit in self._edits():
            edit.clear()

    def set_in_use(self, in_use: bool) -> None:
        """Shown and checked only while the card is the payment method."""
        self._in_use = in_use
        self.setEnabled(in_use)
        self.setVisible(in_use)
        self.check()

    def check(self) -> bool:
        """Whether the card can be charged (or is not in use), saying why not inline; nothing
        is said while all three fields are empty."""
        if not self._in_use:
            self._say("")
            self.error_label.setVisible(False)
            return True
        self.error_label.setVisible(True)  # empty, it keeps the room for what may come
        card = self.card()
        if not (card.number or card.expiry or card.cvc):
            self._say("")
            return False
        try:
            self._services.recharge.check_card_form(card)
        except GiftDeskError as e:
            self._show_check(sentence(e, end=""), ok=False)
            return False
        self._show_check(self.tr("Card looks good."), ok=True)
        return True

    def check_before_paying(self) -> bool:
        """`check`, and when the card cannot be charged a line that says so even for empty
        fields."""
        if self.check():
            return True
        self._say(
            self.error_label.text()
            or self.tr("Enter the card number, expiry (MM/YY) and security code.")
        )
        return False

    def _show_check(self, text: str, *, ok: bool) -> None:
        """The inline card check: red for a problem, green when the form is fine."""
        label = self.error_label
        self._say(text)
        if label.property("ok") != ok:
            label.setProperty("ok", ok)
            label.style().unpolish(label)  # the style sheet picks the colour by this property
            label.style().polish(label)

    def _say(self, text: str) -> None:
        """The check's line, and the same words on every field: the problem can be in any of
        them, and the one a screen reader is in says it."""
        self.error_label.setText(text)
        for edit in self._edits():
            edit.setAccessibleDescription(text)

    def _edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return (self.number_edit, self.expiry_edit, self.cvc_edit)

    def _on_edit_text_changed(self, _text: str) -> None:
        self.check()
