"""Gifts a creator received, newest first, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import WIDEST_WHEN, ColumnSpec, PagedRowsTableModel, when

PAGE_ROWS = PagedRowsTableModel.PAGE_ROWS


def _where(context: str) -> str:
    if context == "live":
        return QCoreApplication.translate("ReceivedGiftsModel", "LIVE")
    return QCoreApplication.translate("ReceivedGiftsModel", "Video")


class ReceivedGiftsModel(PagedRowsTableModel):
    class Column(IntEnum):
        WHEN = 0
        FROM = 1
        GIFT = 2
        COINS = 3
        DIAMONDS = 4
        WHERE = 5

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("ReceivedGiftsModel", "When"),
            lambda g: when(g.created_at),
            widest=when(WIDEST_WHEN),
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ReceivedGiftsModel", "From"),
            lambda g: g.sender,
            widest="Alexandra Mont",
        ),  # longer names are elided; the gift keeps room
        ColumnSpec(
            QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Gift"),
            lambda g: g.gift if g.count == 1 else f"{g.gift} x{fmt.group(g.count)}",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Coins"),
            lambda g: fmt.group(g.coins),
            lambda g: g.coins,
            numeric=True,
            widest="999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Diamonds"),
            lambda g: fmt.group(g.diamonds),
            lambda g: g.diamonds,
            numeric=True,
            widest="999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ReceivedGiftsModel", "Where"),
            lambda g: _where(g.context),
            widest="Video",
        ),
    )
