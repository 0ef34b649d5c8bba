"""The Send button, and beside it for a few seconds after a gift the Undo button, counting down
the seconds left to take the gift back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from giftdesk import formatting as fmt
from giftdesk.services.results import GiftSent

TICK_MS = 1000  # the countdown shows whole seconds
# While the Undo button has the focus, a screen reader speaks each change of its name: its
# seconds left are renewed then only every this many seconds, not every second.
FOCUSED_NAME_EVERY_S = 5


class SendBar(QWidget):
    undo_requested = Signal(object, int)  # the GiftSent offered, and the profile that sent it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The gift offered for undo, and the profile that sent it.
        self._offer: tuple[GiftSent, int] | None = None
        self._left_s = 0
        # Where the keyboard goes when Undo goes while it has it and Send is off (resting,
        # or refused): the tab sets it (the gift grid), rather than let Qt's chain decide.
        self.fallback_focus: QWidget | None = None
        self.send_button = QPushButton(self.tr("Send gift"))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send gift"))
        self.send_button.setToolTip(self.tr("Send gift (Ctrl+Enter)"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo last gift"))
        self.undo_button.setToolTip(self.tr("Undo the last gift (Ctrl+Z)"))
        self.undo_button.setVisible(False)
        # Undo's place is kept while it is hidden: Send keeps its width, so a second click
        # where Undo was, just after its 10 s, lands on nothing rather than on Send.
        keep = self.undo_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.undo_button.setSizePolicy(keep)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.send_button, 2)
        layout.addWidget(self.undo_button, 1)

        self.undo_timer = QTimer(self)
        self.undo_timer.setInterval(TICK_MS)
        self.undo_timer.timeout.connect(self._on_undo_timer_timeout)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

    @property
    def offered(self) -> GiftSent | None:
        """The gift that Undo would take back now, if any."""
        return self._offer[0] if self._offer is not None else None

    def offer_undo(self, sent: GiftSent, sender_id: int, seconds_left: int) -> None:
        """Offer to take `sent` back for `seconds_left`; none when it is final already."""
        self._offer = (sent, sender_id)
        self._left_s = seconds_left
        if self._left_s <= 0:
            self.end_offer()  # already final: no offer, nor the last gift's any more
            return
        self._show_seconds_left(name=True)
        self.undo_button.setVisible(True)
        self.undo_button.setEnabled(True)
        self.undo_timer.start()

    def end_offer(self) -> None:
        had_focus = self.undo_button.hasFocus()
        self._end_offer()
        if had_focus:
            self._focus_after_undo_went()

    def _end_offer(self) -> None:
        self.undo_timer.stop()
        self.undo_button.setVisible(False)
        self._offer = None

    def _focus_after_undo_went(self) -> None:
        # Not to wherever Qt's focus chain goes next (the supporters table).
        target = self.send_button if self.send_button.isEnabled() else self.fallback_focus
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        """Take the offered gift back (Undo clicked, or Ctrl+Z); nothing when none is offered."""
        offer = self._offer
        had_focus = self.undo_button.hasFocus()
        self._end_offer()
        if offer is not None:
            self.undo_requested.emit(*offer)  # the undo is done (or refused) when it returns
        if had_focus:
            self._focus_after_undo_went()

    def _show_seconds_left(self, *, name: bool) -> None:
        self.undo_button.setText(self.tr("Undo ({seconds} s)").format(seconds=self._left_s))
        if name and self._offer is not None:
            sent = self._offer[0]
            self.undo_button.setAccessibleName(
                self.tr("Undo {gift} to {creator}, {seconds} seconds left").format(
                    gift=sent.gift, creator=fmt.short_name(sent.creator), seconds=self._left_s
                )
            )

    def _on_undo_timer_timeout(self) -> None:
        self._left_s -= 1
        if self._left_s <= 0:
            self.end_offer()
        else:
            # The name is current whenever focus comes to the button; on it, it changes (and
            # is spoken) every FOCUSED_NAME_EVERY_S seconds.
            focused = self.undo_button.hasFocus()
            self._show_seconds_left(name=not focused or self._left_s % FOCUSED_NAME_EVERY_S == 0)

    def _on_undo_button_clicked(self) -> None:
        self.undo()
