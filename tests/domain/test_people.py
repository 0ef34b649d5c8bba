"""Birthdates and ages."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.domain.errors import InvalidDate, Underage
from giftdesk.domain.people import age_years, parse_birthdate, require_adult

TODAY = dt.date(2026, 11, 25)


def test_a_birthdate_is_parsed():
    assert parse_birthdate("1990-04-12", today=TODAY) == dt.date(1990, 4, 12)
    assert parse_birthdate("2026-11-25", today=TODAY) == TODAY  # born today


@pytest.mark.parametrize(
    "text",
    [
        "1990-4-12",
        "12/04/1990",
        "1990/04/12",
        "19900412",
        "",
        "\uff11\uff19\uff19\uff10-04-12",
        "1990-04-12T00:00",
    ],
)
def test_a_malformed_birthdate_is_refused(text):
    with pytest.raises(InvalidDate, match="YYYY-MM-DD"):
        parse_birthdate(text, today=TODAY)


@pytest.mark.parametrize("text", ["2026-02-29", "1990-13-01", "1990-04-31"])
def test_an_impossible_date_is_refused(text):
    with pytest.raises(InvalidDate, match="not a real calendar date"):
        parse_birthdate(text, today=TODAY)


def test_a_future_birthdate_is_refused():
    with pytest.raises(InvalidDate, match="future"):
        parse_birthdate("2026-11-26", today=TODAY)


def test_an_implausibly_old_birthdate_is_refused():
    assert parse_birthdate("1896-11-25", today=TODAY).year == 1896  # exactly 130
    with pytest.raises(InvalidDate, match="130 years"):
        parse_birthdate("1895-11-24", today=TODAY)


@pytest.mark.parametrize(
    ("born", "age"),
    [
        (dt.date(2008, 11, 25), 18),  # 18th birthday today
        (dt.date(2008, 11, 26), 17),  # tomorrow
        (dt.date(2008, 12, 1), 17),
        (dt.date(2008, 10, 31), 18),
        (dt.date(1990, 4, 12), 36),
        (TODAY, 0),
    ],
)
def test_age_in_whole_years(born, age):
    assert age_years(born, today=TODAY) == age


def test_a_leap_day_birthday_counts_from_the_first_of_march():
    born = dt.date(2008, 2, 29)
    assert age_years(born, today=dt.date(2026, 2, 28)) == 17
    assert age_years(born, today=dt.date(2026, 3, 1)) == 18


def test_eighteenth_birthday_today_is_adult():
    require_adult("Ada", dt.date(2008, 11, 25), today=TODAY, min_age=18, doing="buy coins")


def test_a_day_short_of_eighteen_is_refused_with_a_readable_message():
    with pytest.raises(Underage, match="^Ada must be 18 or older to buy coins$"):
        require_adult("Ada", dt.date(2008, 11, 26), today=TODAY, min_age=18, doing="buy coins")
