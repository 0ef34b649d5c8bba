"""Amounts as people read them: grouped, exact to the cent, in an injectable locale."""

from __future__ import annotations

import pytest

from giftdesk import formatting as fmt

EURO_STYLE = fmt.NumberLocale(grouping=".", decimal=",", currency_symbol="€", symbol_first=False)


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


def test_a_locale_is_injected_per_call_or_for_all():
    assert fmt.usd(123_456, EURO_STYLE) == "1.234,56 €"
    fmt.set_locale(EURO_STYLE)
    try:
        assert fmt.group(1_234_567) == "1.234.567"
    finally:
        fmt.set_locale(fmt.US)
    assert fmt.group(1_234_567) == "1,234,567"
    with pytest.raises(AttributeError):
        fmt.US.grouping = "."  # a locale is immutable


def test_price_per_coin_rounds_half_up_in_integers():
    assert fmt.usd_fraction(74, 70) == "$0.011"  # 0.010571... dollars
    assert fmt.usd_fraction(99 * 100, 70 * 100) == "$0.014"  # 0.0141428...
    assert fmt.usd_fraction(5, 1000) == "$0.000" and fmt.usd_fraction(5, 100, places=4) == "$0.0005"
