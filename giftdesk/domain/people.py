"""Profiles: birthdates and ages. (Names: giftdesk.domain.names.)"""

from __future__ import annotations

import datetime as dt

from giftdesk.domain.errors import InvalidDate, Underage
from giftdesk.i18n import _

OLDEST_YEARS = 130


def parse_birthdate(text: str, *, today: dt.date) -> dt.date:
    if not text.isascii() or len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise InvalidDate(_("'{text}' is not a date in the form YYYY-MM-DD").format(text=text))
    try:
        birthdate = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidDate(_("'{text}' is not a real calendar date").format(text=text)) from None
    if birthdate > today:
        raise InvalidDate(_("a birthdate cannot be in the future"))
    if age_years(birthdate, today=today) > OLDEST_YEARS:
        raise InvalidDate(
            _("a birthdate more than {years} years ago is not plausible").format(years=OLDEST_YEARS)
        )
    return birthdate


def age_years(birthdate: dt.date, *, today: dt.date) -> int:
    before_birthday = (today.month, today.day) < (birthdate.month, birthdate.day)
    return today.year - birthdate.year - before_birthday


def require_adult(
    name: str, birthdate: dt.date, *, today: dt.date, min_age: int, doing: str
) -> None:
    if age_years(birthdate, today=today) < min_age:
        raise Underage(
            _("{name} must be {age} or older to {doing}").format(
                name=name, age=min_age, doing=doing
            )
        )
