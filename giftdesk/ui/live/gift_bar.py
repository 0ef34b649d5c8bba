"""A viewer's gift bar in a LIVE room: the gifts in one scrolling row, the combo count, the
total and Send (with Undo for a few seconds), and below them the real cost and the creator's
share, as in the Gifts tab and with its rules: its parts (ui/gifts/) and its way of sending
(ui/gifts/sending.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QListView, QSpinBox, QWidget

from giftdesk import formatting as fmt
from giftdesk.services import Services
from giftdesk.services.results import GiftSent
from giftdesk.ui.gifts.cost_label import CostLabel
from giftdesk.ui.gifts.gift_grid import GiftGrid
from giftdesk.ui.gifts.send_bar import SendBar
from giftdesk.ui.gifts.sending import GiftSender, times
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ButtonRest
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.room import keep_room

SIDE_WIDTH_PX = 360


class GiftBar(QWidget):
    gift_sent = Signal(object)  # GiftSent
    recharge_requested = Signal(int)  # coins missing

    def __init__(
        self, services: Services, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.sender_id: int | None = None
        self.creator: tuple[int, str] | None = None  # (id, name) of the LIVE's creator
        self.gift_list = GiftGrid(services.gifts.catalog())
        # One row that scrolls sideways: a bar under the room, not the Gifts tab's grid.
        self.gift_list.setFlow(QListView.Flow.LeftToRight)
        self.gift_list.setWrapping(False)
        self.gift_list.setIconSize(QSize(48, 48))
        self.gift_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # One tile high, and the sideways scroll bar: as the tile delegate sizes its tiles.
        self.gift_list.setFixedHeight(
            self.gift_list.sizeHintForRow(0)
            + self.gift_list.horizontalScrollBar().sizeHint().height()
            + 2 * self.gift_list.frameWidth()
            + 2 * self.gift_list.spacing()
            + 4
        )
        self.gift_list.setAccessibleName(self.tr("Gifts to send"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, services.rules.max_combo_count)
        self.count_spin.setAccessibleName(self.tr("Combo count"))
        count_caption = QLabel(self.tr("&Count:"))
        count_caption.setBuddy(self.count_spin)
        self.cost_label = CostLabel(services)
        self.send_bar = SendBar()
        self.send_bar.fallback_focus = self.gift_list
        self.status_label = LiveLabel(self.tr("Send status"), announce=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.send_rest = ButtonRest(self, self.send_bar.send_button, self.update_preview)
        self.sender = GiftSender(
            self,
            services,
            prompter,
            self.send_rest,
            acting=lambda: self.sender_id,
            recharge_requested=self.recharge_requested.emit,
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gift_list, 0, 0, 3, 1)
        layout.addWidget(count_caption, 0, 1)
        layout.addWidget(self.count_spin, 0, 2)
        layout.addWidget(self.cost_label.total_label, 0, 3)
        layout.addWidget(self.send_bar, 1, 1, 1, 3)
        layout.addWidget(self.status_label, 2, 1, 1, 3)
        layout.addWidget(self.cost_label, 3, 0, 1, 4)
        layout.setColumnStretch(0, 1)
        layout.setColumnMinimumWidth(3, SIDE_WIDTH_PX // 2)
        keep_room(self.status_label, 1)
        keep_room(self.cost_label, 2)

        self.gift_list.selectionModel().currentChanged.connect(self._on_gift_list_current_changed)
        self.count_spin.valueChanged.connect(self._on_count_spin_changed)
        self.send_bar.send_button.clicked.connect(self._on_send_button_clicked)
        self.send_bar.undo_requested.connect(self._on_send_bar_undo_requested)
        self.gift_list.select_gift("Rose")

    def show_for(self, sender_id: int | None, creator: tuple[int, str] | None) -> None:
        """Who sends and to whom; a change of either ends the Undo offer and the status."""
        if (sender_id, creator) != (self.sender_id, self.creator):
            self.send_bar.end_offer()
            self.status_label.setText("")
        self.sender_id, self.creator = sender_id, creator
        self.update_preview()

    def update_preview(self) -> None:
        gift = self.gift_list.selected_gift()
        if gift is None or self.creator is None:
            self.cost_label.clear_cost()
            self.send_bar.send_button.setEnabled(False)
            return
        self.count_spin.setEnabled(gift.streakable)
        if not gift.streakable:
            self.count_spin.setValue(1)
        may_send = self.cost_label.show_cost(
            gift,
            self.count_spin.value(),
            creator_id=self.creator[0],
            creator_name=self.creator[1],
            sender_id=self.sender_id,
        )
        self.send_bar.send_button.setEnabled(
            self.sender_id is not None and may_send and not self.send_rest.active
        )

    def stop(self) -> None:
        self.send_rest.stop()
        self.send_bar.end_offer()

    def _on_gift_list_current_changed(self, *_args) -> None:
        self.update_preview()

    def _on_count_spin_changed(self, _value: int) -> None:
        self.update_preview()

    def _on_send_button_clicked(self) -> None:
        gift = self.gift_list.selected_gift()
        sender_id, creator = self.sender_id, self.creator
        if gift is None or creator is None or sender_id is None:
            return
        result = self.sender.send(
            gift,
            self.count_spin.value(),
            creator_id=creator[0],
            creator_name=creator[1],
            context="live",
        )
        if result is None:
            return
        self.send_bar.offer_undo(
            result, sender_id, self._services.gifts.undo_seconds_left(result.created_at)
        )
        self.status_label.setText(
            self.tr("Sent {gift}{times}.").format(gift=result.gift, times=times(result.count))
        )
        if self.send_bar.undo_button.isVisible():
            self.send_bar.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.gift_sent.emit(result)

    def _on_send_bar_undo_requested(self, sent: GiftSent, sender_id: int) -> None:
        result = self.sender.undo(sent, sender_id)
        if result is not None:
            self.send_rest.end()
            self.status_label.setText(
                self.tr("Undone: {coins} back in your wallet.").format(
                    coins=fmt.coins(result.coins_refunded)
                )
            )
