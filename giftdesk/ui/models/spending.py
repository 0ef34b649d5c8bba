"""The Spending tab's tables: a month's money by creator, and the chart's months as a table
(its text alternative, for a keyboard and a screen reader)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel


class CreatorSpendingModel(RowsTableModel):
    """Rows: services.spending_results.CreatorSpending, the most paid first."""

    class Column(IntEnum):
        CREATOR = 0
        GIFTS = 1
        COINS = 2
        PAID = 3
        CREATOR_SHARE = 4

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("CreatorSpendingModel", "Creator"),
            lambda c: c.creator,
            widest="Luna Live xx",  # a name of two words; a longer one ends in "…"
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("CreatorSpendingModel", "Gifts"),
            lambda c: fmt.group(c.gifts),
            lambda c: c.gifts,
            numeric=True,
            widest="9,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("CreatorSpendingModel", "Coins"),
            lambda c: fmt.group(c.coins),
            lambda c: c.coins,
            numeric=True,
            widest="99,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("CreatorSpendingModel", "Cost you"),
            lambda c: fmt.usd(c.paid_cents),
            lambda c: c.paid_cents,
            numeric=True,
            widest="$999,999.99",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("CreatorSpendingModel", "Creator got"),
            lambda c: fmt.usd(c.creator_cents),
            lambda c: c.creator_cents,
            numeric=True,
            widest="$999,999.99",
        ),
    )


class MonthSpendingModel(RowsTableModel):
    """Rows: (month's title, services.spending_results.MonthSpent), oldest first."""

    class Column(IntEnum):
        MONTH = 0
        PAID = 1
        CREATOR = 2
        PLATFORM = 3
        STORE = 4
        COINS = 5

    SPECS = (
        ColumnSpec(QT_TRANSLATE_NOOP("MonthSpendingModel", "Month"), lambda r: r[0]),
        ColumnSpec(
            QT_TRANSLATE_NOOP("MonthSpendingModel", "Cost you"),
            lambda r: fmt.usd(r[1].paid_cents),
            lambda r: r[1].paid_cents,
            numeric=True,
            widest="$999,999.99",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("MonthSpendingModel", "Creators"),
            lambda r: fmt.usd(r[1].creator_cents),
            lambda r: r[1].creator_cents,
            numeric=True,
            widest="$999,999.99",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("MonthSpendingModel", "Platform"),
            lambda r: fmt.usd(r[1].platform_cents),
            lambda r: r[1].platform_cents,
            numeric=True,
            widest="-$999,999.99",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("MonthSpendingModel", "App store"),
            lambda r: fmt.usd(r[1].store_fee_cents),
            lambda r: r[1].store_fee_cents,
            numeric=True,
            widest="$999,999.99",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("MonthSpendingModel", "Coins"),
            lambda r: fmt.group(r[1].coins),
            lambda r: r[1].coins,
            numeric=True,
            widest="99,999,999",
        ),
    )
