"""A read-only table model over a list of rows, its columns declared once per subclass."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ColumnSpec:
    header: str  # English, marked QT_TRANSLATE_NOOP("<ModelClass>", ...); translated in headerData
    text: Callable[[Any], str]
    value: Callable[[Any], Any] | None = None  # for sorting; defaults to the text
    numeric: bool = False


class RowsTableModel(QAbstractTableModel):
    """Subclasses set `Column` (an IntEnum) and `SPECS` (one ColumnSpec per column, in order).

    Headers are translated with the model's class name as the context.
    """

    Column: type[IntEnum]
    SPECS: Sequence[ColumnSpec] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.SPECS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        spec = self.SPECS[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == SORT_ROLE:
            return spec.value(row) if spec.value else spec.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if spec.numeric else _LEFT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.SPECS)):
            return QCoreApplication.translate(type(self).__name__, self.SPECS[section].header)
        return None


class PagedRowsTableModel(RowsTableModel):
    """Rows newest first, fetched a page at a time as the view scrolls (canFetchMore and
    fetchMore), so a history of a million rows opens as fast as one of ten. Rows have a
    `transaction_id`; pages are asked for by the last one shown."""

    PAGE_ROWS = 200

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
        page = self._fetch(before, self.PAGE_ROWS) if self._fetch else []
        if len(page) < self.PAGE_ROWS:
            self._exhausted = True
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()


def signed(n: int) -> str:
    from giftdesk import formatting as fmt

    return "" if n == 0 else ("+" if n > 0 else "") + fmt.group(n)


def when(iso: str) -> str:
    """UTC ISO time as 'YYYY-MM-DD HH:MM' in the machine's local time."""
    import datetime as dt

    moment = dt.datetime.fromisoformat(iso).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
