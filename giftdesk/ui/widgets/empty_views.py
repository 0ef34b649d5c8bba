"""Views that say why they are empty: a list or table with no row shows a sentence in its middle
("No gift matches “zebra”.") instead of a blank area, and gives it to a screen reader as the
view's description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QListView, QTableView

from giftdesk.ui.theme import color

MARGIN_PX = 16


class _EmptyText:
    """Shared by the views below: `set_empty_text` says what to show when there is no row."""

    _empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self._rows_changed()

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._rows_changed)

    def _rows_changed(self, *_args) -> None:
        self.setAccessibleDescription(self._empty_text if self.is_empty() else "")
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def is_empty(self) -> bool:
        model = self.model()
        return model is None or model.rowCount() == 0

    def _paint_empty_text(self) -> None:
        if not (self._empty_text and self.is_empty()):
            return
        painter = QPainter(self.viewport())
        painter.setPen(color("muted"))
        painter.drawText(
            self.viewport().rect().adjusted(MARGIN_PX, MARGIN_PX, -MARGIN_PX, -MARGIN_PX),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._empty_text,
        )


class EmptyTextListView(_EmptyText, QListView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self._paint_empty_text()


class EmptyTextTableView(_EmptyText, QTableView):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        self._paint_empty_text()
