"""The Send button, and beside it for a few seconds after a gift the Undo button, counting down
the seconds left to take the gift back."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from giftdesk.services.results import GiftSent

TICK_MS = 1000  # the countdown shows whole seconds


class SendBar(QWidget):
    undo_requested = Signal(object, int)  # the GiftSent offered, and the profile that sent it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The gift offered for undo, and the profile that sent it.
        self._offer: tuple[GiftSent, int] | None = None
        self._left_s = 0
        self.send_button = QPushButton(self.tr("Send gift"))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send gift"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo last gift"))
        self.undo_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.send_button, 2)
        layout.addWidget(self.undo_button, 1)

        self.undo_timer = QTimer(self)
        self.undo_timer.setInterval(TICK_MS)
        self.undo_timer.timeout.connect(self._on_undo_timer_timeout)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

    def offer_undo(self, sent: GiftSent, sender_id: int, seconds_left: int) -> None:
        """Offer to take `sent` back for `seconds_left`; none when it is final already."""
        self._offer = (sent, sender_id)
        self._left_s = seconds_left
        if self._left_s <= 0:
            self.end_offer()  # already final: no offer, nor the last gift's any more
            return
        self._show_seconds_left()
        self.undo_button.setVisible(True)
        self.undo_button.setEnabled(True)
        self.undo_timer.start()

    def end_offer(self) -> None:
        self.undo_timer.stop()
        self.undo_button.setVisible(False)
        self._offer = None

    def _show_seconds_left(self) -> None:
        self.undo_button.setText(self.tr("Undo ({seconds} s)").format(seconds=self._left_s))

    def _on_undo_timer_timeout(self) -> None:
        self._left_s -= 1
        if self._left_s <= 0:
            self.end_offer()
        else:
            self._show_seconds_left()

    def _on_undo_button_clicked(self) -> None:
        offer = self._offer
        self.end_offer()
        if offer is not None:
            self.undo_requested.emit(*offer)
