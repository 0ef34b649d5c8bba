"""The gift catalogue as a grid of tiles, narrowed by a search field and a price filter; when
they leave nothing, the grid says so."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from giftdesk.domain.rules import Gift
from giftdesk.ui.models.gift_catalog import (
    GIFT_ROLE,
    PRICE_BANDS,
    GiftCatalogModel,
    GiftFilterModel,
)
from giftdesk.ui.widgets.empty_views import EmptyTextListView
from giftdesk.ui.widgets.gift_tile import GiftTileDelegate


class GiftGrid(EmptyTextListView):
    """The grid, and the search field and price filter that narrow it (with the filter's
    label); those sit where the tab puts them (its top row)."""

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
        # A combo box is named by its label on Linux: without one a screen reader says only
        # "All prices, combo box".
        # Alt+I: Alt+P opens the Profile menu.
        self.price_caption_label = QLabel(self.tr("Pr&ice:"))
        self.price_caption_label.setBuddy(self.price_combo)

        self.catalog_model = GiftCatalogModel(catalog, self)
        self.filter_model = GiftFilterModel(self)
        self.filter_model.setSourceModel(self.catalog_model)
        self.setObjectName("giftGrid")
        self.setAccessibleName(self.tr("Gifts"))
        self.setViewMode(EmptyTextListView.ViewMode.IconMode)
        self.setIconSize(QSize(64, 64))
        self.setResizeMode(EmptyTextListView.ResizeMode.Adjust)
        self.setMovement(EmptyTextListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setMouseTracking(True)
        self.setItemDelegate(GiftTileDelegate(self))
        self.setModel(self.filter_model)

        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.price_combo.currentIndexChanged.connect(self._on_price_combo_changed)

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

    def _on_search_edit_changed(self, text: str) -> None:
        self.filter_model.set_text(text)
        self._say_why_empty()

    def _on_price_combo_changed(self, index: int) -> None:
        self.filter_model.set_band(index)
        self._say_why_empty()

    def _say_why_empty(self) -> None:
        text = self.search_edit.text().strip()
        band = self.price_combo.currentIndex()
        if text and band:
            why = self.tr("No gift matches “{text}” with the price filter “{band}”.").format(
                text=text, band=self.price_combo.currentText()
            )
        elif text:
            why = self.tr("No gift matches “{text}”.").format(text=text)
        else:
            why = self.tr("No gift with the price filter “{band}”.").format(
                band=self.price_combo.currentText()
            )
        self.set_empty_text(
            why + " " + self.tr("Clear the search or choose All prices to see every gift.")
        )
