"""A creator's top supporters over a period of their own calendar, with the switch that picks
the period, the days it covers, and a table that says why it is empty. Read from the
leaderboard's running totals (services/leaderboard.py), never from the gifts.

The Gifts and Earnings tabs each subclass it for their own words: the title, and why the
board is empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QSizePolicy, QTableView, QVBoxLayout, QWidget

from giftdesk.services import Services
from giftdesk.services.leaderboard import ALL
from giftdesk.services.live_results import Leaderboard
from giftdesk.ui.models.leaderboard import LeaderboardModel
from giftdesk.ui.widgets.empty_views import EmptyTextTableView
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.period_switch import PeriodSwitch
from giftdesk.ui.widgets.room import keep_room
from giftdesk.ui.widgets.tables import fit_columns


class LeaderboardBox(QGroupBox):
    # The days shown beside the switch, where the box is wide enough for both on one line
    # (a line more for the table), else under it.
    SPAN_BESIDE_SWITCH = False
    MIN_TABLE_PX = 120  # a heading and three rows at least, where the column scrolls

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._creator: tuple[int, str] | None = None  # (id, name) of the creator shown
        self.period_switch = PeriodSwitch()
        # Which days the board covers, in the creator's calendar: "this week" of a creator
        # in another time zone may not be the viewer's week.
        self.span_label = LiveLabel(self.tr("Days shown"))
        self.span_label.setObjectName("note")
        keep_room(self.span_label, 1)  # there for every period, all time included
        self.model = LeaderboardModel(self)
        self.view = EmptyTextTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Top supporters"))
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Tab leaves the table (the arrows move in it): cell by cell, it kept the keyboard in.
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        fit_columns(self.view, LeaderboardModel.SPECS, stretch=LeaderboardModel.Column.SUPPORTER)
        # Whatever height the column has left, not its own preferred height: that made the
        # Gifts tab's column scroll on a 768-pixel screen.
        self.view.setMinimumHeight(self.MIN_TABLE_PX)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        # The style sheet pads the box's top already: the layout's own top margin on it took
        # a table row on a laptop's screen (the switch is a line more than before). Its sides
        # stay as every other box's, so that the labels line up.
        margins = layout.contentsMargins()
        margins.setTop(0)
        layout.setContentsMargins(margins)
        layout.addWidget(self.period_switch)
        if self.SPAN_BESIDE_SWITCH:
            self.period_switch.row.insertWidget(2, self.span_label, 1)
            # In line with the choice's text, not at the top of the row.
            self.span_label.setAlignment(
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
            )
        else:
            layout.addWidget(self.span_label)
        layout.addWidget(self.view, 1)
        self.period_switch.period_changed.connect(self._on_period_switch_period_changed)

    def period(self) -> str:
        return self.period_switch.period()

    def forget_period(self) -> None:
        """Another profile is shown: the board is back to all time (a profile's choice does
        not follow to the next)."""
        self.period_switch.reset()

    def show_creator(self, creator_id: int | None, name: str) -> None:
        """`creator_id`'s board over the chosen period, under their name; none without one."""
        self._creator = None if creator_id is None else (creator_id, name)
        self.reload()

    def reload(self) -> None:
        period = self.period()
        board = (
            self._services.leaderboards.leaderboard(self._creator[0], period)
            if self._creator is not None
            else None
        )
        self.model.set_supporters(board.supporters if board else ())
        name = self._creator[1] if self._creator is not None else ""
        self.view.set_empty_text(self._empty_text(period, name))
        self.span_label.setText(self._span_text(board) if board else "")
        self.setTitle(self._title(name))

    def _span_text(self, board: Leaderboard) -> str:
        if board.period == ALL or board.first is None or board.last is None:
            return self.tr("Every gift so far")
        if board.period == "day":
            return self._date(board.first, self.tr("dddd d MMMM yyyy"))
        if board.period == "month":
            return self._date(board.first, self.tr("MMMM yyyy"))
        if board.period == "year":
            return self._date(board.first, self.tr("yyyy"))
        return self.tr("{first} to {last}").format(
            first=self._date(board.first, self.tr("ddd d MMM")),
            last=self._date(board.last, self.tr("ddd d MMM yyyy")),
        )

    @staticmethod
    def _date(iso: str, pattern: str) -> str:
        day = dt.date.fromisoformat(iso)
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def _title(self, name: str) -> str:
        raise NotImplementedError

    def _empty_text(self, period: str, name: str) -> str:
        """Why the board of `period` is empty (`name`: the creator's, "" for none)."""
        raise NotImplementedError

    def _on_period_switch_period_changed(self, _period: str) -> None:
        self.reload()
