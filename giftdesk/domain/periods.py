"""Calendar periods for the Earnings chart: days, ISO weeks (Monday to Sunday) and calendar
months, counted back from a profile's own today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class Period(Enum):
    DAY = "day"
    WEEK = "week"  # ISO 8601: from Monday to Sunday
    MONTH = "month"  # the calendar month


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
    return day


def span_of(first: dt.date, period: Period) -> Span:
    """The period that begins on `first` (a start_of() day)."""
    if period is Period.WEEK:
        return Span(first, first + dt.timedelta(days=6))
    if period is Period.MONTH:
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return Span(first, following - dt.timedelta(days=1))
    return Span(first, first)


def _back(first: dt.date, period: Period, steps: int) -> dt.date:
    if period is Period.WEEK:
        return first - dt.timedelta(weeks=steps)
    if period is Period.MONTH:
        months = first.year * 12 + first.month - 1 - steps
        return dt.date(months // 12, months % 12 + 1, 1)
    return first - dt.timedelta(days=steps)


def last_spans(today: dt.date, period: Period, count: int) -> list[Span]:
    """The `count` periods up to and including the one that holds `today`, oldest first."""
    if count < 1:
        raise ValueError("count must be at least 1")
    newest = start_of(today, period)
    return [span_of(_back(newest, period, steps), period) for steps in range(count - 1, -1, -1)]
