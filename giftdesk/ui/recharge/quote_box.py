"""The Recharge tab's "Cheapest way to N coins": the cheapest mix of packages and a custom
amount for the coins typed, on either channel."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.domain.rules import APP, WEB
from giftdesk.services import Services
from giftdesk.ui.actions import sentence
from giftdesk.ui.widgets.amount_edit import AmountEdit


class QuoteBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setTitle(self.tr("Cheapest way to N coins"))
        self.coins_edit = AmountEdit(placeholder=self.tr("e.g. 5000"))
        self.coins_edit.setAccessibleName(self.tr("Coins wanted"))
        self.find_button = QPushButton(self.tr("Find cheapest"))
        self.answer_label = QLabel(
            self.tr(
                "Type how many coins you need: GiftDesk finds the cheapest mix of packages and a "
                "custom amount, on either channel."
            )
        )
        self.answer_label.setWordWrap(True)
        self.answer_label.setAccessibleName(self.tr("Cheapest way"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.coins_edit, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        layout.addWidget(self.answer_label)

        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.coins_edit.returnPressed.connect(self._on_find_button_clicked)

    def _on_find_button_clicked(self) -> None:
        coins = self.coins_edit.amount()
        if not coins:
            self.answer_label.setText(self.tr("Type how many coins you need (at least 1)."))
            return
        try:
            q = self._services.recharge.quote(coins)
        except GiftDeskError as e:
            self.answer_label.setText(sentence(e))
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
        self.answer_label.setText("<br>".join(lines))
