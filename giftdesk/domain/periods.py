"""Calendar periods for the Earnings chart and the leaderboards: days, ISO weeks (Monday to
Sunday), calendar months and years, counted back from a profile's own today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from giftdesk.domain.errors import InvalidInput
from giftdesk.i18n import _


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


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of 'YYYY-MM', in ASCII digits only (DESIGN 5): '2026-13', '2026-1' and
    other scripts' digits are refused."""
    parts = text.split("-")
    if (
        len(parts) == 2
        and len(parts[0]) == 4
        and len(parts[1]) == 2
        and all(c in "0123456789" for c in parts[0] + parts[1])
        and 1 <= int(parts[1]) <= 12
        and int(parts[0]) >= 1
    ):
        return int(parts[0]), int(parts[1])
    raise InvalidInput(
        _("'{month}' is not a month; write it as YYYY-MM, such as 2026-11").format(month=text)
    )


def months_back(year: int, month: int, count: int) -> list[str]:
    """The `count` months ending with year-month, oldest first, as 'YYYY-MM'."""
    start = year * 12 + month - 1 - (count - 1)
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(start, start + count)]
