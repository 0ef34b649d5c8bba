"""The Earnings chart's calendar periods: days, ISO weeks from Monday, calendar months."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.domain.periods import Period, Span, last_spans, span_of, start_of

D = dt.date


def test_a_week_starts_on_monday_and_a_month_on_its_first():
    wednesday = D(2026, 11, 25)
    assert start_of(wednesday, Period.DAY) == wednesday
    assert start_of(wednesday, Period.WEEK) == D(2026, 11, 23)
    assert start_of(D(2026, 11, 29), Period.WEEK) == D(2026, 11, 23)  # Sunday: the same week
    assert start_of(D(2026, 11, 30), Period.WEEK) == D(2026, 11, 30)  # Monday: the next
    assert start_of(wednesday, Period.MONTH) == D(2026, 11, 1)


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (D(2026, 2, 1), D(2026, 2, 28)),
        (D(2028, 2, 1), D(2028, 2, 29)),
        (D(2026, 12, 1), D(2026, 12, 31)),
    ],
)
def test_a_month_ends_on_its_own_last_day(first, last):
    assert span_of(first, Period.MONTH) == Span(first, last)


def test_the_last_periods_end_with_the_one_that_holds_today_oldest_first():
    today = D(2027, 1, 3)  # a Sunday, in ISO week 53 of 2026
    assert last_spans(today, Period.DAY, 2) == [
        Span(D(2027, 1, 2), D(2027, 1, 2)),
        Span(today, today),
    ]
    assert last_spans(today, Period.WEEK, 2) == [
        Span(D(2026, 12, 21), D(2026, 12, 27)),
        Span(D(2026, 12, 28), D(2027, 1, 3)),
    ]
    months = last_spans(today, Period.MONTH, 13)
    assert months[0] == Span(D(2026, 1, 1), D(2026, 1, 31))
    assert months[-2:] == [
        Span(D(2026, 12, 1), D(2026, 12, 31)),
        Span(D(2027, 1, 1), D(2027, 1, 31)),
    ]
    assert D(2027, 1, 3) in months[-1] and D(2027, 2, 1) not in months[-1]
    with pytest.raises(ValueError):
        last_spans(today, Period.DAY, 0)
