"""Amounts as people read them: grouped, exact to the cent, in an injectable locale (Babel's),
and English exactly as it was before Babel."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from giftdesk import formatting as fmt


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (0, "$0.00"),
        (1, "$0.01"),
        (99, "$0.99"),
        (1234, "$12.34"),
        (123_456_789, "$1,234,567.89"),
        (-5, "-$0.05"),
    ],
)
def test_usd_is_exact_to_the_cent(cents, shown):
    assert fmt.usd(cents) == shown


def test_counts_are_grouped_and_singular_when_one():
    assert fmt.coins(1) == "1 coin" and fmt.coins(2_500_000) == "2,500,000 coins"
    assert fmt.diamonds(-1) == "-1 diamond" and fmt.group(-1_000) == "-1,000"
    assert fmt.signed(770) == "+770" and fmt.signed(-1_000) == "-1,000" and fmt.signed(0) == ""


@pytest.mark.parametrize(
    ("locale", "money", "count", "per_coin"),
    [
        ("en_US", "$1,234.50", "1,234,567", "$0.014"),
        ("de_DE", "1.234,50\xa0$", "1.234.567", "0,014\xa0$"),
        ("es_ES", "1.234,50\xa0US$", "1.234.567", "0,014\xa0US$"),
        ("pt_BR", "US$\xa01.234,50", "1.234.567", "US$\xa00,014"),
    ],
)
def test_a_locale_is_injected_per_call(locale, money, count, per_coin):
    """A German user reads `1.234,50 $`: the locale's own grouping, decimal sign and place of
    the currency, from CLDR through Babel, not from the string."""
    assert fmt.usd(123_450, locale) == money
    assert fmt.group(1_234_567, locale) == count
    assert fmt.usd_fraction(99 * 100, 70 * 100, locale=locale) == per_coin


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_english_without_babel_is_what_babel_writes(n):
    """English skips Babel (it costs every command's start-up) and must not differ from it."""
    assert fmt.group(n, "en_US") == format_decimal(n, locale="en_US")
    assert fmt.usd(n, "en_US") == format_currency(Decimal(n).scaleb(-2), "USD", locale="en_US")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**6))
def test_english_prices_per_coin_without_babel_are_babels(cents, coins):
    assert fmt.usd_fraction(cents, coins, locale="en_US") == fmt.usd_fraction(
        cents, coins, locale="en_CA"
    ).replace("US$", "$")


def test_price_per_coin_rounds_half_up_in_integers():
    assert fmt.usd_fraction(74, 70) == "$0.011"  # 0.010571... dollars
    assert fmt.usd_fraction(99 * 100, 70 * 100) == "$0.014"  # 0.0141428...
    assert fmt.usd_fraction(5, 1000) == "$0.000" and fmt.usd_fraction(5, 100, places=4) == "$0.0005"
    assert fmt.usd_fraction(5, 100, places=4, locale="de_DE") == "0,0005\xa0$"


def test_times_and_dates_in_english_are_as_before_and_the_locales_own_elsewhere():
    stored = "2026-11-25T07:41:55.123456+00:00"
    assert fmt.timestamp(stored) == "2026-11-25 07:41:55"
    assert fmt.timestamp(stored, "de_DE") == "25.11.2026, 07:41:55"
    assert fmt.date(dt.date(2026, 11, 25)) == "2026-11-25"
    assert fmt.date(dt.date(2026, 11, 25), "de_DE") == "25.11.2026"


@pytest.mark.parametrize(
    ("typed", "count"),
    [
        ("12500", 12500),
        ("12,500", 12500),
        ("12.500", 12500),
        ("12 500", 12500),
        ("12\u202f500", 12500),
        ("1'234'567", 1234567),
        (" 7 ", 7),
        ("12,50", None),  # not grouped by threes: a fraction, which a count has not
        ("1,234.567", None),  # two different separators
        ("-5", None),
        ("１２", None),  # other scripts' digits, as on the command line
        ("", None),
    ],
)
def test_counts_are_read_as_any_locale_writes_them(typed, count):
    assert fmt.parse_count(typed) == count


def test_money_is_read_as_the_locale_writes_it():
    assert fmt.parse_cents("1.234,50", "de_DE") == 123_450
    assert fmt.parse_cents("1,234.50", "en_US") == 123_450
    assert fmt.parse_cents("12", "pt_BR") == 1200
    assert fmt.parse_cents("0,005", "de_DE") is None  # half a cent
    assert fmt.parse_cents("-1", "en_US") is None
    assert fmt.parse_cents("abc", "en_US") is None


def test_a_time_on_air_to_the_minute():
    assert [fmt.duration(s) for s in (0, 45, 60, 12 * 60 + 59, 3_900, 100 * 3_600)] == [
        "0 s",
        "45 s",
        "1 min",
        "12 min",
        "1 h 05 min",
        "100 h 00 min",
    ]


def test_plain_dollars_are_written_as_the_locale_reads_them_back():
    assert fmt.plain_usd(4999, "en_US") == "49.99"
    assert fmt.plain_usd(123_450, "de_DE") == "1234,50"  # no grouping: a field's text
    assert fmt.parse_cents(fmt.plain_usd(123_450, "de_DE"), "de_DE") == 123_450
    assert fmt.plain_usd(5, "pt_BR") == "0,05"
