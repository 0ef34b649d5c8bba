"""A creator's LIVE history (Earnings tab): every LIVE, newest first, with its figures."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.services.live_results import LiveSummary
from giftdesk.ui.models.base import WIDEST_WHEN, ColumnSpec, RowsTableModel, when


def on_air_seconds(live: LiveSummary) -> int | None:
    """How long an ended LIVE was on air; None while it is on air."""
    if live.ended_at is None:
        return None
    started = dt.datetime.fromisoformat(live.started_at)
    return int((dt.datetime.fromisoformat(live.ended_at) - started).total_seconds())


def _on_air(live: LiveSummary) -> str:
    seconds = on_air_seconds(live)
    return (
        QCoreApplication.translate("LiveHistoryModel", "On air now")
        if seconds is None
        else fmt.duration(seconds)
    )


def _goal(live: LiveSummary) -> str:
    if live.goal_diamonds is None:
        return QCoreApplication.translate("LiveHistoryModel", "No goal")
    goal = fmt.group(live.goal_diamonds)
    if live.goal_reached:
        return QCoreApplication.translate("LiveHistoryModel", "{goal}: reached").format(goal=goal)
    if live.on_air:
        return QCoreApplication.translate("LiveHistoryModel", "{goal}: {percent}% so far").format(
            goal=goal, percent=live.diamonds * 100 // live.goal_diamonds
        )
    return QCoreApplication.translate("LiveHistoryModel", "{goal}: not reached").format(goal=goal)


class LiveHistoryModel(RowsTableModel):
    class Column(IntEnum):
        STARTED = 0
        ON_AIR = 1
        DIAMONDS = 2
        GIFTS = 3
        GIFTERS = 4
        GOAL = 5
        TITLE = 6

    SPECS = (
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveHistoryModel", "Started"),
            lambda live: when(live.started_at),
            lambda live: live.started_at,
            widest=when(WIDEST_WHEN),
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveHistoryModel", "On air"),
            _on_air,
            lambda live: on_air_seconds(live) or 0,
            widest="99 h 59 min",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveHistoryModel", "Diamonds"),
            lambda live: fmt.group(live.diamonds),
            lambda live: live.diamonds,
            numeric=True,
            widest="9,999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveHistoryModel", "Gifts"),
            lambda live: fmt.group(live.gifts),
            lambda live: live.gifts,
            numeric=True,
            widest="999,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveHistoryModel", "Gifters"),
            lambda live: fmt.group(live.gifters),
            lambda live: live.gifters,
            numeric=True,
            widest="99,999",
        ),
        ColumnSpec(
            QT_TRANSLATE_NOOP("LiveHistoryModel", "Goal"),
            _goal,
            lambda live: live.goal_diamonds or 0,
            widest="99,999: not reached",
        ),
        ColumnSpec(QT_TRANSLATE_NOOP("LiveHistoryModel", "Title"), lambda live: live.title),
    )
