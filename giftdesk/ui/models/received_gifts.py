"""Gifts a creator received, newest first, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel, when

PAGE_ROWS = 200


def _where(context: str) -> str:
    if context == "live":
        return QCoreApplication.translate("ReceivedGiftsModel", "LIVE")
    return QCoreApplication.translate("ReceivedGiftsModel", "Video")


class ReceivedGiftsModel(RowsTableModel):
    class Column(IntEnum):
        WHEN = 0
        FROM = 1
        GIFT = 2
        COINS = 3
        DIAMONDS = 4
        WHERE = 5

    SPECS = (
        ColumnSpec(QT_TRANSLATE_NOOP("ReceivedGiftsModel", "When"), lambda g: when(g.created_at)),
        ColumnSpec(QT_TRANSLATE_NOOP("ReceivedGiftsModel", "From"), lambda g: g.sender),
        ColumnSpec(QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Gift"),
                   lambda g: g.gift if g.count == 1 else f"{g.gift} x{fmt.group(g.count)}"),
        ColumnSpec(QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Coins"), lambda g: fmt.group(g.coins),
                   lambda g: g.coins, numeric=True),
        ColumnSpec(QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Diamonds"),
                   lambda g: fmt.group(g.diamonds), lambda g: g.diamonds, numeric=True),
        ColumnSpec(QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Where"), lambda g: _where(g.context)),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fetch: Callable[[int | None, int], list] | None = None
        self._exhausted = True

    def set_source(self, fetch: Callable[[int | None, int], list] | None) -> None:
        """`fetch(before_transaction_id, limit)` returns the next page, newest first."""
        self._fetch = fetch
        self._exhausted = fetch is None
        self.set_rows([])
        if fetch is not None:
            self._fetch_page()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not parent.isValid() and not self._exhausted:
            self._fetch_page()

    def _fetch_page(self) -> None:
        before = self._rows[-1].transaction_id if self._rows else None
        page = self._fetch(before, PAGE_ROWS) if self._fetch else []
        if len(page) < PAGE_ROWS:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
