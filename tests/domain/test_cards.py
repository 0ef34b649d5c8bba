"""The sandbox card checks: Luhn, expiry, CVC, brand, the declined test card."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from giftdesk.domain.cards import DECLINED_TEST_CARD, CardSummary, brand_of, check_card, luhn_ok
from giftdesk.domain.errors import CardDeclined, InvalidCard, InvalidInput, RuleError

TODAY = dt.date(2026, 11, 25)


def card(number="4242 4242 4242 4242", expiry="12/28", cvc="123"):
    return check_card(number, expiry, cvc, today=TODAY)


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("79927398713", True),
        ("79927398710", False),
        ("4242424242424242", True),
        ("4242424242424241", False),
        ("4000000000000002", True),
        ("0", True),
        ("18", True),
        ("19", False),
    ],
)
def test_luhn(digits, ok):
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4242424242424242", "Visa"),
        ("5555555555554444", "Mastercard"),
        ("2223003122003222", "Mastercard"),
        ("378282246310005", "American Express"),
        ("6011111111111117", "Discover"),
        ("3530111333300000", "Card"),
    ],
)
def test_brand_and_last_four_are_all_that_is_returned(number, brand):
    summary = card(number)
    assert summary == CardSummary(brand, number[-4:])
    assert brand_of(number) == brand
    assert [f.name for f in dataclasses.fields(CardSummary)] == ["brand", "last4"]


def test_spaces_and_dashes_in_the_number_are_ignored():
    assert card("4242-4242-4242-4242").last4 == "4242"
    assert card(" 4242 4242 4242 4242 ").brand == "Visa"


@pytest.mark.parametrize("number", ["4242424242424241", "4242424242424243", "1234567812345678"])
def test_a_number_failing_luhn_is_invalid(number):
    with pytest.raises(InvalidCard, match="not valid"):
        card(number)


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "digits only"),
        ("4242 4242 4242 424x", "digits only"),
        ("\uff14\uff12\uff14\uff12" * 4, "digits only"),  # full-width digits
        ("42424242424", "12 to 19"),
        ("4" * 20, "12 to 19"),
    ],
)
def test_malformed_numbers_are_invalid(number, message):
    with pytest.raises(InvalidCard, match=message):
        card(number)


@pytest.mark.parametrize("expiry", ["10/26", "01/26", "12/25"])
def test_an_expired_card_is_invalid(expiry):
    with pytest.raises(InvalidCard, match="expired"):
        card(expiry=expiry)


@pytest.mark.parametrize("expiry", ["11/26", "12/26", "01/27", " 12/99 "])
def test_a_card_valid_through_this_month_or_later_is_accepted(expiry):
    assert card(expiry=expiry).last4 == "4242"


@pytest.mark.parametrize(
    "expiry", ["1/27", "13/27", "00/27", "11-27", "1127", "11/2027", "ab/cd", ""]
)
def test_a_malformed_expiry_is_invalid(expiry):
    with pytest.raises(InvalidCard):
        card(expiry=expiry)


@pytest.mark.parametrize("cvc", ["12", "12345", "abc", "", "12a", "\u0661\u0662\u0663"])
def test_a_bad_cvc_is_invalid(cvc):
    with pytest.raises(InvalidCard, match="CVC"):
        card(cvc=cvc)


@pytest.mark.parametrize("cvc", ["123", "1234"])
def test_a_three_or_four_digit_cvc_is_accepted(cvc):
    assert card(cvc=cvc).brand == "Visa"


def test_the_test_card_is_declined_although_it_is_valid():
    assert DECLINED_TEST_CARD == "4000000000000002"
    assert luhn_ok(DECLINED_TEST_CARD)
    with pytest.raises(CardDeclined, match="declined"):
        card("4000 0000 0000 0002")


def test_invalid_is_bad_input_and_declined_is_a_refusal():
    assert issubclass(InvalidCard, InvalidInput) and InvalidCard.exit_code == 2
    assert issubclass(CardDeclined, RuleError) and CardDeclined.exit_code == 3
