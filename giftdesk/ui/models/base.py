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

# Plain ints, looked up once: a view asks data() for ten roles of every cell it paints or
# measures, and reading a PySide6 enum member costs more than the rest of the call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_SORT = SORT_ROLE
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class ColumnSpec:
    header: str  # English, marked QT_TRANSLATE_NOOP("<ModelClass>", ...); translated in headerData
    text: Callable[[Any], str]
    value: Callable[[Any], Any] | None = None  # for sorting; defaults to the text
    numeric: bool = False
    widest: str = ""  # the widest text the column holds, to size it by (ui/widgets/tables.py)


class RowsTableModel(QAbstractTableModel):
    """Subclasses set `Column` (an IntEnum) and `SPECS` (one ColumnSpec per column, in order).

    Headers are translated with the model's class name as the context.
    """

    Column: type[IntEnum]
    SPECS: Sequence[ColumnSpec] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its cells' text, made once
        self._alignments = tuple(_RIGHT if spec.numeric else _LEFT for spec in self.SPECS)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.SPECS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY and role != _ALIGNMENT and role != _SORT:
            return None  # most calls: font, colours, icons, size hints, which we leave to Qt
        r = index.row()
        if not index.isValid() or not 0 <= r < len(self._rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            texts = self._texts.get(r)
            if texts is None:
                row = self._rows[r]
                texts = self._texts[r] = tuple(spec.text(row) for spec in self.SPECS)
            return texts[column]
        if role == _ALIGNMENT:
            return self._alignments[column]
        spec = self.SPECS[column]
        row = self._rows[r]
        return spec.value(row) if spec.value else spec.text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.SPECS)
        ):
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

    return fmt.signed(n)


def when(iso: str) -> str:
    """UTC ISO time in the machine's local time, to the minute, as the locale writes it."""
    from giftdesk import formatting as fmt

    return fmt.local_time(iso)


def day(iso: str) -> str:
    """UTC ISO time's local calendar day, as the locale writes it."""
    from giftdesk import formatting as fmt

    return fmt.local_date(iso)


# Samples of the widest date and time a column holds, as the locale writes them (a German
# "31.12.2026, 23:59" is wider than "2026-12-31 23:59"), to size the columns by.
WIDEST_WHEN = "2026-12-31T12:59:00+00:00"
