"""A creator's leaderboard over a period (Gifts and Earnings tabs): rank, supporter, coins and
gift items, most coins first."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giftdesk import formatting as fmt
from giftdesk.services.live_results import Supporter
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel


class Ranked(NamedTuple):
    rank: int  # 1 for the most coins
    supporter: Supporter


class LeaderboardModel(RowsTableModel):
    class Column(IntEnum):
        RANK = 0
        SUPPORTER = 1
        COINS = 2
        GIFTS = 3

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("LeaderboardModel", "#"),
            lambda r: fmt.group(r.rank),
            lambda r: r.rank,
            numeric=True,
            widest="99",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LeaderboardModel", "Supporter"), lambda r: r.supporter.profile
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LeaderboardModel", "Coins"),
            lambda r: fmt.group(r.supporter.coins),
            lambda r: r.supporter.coins,
            numeric=True,
            widest="99,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LeaderboardModel", "Gifts"),
            lambda r: fmt.group(r.supporter.gifts),
            lambda r: r.supporter.gifts,
            numeric=True,
            widest="9,999,999",
        ),
    )

    def set_supporters(self, supporters: Sequence[Supporter]) -> None:
        """The leaderboard's supporters, most coins first, ranked from 1."""
        self.set_rows([Ranked(rank, s) for rank, s in enumerate(supporters, start=1)])
