"""A LIVE room's feed, newest first: one row per gift, and one per combo or streak (the same
gifter sending the same gift again within a few seconds), which counts up in place (Rose x1,
x2 ... x25) rather than adding rows. Rows change in blocks, one per read of the ledger, and
the count-up is model state stepped by a timer: nothing of it runs while the view paints."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from giftdesk import formatting as fmt
from giftdesk.services.live_results import FeedGift
from giftdesk.ui.models.base import ColumnSpec

MAX_ROWS = 200  # the feed keeps the newest rows; the LIVE's figures count every gift
STREAK_US = 5_000_000  # a gift this soon after the same gifter's same gift continues it
STREAK_ROWS = 12  # only rows this near the top can continue: a streak is recent
COUNT_UP_MS = 40  # one step of a combo's count-up
COUNT_UP_STEPS = 12  # a combo counts up in about this many steps, however big

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(eq=False)  # rows are told apart by identity: two may hold the same figures
class FeedRow:
    sender_id: int
    sender: str
    gift: str
    unit_coins: int
    count: int  # gift items standing in this row
    last_us: int  # when its latest gift was sent
    shown: int = 1  # the count shown now, on its way up to `count`
    gifts: dict[int, int] = field(default_factory=dict)  # transaction id -> its count

    def text(self) -> str:
        return self.gift if self.shown == 1 else f"{self.gift} x{fmt.group(self.shown)}"


class LiveFeedModel(QAbstractTableModel):
    class Column(IntEnum):
        GIFTER = 0
        GIFT = 1
        COINS = 2

    HEADERS = (
        QT_TRANSLATE_NOOP("LiveFeedModel", "Gifter"),
        QT_TRANSLATE_NOOP("LiveFeedModel", "Gift"),
        QT_TRANSLATE_NOOP("LiveFeedModel", "Coins"),
    )
    # For sizing the columns once (ui/widgets/tables.py): a feed that changes ten times a
    # second must not have its columns measured at each change.
    SPECS = tuple(
        ColumnSpec(header, str, widest=widest)
        for header, widest in zip(HEADERS, ("Sim Viewer 000", "", "99,999,999"), strict=True)
    )

    def __init__(self, streakable: frozenset[str] = frozenset(), parent=None) -> None:
        super().__init__(parent)
        self._streakable = streakable  # the gifts that go in combos (under 100 coins)
        self._rows: list[FeedRow] = []
        self._row_of_gift: dict[int, FeedRow] = {}
        self.count_up_timer = QTimer(self)
        self.count_up_timer.setInterval(COUNT_UP_MS)
        self.count_up_timer.timeout.connect(self._on_count_up_timer_timeout)

    # --- what the room tells it ----------------------------------------------------------

    def clear(self) -> None:
        self.count_up_timer.stop()
        self.beginResetModel()
        self._rows.clear()
        self._row_of_gift.clear()
        self.endResetModel()

    def add_gifts(self, gifts: tuple[FeedGift, ...]) -> list[FeedRow]:
        """Gifts new to the room, oldest first: each continues a recent streak of its gifter
        or opens a row at the top. Returns the rows that got them (new rows, newest first)."""
        fresh: list[FeedRow] = []  # newest last, until inserted
        touched: list[FeedRow] = []
        for gift in gifts:
            if gift.transaction_id in self._row_of_gift:
                continue  # read already
            row = self._streak_of(gift, fresh)
            if row is None:
                row = FeedRow(
                    gift.sender_id,
                    gift.sender,
                    gift.gift,
                    gift.coins // gift.count,
                    0,
                    gift.created_us,
                )
                fresh.append(row)
            row.count += gift.count
            row.last_us = gift.created_us
            row.gifts[gift.transaction_id] = gift.count
            self._row_of_gift[gift.transaction_id] = row
            if row not in touched:
                touched.append(row)
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[:0] = reversed(fresh)
            self.endInsertRows()
            self._trim()
        self._counts_changed(row for row in touched if row not in fresh)
        if any(row.shown < row.count for row in touched):
            self.count_up_timer.start()
        return touched

    def finish_counting(self) -> None:
        """Every count shown in full at once (a room opening on gifts sent before)."""
        self.count_up_timer.stop()
        for row in self._rows:
            row.shown = row.count
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))

    def take_back(self, gift_ids: tuple[int, ...]) -> None:
        """Gifts undone: out of their rows; a row with nothing left goes."""
        emptied: list[FeedRow] = []
        changed: list[FeedRow] = []
        for gift_id in gift_ids:
            row = self._row_of_gift.pop(gift_id, None)
            if row is None:
                continue
            row.count -= row.gifts.pop(gift_id)
            row.shown = min(row.shown, max(row.count, 1))
            (emptied if row.count <= 0 else changed).append(row)
        for row in emptied:
            if row in self._rows:
                index = self._rows.index(row)
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
        self._counts_changed(row for row in changed if row not in emptied)

    def row_at(self, row: int) -> FeedRow:
        return self._rows[row]

    def _streak_of(self, gift: FeedGift, fresh: list[FeedRow]) -> FeedRow | None:
        if gift.gift not in self._streakable:
            return None  # a big gift is its own moment, each time
        for row in [*reversed(fresh), *self._rows[:STREAK_ROWS]]:
            if (
                row.sender_id == gift.sender_id
                and row.gift == gift.gift
                and 0 <= gift.created_us - row.last_us <= STREAK_US
            ):
                return row
        return None

    def _trim(self) -> None:
        if len(self._rows) <= MAX_ROWS:
            return
        self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._rows) - 1)
        for row in self._rows[MAX_ROWS:]:
            for gift_id in row.gifts:
                self._row_of_gift.pop(gift_id, None)
        del self._rows[MAX_ROWS:]
        self.endRemoveRows()

    def _counts_changed(self, rows) -> None:
        for row in rows:
            if row in self._rows:
                r = self._rows.index(row)
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.HEADERS) - 1))

    def _on_count_up_timer_timeout(self) -> None:
        counting = False
        changed: list[int] = []
        for r, row in enumerate(self._rows):
            if row.shown < row.count:
                step = max(1, -(-(row.count - 1) // COUNT_UP_STEPS))
                row.shown = min(row.count, row.shown + step)
                counting |= row.shown < row.count
                changed.append(r)
        if changed:  # one notice for the rows that moved on: the view repaints them once
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], len(self.HEADERS) - 1)
            )
        if not counting:
            self.count_up_timer.stop()

    # --- Qt's model --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY and role != _ALIGNMENT:
            return None
        r = index.row()
        if not index.isValid() or not 0 <= r < len(self._rows):
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _RIGHT if column == self.Column.COINS else _LEFT
        row = self._rows[r]
        if column == self.Column.GIFTER:
            return row.sender
        if column == self.Column.GIFT:
            return row.text()
        return fmt.group(row.unit_coins * row.shown)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("LiveFeedModel", self.HEADERS[section])
        return None
