"""A LIVE room's tables: its ranking (gifters of the LIVE by coins) and "LIVE now" (the LIVEs
on air a viewer can join). The feed, which counts combos up, is in live_feed.py."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from giftdesk import formatting as fmt
from giftdesk.ui.models.base import ColumnSpec, RowsTableModel


class LiveRankingModel(RowsTableModel):
    """Rows are (place from 1, Supporter)."""

    class Column(IntEnum):
        PLACE = 0
        GIFTER = 1
        COINS = 2
        GIFTS = 3

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveRankingModel", "#"),
            lambda r: fmt.group(r[0]),
            lambda r: r[0],
            numeric=True,
            widest="999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveRankingModel", "Gifter"),
            lambda r: r[1].profile,
            widest="Sim Viewer 000",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveRankingModel", "Coins"),
            lambda r: fmt.group(r[1].coins),
            lambda r: r[1].coins,
            numeric=True,
            widest="9,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveRankingModel", "Gifts"),
            lambda r: fmt.group(r[1].gifts),
            lambda r: r[1].gifts,
            numeric=True,
            widest="999,999",
        ),
    )

    def show_ranking(self, ranking) -> None:
        """The LIVE's ranking (Supporters, most coins first); unchanged, nothing is redone."""
        rows = list(enumerate(ranking, start=1))
        if rows != self._rows:
            self.set_rows(rows)


class OnAirModel(RowsTableModel):
    """Rows are OnAir: the LIVEs on air."""

    class Column(IntEnum):
        CREATOR = 0
        TITLE = 1
        GIFTERS = 2

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("OnAirModel", "Creator"), lambda o: o.creator, widest="Luna Live"
        ),
        ColumnSpec(QT_TRANSLATE_NOOP("OnAirModel", "LIVE"), lambda o: o.title),
        ColumnSpec(
            QT_TRANSLATE_NOOP("OnAirModel", "Gifters"),
            lambda o: fmt.group(o.gifters),
            lambda o: o.gifters,
            numeric=True,
            widest="99,999",
        ),
    )

    def show_lives(self, lives) -> None:
        if list(lives) != self._rows:
            self.set_rows(lives)

    def row_of_live(self, live_id: int | None) -> int:
        for row, on_air in enumerate(self._rows):
            if on_air.live_id == live_id:
                return row
        return -1
