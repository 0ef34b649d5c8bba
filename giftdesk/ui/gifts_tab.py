"""Gifts tab: pick a creator and a gift, see the real cost and the creator's share, send, undo."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QEasingCurve,
    QItemSelectionModel,
    QParallelAnimationGroup,
    QPropertyAnimation,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsOpacityEffect,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError, InsufficientCoins
from giftdesk.domain.rules import APP, WEB, Gift
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind, new_key
from giftdesk.services.results import GiftSent
from giftdesk.ui.actions import run_action, sentence
from giftdesk.ui.art import gift_pixmap
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.models.gift_catalog import (
    GIFT_ROLE,
    PRICE_BANDS,
    GiftCatalogModel,
    GiftFilterModel,
)
from giftdesk.ui.models.supporters import SupportersModel
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ButtonRest, ProfileTab
from giftdesk.ui.theme import color
from giftdesk.ui.widgets.gift_tile import GiftTileDelegate


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
        # The last gift sent, and the profile that sent it: what Undo would take back.
        self._last_sent: tuple[GiftSent, int] | None = None
        self._undo_left_s = 0

        self.creator_combo = QComboBox()
        self.creator_combo.setAccessibleName(self.tr("Creator"))
        self.creator_combo.setMinimumWidth(180)
        # As wide as a usual name, not as the longest one: a 64-letter name squeezed the search.
        self.creator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.creator_combo.setMinimumContentsLength(16)
        self.live_radio = QRadioButton(self.tr("During their LIVE"))
        self.video_radio = QRadioButton(self.tr("On a video"))
        self.live_radio.setChecked(True)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search gifts"))
        self.search_edit.setAccessibleName(self.tr("Search gifts"))
        self.search_edit.setClearButtonEnabled(True)
        self.price_combo = QComboBox()
        self.price_combo.setAccessibleName(self.tr("Price filter"))
        for label, _, _ in PRICE_BANDS:
            self.price_combo.addItem(self.tr(label))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Send to:")))
        top.addWidget(self.creator_combo)
        top.addWidget(self.live_radio)
        top.addWidget(self.video_radio)
        top.addStretch()
        top.addWidget(self.search_edit)
        top.addWidget(self.price_combo)

        self.catalog_model = GiftCatalogModel(services.gifts.catalog(), self)
        self.filter_model = GiftFilterModel(self)
        self.filter_model.setSourceModel(self.catalog_model)
        self.gift_list = QListView()
        self.gift_list.setObjectName("giftGrid")
        self.gift_list.setAccessibleName(self.tr("Gifts"))
        self.gift_list.setViewMode(QListView.ViewMode.IconMode)
        self.gift_list.setIconSize(QSize(64, 64))
        self.gift_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.gift_list.setMovement(QListView.Movement.Static)
        self.gift_list.setUniformItemSizes(True)
        self.gift_list.setSpacing(4)
        self.gift_list.setMouseTracking(True)
        self.gift_list.setItemDelegate(GiftTileDelegate(self.gift_list))
        self.gift_list.setModel(self.filter_model)

        # Right panel: the selected gift and what sending it means
        self.gift_image_label = QLabel()
        self.gift_image_label.setFixedSize(96, 96)
        self.gift_image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gift_name_label = QLabel()
        self.gift_name_label.setObjectName("title")
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, services.rules.max_combo_count)
        self.count_spin.setAccessibleName(self.tr("Combo count"))
        self.count_note_label = QLabel()
        self.count_note_label.setObjectName("note")
        self.cost_label = QLabel()
        self.cost_label.setWordWrap(True)
        self.cost_label.setObjectName("summary")
        self.cost_label.setAccessibleName(self.tr("Cost and creator share"))
        self.send_button = QPushButton(self.tr("Send gift"))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send gift"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo last gift"))
        self.undo_button.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it names the creator
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Send status"))

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button, 2)
        buttons.addWidget(self.undo_button, 1)

        send_box = QGroupBox(self.tr("Your gift"))
        send_layout = QVBoxLayout(send_box)
        send_layout.addLayout(head)
        send_layout.addWidget(self.cost_label)
        send_layout.addLayout(buttons)
        send_layout.addWidget(self.status_label)

        self.supporters_model = SupportersModel(self)
        self.supporters_view = QTableView()
        self.supporters_view.setAccessibleName(self.tr("Top supporters"))
        self.supporters_view.setModel(self.supporters_model)
        self.supporters_view.verticalHeader().hide()
        self.supporters_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.supporters_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.supporters_view.setMaximumHeight(170)
        self.supporters_box = QGroupBox(self.tr("Top supporters"))
        QVBoxLayout(self.supporters_box).addWidget(self.supporters_view)

        right = QVBoxLayout()
        right.addWidget(send_box)
        right.addWidget(self.supporters_box)
        right.addStretch()
        right_widget = QWidget()
        right_widget.setLayout(right)
        right_widget.setFixedWidth(380)

        body = QHBoxLayout()
        body.addWidget(self.gift_list, 1)
        body.addWidget(right_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        # The flying gift shown for a moment after sending.
        self.animation_label = QLabel(self)
        self.animation_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.animation_label.hide()
        self._opacity = QGraphicsOpacityEffect(self.animation_label)
        self.animation_label.setGraphicsEffect(self._opacity)
        self.animation = QParallelAnimationGroup(self)
        self._fly = QPropertyAnimation(self.animation_label, b"geometry", self)
        self._fly.setDuration(900)
        self._fly.setEasingCurve(QEasingCurve.Type.OutBack)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(900)
        self._fade.setKeyValueAt(0.0, 0.0)
        self._fade.setKeyValueAt(0.2, 1.0)
        self._fade.setKeyValueAt(0.75, 1.0)
        self._fade.setKeyValueAt(1.0, 0.0)
        self.animation.addAnimation(self._fly)
        self.animation.addAnimation(self._fade)
        self.animation.finished.connect(self.animation_label.hide)

        self.send_rest = ButtonRest(self, self.send_button, self._update_preview)

        self.undo_timer = QTimer(self)
        self.undo_timer.setInterval(1000)
        self.undo_timer.timeout.connect(self._on_undo_timer_timeout)

        self.gift_list.selectionModel().currentChanged.connect(self._on_gift_list_current_changed)
        self.search_edit.textChanged.connect(self.filter_model.set_text)
        self.price_combo.currentIndexChanged.connect(self.filter_model.set_band)
        self.count_spin.valueChanged.connect(self._on_count_spin_changed)
        self.creator_combo.currentIndexChanged.connect(self._on_creator_combo_changed)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)

        self._reload_creators()
        self.select_gift("Rose")

    # --- selection ---------------------------------------------------------------------

    def selected_gift(self) -> Gift | None:
        index = self.gift_list.currentIndex()
        return index.data(GIFT_ROLE) if index.isValid() else None

    def select_gift(self, name: str) -> None:
        for row in range(self.filter_model.rowCount()):
            index = self.filter_model.index(row, 0)
            if index.data(GIFT_ROLE).name.casefold() == name.casefold():
                self.gift_list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return

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
        self._refresh_supporters()
        self._update_preview()

    def _refresh_supporters(self) -> None:
        creator_id = self.selected_creator_id()
        rows = self._services.earnings.top_supporters(creator_id) if creator_id else []
        self.supporters_model.set_rows(rows)
        name = fmt.short_name(self.creator_combo.currentText())
        self.supporters_box.setTitle(
            self.tr("{name}'s top supporters").format(name=name)
            if name
            else self.tr("Top supporters")
        )

    def _update_preview(self) -> None:
        gift = self.selected_gift()
        creator_id = self.selected_creator_id()
        if gift is None:
            self.gift_name_label.setText(self.tr("Choose a gift"))
            self.gift_image_label.clear()
            self.cost_label.setText("")
            self.send_button.setEnabled(False)
            return
        self.gift_name_label.setText(gift.name)
        self.gift_image_label.setPixmap(gift_pixmap(gift.name, 88, self.devicePixelRatioF()))
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
        coins = gift.coins * self.count_spin.value()
        web = self._services.recharge.coins_value_cents(coins, WEB)
        app = self._services.recharge.coins_value_cents(coins, APP)
        lines = [
            self.tr("Total: <b>{coins}</b>").format(coins=fmt.coins(coins)),
            self.tr("Those coins cost you about {web} on the web ({app} in the app).").format(
                web=fmt.usd(web), app=fmt.usd(app)
            ),
        ]
        profile_id = self._selection.profile_id
        refusal = None
        if profile_id is not None:
            try:
                self._services.gifts.check_sender(profile_id, coins)
            except GiftDeskError as e:  # too young, over budget: said now, not after Send
                refusal = e
        if creator_id is not None:
            preview = self._services.gifts.preview(creator_id, gift.name, self.count_spin.value())
            lines.append(
                self.tr("{creator} receives <b>{diamonds}</b> = {value}.").format(
                    creator=html.escape(fmt.short_name(self.creator_combo.currentText())),
                    diamonds=fmt.diamonds(preview.diamonds),
                    value=fmt.usd(preview.diamonds_cents),
                )
            )
            rate = self._services.rules.diamond_rate
            if rate.num * coins % rate.den:
                lines.append(
                    self.tr(
                        "Diamonds are rounded down over all of a creator's gifts, so a fraction "
                        "of a diamond carries over to their next gift."
                    )
                )
        elif profile_id is not None and self._services.profiles.get(profile_id).is_creator:
            lines.append(self.tr("No other creator to send to yet: add a creator profile first."))
        else:
            lines.append(self.tr("No creator to send to yet: add a creator profile first."))
        if profile_id is not None:
            balance = self._services.balance(profile_id).coins
            left = self._services.profiles.budget_left_today(profile_id)
            after = self.tr("You have {coins}").format(coins=fmt.coins(balance))
            if left is not None:
                after += self.tr("; {coins} left in today's budget").format(coins=fmt.coins(left))
            lines.append(after + ".")
        if refusal is not None:
            red = color("error").name()
            lines.append(f'<span style="color:{red}">{html.escape(sentence(refusal))}</span>')
        self.cost_label.setText("<br>".join(lines))
        self.send_button.setEnabled(
            creator_id is not None
            and profile_id is not None
            and refusal is None
            and not self.send_rest.active
        )

    # --- reactions ---------------------------------------------------------------------

    def _on_gift_list_current_changed(self, *_args) -> None:
        self._update_preview()

    def _on_count_spin_changed(self, _value: int) -> None:
        self._update_preview()

    def _on_creator_combo_changed(self, _index: int) -> None:
        self._refresh_supporters()
        self._update_preview()

    def refresh(self) -> None:
        self._reload_creators()

    def _on_selection_changed(self, profile_id) -> None:
        # The undo offer belongs to the profile that sent the gift: switching profile or
        # locking the window ends it, or the next person at the keyboard could take it back.
        self._end_undo_window()
        self.status_label.clear()
        super()._on_selection_changed(profile_id)

    def _on_services_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.PROFILE:
            self._reload_creators()
        else:
            self._refresh_supporters()
            self._update_preview()

    def _on_send_button_clicked(self) -> None:
        gift = self.selected_gift()
        creator_id = self.selected_creator_id()
        sender_id = self._selection.profile_id
        if gift is None or creator_id is None or sender_id is None:
            return
        count = self.count_spin.value()
        coins = gift.coins * count
        creator = fmt.short_name(self.creator_combo.currentText())
        times = "" if count == 1 else f" x{count:,}"
        balance = self._services.balance(sender_id).coins
        if coins > balance:  # say so before asking to confirm a gift that cannot go
            self._offer_recharge(gift, needed=coins, balance=balance)
            return
        if coins >= self._services.rules.confirm_at_coins and not self._prompter.confirm(
            self,
            self.tr("Send this gift?"),
            self.tr("Send {gift}{times} to {creator} for {coins}?").format(
                gift=gift.name, times=times, creator=creator, coins=fmt.coins(coins)
            ),
        ):
            return
        if self._selection.profile_id != sender_id:
            return  # the window switched or locked profile while it asked: not this one's gift
        key = new_key()  # made when the user commits to this send
        self.send_rest.start()
        try:
            result = self._services.gifts.send(
                sender_id, creator_id, gift.name, count=count, context=self.context(), key=key
            )
        except InsufficientCoins as e:  # spent elsewhere meanwhile (another window)
            self.send_rest.end()
            self._offer_recharge(gift, needed=e.needed_coins, balance=e.balance_coins)
            return
        except GiftDeskError as e:
            self.send_rest.end()
            self._prompter.error(self, self.tr("Gift refused"), sentence(e))
            return
        self._last_sent = (result, sender_id)
        self._play_animation(gift.name)
        self._start_undo_window()
        self.status_label.setText(
            self.tr("Sent {gift}{times} to {creator}.").format(
                gift=result.gift, times=times, creator=fmt.short_name(result.creator)
            )
        )
        self.gift_sent.emit(result)

    def _offer_recharge(self, gift: Gift, *, needed: int, balance: int) -> None:
        missing = needed - balance
        if self._prompter.confirm(
            self,
            self.tr("Not enough coins"),
            self.tr(
                "{gift} costs {needed} and you have {balance}. Recharge the {missing} "
                "you are missing?"
            ).format(
                gift=gift.name,
                needed=fmt.coins(needed),
                balance=fmt.coins(balance),
                missing=fmt.coins(missing),
            ),
        ):
            self.recharge_requested.emit(missing)

    def _play_animation(self, gift_name: str) -> None:
        size = 120
        self.animation_label.setPixmap(gift_pixmap(gift_name, size, self.devicePixelRatioF()))
        center = self.gift_list.geometry().center()
        start = QRect(center.x() - size // 4, self.height() - size // 2, size // 2, size // 2)
        end = QRect(center.x() - size // 2, center.y() - size, size, size)
        self._fly.setStartValue(start)
        self._fly.setEndValue(end)
        self.animation_label.setGeometry(start)
        self.animation_label.show()
        self.animation_label.raise_()
        self.animation.stop()
        self.animation.start()

    def _start_undo_window(self) -> None:
        assert self._last_sent is not None  # a gift was just sent
        self._undo_left_s = self._services.gifts.undo_seconds_left(self._last_sent[0].created_at)
        if self._undo_left_s <= 0:
            self._end_undo_window()  # already final: no offer, nor the last gift's any more
            return
        self._show_undo_left()
        self.undo_button.setVisible(True)
        self.undo_button.setEnabled(True)
        self.undo_timer.start()

    def _show_undo_left(self) -> None:
        self.undo_button.setText(self.tr("Undo ({seconds} s)").format(seconds=self._undo_left_s))

    def _end_undo_window(self) -> None:
        self.undo_timer.stop()
        self.undo_button.setVisible(False)
        self._last_sent = None

    def _on_undo_timer_timeout(self) -> None:
        self._undo_left_s -= 1
        if self._undo_left_s <= 0:
            self._end_undo_window()
        else:
            self._show_undo_left()

    def _on_undo_button_clicked(self) -> None:
        last = self._last_sent
        self._end_undo_window()
        acting = self._selection.profile_id
        if last is None or acting != last[1]:
            return
        sent = last[0]
        result = run_action(
            self,
            self._prompter,
            self.tr("Cannot undo"),
            lambda: self._services.gifts.undo(
                sent.transaction_id, sender_id=acting, sent_at=sent.created_at, key=new_key()
            ),
        )
        if result is not None:
            self.status_label.setText(
                self.tr("Undone: {coins} back in your wallet.").format(
                    coins=fmt.coins(result.coins_refunded)
                )
            )
            self.gift_undone.emit(result)
