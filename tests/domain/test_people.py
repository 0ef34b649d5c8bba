"""Profile names, birthdates and ages."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.domain.errors import InvalidDate, InvalidName, Underage
from giftdesk.domain.people import (
    NAME_MAX_CHARS,
    age_years,
    clean_name,
    name_key,
    parse_birthdate,
    require_adult,
)

TODAY = dt.date(2026, 11, 25)


def test_a_name_is_trimmed_and_nfc_normalised():
    assert clean_name("  Vera  ") == "Vera"
    assert clean_name("Rene\u0301e") == "Ren\u00e9e"


def test_a_name_of_64_characters_is_the_longest():
    assert NAME_MAX_CHARS == 64
    assert clean_name("x" * 64) == "x" * 64
    with pytest.raises(InvalidName, match="at most 64"):
        clean_name("x" * 65)


@pytest.mark.parametrize("raw", ["", "   ", "\t"])
def test_an_empty_name_is_refused(raw):
    with pytest.raises(InvalidName, match="empty"):
        clean_name(raw)


@pytest.mark.parametrize("raw", ["Ve\u202era", "\u2066Vera", "Vera\u200f", "a\u061cb"])
def test_bidi_override_characters_are_refused(raw):
    with pytest.raises(InvalidName, match="bidirectional"):
        clean_name(raw)


@pytest.mark.parametrize("raw", ["Ve\x07ra", "Ve\nra", "Ve\u200bra", "Ve\u2028ra", "Ve\x7fra"])
def test_control_and_invisible_characters_are_refused(raw):
    with pytest.raises(InvalidName, match="control or invisible"):
        clean_name(raw)


@pytest.mark.parametrize("raw", [
    "\U0001f469\u200d\U0001f4bb Ana",  # woman technologist
    "Kai \U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
    "\U0001f468\U0001f3fd\u200d\u2695\ufe0f Omar",  # health worker, medium skin tone
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",  # Persian, with a non-joiner
    "\u0dc1\u0dca\u200d\u0dbb\u0dd3",  # Sinhala "Sri": a joiner after the virama
])
def test_joiners_doing_their_ordinary_work_are_kept(raw):
    assert clean_name(raw) == raw


@pytest.mark.parametrize("raw", ["Ve\u200dra", "Ve\u200cra", "\u200dVera", "Vera\u200d",
                                 "\U0001f469\u200d Ana", "Ana \u200d\U0001f4bb",
                                 "Zo\u00e9\u200c\u00e9", "\u0418\u0432\u0430\u200c\u043d",
                                 "Kai^\u200d\u00a9", "a\ufe0f\u200d"])
def test_joiners_anywhere_else_are_refused_and_named(raw):
    with pytest.raises(InvalidName, match=r"control or invisible characters \(it has U\+200"):
        clean_name(raw)


@pytest.mark.parametrize("raw", ["Ve\ud800ra", "Ve\ue000ra", "Ve\U000e0080ra"])
def test_surrogates_private_use_and_unassigned_characters_are_refused(raw):
    with pytest.raises(InvalidName, match="control or invisible"):
        clean_name(raw)


def test_names_differing_only_by_a_joiner_are_the_same_name():
    assert name_key("\u0645\u06cc\u200c\u062e\u0648") == name_key("\u0645\u06cc\u062e\u0648")


def test_names_are_keyed_regardless_of_case():
    assert name_key("Vera") == name_key("VERA") == name_key(" vera ")
    assert name_key("Stra\u00dfe") == name_key("STRASSE")
    assert name_key("Vera") != name_key("Vera2")


def test_a_birthdate_is_parsed():
    assert parse_birthdate("1990-04-12", today=TODAY) == dt.date(1990, 4, 12)
    assert parse_birthdate("2026-11-25", today=TODAY) == TODAY  # born today


@pytest.mark.parametrize("text", ["1990-4-12", "12/04/1990", "1990/04/12", "19900412", "",
                                  "\uff11\uff19\uff19\uff10-04-12", "1990-04-12T00:00"])
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


@pytest.mark.parametrize(("born", "age"), [
    (dt.date(2008, 11, 25), 18),  # 18th birthday today
    (dt.date(2008, 11, 26), 17),  # tomorrow
    (dt.date(2008, 12, 1), 17),
    (dt.date(2008, 10, 31), 18),
    (dt.date(1990, 4, 12), 36),
    (TODAY, 0),
])
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
