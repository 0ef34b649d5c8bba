"""Gifts tab: pick a creator and a gift, see the real cost and the creator's share, send, undo.

The tab lays out its parts (ui/gifts/), follows the chosen creator and gift, and runs the send
and the undo; each part shows its own piece. Ctrl+Enter sends; Ctrl+Z takes the last gift back
while its Undo is offered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.rules import Gift
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind
from giftdesk.services.results import GiftSent, Recharged
from giftdesk.ui.art import gift_pixmap
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.gifts.cost_label import CostLabel
from giftdesk.ui.gifts.flying_gift import FlyingGiftLabel
from giftdesk.ui.gifts.gift_grid import GiftGrid
from giftdesk.ui.gifts.send_bar import SendBar
from giftdesk.ui.gifts.sending import GiftSender
from giftdesk.ui.gifts.sending import times as _times
from giftdesk.ui.gifts.supporters_box import SupportersBox
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ButtonRest, ProfileTab
from giftdesk.ui.widgets.choices import ChoiceGroup
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.room import keep_room

RIGHT_COLUMN_PX = 380  # the gift being sent and its creator's supporters, beside the grid
ART_PX = 80  # the chosen gift's picture


class GiftsTab(ProfileTab):
    gift_sent = Signal(object)  # GiftSent
    gift_undone = Signal(object)  # Undone
    recharge_requested = Signal(int)  # coins missing

    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, prompter, parent)
        self.creator_combo = QComboBox()
        self.creator_combo.setAccessibleName(self.tr("Creator"))
        self.creator_combo.setMinimumWidth(180)
        # As wide as a usual name, not as the longest one: a 64-letter name squeezed the search.
        self.creator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.creator_combo.setMinimumContentsLength(16)
        # Named by its label: on Linux a combo box's name is its label, and "Leo, combo box"
        # was all a screen reader said.
        self.creator_caption_label = QLabel(self.tr("Send &to:"))
        self.creator_caption_label.setBuddy(self.creator_combo)
        self.context_group = ChoiceGroup(self.tr("Where the gift is sent"))
        self.live_radio = QRadioButton(self.tr("During their LIVE"))
        self.video_radio = QRadioButton(self.tr("On a video"))
        self.context_group.row.addWidget(self.live_radio)
        self.context_group.row.addWidget(self.video_radio)
        # A gift goes to a LIVE only while the creator is on air: LIVE is offered (and chosen)
        # then, video otherwise.
        self.live_now_label = QLabel(self.tr("LIVE now"))
        self.live_now_label.setObjectName("note")
        room = self.live_now_label.sizePolicy()
        room.setRetainSizeWhenHidden(True)  # the row does not move as a LIVE starts or ends
        self.live_now_label.setSizePolicy(room)
        self._live_shown: tuple[int | None, bool] | None = None  # (creator, on air) shown
        self.gift_list = GiftGrid(services.gifts.catalog())

        # The selected gift and what sending it means
        self.gift_image_label = QLabel()
        self.gift_image_label.setFixedSize(ART_PX, ART_PX)
        self.gift_image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gift_name_label = QLabel()
        self.gift_name_label.setObjectName("title")
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, services.rules.max_combo_count)
        self.count_spin.setAccessibleName(self.tr("Combo count"))
        self.count_note_label = QLabel()
        self.count_note_label.setObjectName("note")
        self.cost_label = CostLabel(services)
        self.send_bar = SendBar()
        self.send_bar.fallback_focus = self.gift_list
        # What the last send or undo did, announced: a result the person waits for.
        self.status_label = LiveLabel(self.tr("Send status"), announce=True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it names the creator
        self.status_label.setWordWrap(True)
        self._status_gift: GiftSent | None = None  # the gift the status line says was sent
        self.supporters_box = SupportersBox(services)
        self._lay_out()
        self.animation_label = FlyingGiftLabel(self)  # made last: it flies above the rest
        self.send_rest = ButtonRest(self, self.send_bar.send_button, self._update_preview)
        self.sender = GiftSender(
            self,
            services,
            prompter,
            self.send_rest,
            acting=lambda: self._selection.profile_id,
            recharge_requested=self.recharge_requested.emit,
        )

        self.gift_list.selectionModel().currentChanged.connect(self._on_gift_list_current_changed)
        self.count_spin.valueChanged.connect(self._on_count_spin_changed)
        self.creator_combo.currentIndexChanged.connect(self._on_creator_combo_changed)
        self.send_bar.send_button.clicked.connect(self._on_send_button_clicked)
        self.send_bar.undo_requested.connect(self._on_send_bar_undo_requested)
        send = QShortcut(self)
        send.setKeys([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        send.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # on this tab
        send.activated.connect(self._on_send_shortcut_activated)
        # Anywhere in the window while this tab shows (a text field keeps Ctrl+Z for itself).
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)
        undo.activated.connect(self.send_bar.undo)

        self._reload_creators()
        self.select_gift("Rose")

    def _lay_out(self) -> None:
        """Who to send to and the grid's search on top; the grid, and beside it the gift
        being sent and the creator's supporters."""
        top = QHBoxLayout()
        top.addWidget(self.creator_caption_label)
        top.addWidget(self.creator_combo)
        top.addWidget(self.live_now_label)
        top.addWidget(self.context_group)
        top.addStretch()
        top.addWidget(self.gift_list.search_edit)
        top.addWidget(self.gift_list.price_caption_label)
        top.addWidget(self.gift_list.price_combo)

        head = QHBoxLayout()
        head.addWidget(self.gift_image_label)
        name_col = QVBoxLayout()
        name_col.addWidget(self.gift_name_label)
        count_row = QHBoxLayout()
        count_row.addWidget(QLabel(self.tr("Count:")))
        count_row.addWidget(self.count_spin)
        count_row.addStretch()
        name_col.addLayout(count_row)
        name_col.addWidget(self.count_note_label)
        head.addLayout(name_col, 1)
        # Above Send only what is one line whatever the gift (the head, the total); below it
        # the status (with room kept for two lines) and the figures, notes and refusals that
        # come and go: none of them moves Send.
        send_box = QGroupBox(self.tr("Your gift"))
        send_layout = QVBoxLayout(send_box)
        send_layout.addLayout(head)
        send_layout.addWidget(self.cost_label.total_label)
        send_layout.addWidget(self.send_bar)
        send_layout.addWidget(self.status_label)
        keep_room(self.status_label, 2)
        send_layout.addWidget(self.cost_label)

        right = QVBoxLayout()
        right.addWidget(send_box)
        right.addWidget(self.supporters_box, 1)  # the supporters take the height left
        right_widget = QWidget()
        right_widget.setLayout(right)
        # On a short window the column scrolls: squeezed, its labels were cut in half
        # behind the Send row.
        right_scroll = QScrollArea()
        right_scroll.setWidget(right_widget)
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right_scroll.setFixedWidth(RIGHT_COLUMN_PX)
        body = QHBoxLayout()
        body.addWidget(self.gift_list, 1)
        body.addWidget(right_scroll)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    # --- selection ---------------------------------------------------------------------

    def selected_gift(self) -> Gift | None:
        return self.gift_list.selected_gift()

    def select_gift(self, name: str) -> None:
        self.gift_list.select_gift(name)

    def selected_creator_id(self) -> int | None:
        return self.creator_combo.currentData()

    def select_creator(self, name: str) -> None:
        index = self.creator_combo.findText(name, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.creator_combo.setCurrentIndex(index)

    def context(self) -> str:
        return "live" if self.live_radio.isChecked() else "video"

    def _reload_creators(self) -> None:
        current = self.selected_creator_id()
        me = self._selection.profile_id
        self.creator_combo.blockSignals(True)
        self.creator_combo.clear()
        for creator in self._services.profiles.creators():
            if creator.id != me:
                self.creator_combo.addItem(creator.name, creator.id)
        index = self.creator_combo.findData(current)
        self.creator_combo.setCurrentIndex(max(index, 0))
        self.creator_combo.blockSignals(False)
        self._show_on_air()
        self._refresh_supporters()
        self._update_preview()

    def _show_on_air(self) -> None:
        """ "LIVE now" beside a creator on air, and the LIVE choice only then: chosen when a
        creator is chosen or goes LIVE, video when their LIVE ends."""
        creator_id = self.selected_creator_id()
        on_air = creator_id is not None and self._services.lives.is_live(creator_id)
        self.live_now_label.setVisible(on_air)
        self.live_radio.setEnabled(on_air)
        if (creator_id, on_air) != self._live_shown:
            self._live_shown = (creator_id, on_air)
            (self.live_radio if on_air else self.video_radio).setChecked(True)

    def _refresh_supporters(self) -> None:
        self.supporters_box.show_creator(
            self.selected_creator_id(), self.creator_combo.currentText()
        )

    def _update_preview(self) -> None:
        gift = self.selected_gift()
        creator_id = self.selected_creator_id()
        if gift is None:
            self.gift_name_label.setText(self.tr("Choose a gift"))
            self.gift_image_label.clear()
            self.gift_image_label.setAccessibleName("")
            self.count_note_label.setText("")
            self.cost_label.clear_cost()
            self.send_bar.send_button.setEnabled(False)
            return
        self.gift_name_label.setText(gift.name)
        self.gift_image_label.setPixmap(
            gift_pixmap(gift.name, ART_PX - 8, self.devicePixelRatioF())
        )
        self.gift_image_label.setAccessibleName(gift.name)
        self.count_spin.setEnabled(gift.streakable)
        if not gift.streakable:
            self.count_spin.setValue(1)
        self.count_note_label.setText(
            self.tr("Combo: send up to {n} at once.").format(
                n=fmt.group(self._services.rules.max_combo_count)
            )
            if gift.streakable
            else self.tr("Sent one at a time.")
        )
        profile_id = self._selection.profile_id
        may_send = self.cost_label.show_cost(
            gift,
            self.count_spin.value(),
            creator_id=creator_id,
            creator_name=self.creator_combo.currentText(),
            sender_id=profile_id,
        )
        self.send_bar.send_button.setEnabled(
            creator_id is not None
            and profile_id is not None
            and may_send
            and not self.send_rest.active
        )

    # --- reactions ---------------------------------------------------------------------

    def _on_gift_list_current_changed(self, *_args) -> None:
        self._update_preview()

    def _on_count_spin_changed(self, _value: int) -> None:
        self._update_preview()

    def _on_creator_combo_changed(self, _index: int) -> None:
        self._show_on_air()
        self._refresh_supporters()
        self._update_preview()

    def refresh(self) -> None:
        self._reload_creators()
        self._forget_gift_undone_elsewhere()

    def _on_selection_changed(self, profile_id) -> None:
        # The undo offer belongs to the profile that sent the gift: switching profile or
        # locking the window ends it, or the next person at the keyboard could take it back.
        self.send_bar.end_offer()
        self._show_status("")
        self.supporters_box.forget_period()  # the last profile's choice is not the next one's
        super()._on_selection_changed(profile_id)

    def _on_services_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.PROFILE:
            self._reload_creators()
        else:
            self._show_on_air()
            self._refresh_supporters()
            self._update_preview()
        if change.kind is ChangeKind.UNDO:
            self._forget_gift_undone_elsewhere()

    def _forget_gift_undone_elsewhere(self) -> None:
        """The status line and the Undo offer say no more of a gift that another window, the
        command line or a restore took back since it was sent here."""
        sent = self._status_gift or self.send_bar.offered
        if sent is None or self._services.gifts.is_standing(sent.transaction_id, sent.created_at):
            return
        self.send_bar.end_offer()
        self._show_status(
            self.tr("{gift}{times} to {creator} was taken back elsewhere.").format(
                gift=sent.gift, times=_times(sent.count), creator=fmt.short_name(sent.creator)
            )
        )

    def _show_status(self, text: str, sent: GiftSent | None = None) -> None:
        """The status line, and the gift it says was sent (None when it says something else)."""
        self._status_gift = sent
        self.status_label.setText(text)

    def resume_after_recharge(self, recharged: Recharged) -> None:
        """Back from the purchase the recharge offer led to: the gift is still chosen, and
        Send has the keyboard."""
        gift = self.selected_gift()
        self._show_status(
            self.tr("You have {coins} now: Send gift sends {gift}{times} to {creator}.").format(
                coins=fmt.coins(recharged.balance_coins),
                gift=gift.name if gift else "",
                times=_times(self.count_spin.value()),
                creator=fmt.short_name(self.creator_combo.currentText()),
            )
            if gift is not None
            else self.tr("You have {coins} now.").format(coins=fmt.coins(recharged.balance_coins))
        )
        if self.send_bar.send_button.isEnabled():
            self.send_bar.send_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_send_shortcut_activated(self) -> None:
        if self.send_bar.send_button.isEnabled():
            self.send_bar.send_button.click()

    def _on_send_button_clicked(self) -> None:
        gift = self.selected_gift()
        creator_id = self.selected_creator_id()
        sender_id = self._selection.profile_id
        if gift is None or creator_id is None or sender_id is None:
            return
        count = self.count_spin.value()
        result = self.sender.send(
            gift,
            count,
            creator_id=creator_id,
            creator_name=self.creator_combo.currentText(),
            context=self.context(),
        )
        if result is None:
            return
        self.animation_label.fly(gift.name, over=self.gift_list.geometry())
        self.send_bar.offer_undo(
            result, sender_id, self._services.gifts.undo_seconds_left(result.created_at)
        )
        said = self.tr("Sent {gift}{times} to {creator}.").format(
            gift=result.gift, times=_times(count), creator=fmt.short_name(result.creator)
        )
        if result.money_trail is not None:
            # What this gift did, under the panel's preview of the next one: a creator's
            # diamonds round across gifts, so the two can differ by one (and did confuse).
            said += " " + self.tr(
                "Those coins cost you {paid}; {creator} received {diamonds} ({value})."
            ).format(
                paid=fmt.usd(result.money_trail.paid_cents),
                creator=fmt.short_name(result.creator),
                diamonds=fmt.diamonds(result.diamonds_credited),
                value=fmt.usd(result.diamonds_cents),
            )
        self._show_status(said, result)
        # Send rests for a moment and Qt would hand the keyboard on to the supporters table:
        # Undo is where a person who just sent wants to be.
        if self.send_bar.undo_button.isVisible():
            self.send_bar.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.gift_sent.emit(result)

    def _on_send_bar_undo_requested(self, sent: GiftSent, sender_id: int) -> None:
        result = self.sender.undo(sent, sender_id)
        if result is not None:
            # Send rests against a double-click's second send; the gift is back, so is Send
            # (and the keyboard can go there).
            self.send_rest.end()
            self._show_status(
                self.tr("Undone: {coins} back in your wallet.").format(
                    coins=fmt.coins(result.coins_refunded)
                )
            )
            self.gift_undone.emit(result)
