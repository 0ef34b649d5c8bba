"""The Recharge tab's "2. How many coins": a card per package, priced on the channel chosen
against the other, and the custom amount (web only). The cards are one choice, as radio buttons
are: one exclusive group, arrow keys within it, and a radio button to a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.rules import APP, WEB
from giftdesk.services import Services
from giftdesk.ui.widgets.amount_edit import AmountEdit
from giftdesk.ui.widgets.choices import ChoiceCard
from giftdesk.ui.widgets.room import keep_room

CUSTOM = 0  # the custom-amount card's id in the package button group (packages use coins)
COLUMNS = 4  # cards in a row where they fit; fewer (down to MIN_COLUMNS) where they do not
MIN_COLUMNS = 2
CARD_LEAST = QSize(150, 86)  # a card's size, at least


def _card() -> ChoiceCard:
    button = ChoiceCard(CARD_LEAST)
    button.setObjectName("packageCard")
    return button


class PackageBox(QGroupBox):
    choice_changed = Signal()  # another package, or the custom amount, was chosen
    custom_amount_changed = Signal(object)  # int or None

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        rules = services.rules
        self.setTitle(self.tr("2. How many coins"))
        self.package_group = QButtonGroup(self)
        self.package_group.setExclusive(True)
        self.package_buttons: dict[int, ChoiceCard] = {}
        self._grid = grid = QGridLayout()
        grid.setSpacing(8)
        for package in rules.packages:
            button = _card()
            self.package_group.addButton(button, package.coins)
            self.package_buttons[package.coins] = button
        self.custom_button = _card()
        self.custom_button.setAccessibleName(self.tr("Custom amount"))
        self.package_group.addButton(self.custom_button, CUSTOM)
        self._columns = 0
        self._lay_out_cards(COLUMNS)
        self._first_button().setChecked(True)

        self.custom_edit = AmountEdit(
            placeholder=self.tr("{low} to {high} coins").format(
                low=fmt.group(rules.custom_min_coins), high=fmt.group(rules.custom_max_coins)
            )
        )
        self.custom_edit.setAccessibleName(self.tr("Custom amount in coins"))
        self.custom_price_label = QLabel()
        self.custom_caption_label = QLabel(self.tr("C&ustom amount:"))
        self.custom_caption_label.setBuddy(self.custom_edit)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_caption_label)
        custom_row.addWidget(self.custom_edit, 1)
        custom_row.addWidget(self.custom_price_label, 2)
        keep_room(self.custom_edit.hint_label, 1)  # a pasted "1e6" is said here, nothing moves

        self.flat_note_label = QLabel(
            self.tr(
                "The price per coin is about the same in every package: bigger bundles do not "
                "save money."
            )
        )
        self.flat_note_label.setObjectName("note")
        self.flat_note_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(custom_row)
        layout.addWidget(self.custom_edit.hint_label)
        layout.addWidget(self.flat_note_label)

        self.package_group.idToggled.connect(self._on_package_group_toggled)
        self.custom_edit.amount_changed.connect(self.custom_amount_changed)

    # --- the cards' rows -----------------------------------------------------------------
    # A card is as wide as its longest line, which in Spanish or Portuguese is wider than in
    # English: four in a row pushed the receipt off a 1024-pixel window. The box asks for two
    # cards' width at least, and lays out as many in a row as its width holds.

    def _cards(self) -> list[ChoiceCard]:
        return [*self.package_buttons.values(), self.custom_button]

    def _lay_out_cards(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards():
            self._grid.removeWidget(card)
        for i, card in enumerate(self._cards()):
            self._grid.addWidget(card, i // columns, i % columns)

    def _width_for(self, columns: int, card: int | None = None) -> int:
        if card is None:
            card = max(c.sizeHint().width() for c in self._cards())
        margins = self.layout().contentsMargins()
        frame = self.width() - self.contentsRect().width()  # the group box's own border
        return (
            columns * card
            + (columns - 1) * self._grid.spacing()
            + margins.left()
            + margins.right()
            + frame
        )

    def _fit_cards(self) -> None:
        fits = [
            c for c in range(COLUMNS, MIN_COLUMNS - 1, -1) if self._width_for(c) <= self.width()
        ]
        self._lay_out_cards(fits[0] if fits else MIN_COLUMNS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_cards()

    def minimumSizeHint(self) -> QSize:
        # Never narrower than four of the smallest cards in a row (the layout English has
        # always had, and the rest of the tab is arranged for); fewer, wider cards in a row
        # where their words need it.
        hint = super().minimumSizeHint()
        least = max(self._width_for(MIN_COLUMNS), self._width_for(COLUMNS, card=CARD_LEAST.width()))
        return QSize(min(hint.width(), least), hint.height())

    # --- the choice ----------------------------------------------------------------------

    def select_package(self, coins: int) -> None:
        self.package_buttons[coins].setChecked(True)

    def select_custom(self, coins: int) -> None:
        self.custom_button.setChecked(True)
        self.custom_edit.set_amount(coins)

    def is_custom(self) -> bool:
        return self.package_group.checkedId() == CUSTOM

    def chosen_coins(self) -> int | None:
        return self.custom_edit.amount() if self.is_custom() else self.package_group.checkedId()

    def clear_custom(self) -> None:
        self.custom_edit.clear()

    def _first_button(self) -> ChoiceCard:
        return self.package_buttons[next(iter(self.package_buttons))]

    # --- what is shown -------------------------------------------------------------------

    def show_channel(self, channel: str) -> None:
        """Each card's price on `channel`, against the other channel's; the custom amount
        only on the web (on the app, the first package instead)."""
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
                self._card_name(channel, coins, price, per_100, web_prices, app_prices)
            )
        self.custom_button.setEnabled(channel == WEB)
        self._fit_cards()  # the other channel's words may be longer
        self.custom_button.setText(self.tr("Custom\namount\n(web only)"))
        if channel == APP and self.is_custom():
            self._first_button().setChecked(True)

    def _card_name(
        self,
        channel: str,
        coins: int,
        price: int,
        per_100: str,
        web_prices: dict[int, int],
        app_prices: dict[int, int],
    ) -> str:
        """All a card shows, as a sentence: "700 coins for $7.40, $1.057 per 100 coins; $9.99
        in the app, so you save $2.59"."""
        if channel == APP:
            other = self.tr("{price} on the web, {saving} less there").format(
                price=fmt.usd(web_prices[coins]), saving=fmt.usd(price - web_prices[coins])
            )
        else:
            other = self.tr("{price} in the app, so you save {saving}").format(
                price=fmt.usd(app_prices[coins]), saving=fmt.usd(app_prices[coins] - price)
            )
        return self.tr("{coins} for {price}, {per_100} per 100 coins; {other}").format(
            coins=fmt.coins(coins), price=fmt.usd(price), per_100=per_100, other=other
        )

    def show_custom_row(self) -> None:
        custom = self.is_custom()
        for widget in (
            self.custom_caption_label,
            self.custom_edit,
            self.custom_price_label,
            self.custom_edit.hint_label,
        ):
            widget.setVisible(custom)

    def show_custom_price(self, price_cents: int | None) -> None:
        """What the custom amount costs; None shows nothing (no amount, or one refused)."""
        self.custom_price_label.setText(
            "" if price_cents is None else self.tr("= {price}").format(price=fmt.usd(price_cents))
        )

    def _on_package_group_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.show_custom_row()
            self.choice_changed.emit()
            if self.is_custom():
                self.custom_edit.setFocus()
