"""A creator's payout requests and their status (Earnings tab)."""

from __future__ import annotations

from enum import IntEnum

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel, when


class PayoutsModel(RowsTableModel):
    class Column(IntEnum):
        ID = 0
        REQUESTED = 1
        DIAMONDS = 2
        AMOUNT = 3
        METHOD = 4
        STATUS = 5

    SPECS = (
        ColumnSpec("#", lambda p: str(p.id), lambda p: p.id, numeric=True),
        ColumnSpec("Requested", lambda p: when(p.created_at)),
        ColumnSpec("Diamonds", lambda p: fmt.group(p.diamonds), lambda p: p.diamonds, numeric=True),
        ColumnSpec("Amount", lambda p: fmt.usd(p.cents), lambda p: p.cents, numeric=True),
        ColumnSpec("Method", lambda p: "Bank" if p.method == "bank" else "PayPal"),
        ColumnSpec("Status", lambda p: p.status.capitalize()),
    )
