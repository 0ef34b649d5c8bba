"""A creator's payout requests and their status (Earnings tab)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import WIDEST_WHEN, ColumnSpec, RowsTableModel, day

_STATUS_LABELS = {
    "pending": QT_TRANSLATE_NOOP("PayoutsModel", "Pending"),
    "paid": QT_TRANSLATE_NOOP("PayoutsModel", "Paid"),
    "failed": QT_TRANSLATE_NOOP("PayoutsModel", "Failed"),
}


def _method(method: str) -> str:
    if method == "bank":
        return QCoreApplication.translate("PayoutsModel", "Bank")
    return QCoreApplication.translate("PayoutsModel", "PayPal")


def _status(status: str) -> str:
    label = _STATUS_LABELS.get(status)
    return QCoreApplication.translate("PayoutsModel", label) if label else status.capitalize()


class PayoutsModel(RowsTableModel):
    class Column(IntEnum):
        ID = 0
        REQUESTED = 1
        DIAMONDS = 2
        AMOUNT = 3
        METHOD = 4
        STATUS = 5

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("PayoutsModel", "#"),
            lambda p: str(p.id),
            lambda p: p.id,
            numeric=True,
            widest="999999",
        ),
        # The day alone: the time made the narrow table scroll sideways at the smallest window.
        ColumnSpec(
            QT_TRANSLATE_NOOP("PayoutsModel", "Requested"),
            lambda p: day(p.created_at),
            widest=day(WIDEST_WHEN),
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("PayoutsModel", "Diamonds"),
            lambda p: fmt.group(p.diamonds),
            lambda p: p.diamonds,
            numeric=True,
            widest="999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("PayoutsModel", "Amount"),
            lambda p: fmt.usd(p.cents),
            lambda p: p.cents,
            numeric=True,
            widest=fmt.usd(999_999),  # $9,999.99, 9.999,99 $, US$ 9.999,99
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("PayoutsModel", "Method"),
            lambda p: _method(p.method),
            widest="PayPal",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("PayoutsModel", "Status"),
            lambda p: _status(p.status),
            widest="Pending",
        ),
    )
