"""Calendar periods for the Earnings chart and the leaderboards: days, ISO weeks (Monday to
Sunday), calendar months and years, counted back from a profile's own today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class Period(Enum):
    DAY = "day"
    WEEK = "week"  # ISO 8601: from Monday to Sunday
    MONTH = "month"  # the calendar month
    YEAR = "year"  # the calendar year


# What a leaderboard covers: the period of the creator's calendar that holds their today, or
# all time.
ALL_TIME = "all"
LEADERBOARD_PERIODS = (*(p.value for p in Period), ALL_TIME)


@dataclass(frozen=True, slots=True)
class Span:
    """The days from `first` to `last`, both included."""

    first: dt.date
    last: dt.date

    def __contains__(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


def start_of(day: dt.date, period: Period) -> dt.date:
    """The first day of the period that holds `day`."""
    if period is Period.WEEK:
        return day - dt.timedelta(days=day.weekday())  # Monday is weekday 0
    if period is Period.MONTH:
        return day.replace(day=1)
    if period is Period.YEAR:
        return day.replace(month=1, day=1)
    return day


def span_of(first: dt.date, period: Period) -> Span:
    """The period that begins on `first` (a start_of() day)."""
    if period is Period.WEEK:
        return Span(first, first + dt.timedelta(days=6))
    if period is Period.MONTH:
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return Span(first, following - dt.timedelta(days=1))
    if period is Period.YEAR:
        return Span(first, first.replace(month=12, day=31))
    return Span(first, first)


def _back(first: dt.date, period: Period, steps: int) -> dt.date:
    if period is Period.WEEK:
        return first - dt.timedelta(weeks=steps)
    if period is Period.MONTH:
        months = first.year * 12 + first.month - 1 - steps
        return dt.date(months // 12, months % 12 + 1, 1)
    if period is Period.YEAR:
        return first.replace(year=first.year - steps)
    return first - dt.timedelta(days=steps)


def last_spans(today: dt.date, period: Period, count: int) -> list[Span]:
    """The `count` periods up to and including the one that holds `today`, oldest first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    newest = start_of(today, period)
    return [span_of(_back(newest, period, steps), period) for steps in range(count - 1, -1, -1)]
