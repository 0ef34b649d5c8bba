"""The rules file: the shipped defaults, and every way a broken file is refused by name."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from giftdesk.domain.errors import RulesFileError
from giftdesk.domain.rules import parse_rules
from giftdesk.domain.units import Rate
from giftdesk.resources import load_rules


def test_the_default_rules(rules):
    assert rules.version == "2026.1"
    assert rules.currency == "USD"
    assert rules.app_store_fee_rate == Rate(30, 100)
    assert (rules.custom_min_coins, rules.custom_max_coins) == (30, 2_500_000)
    assert rules.custom_price_rate == Rate(74, 70)
    assert rules.first_purchase_bonus_rate == Rate(10, 100)
    assert len(rules.promotions) == 1 and not rules.promotions[0].enabled
    assert len(rules.gifts) == 19
    assert rules.max_combo_count == 9_999
    assert rules.confirm_at_coins == 1_000
    assert rules.undo_seconds == 10
    assert rules.diamond_rate == Rate(1, 2)
    assert rules.diamond_value_rate == Rate(1, 1)
    assert rules.payout_min_diamonds == 1_000
    assert rules.payout_max_cents_per_day == 100_000
    assert rules.payout_methods == ("bank", "paypal")
    assert rules.min_age_years == 18


def test_the_winter_promotion_as_shipped(rules):
    (winter,) = rules.promotions
    assert winter.name == "Winter holidays"
    assert (winter.starts, winter.ends) == (dt.date(2026, 12, 20), dt.date(2027, 1, 2))
    assert winter.bonus_rate == Rate(5, 100)
    assert winter.min_coins == 1_400


def test_parse_rules_accepts_the_default_table(raw_rules, rules):
    assert parse_rules(raw_rules) == rules


def test_packages_are_sorted_by_coins_whatever_the_file_order(raw_rules):
    raw_rules["recharge"]["packages"].reverse()
    assert [p.coins for p in parse_rules(raw_rules).packages] == sorted(
        p["coins"] for p in raw_rules["recharge"]["packages"]
    )


def test_streakable_follows_streak_below_coins(raw_rules):
    raw_rules["gifts"]["streak_below_coins"] = 10
    rules = parse_rules(raw_rules)
    assert rules.gift("Finger Heart").streakable
    assert not rules.gift("Rosa").streakable


def test_gift_names_are_trimmed(raw_rules):
    raw_rules["gifts"]["catalog"][0]["name"] = "  Rose  "
    assert parse_rules(raw_rules).gifts[0].name == "Rose"


def test_promotions_are_optional(raw_rules):
    del raw_rules["recharge"]["promotions"]
    assert parse_rules(raw_rules).promotions == ()


def _set(path):
    """A mutator that sets the value at a dotted path (list indices as numbers)."""

    def apply(data, value):
        *parents, last = path
        for key in parents:
            data = data[key]
        data[last] = value

    return apply


def _delete(*path):
    def apply(data, _value=None):
        *parents, last = path
        for key in parents:
            data = data[key]
        del data[last]

    return apply


BAD_VALUES = [
    # (where, value, the field the message must name, what it says)
    (("version",), "", "version", "non-empty text"),
    (("version",), 2026, "version", "non-empty text"),
    (("currency",), "   ", "currency", "non-empty text"),
    (("recharge",), [], "recharge", "must be a table"),
    (
        ("recharge", "app_store_fee_rate"),
        [30, 0],
        "recharge.app_store_fee_rate",
        "[numerator, denominator]",
    ),
    (
        ("recharge", "app_store_fee_rate"),
        [30],
        "recharge.app_store_fee_rate",
        "[numerator, denominator]",
    ),
    (
        ("recharge", "app_store_fee_rate"),
        0.3,
        "recharge.app_store_fee_rate",
        "[numerator, denominator]",
    ),
    (
        ("recharge", "app_store_fee_rate"),
        [0.3, 1],
        "recharge.app_store_fee_rate",
        "[numerator, denominator]",
    ),
    (
        ("recharge", "app_store_fee_rate"),
        [-1, 100],
        "recharge.app_store_fee_rate",
        "[numerator, denominator]",
    ),
    (
        ("recharge", "app_store_fee_rate"),
        [True, 2],
        "recharge.app_store_fee_rate",
        "[numerator, denominator]",
    ),
    (("recharge", "custom_min_coins"), 0, "recharge.custom_min_coins", "at least 1"),
    (("recharge", "custom_max_coins"), 2.5e6, "recharge.custom_max_coins", "whole number"),
    (
        ("recharge", "custom_price_rate_cents_per_coin"),
        "74/70",
        "recharge.custom_price_rate_cents_per_coin",
        "[numerator, denominator]",
    ),
    (
        ("recharge", "first_purchase_bonus_rate"),
        {"num": 1},
        "recharge.first_purchase_bonus_rate",
        "[numerator, denominator]",
    ),
    (("recharge", "packages"), {}, "recharge.packages", "must be a list"),
    (
        ("recharge", "packages", 2, "web_price_cents"),
        "7.40",
        "recharge.packages[2].web_price_cents",
        "whole number",
    ),
    (
        ("recharge", "packages", 0, "app_price_cents"),
        0,
        "recharge.packages[0].app_price_cents",
        "at least 1",
    ),
    (("recharge", "packages", 1, "coins"), True, "recharge.packages[1].coins", "whole number"),
    (("recharge", "packages", 3), 1400, "recharge.packages[3]", "must be a table"),
    (
        ("recharge", "promotions", 0, "enabled"),
        "yes",
        "recharge.promotions[0].enabled",
        "true or false",
    ),
    (
        ("recharge", "promotions", 0, "starts"),
        "2026-12-20",
        "recharge.promotions[0].starts",
        "YYYY-MM-DD",
    ),
    (
        ("recharge", "promotions", 0, "ends"),
        dt.datetime(2027, 1, 2, 12, 0),
        "recharge.promotions[0].ends",
        "YYYY-MM-DD",
    ),
    (
        ("recharge", "promotions", 0, "ends"),
        dt.date(2026, 12, 19),
        "recharge.promotions[0].ends",
        "before its 'starts'",
    ),
    (
        ("recharge", "promotions", 0, "min_coins"),
        -1,
        "recharge.promotions[0].min_coins",
        "at least 0",
    ),
    (("recharge", "promotions", 0, "name"), "", "recharge.promotions[0].name", "non-empty text"),
    (("gifts", "streak_below_coins"), 0, "gifts.streak_below_coins", "at least 1"),
    (("gifts", "max_combo_count"), 0, "gifts.max_combo_count", "at least 1"),
    (("gifts", "confirm_at_coins"), 0, "gifts.confirm_at_coins", "at least 1"),
    (("gifts", "confirm_at_coins"), "1000", "gifts.confirm_at_coins", "whole number"),
    (("gifts", "undo_seconds"), -1, "gifts.undo_seconds", "at least 0"),
    (("gifts", "undo_seconds"), 10.5, "gifts.undo_seconds", "whole number"),
    (("gifts", "catalog", 4, "coins"), 0, "gifts.catalog[4].coins", "at least 1"),
    (("gifts", "catalog", 5, "name"), 30, "gifts.catalog[5].name", "non-empty text"),
    (("diamonds", "rate_per_coin"), [1, 0], "diamonds.rate_per_coin", "[numerator, denominator]"),
    (
        ("diamonds", "value_cents_per_diamond"),
        "1",
        "diamonds.value_cents_per_diamond",
        "[numerator, denominator]",
    ),
    (("payouts", "min_diamonds"), 0, "payouts.min_diamonds", "at least 1"),
    (
        ("payouts", "max_cents_per_utc_day"),
        "100000",
        "payouts.max_cents_per_utc_day",
        "whole number",
    ),
    (("payouts", "methods"), [], "payouts.methods", "non-empty list of text"),
    (("payouts", "methods"), ["bank", 1], "payouts.methods", "non-empty list of text"),
    (("payouts", "methods"), "bank", "payouts.methods", "non-empty list of text"),
    (("people", "min_age_years"), -18, "people.min_age_years", "at least 0"),
]


@pytest.mark.parametrize(
    ("where", "value", "field", "says"),
    BAD_VALUES,
    ids=[f"{'.'.join(map(str, w))}={v!r}" for w, v, _, _ in BAD_VALUES],
)
def test_a_bad_value_is_refused_naming_its_field(raw_rules, where, value, field, says):
    _set(where)(raw_rules, value)
    with pytest.raises(RulesFileError) as error:
        parse_rules(raw_rules)
    message = str(error.value)
    assert message.startswith("rules: ")
    assert field in message
    assert says in message


MISSING = [
    ("version",),
    ("currency",),
    ("recharge",),
    ("gifts",),
    ("diamonds",),
    ("payouts",),
    ("people",),
    ("recharge", "packages"),
    ("recharge", "app_store_fee_rate"),
    ("recharge", "custom_min_coins"),
    ("recharge", "custom_max_coins"),
    ("recharge", "custom_price_rate_cents_per_coin"),
    ("recharge", "first_purchase_bonus_rate"),
    ("recharge", "packages", 4, "web_price_cents"),
    ("recharge", "promotions", 0, "bonus_rate"),
    ("gifts", "catalog"),
    ("gifts", "streak_below_coins"),
    ("gifts", "max_combo_count"),
    ("gifts", "confirm_at_coins"),
    ("gifts", "undo_seconds"),
    ("gifts", "catalog", 7, "coins"),
    ("diamonds", "rate_per_coin"),
    ("diamonds", "value_cents_per_diamond"),
    ("payouts", "min_diamonds"),
    ("payouts", "max_cents_per_utc_day"),
    ("payouts", "methods"),
    ("people", "min_age_years"),
]


@pytest.mark.parametrize("where", MISSING, ids=[".".join(map(str, w)) for w in MISSING])
def test_a_missing_field_is_named(raw_rules, where):
    _delete(*where)(raw_rules)
    dotted = re.sub(r"\.(\d+)", r"[\1]", ".".join(map(str, where)))
    with pytest.raises(RulesFileError, match=re.escape(f"missing field '{dotted}'")):
        parse_rules(raw_rules)


def test_an_empty_package_list_is_refused(raw_rules):
    raw_rules["recharge"]["packages"] = []
    with pytest.raises(RulesFileError, match=r"'recharge\.packages' must list at least one"):
        parse_rules(raw_rules)


def test_two_packages_of_the_same_size_are_refused(raw_rules):
    raw_rules["recharge"]["packages"][1]["coins"] = 70
    with pytest.raises(RulesFileError, match="two packages with the same coins"):
        parse_rules(raw_rules)


def test_an_empty_catalog_is_refused(raw_rules):
    raw_rules["gifts"]["catalog"] = []
    with pytest.raises(RulesFileError, match=r"'gifts\.catalog' must list at least one gift"):
        parse_rules(raw_rules)


def test_two_gifts_with_the_same_name_in_any_case_are_refused(raw_rules):
    raw_rules["gifts"]["catalog"][1]["name"] = "ROSE"
    with pytest.raises(RulesFileError, match="two gifts with the same name"):
        parse_rules(raw_rules)


def test_custom_max_below_custom_min_is_refused(raw_rules):
    raw_rules["recharge"]["custom_max_coins"] = 29
    with pytest.raises(RulesFileError, match=r"'recharge\.custom_max_coins' is below"):
        parse_rules(raw_rules)


def test_the_file_itself_must_be_a_table():
    with pytest.raises(RulesFileError, match="file must be a table"):
        parse_rules([])  # type: ignore[arg-type]


def test_load_rules_reports_an_unreadable_or_invalid_file(tmp_path):
    with pytest.raises(RulesFileError, match="cannot read the rules file"):
        load_rules(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("version = \n", encoding="utf-8")
    with pytest.raises(RulesFileError, match="not valid TOML"):
        load_rules(broken)


# --- Rate ----------------------------------------------------------------------------------


def test_rate_floor_and_ceil_are_exact_integers():
    rate = Rate(74, 70)
    assert rate.floor(30) == 31 and rate.ceil(30) == 32
    assert rate.floor(35) == rate.ceil(35) == 37
    assert Rate(1, 2).floor(3) == 1 and Rate(1, 2).ceil(3) == 2
    big = 10**30 + 1
    assert Rate(1, 2).floor(big) == big // 2  # no float rounding at any size


@pytest.mark.parametrize(("num", "den"), [(1, 0), (-1, 2), (1, -2), (True, 2), (1.0, 2), (1, "2")])
def test_a_nonsense_rate_is_refused(num, den):
    with pytest.raises(ValueError):
        Rate(num, den)


@pytest.mark.parametrize("rate", [[100, 100], [3, 2]])
def test_an_app_store_fee_of_the_whole_price_or_more_is_refused(raw_rules, rate):
    raw_rules["recharge"]["app_store_fee_rate"] = rate
    with pytest.raises(RulesFileError, match="recharge.app_store_fee_rate"):
        parse_rules(raw_rules)


def test_a_payout_method_the_ledger_does_not_know_is_refused(raw_rules):
    raw_rules["payouts"]["methods"] = ["bank", "crypto"]
    with pytest.raises(RulesFileError, match="payouts.methods.*crypto"):
        parse_rules(raw_rules)


@pytest.mark.parametrize(
    ("rate", "percent"), [(Rate(30, 100), 30), (Rate(3, 10), 30), (Rate(1, 3), 33), (Rate(0, 1), 0)]
)
def test_a_rate_in_whole_percent_is_rounded_down(rate, percent):
    assert rate.percent() == percent
