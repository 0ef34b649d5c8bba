"""Profiles: birthdates and ages. (Names: giftdesk.domain.names.)"""

from __future__ import annotations

import datetime as dt

from giftdesk.domain.errors import InvalidDate, Underage

OLDEST_YEARS = 130


def parse_birthdate(text: str, *, today: dt.date) -> dt.date:
    if not text.isascii() or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise InvalidDate(f"'{text}' is not a date in the form YYYY-MM-DD")
    try:
        birthdate = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidDate(f"'{text}' is not a real calendar date") from None
    if birthdate > today:
        raise InvalidDate("a birthdate cannot be in the future")
    if age_years(birthdate, today=today) > OLDEST_YEARS:
        raise InvalidDate(f"a birthdate more than {OLDEST_YEARS} years ago is not plausible")
    return birthdate


def age_years(birthdate: dt.date, *, today: dt.date) -> int:
    before_birthday = (today.month, today.day) < (birthdate.month, birthdate.day)
    return today.year - birthdate.year - before_birthday


def require_adult(
    name: str, birthdate: dt.date, *, today: dt.date, min_age: int, doing: str
) -> None:
    if age_years(birthdate, today=today) < min_age:
        raise Underage(f"{name} must be {min_age} or older to {doing}")
