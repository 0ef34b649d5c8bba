"""The gift catalogue as a grid of tiles, narrowed by a search field and a price filter."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QWidget

from giftdesk.domain.rules import Gift
from giftdesk.ui.models.gift_catalog import (
    GIFT_ROLE,
    PRICE_BANDS,
    GiftCatalogModel,
    GiftFilterModel,
)
from giftdesk.ui.widgets.gift_tile import GiftTileDelegate


class GiftGrid(QListView):
    """The grid, and the search field and price filter that narrow it; those two sit where
    the tab puts them (its top row)."""

    def __init__(self, catalog: tuple[Gift, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search gifts"))
        self.search_edit.setAccessibleName(self.tr("Search gifts"))
        self.search_edit.setClearButtonEnabled(True)
        self.price_combo = QComboBox()
        self.price_combo.setAccessibleName(self.tr("Price filter"))
        for label, _, _ in PRICE_BANDS:
            self.price_combo.addItem(self.tr(label))

        self.catalog_model = GiftCatalogModel(catalog, self)
        self.filter_model = GiftFilterModel(self)
        self.filter_model.setSourceModel(self.catalog_model)
        self.setObjectName("giftGrid")
        self.setAccessibleName(self.tr("Gifts"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(64, 64))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setMouseTracking(True)
        self.setItemDelegate(GiftTileDelegate(self))
        self.setModel(self.filter_model)

        self.search_edit.textChanged.connect(self.filter_model.set_text)
        self.price_combo.currentIndexChanged.connect(self.filter_model.set_band)

    def selected_gift(self) -> Gift | None:
        index = self.currentIndex()
        return index.data(GIFT_ROLE) if index.isValid() else None

    def select_gift(self, name: str) -> None:
        for row in range(self.filter_model.rowCount()):
            index = self.filter_model.index(row, 0)
            if index.data(GIFT_ROLE).name.casefold() == name.casefold():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return
