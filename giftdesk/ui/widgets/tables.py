"""Sizing table columns once, from the widest text each can hold.

Not Qt's ResizeToContents: with it the header measures the cells of every column on each
layout pass, which on the Activity and Earnings tables cost more than fetching the page
(about 50 ms at every profile switch on a large ledger), and columns jumped as pages arrived.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from giftdesk.ui.models.base import ColumnSpec

CELL_PADDING_PX = 18  # the cell's margins and focus frame, with room to spare
HEADER_PADDING_PX = 22  # the section's padding (qss) and the sort indicator


def fit_columns(view: QTableView, specs: Sequence[ColumnSpec], *, stretch: int) -> int:
    """Give each column the width of its `widest` sample or its title, whichever is wider;
    `stretch` takes the rest. The user can still drag any column wider. Returns the width
    the view needs to show every column whole (frame and scroll bar included), for a layout
    that would otherwise squeeze it (German headings were cut)."""
    view.ensurePolished()  # the style sheet's fonts, before measuring with them
    header = view.horizontalHeader()
    header.ensurePolished()
    cell, title = view.fontMetrics(), header.fontMetrics()
    model = view.model()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    needed = 2 * view.frameWidth() + view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    for column, spec in enumerate(specs):
        heading = model.headerData(column, Qt.Orientation.Horizontal) or ""
        width = max(
            cell.horizontalAdvance(spec.widest) + CELL_PADDING_PX,
            title.horizontalAdvance(heading) + HEADER_PADDING_PX,
        )
        needed += width
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.resizeSection(column, width)
    return needed
