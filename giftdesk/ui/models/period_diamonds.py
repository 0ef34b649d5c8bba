"""The Earnings chart's figures as a table: its text alternative, for a keyboard and a screen
reader (rows are the chart's bars, oldest first)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel


class PeriodDiamondsModel(RowsTableModel):
    class Column(IntEnum):
        PERIOD = 0
        DIAMONDS = 1
        GIFTS = 2

    SPECS = (
        ColumnSpec(QT_TRANSLATE_NOOP("PeriodDiamondsModel", "Period"), lambda b: b.title),
        ColumnSpec(
            QT_TRANSLATE_NOOP("PeriodDiamondsModel", "Diamonds"),
            lambda b: fmt.group(b.value),
            lambda b: b.value,
            numeric=True,
            widest="99,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("PeriodDiamondsModel", "Gifts"),
            lambda b: fmt.group(b.count),
            lambda b: b.count,
            numeric=True,
            widest="9,999,999",
        ),
    )
