"""Recharge tab: choose a channel and a package (or a custom web amount), pay, get a receipt."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.domain.rules import APP, METHODS_BY_CHANNEL, WEB
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind, new_key
from giftdesk.services.payments import CardDetails
from giftdesk.services.results import Recharged
from giftdesk.ui.actions import run_action, sentence
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ButtonRest, ProfileTab

CUSTOM = 0  # the custom-amount card's id in the package button group (packages use coins)

# English labels, marked for lupdate; translated where shown, with RechargeTab's self.tr.
METHOD_LABELS = {
    "app-store": QT_TRANSLATE_NOOP("RechargeTab", "App store"),
    "card": QT_TRANSLATE_NOOP("RechargeTab", "Card"),
    "paypal": QT_TRANSLATE_NOOP("RechargeTab", "PayPal"),
}


class RechargeTab(ProfileTab):
    recharged = Signal(object)  # Recharged

    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, prompter, parent)
        rules = services.rules

        # Channel
        self.app_radio = QRadioButton(self.tr("App (through the app store)"))
        self.web_radio = QRadioButton(self.tr("Web (direct, cheaper)"))
        self.app_radio.setAccessibleName(self.tr("App channel"))
        self.web_radio.setAccessibleName(self.tr("Web channel"))
        self.channel_group = QButtonGroup(self)
        self.channel_group.addButton(self.app_radio)
        self.channel_group.addButton(self.web_radio)
        self.web_radio.setChecked(True)
        self.channel_note_label = QLabel()
        self.channel_note_label.setWordWrap(True)
        self.channel_note_label.setObjectName("note")

        channel_box = QGroupBox(self.tr("1. Where to buy"))
        channel_layout = QVBoxLayout(channel_box)
        radios = QHBoxLayout()
        radios.addWidget(self.app_radio)
        radios.addWidget(self.web_radio)
        radios.addStretch()
        channel_layout.addLayout(radios)
        channel_layout.addWidget(self.channel_note_label)

        # Packages
        self.package_group = QButtonGroup(self)
        self.package_group.setExclusive(True)
        self.package_buttons: dict[int, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, package in enumerate(rules.packages):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("packageCard")
            button.setMinimumSize(150, 86)
            self.package_group.addButton(button, package.coins)
            self.package_buttons[package.coins] = button
            grid.addWidget(button, i // 4, i % 4)
        self.custom_button = QPushButton()
        self.custom_button.setCheckable(True)
        self.custom_button.setObjectName("packageCard")
        self.custom_button.setMinimumSize(150, 86)
        self.custom_button.setAccessibleName(self.tr("Custom amount"))
        self.package_group.addButton(self.custom_button, CUSTOM)
        grid.addWidget(self.custom_button, len(rules.packages) // 4, len(rules.packages) % 4)
        self.package_buttons[next(iter(self.package_buttons))].setChecked(True)

        from giftdesk.ui.widgets.amount_edit import AmountEdit

        self.custom_edit = AmountEdit(
            placeholder=self.tr("{low} to {high} coins").format(
                low=f"{rules.custom_min_coins:,}", high=f"{rules.custom_max_coins:,}"
            )
        )
        self.custom_edit.setAccessibleName(self.tr("Custom amount in coins"))
        self.custom_price_label = QLabel()
        custom_row = QHBoxLayout()
        self.custom_caption = QLabel(self.tr("Custom amount:"))
        custom_row.addWidget(self.custom_caption)
        custom_row.addWidget(self.custom_edit, 1)
        custom_row.addWidget(self.custom_price_label, 2)

        self.flat_note_label = QLabel(
            self.tr(
                "The price per coin is about the same in every package: bigger bundles do not "
                "save money."
            )
        )
        self.flat_note_label.setObjectName("note")
        self.flat_note_label.setWordWrap(True)

        package_box = QGroupBox(self.tr("2. How many coins"))
        package_layout = QVBoxLayout(package_box)
        package_layout.addLayout(grid)
        package_layout.addLayout(custom_row)
        package_layout.addWidget(self.flat_note_label)

        # Payment
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Payment method"))
        self.card_number_edit = QLineEdit()
        self.card_number_edit.setPlaceholderText(self.tr("Card number"))
        self.card_number_edit.setAccessibleName(self.tr("Card number"))
        self.card_number_edit.setMaxLength(23)
        self.card_expiry_edit = QLineEdit()
        self.card_expiry_edit.setPlaceholderText(self.tr("MM/YY"))
        self.card_expiry_edit.setAccessibleName(self.tr("Card expiry"))
        self.card_expiry_edit.setMaxLength(5)
        self.card_cvc_edit = QLineEdit()
        self.card_cvc_edit.setPlaceholderText(self.tr("CVC"))
        self.card_cvc_edit.setAccessibleName(self.tr("Card security code"))
        self.card_cvc_edit.setMaxLength(4)
        self.card_cvc_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.card_error_label = QLabel()
        self.card_error_label.setObjectName("error")
        self.card_error_label.setWordWrap(True)
        self.card_widget = QWidget()
        card_layout = QHBoxLayout(self.card_widget)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card_number_edit, 3)
        card_layout.addWidget(self.card_expiry_edit, 1)
        card_layout.addWidget(self.card_cvc_edit, 1)
        self.sandbox_label = QLabel(
            self.tr(
                "Sandbox payments: no real money moves. GiftDesk keeps only the card brand and "
                "last four digits."
            )
        )
        self.sandbox_label.setObjectName("note")
        self.sandbox_label.setWordWrap(True)

        pay_box = QGroupBox(self.tr("3. Pay"))
        pay_form = QFormLayout(pay_box)
        pay_form.addRow(self.tr("Method:"), self.method_combo)
        pay_form.addRow(self.tr("Card:"), self.card_widget)
        pay_form.addRow("", self.card_error_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Purchase summary"))
        pay_form.addRow(self.summary_label)
        self.buy_button = QPushButton(self.tr("Buy coins"))
        self.buy_rest = ButtonRest(self, self.buy_button, self._update_summary)
        self.buy_button.setObjectName("primary")
        self.buy_button.setAccessibleName(self.tr("Buy coins"))
        pay_form.addRow(self.buy_button)
        pay_form.addRow(self.sandbox_label)

        # Receipt and quote (right column)
        self.receipt_label = QLabel()
        self._clear_receipt()
        self.receipt_label.setWordWrap(True)
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_label.setAccessibleName(self.tr("Receipt"))
        receipt_box = QGroupBox(self.tr("Receipt"))
        QVBoxLayout(receipt_box).addWidget(self.receipt_label)

        self.quote_edit = AmountEdit(placeholder=self.tr("e.g. 5000"))
        self.quote_edit.setAccessibleName(self.tr("Coins wanted"))
        self.quote_button = QPushButton(self.tr("Find cheapest"))
        self.quote_label = QLabel(
            self.tr(
                "Type how many coins you need: GiftDesk finds the cheapest mix of packages and a "
                "custom amount, on either channel."
            )
        )
        self.quote_label.setWordWrap(True)
        self.quote_label.setAccessibleName(self.tr("Cheapest way"))
        quote_box = QGroupBox(self.tr("Cheapest way to N coins"))
        quote_layout = QVBoxLayout(quote_box)
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.quote_edit, 1)
        quote_row.addWidget(self.quote_button)
        quote_layout.addLayout(quote_row)
        quote_layout.addWidget(self.quote_label)

        left = QVBoxLayout()
        left.addWidget(channel_box)
        left.addWidget(package_box)
        left.addWidget(pay_box)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(receipt_box)
        right.addWidget(quote_box)
        right.addStretch()
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.channel_group.buttonToggled.connect(self._on_channel_group_toggled)
        self.package_group.idToggled.connect(self._on_package_group_toggled)
        self.custom_edit.amount_changed.connect(self._on_custom_edit_amount_changed)
        self.method_combo.currentIndexChanged.connect(self._on_method_combo_changed)
        for edit in (self.card_number_edit, self.card_expiry_edit, self.card_cvc_edit):
            edit.textChanged.connect(self._on_card_edit_changed)
        self.buy_button.clicked.connect(self._on_buy_button_clicked)
        self.quote_button.clicked.connect(self._on_quote_button_clicked)
        self.quote_edit.returnPressed.connect(self._on_quote_button_clicked)
        self._apply_channel()

    # --- state -------------------------------------------------------------------------

    def channel(self) -> str:
        return APP if self.app_radio.isChecked() else WEB

    def set_channel(self, channel: str) -> None:
        (self.app_radio if channel == APP else self.web_radio).setChecked(True)

    def select_package(self, coins: int) -> None:
        self.package_buttons[coins].setChecked(True)

    def select_custom(self, coins: int) -> None:
        self.set_channel(WEB)
        self.custom_button.setChecked(True)
        self.custom_edit.set_amount(coins)

    def is_custom(self) -> bool:
        return self.package_group.checkedId() == CUSTOM

    def chosen_coins(self) -> int | None:
        return self.custom_edit.amount() if self.is_custom() else self.package_group.checkedId()

    def method(self) -> str:
        return self.method_combo.currentData()

    def _card(self) -> CardDetails:
        return CardDetails(
            self.card_number_edit.text(), self.card_expiry_edit.text(), self.card_cvc_edit.text()
        )

    # --- reactions ---------------------------------------------------------------------

    def _apply_channel(self) -> None:
        channel = self.channel()
        rules = self._services.rules
        fee = rules.app_store_fee_rate
        if channel == APP:
            self.channel_note_label.setText(
                self.tr(
                    "In-app purchases go through the app store, which keeps {percent}% "
                    "of the price, so coins cost more here. Packages only."
                ).format(percent=fee.percent())
            )
        else:
            self.channel_note_label.setText(
                self.tr(
                    "Buying on the web skips the app-store fee: the same coins cost about a "
                    "quarter less, and you can choose a custom amount."
                )
            )
        web_prices = {p.coins: p.price_cents for p in self._services.recharge.packages(WEB)}
        app_prices = {p.coins: p.price_cents for p in self._services.recharge.packages(APP)}
        for coins, button in self.package_buttons.items():
            price = app_prices[coins] if channel == APP else web_prices[coins]
            per_100 = fmt.usd_fraction(price * 100, coins)
            # The other channel's price and the difference, each on its own short line: one
            # line held both and was cut off on the narrower cards.
            if channel == APP:
                extra = self.tr("Web: {price}\n{saving} less there").format(
                    price=fmt.usd(web_prices[coins]), saving=fmt.usd(price - web_prices[coins])
                )
            else:
                extra = self.tr("App: {price}\nyou save {saving}").format(
                    price=fmt.usd(app_prices[coins]), saving=fmt.usd(app_prices[coins] - price)
                )
            per_100_text = self.tr("{price} / 100 coins").format(price=per_100)
            button.setText(f"{fmt.coins(coins)}\n{fmt.usd(price)}\n{per_100_text}\n{extra}")
            button.setAccessibleName(
                self.tr("{coins} for {price}").format(coins=fmt.coins(coins), price=fmt.usd(price))
            )
        self.custom_button.setEnabled(channel == WEB)
        self.custom_button.setText(self.tr("Custom\namount\n(web only)"))
        if channel == APP and self.is_custom():
            self.package_buttons[next(iter(self.package_buttons))].setChecked(True)
        self.method_combo.blockSignals(True)
        self.method_combo.clear()
        for method in METHODS_BY_CHANNEL[channel]:
            self.method_combo.addItem(self.tr(METHOD_LABELS[method]), method)
        self.method_combo.blockSignals(False)
        self._apply_package()

    def _apply_package(self) -> None:
        custom = self.is_custom()
        for widget in (self.custom_caption, self.custom_edit, self.custom_price_label):
            widget.setVisible(custom)
        self._apply_method()

    def _apply_method(self) -> None:
        is_card = self.method() == "card"
        self.card_widget.setEnabled(is_card)
        self.card_widget.setVisible(is_card)
        label = self.card_widget.parentWidget().layout().labelForField(self.card_widget)
        if label is not None:
            label.setVisible(is_card)
        self._validate_card()
        self._update_summary()

    def _validate_card(self) -> bool:
        if self.method() != "card":
            self.card_error_label.setText("")
            self.card_error_label.setVisible(False)
            return True
        card = self._card()
        if not (card.number or card.expiry or card.cvc):
            self.card_error_label.setText("")
            self.card_error_label.setVisible(False)
            return False
        try:
            self._services.recharge.check_card_form(card)
        except GiftDeskError as e:
            self._show_card_check(sentence(e, end=""), ok=False)
            return False
        self._show_card_check(self.tr("Card looks good."), ok=True)
        return True

    def _show_card_check(self, text: str, *, ok: bool) -> None:
        """The inline card check: red for a problem, green when the form is fine."""
        label = self.card_error_label
        label.setText(text)
        if label.property("ok") != ok:
            label.setProperty("ok", ok)
            label.style().unpolish(label)  # the style sheet picks the colour by this property
            label.style().polish(label)
        label.setVisible(True)

    def _update_summary(self) -> None:
        coins = self.chosen_coins()
        profile_id = self._selection.profile_id
        if coins is None:
            self.summary_label.setText(self.tr("Type a custom amount."))
            self.custom_price_label.setText("")
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
            self.custom_price_label.setText("")
            self.buy_button.setEnabled(False)
            return
        if self.is_custom():
            self.custom_price_label.setText(
                self.tr("= {price}").format(price=fmt.usd(price.price_cents))
            )
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

    def _on_channel_group_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._apply_channel()

    def _on_package_group_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._apply_package()
            if self.is_custom():
                self.custom_edit.setFocus()

    def _on_custom_edit_amount_changed(self, _amount) -> None:
        self._update_summary()

    def _on_method_combo_changed(self, _index: int) -> None:
        self._apply_method()

    def _on_card_edit_changed(self, _text: str) -> None:
        self._validate_card()

    def refresh(self) -> None:
        self._update_summary()

    def _on_selection_changed(self, profile_id) -> None:
        # What one profile typed or bought is not shown to the next: no card details (never
        # kept), no receipt, no custom amount carried over to somebody else's purchase.
        self._clear_card()
        self.custom_edit.clear()
        self._clear_receipt()
        super()._on_selection_changed(profile_id)

    def _clear_receipt(self) -> None:
        self.receipt_label.setText(self.tr("Your receipt appears here after you pay."))

    def _clear_card(self) -> None:
        for edit in (self.card_number_edit, self.card_expiry_edit, self.card_cvc_edit):
            edit.clear()

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
        if method == "card" and not self._validate_card():
            self.card_error_label.setText(
                self.card_error_label.text()
                or self.tr("Enter the card number, expiry (MM/YY) and security code.")
            )
            self.card_error_label.setVisible(True)
            return
        card = self._card() if method == "card" else None
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
        self._clear_card()  # never keep card data around once it is used
        self._show_receipt(result)
        self._update_summary()
        self.recharged.emit(result)

    def _show_receipt(self, r: Recharged) -> None:
        method_label = METHOD_LABELS.get(r.method)
        paid_with = r.card or (self.tr(method_label) if method_label else r.method)
        bonus = (
            self.tr("<br>Bonus: {coins}").format(coins=fmt.coins(r.bonus_coins))
            if r.bonus_coins
            else ""
        )
        fee = (
            self.tr("<br>App-store fee inside the price: {fee}").format(
                fee=fmt.usd(r.store_fee_cents)
            )
            if r.store_fee_cents
            else ""
        )
        self.receipt_label.setText(
            self.tr(
                "<b>Receipt #{transaction}</b><br>{profile} bought "
                "{coins} on the {channel} channel.{bonus}"
                "<br>Paid: <b>{price}</b> with {paid_with}{fee}"
                "<br>New balance: <b>{balance}</b>"
                "<br>Payment reference: {reference}"
            ).format(
                reference=r.reference,
                transaction=r.transaction_id,
                profile=html.escape(fmt.short_name(r.profile)),
                coins=fmt.coins(r.coins),
                channel=r.channel,
                bonus=bonus,
                price=fmt.usd(r.price_cents),
                paid_with=paid_with,
                fee=fee,
                balance=fmt.coins(r.balance_coins),
            )
        )

    def _on_quote_button_clicked(self) -> None:
        coins = self.quote_edit.amount()
        if not coins:
            self.quote_label.setText(self.tr("Type how many coins you need (at least 1)."))
            return
        try:
            q = self._services.recharge.quote(coins)
        except GiftDeskError as e:
            self.quote_label.setText(sentence(e))
            return
        lines = [
            self.tr("<b>{price}</b> on the {channel} channel for {coins}:").format(
                price=fmt.usd(q.price_cents), channel=q.channel, coins=fmt.coins(q.coins)
            )
        ]
        for item in q.items:
            what = self.tr("custom amount") if item.kind == "custom" else self.tr("package")
            lines.append(
                "&nbsp;&nbsp;"
                + self.tr("{count} × {coins} {what} ({price})").format(
                    count=fmt.group(item.count),
                    coins=fmt.coins(item.coins),
                    what=what,
                    price=fmt.usd(item.price_cents),
                )
            )
        try:
            app = self._services.recharge.quote(coins, APP)
            if q.channel == WEB and app.price_cents > q.price_cents:
                lines.append(
                    self.tr("The app channel would cost {price}.").format(
                        price=fmt.usd(app.price_cents)
                    )
                )
        except GiftDeskError:
            pass
        self.quote_label.setText("<br>".join(lines))
