"""Recharge tab: choose a channel and a package (or a custom web amount), pay, get a receipt.

The tab lays out its parts (ui/recharge/), keeps the purchase summary up to date and runs the
purchase; each part shows and checks its own piece."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.domain.rules import METHODS_BY_CHANNEL, WEB
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind, new_key
from giftdesk.ui.actions import run_action, sentence
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.recharge.card_form import CardForm
from giftdesk.ui.recharge.channel_box import ChannelBox
from giftdesk.ui.recharge.methods import method_label
from giftdesk.ui.recharge.package_box import PackageBox
from giftdesk.ui.recharge.quote_box import QuoteBox
from giftdesk.ui.recharge.receipt_label import ReceiptLabel
from giftdesk.ui.tab import ButtonRest, ProfileTab
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.room import keep_room


class RechargeTab(ProfileTab):
    recharged = Signal(object)  # Recharged
    # The coins asked for by `request_coins` were bought: the window takes the person back
    # to what they wanted them for.
    requested_coins_bought = Signal(object)  # Recharged

    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, prompter, parent)
        self.channel_box = ChannelBox(services)
        self.package_box = PackageBox(services)
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Payment method"))
        self.card_form = CardForm(services)
        self.summary_label = LiveLabel(self.tr("Purchase summary"))
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self._requested: int | None = None  # coins asked for by request_coins, not yet bought
        self.buy_button = QPushButton(self.tr("Buy coins"))
        self.buy_rest = ButtonRest(self, self.buy_button, self._update_summary)
        self.buy_button.setObjectName("primary")
        self.buy_button.setAccessibleName(self.tr("Buy coins"))
        self.sandbox_label = QLabel()  # what the method chosen means here (_apply_method)
        self.sandbox_label.setObjectName("note")
        self.sandbox_label.setWordWrap(True)
        self.receipt_label = ReceiptLabel()
        self.quote_box = QuoteBox(services)
        self._lay_out()

        self.channel_box.channel_changed.connect(self._on_channel_box_channel_changed)
        self.package_box.choice_changed.connect(self._on_package_box_choice_changed)
        self.package_box.custom_amount_changed.connect(self._on_package_box_custom_amount_changed)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        self.buy_button.clicked.connect(self._on_buy_button_clicked)
        self._apply_channel()

    def _lay_out(self) -> None:
        """Where to buy, how many coins and paying on the left; the receipt and the quote on
        the right; all of it scrolling when the window is short."""
        pay_box = QGroupBox(self.tr("3. Pay"))
        self._pay_form = QFormLayout(pay_box)
        self._pay_form.addRow(self.tr("&Method:"), self.method_combo)  # its label, its buddy
        self._pay_form.addRow(self.tr("Card:"), self.card_form)
        # The summary keeps room for two lines (a bonus, the two-step note): a custom amount
        # typed in changes it at every keystroke, and Buy coins below it must not move.
        keep_room(self.summary_label, 2)
        self._pay_form.addRow("", self.card_form.error_label)
        self._pay_form.addRow(self.summary_label)
        self._pay_form.addRow(self.buy_button)
        self._pay_form.addRow(self.sandbox_label)
        receipt_box = QGroupBox(self.tr("Receipt"))
        QVBoxLayout(receipt_box).addWidget(self.receipt_label)

        left = QVBoxLayout()
        left.addWidget(self.channel_box)
        left.addWidget(self.package_box)
        left.addWidget(pay_box)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(receipt_box)
        right.addWidget(self.quote_box)
        right.addStretch()
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop that held nothing
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- state -------------------------------------------------------------------------

    def channel(self) -> str:
        return self.channel_box.channel()

    def set_channel(self, channel: str) -> None:
        self.channel_box.set_channel(channel)

    def select_package(self, coins: int) -> None:
        self.package_box.select_package(coins)

    def select_custom(self, coins: int) -> None:
        self.set_channel(WEB)
        self.package_box.select_custom(coins)

    def request_coins(self, coins: int) -> None:
        """Offer a custom amount of `coins` (at least the smallest one sold) for something the
        person wants to do; once a purchase is made, `requested_coins_bought` says so."""
        self.select_custom(max(coins, self._services.rules.custom_min_coins))
        self._requested = coins

    def is_custom(self) -> bool:
        return self.package_box.is_custom()

    def chosen_coins(self) -> int | None:
        return self.package_box.chosen_coins()

    def method(self) -> str:
        return self.method_combo.currentData()

    # --- reactions ---------------------------------------------------------------------

    def _apply_channel(self) -> None:
        channel = self.channel()
        self.package_box.show_channel(channel)
        self.method_combo.blockSignals(True)
        self.method_combo.clear()
        for method in METHODS_BY_CHANNEL[channel]:
            self.method_combo.addItem(method_label(method), method)
        self.method_combo.blockSignals(False)
        self._apply_package()

    def _apply_package(self) -> None:
        self.package_box.show_custom_row()
        self._apply_method()

    def _apply_method(self) -> None:
        method = self.method()
        is_card = method == "card"
        self.card_form.set_in_use(is_card)
        label = self._pay_form.labelForField(self.card_form)
        if label is not None:
            label.setVisible(is_card)
        # The app store takes the payment itself: a note about sandbox cards means nothing there.
        sandbox = self.tr("Sandbox payments: no real money moves.")
        if is_card:
            sandbox += " " + self.tr("GiftDesk keeps only the card brand and last four digits.")
        self.sandbox_label.setText(sandbox)
        self.sandbox_label.setVisible(method != "app-store")
        self._update_summary()

    def _update_summary(self) -> None:
        coins = self.chosen_coins()
        profile_id = self._selection.profile_id
        if coins is None:
            self.summary_label.setText(self.tr("Type a custom amount."))
            self.package_box.show_custom_price(None)
            self.buy_button.setEnabled(False)
            return
        try:
            if profile_id is None:
                price = self._services.recharge.price(
                    coins=coins, channel=self.channel(), custom=self.is_custom()
                )
                bonus_text = ""
                total = coins
            else:
                preview = self._services.recharge.preview(
                    profile_id, coins=coins, channel=self.channel(), custom=self.is_custom()
                )
                price, total = preview.price, preview.total_coins
                parts = []
                if preview.bonus.first_purchase_coins:
                    parts.append(
                        self.tr("{coins} first-purchase bonus").format(
                            coins=fmt.group(preview.bonus.first_purchase_coins)
                        )
                    )
                if preview.bonus.seasonal_coins:
                    promotions = ", ".join(preview.bonus.promotion_names)
                    parts.append(
                        self.tr("{coins} {promotions} bonus").format(
                            coins=fmt.group(preview.bonus.seasonal_coins), promotions=promotions
                        )
                    )
                bonus_text = "".join(f" + {p}" for p in parts)
        except GiftDeskError as e:
            self.summary_label.setText(sentence(e))
            self.package_box.show_custom_price(None)
            self.buy_button.setEnabled(False)
            return
        if self.is_custom():
            self.package_box.show_custom_price(price.price_cents)
        fee = (
            self.tr(" (the app store keeps {fee})").format(fee=fmt.usd(price.store_fee_cents))
            if price.store_fee_cents
            else ""
        )
        got = (
            self.tr("{coins}{bonus} = <b>{total}</b>").format(
                coins=fmt.coins(coins), bonus=bonus_text, total=fmt.coins(total)
            )
            if bonus_text
            else f"<b>{fmt.coins(coins)}</b>"
        )
        summary = self.tr("You pay <b>{price}</b>{fee}. You get {got}.").format(
            price=fmt.usd(price.price_cents), fee=fee, got=got
        )
        if profile_id is not None and self._services.recharge.needs_second_factor(
            profile_id, price.price_cents
        ):
            summary += " " + self.tr("Above your two-step threshold: you will be asked for a code.")
        self.summary_label.setText(summary)
        self.buy_button.setEnabled(profile_id is not None and not self.buy_rest.active)

    def _on_channel_box_channel_changed(self, _channel: str) -> None:
        self._apply_channel()

    def _on_package_box_choice_changed(self) -> None:
        self._apply_method()

    def _on_package_box_custom_amount_changed(self, _amount) -> None:
        self._update_summary()

    def _on_method_combo_changed(self, _index: int) -> None:
        self._apply_method()

    def refresh(self) -> None:
        self._update_summary()

    def _on_selection_changed(self, profile_id) -> None:
        # What one profile typed or bought is not shown to the next: no card details (never
        # kept), no receipt, no custom amount carried over to somebody else's purchase.
        self.card_form.clear()
        self.package_box.clear_custom()
        self.receipt_label.clear_receipt()
        self.quote_box.clear()
        self._requested = None
        super()._on_selection_changed(profile_id)

    def _on_services_changed(self, change: Change) -> None:
        if (
            change.kind in (ChangeKind.RECHARGE, ChangeKind.PROFILE, ChangeKind.SECURITY)
            and self._selection.profile_id in change.profile_ids
        ):
            self._update_summary()

    def _on_buy_button_clicked(self) -> None:
        profile_id = self._selection.profile_id
        coins = self.chosen_coins()
        if profile_id is None or coins is None:
            return
        method = self.method()
        if method == "card" and not self.card_form.check_before_paying():
            return
        card = self.card_form.card() if method == "card" else None
        code = None
        try:
            price = self._services.recharge.price(
                coins=coins, channel=self.channel(), custom=self.is_custom()
            )
        except GiftDeskError as e:
            self._prompter.error(self, self.tr("Purchase refused"), sentence(e))
            return
        if self._services.recharge.needs_second_factor(profile_id, price.price_cents):
            code = self._prompter.ask_secret(
                self,
                self.tr("Two-step check"),
                self.tr(
                    "This purchase ({price}) is above your two-step threshold. Enter the 6-digit "
                    "code from your authenticator app:"
                ).format(price=fmt.usd(price.price_cents)),
            )
            if code is None:
                return
            if self._selection.profile_id != profile_id:
                return  # the window switched or locked profile while it asked
        key = new_key()  # one key per purchase attempt: a replay can never charge twice
        self.buy_rest.start()
        result = run_action(
            self,
            self._prompter,
            self.tr("Purchase refused"),
            lambda: self._services.recharge.recharge(
                profile_id,
                coins=coins,
                channel=self.channel(),
                method=method,
                custom=self.is_custom(),
                card=card,
                key=key,
                second_factor=code,
            ),
        )
        if result is None:
            self.buy_rest.end()
            return
        self.card_form.clear()  # never keep card data around once it is used
        self.receipt_label.show_receipt(result)
        # Buy coins rests for a moment: the keyboard goes to the receipt, not to whatever
        # field comes next in the tab order.
        self.receipt_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_summary()
        self.recharged.emit(result)
        if self._requested is not None:
            self._requested = None
            self.requested_coins_bought.emit(result)
