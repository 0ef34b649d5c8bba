"""The gift catalog as a list of tiles (artwork, name, coins), filterable by text and price."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from giftdesk import formatting as fmt
from giftdesk.domain.rules import Gift
from giftdesk.ui.art import gift_icon

GIFT_ROLE = Qt.ItemDataRole.UserRole + 2


class GiftCatalogModel(QAbstractListModel):
    def __init__(self, gifts: tuple[Gift, ...], parent=None) -> None:
        super().__init__(parent)
        self._gifts = list(gifts)
        self._icons = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._gifts)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._gifts):
            return None
        gift = self._gifts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{gift.name}\n{fmt.coins(gift.coins)}"
        if role == Qt.ItemDataRole.DecorationRole:
            if gift.name not in self._icons:
                self._icons[gift.name] = gift_icon(gift.name)
            return self._icons[gift.name]
        if role == Qt.ItemDataRole.ToolTipRole:
            combo = self.tr(" Can be sent as a combo.") if gift.streakable else ""
            return self.tr("{gift}: {coins}.{combo}").format(
                gift=gift.name, coins=fmt.coins(gift.coins), combo=combo
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{gift.name}, {fmt.coins(gift.coins)}"
        if role == GIFT_ROLE:
            return gift
        return None


# Price bands of the filter: (label, lowest coins, highest coins or None). The labels are
# English, marked for lupdate, and translated where shown, with GiftGrid's self.tr.
PRICE_BANDS = (
    (QT_TRANSLATE_NOOP("GiftGrid", "All prices"), 0, None),
    (QT_TRANSLATE_NOOP("GiftGrid", "Under 100 coins (combo)"), 0, 99),
    (QT_TRANSLATE_NOOP("GiftGrid", "100 to 999 coins"), 100, 999),
    (QT_TRANSLATE_NOOP("GiftGrid", "1,000 to 9,999 coins"), 1_000, 9_999),
    (QT_TRANSLATE_NOOP("GiftGrid", "10,000 coins and up"), 10_000, None),
)


class GiftFilterModel(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._band = PRICE_BANDS[0]

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_band(self, index: int) -> None:
        self.beginFilterChange()
        self._band = PRICE_BANDS[index]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        gift: Gift = self.sourceModel().index(source_row, 0, source_parent).data(GIFT_ROLE)
        _, low, high = self._band
        if gift.coins < low or (high is not None and gift.coins > high):
            return False
        return not self._text or self._text in gift.name.casefold()
