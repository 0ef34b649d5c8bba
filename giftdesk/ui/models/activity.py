"""The profile's whole ledger history (Activity tab)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giftdesk import formatting as fmt
from giftdesk.services.history import HistoryRow
from giftdesk.ui.history_text import describe
from giftdesk.ui.models.base import ColumnSpec, PagedRowsTableModel, signed, when


def money_cents(row: HistoryRow) -> int:
    """Money as the profile's pocket sees it: a purchase is paid (negative), a payout is paid
    to them (positive). The history holds both as positive amounts; unsigned, paying and being
    paid looked alike."""
    return -row.money_cents if row.kind == "recharge" else row.money_cents


def signed_usd(cents: int) -> str:
    """ "-$9.99", "+$12.00", or nothing for no money, as the coins and diamonds columns sign."""
    return "" if cents == 0 else ("+" if cents > 0 else "") + fmt.usd(cents)


class ActivityModel(PagedRowsTableModel):
    class Column(IntEnum):
        ID = 0
        WHEN = 1
        WHAT = 2
        COINS = 3
        DIAMONDS = 4
        MONEY = 5

    SPECS = (
        # The reference, never another transaction's (its number may come back after a
        # restore); sorted by the number, which orders them as they were made.
        ColumnSpec(
            QT_TRANSLATE_NOOP("ActivityModel", "Transaction"),
            lambda r: r.reference,
            lambda r: r.transaction_id,
            widest="9999999-WWWWWWWW",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ActivityModel", "When"),
            lambda r: when(r.created_at),
            lambda r: r.created_at,
            widest="2026-12-31 23:59",
        ),
        ColumnSpec(QT_TRANSLATE_NOOP("ActivityModel", "What"), describe),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ActivityModel", "Coins"),
            lambda r: signed(r.coins),
            lambda r: r.coins,
            numeric=True,
            widest="+99,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ActivityModel", "Diamonds"),
            lambda r: signed(r.diamonds),
            lambda r: r.diamonds,
            numeric=True,
            widest="+99,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("ActivityModel", "Money"),
            lambda r: signed_usd(money_cents(r)),
            money_cents,
            numeric=True,
            widest="+$99,999.99",
        ),
    )
