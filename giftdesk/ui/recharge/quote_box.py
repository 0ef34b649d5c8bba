"""The Recharge tab's "Cheapest way to N coins": the cheapest mix of packages and a custom
amount for the coins typed, on either channel."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.domain.rules import APP, WEB
from giftdesk.services import Services
from giftdesk.ui.actions import sentence
from giftdesk.ui.widgets.amount_edit import AmountEdit
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.room import keep_room


class QuoteBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setTitle(self.tr("Cheapest way to N coins"))
        self.coins_edit = AmountEdit(
            placeholder=self.tr("e.g. {coins}").format(coins=fmt.group(5000))
        )
        self.coins_edit.setAccessibleName(self.tr("Coins wanted"))
        keep_room(self.coins_edit.hint_label, 1)
        self.find_button = QPushButton(self.tr("Find cheapest"))
        self.answer_label = LiveLabel(self.tr("Cheapest way"))
        self.answer_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.coins_edit, 1)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        layout.addWidget(self.coins_edit.hint_label)
        layout.addWidget(self.answer_label)
        self.clear()

        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.coins_edit.returnPressed.connect(self._on_find_button_clicked)

    def clear(self) -> None:
        """No coins typed and no answer: what one profile asked is not shown to the next."""
        self.coins_edit.clear()
        self.answer_label.setText(
            self.tr(
                "Type how many coins you need: GiftDesk finds the cheapest mix of packages and a "
                "custom amount, on either channel."
            )
        )

    def _on_find_button_clicked(self) -> None:
        coins = self.coins_edit.amount()
        if self.coins_edit.problem():
            self.answer_label.setText(self.coins_edit.problem())
            return
        if coins is None:
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
            # As `giftdesk quote` says it: "1 x 70-coin package at $0.74".
            line = (
                self.tr("{count} x {coins}-coin custom amount at {price}")
                if item.kind == "custom"
                else self.tr("{count} x {coins}-coin package at {price}")
            )
            lines.append(
                "&nbsp;&nbsp;"
                + line.format(
                    count=fmt.group(item.count),
                    coins=fmt.group(item.coins),
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
