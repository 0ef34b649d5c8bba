"""A creator's top supporters (Gifts and Earnings tabs)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel


class SupportersModel(RowsTableModel):
    class Column(IntEnum):
        NAME = 0
        COINS = 1
        GIFTS = 2

    SPECS = (
        ColumnSpec(QT_TRANSLATE_NOOP("SupportersModel", "Supporter"), lambda s: s.name),
        ColumnSpec(
            QT_TRANSLATE_NOOP("SupportersModel", "Coins"),
            lambda s: fmt.group(s.coins),
            lambda s: s.coins,
            numeric=True,
            widest="99,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("SupportersModel", "Gifts"),
            lambda s: fmt.group(s.gifts),
            lambda s: s.gifts,
            numeric=True,
            widest="9,999,999",
        ),
    )
