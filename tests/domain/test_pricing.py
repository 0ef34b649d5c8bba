"""Prices per channel, the store fee, custom amounts, bonuses and the cheapest-way quote."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from giftdesk.domain.errors import (
    AmountOutOfRange,
    ChannelRuleError,
    InvalidAmount,
    InvalidPaymentMethod,
    UnknownPackage,
)
from giftdesk.domain.pricing import (
    QUOTE_MAX_COINS,
    QuoteItem,
    bonus_for,
    check_method,
    custom_price,
    custom_price_cents,
    package_price,
    quote,
    store_fee_cents,
)
from giftdesk.domain.rules import Package

from expected import PACKAGES

TODAY = dt.date(2026, 11, 25)

# floor(app price x 30 / 100), worked out by hand.
APP_STORE_FEES = {99: 29, 499: 149, 999: 299, 1_999: 599, 4_999: 1_499, 9_999: 2_999, 24_999: 7_499}


def test_the_packages_are_exactly_the_designed_ones(rules):
    assert [(p.coins, p.app_price_cents, p.web_price_cents) for p in rules.packages] == PACKAGES


@pytest.mark.parametrize(("coins", "app_cents", "web_cents"), PACKAGES)
def test_package_price_on_the_app_channel(rules, coins, app_cents, web_cents):
    price = package_price(rules, coins=coins, channel="app")
    assert price.coins == coins
    assert price.price_cents == app_cents
    assert price.store_fee_cents == APP_STORE_FEES[app_cents]
    assert price.store_fee_cents == app_cents * 30 // 100
    assert price.revenue_cents == app_cents - APP_STORE_FEES[app_cents]
    assert not price.is_custom


@pytest.mark.parametrize(("coins", "app_cents", "web_cents"), PACKAGES)
def test_package_price_on_the_web_channel_has_no_store_fee(rules, coins, app_cents, web_cents):
    price = package_price(rules, coins=coins, channel="web")
    assert price.price_cents == web_cents
    assert price.store_fee_cents == 0
    assert price.revenue_cents == web_cents
    assert web_cents < app_cents


def test_web_price_per_coin_is_flat_across_packages(rules):
    # The real platform gives no bulk saving: every web package is 74 cents per 70 coins.
    for p in rules.packages:
        assert p.web_price_cents * 70 == p.coins * 74


def test_store_fee_rounds_down(rules):
    assert store_fee_cents(rules, channel="app", price_cents=99) == 29  # 29.7
    assert store_fee_cents(rules, channel="app", price_cents=3) == 0  # 0.9
    assert store_fee_cents(rules, channel="app", price_cents=100) == 30
    assert store_fee_cents(rules, channel="web", price_cents=99) == 0


def test_unknown_package_is_refused_with_the_sizes(rules):
    with pytest.raises(UnknownPackage, match="70, 350, 700"):
        package_price(rules, coins=100, channel="web")


def test_unknown_channel_is_refused(rules):
    with pytest.raises(InvalidAmount, match="app or web"):
        package_price(rules, coins=70, channel="shop")


@pytest.mark.parametrize(
    ("coins", "cents"),
    [
        (30, 32),  # 31.71 -> 32
        (31, 33),  # 32.77 -> 33
        (35, 37),  # exactly 37
        (69, 73),  # 72.94 -> 73
        (70, 74),  # exactly 74
        (100, 106),  # 105.71 -> 106
        (1_000, 1_058),  # 1057.14 -> 1058
        (2_500_000, 2_642_858),  # 2642857.14 -> 2642858
    ],
)
def test_custom_price_rounds_up_to_the_cent(rules, coins, cents):
    price = custom_price(rules, coins=coins, channel="web")
    assert price.price_cents == cents
    assert price.store_fee_cents == 0
    assert price.is_custom


def test_custom_price_is_the_smallest_cent_amount_covering_74_per_70(rules):
    for coins in range(30, 3_000):
        cents = custom_price_cents(rules, coins)
        assert cents * 70 >= coins * 74
        assert (cents - 1) * 70 < coins * 74


def test_custom_amount_on_the_app_channel_is_refused(rules):
    with pytest.raises(ChannelRuleError, match="web channel only"):
        custom_price(rules, coins=100, channel="app")


@pytest.mark.parametrize("coins", [0, 1, 29, 2_500_001, 10_000_000])
def test_custom_amount_out_of_range_is_refused(rules, coins):
    with pytest.raises(AmountOutOfRange, match="30 to 2,500,000 coins"):
        custom_price(rules, coins=coins, channel="web")


@pytest.mark.parametrize("coins", [30, 2_500_000])
def test_custom_amount_bounds_are_inclusive(rules, coins):
    assert custom_price(rules, coins=coins, channel="web").coins == coins


@pytest.mark.parametrize(
    ("channel", "method"),
    [
        ("app", "app-store"),
        ("web", "card"),
        ("web", "paypal"),
    ],
)
def test_payment_methods_per_channel(channel, method):
    check_method(channel, method)


@pytest.mark.parametrize(
    ("channel", "method"),
    [
        ("app", "card"),
        ("app", "paypal"),
        ("web", "app-store"),
        ("web", "cash"),
    ],
)
def test_wrong_payment_method_for_the_channel_is_refused(channel, method):
    with pytest.raises(InvalidPaymentMethod, match=f"not '{method}'"):
        check_method(channel, method)


# --- bonuses -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("coins", "bonus"), [(70, 7), (75, 7), (350, 35), (39, 3), (17_500, 1_750), (30, 3)]
)
def test_first_purchase_bonus_is_ten_percent_rounded_down(rules, coins, bonus):
    result = bonus_for(rules, coins=coins, first_purchase=True, today=TODAY)
    assert result.first_purchase_coins == bonus
    assert result.seasonal_coins == 0
    assert result.coins == bonus
    assert result.promotion_names == ()


def test_no_bonus_after_the_first_purchase(rules):
    result = bonus_for(rules, coins=17_500, first_purchase=False, today=TODAY)
    assert result.coins == 0


def test_default_seasonal_promotion_is_shipped_disabled(rules):
    (winter,) = rules.promotions
    assert not winter.enabled
    inside = winter.starts + dt.timedelta(days=1)
    assert bonus_for(rules, coins=17_500, first_purchase=False, today=inside).coins == 0


@pytest.fixture
def winter_rules(rules):
    (winter,) = rules.promotions
    return dataclasses.replace(rules, promotions=(dataclasses.replace(winter, enabled=True),))


@pytest.mark.parametrize(
    ("today", "coins", "seasonal"),
    [
        (dt.date(2026, 12, 19), 1_400, 0),  # the day before the window
        (dt.date(2026, 12, 20), 1_400, 70),  # first day, inclusive; 5% of 1,400
        (dt.date(2026, 12, 31), 17_500, 875),
        (dt.date(2027, 1, 2), 3_500, 175),  # last day, inclusive
        (dt.date(2027, 1, 3), 1_400, 0),  # the day after
        (dt.date(2026, 12, 25), 700, 0),  # below the minimum package
        (dt.date(2026, 12, 25), 1_399, 0),  # a custom amount just below the minimum
        (dt.date(2026, 12, 25), 1_419, 70),  # 70.95 rounded down
    ],
)
def test_seasonal_promotion_applies_inside_its_window_and_minimum(
    winter_rules, today, coins, seasonal
):
    result = bonus_for(winter_rules, coins=coins, first_purchase=False, today=today)
    assert result.seasonal_coins == seasonal
    assert result.promotion_names == (("Winter holidays",) if seasonal else ())


def test_first_purchase_and_seasonal_bonuses_add_up(winter_rules):
    result = bonus_for(winter_rules, coins=1_400, first_purchase=True, today=dt.date(2026, 12, 24))
    assert (result.first_purchase_coins, result.seasonal_coins, result.coins) == (140, 70, 210)


# --- the quote -----------------------------------------------------------------------------


def _bases(rules, below: int):
    """Every multiset of packages worth fewer than `below` coins, as (coins, app, web, count)."""
    out = []

    def walk(index, coins, app, web, count):
        out.append((coins, app, web, count))
        for i in range(index, len(rules.packages)):
            p = rules.packages[i]
            if coins + p.coins < below:
                walk(
                    i, coins + p.coins, app + p.app_price_cents, web + p.web_price_cents, count + 1
                )

    walk(0, 0, 0, 0, 0)
    return out


def _brute_force_keys(rules, max_coins: int):
    """For N = 1..max_coins and each channel, the best (price, purchases, -coins, custom) key
    found by trying every minimal cover: a multiset worth < N plus one package or one custom
    amount. A cheapest cover is always minimal, so this is exhaustive."""
    bases = _bases(rules, max_coins)
    best = {"app": {}, "web": {}}
    for n in range(1, max_coins + 1):
        for channel in ("app", "web"):
            options = []
            for coins, app, web, count in bases:
                if coins >= n:
                    continue
                paid = app if channel == "app" else web
                for p in rules.packages:
                    if coins + p.coins >= n:
                        options.append(
                            (paid + p.price_cents(channel), count + 1, -(coins + p.coins), False)
                        )
                if channel == "web":
                    rest = max(n - coins, rules.custom_min_coins)
                    if rest <= rules.custom_max_coins:
                        # ceil(rest x 74 / 70), written out independently of pricing.py
                        cents = (rest * 74 + 69) // 70
                        options.append((paid + cents, count + 1, -(coins + rest), True))
            best[channel][n] = min(options)
    return best


@pytest.fixture(scope="module")
def brute_force(default_rules):
    return _brute_force_keys(default_rules, 2_000)


def _key(q):
    return (q.price_cents, q.purchases, -q.coins, any(i.kind == "custom" for i in q.items))


def _check_items(rules, q, n):
    assert q.coins >= n
    customs = [i for i in q.items if i.kind == "custom"]
    assert len(customs) <= 1
    for item in q.items:
        assert item.count >= 1
        if item.kind == "package":
            package = rules.package(item.coins)
            assert package is not None
            assert item.price_cents == package.price_cents(q.channel)
        else:
            assert q.channel == "web" and item.count == 1
            assert rules.custom_min_coins <= item.coins <= rules.custom_max_coins
            assert item.price_cents == custom_price_cents(rules, item.coins)


@pytest.mark.parametrize("channel", ["app", "web"])
def test_quote_matches_brute_force_per_channel(rules, brute_force, channel):
    for n in range(1, 2_001):
        q = quote(rules, coins=n, channel=channel)
        assert q.channel == channel and q.requested_coins == n
        _check_items(rules, q, n)
        assert _key(q) == brute_force[channel][n], n


def test_quote_without_a_channel_matches_the_cheaper_channel(rules, brute_force):
    for n in range(1, 2_001):
        q = quote(rules, coins=n)
        _check_items(rules, q, n)
        best = min(brute_force["app"][n][:3], brute_force["web"][n][:3])
        assert _key(q)[:3] == best, n
        assert _key(q) == brute_force[q.channel][n]
        # the web channel is always cheaper with the default prices
        assert q.channel == "web"


def test_quote_package_beats_custom_at_equal_price_count_and_coins(rules):
    # 70 coins: the 70-coin package and a custom 70 both cost 74 cents in one purchase.
    assert custom_price_cents(rules, 70) == 74
    q = quote(rules, coins=70, channel="web")
    assert q.items == (QuoteItem("package", 70, 74, 1),)


def test_quote_prefers_fewer_purchases_at_equal_price(rules):
    # 700 coins cost 740 cents as one package, ten 70s, or one custom amount: one package.
    q = quote(rules, coins=700, channel="web")
    assert q.items == (QuoteItem("package", 700, 740, 1),)
    # 140 coins: two 70-packages (148) or one custom 140 (148): the single custom purchase.
    q = quote(rules, coins=140, channel="web")
    assert q.items == (QuoteItem("custom", 140, 148, 1),)


def test_quote_prefers_more_coins_at_equal_price_and_purchases(rules):
    # Constructed rules: a 105-coin package costing exactly a custom 100 (106 cents).
    odd = dataclasses.replace(rules, packages=(Package(105, 200, 106),))
    q = quote(odd, coins=100, channel="web")
    assert q.items == (QuoteItem("package", 105, 106, 1),)
    assert q.coins == 105
    # Two packages of equal price: the bigger one.
    same = dataclasses.replace(rules, packages=(Package(100, 150, 150), Package(120, 150, 150)))
    q = quote(same, coins=90, channel="app")
    assert q.items == (QuoteItem("package", 120, 150, 1),)


def test_quote_on_the_app_channel_buys_small_packages_when_they_are_cheaper(rules):
    # Five 70-coin packages (495 cents) undercut the 350-coin package (499 cents).
    q = quote(rules, coins=350, channel="app")
    assert q.items == (QuoteItem("package", 70, 99, 5),)
    assert (q.coins, q.price_cents, q.purchases) == (350, 495, 5)


def test_quote_items_list_bigger_packages_first(rules):
    odd = dataclasses.replace(rules, packages=(Package(10, 10, 10), Package(30, 25, 25)))
    q = quote(odd, coins=70, channel="app")
    assert [i.coins for i in q.items] == [30, 10]
    assert q.coins == 70 and q.price_cents == 60


def test_quote_refuses_nonsense_amounts(rules):
    # Too few and too many are the same kind of mistake: input out of range, the range said.
    with pytest.raises(InvalidAmount, match="^a quote is for 1 to 10,000,000 coins, not 0$"):
        quote(rules, coins=0)
    with pytest.raises(InvalidAmount, match="not -5$"):
        quote(rules, coins=-5, channel="web")
    with pytest.raises(InvalidAmount, match="^a quote is for 1 to 10,000,000 coins, not 10,0"):
        quote(rules, coins=QUOTE_MAX_COINS + 1)
    with pytest.raises(InvalidAmount, match="app or web"):
        quote(rules, coins=10, channel="shop")


def test_quote_of_a_large_amount_on_the_web(rules):
    q = quote(rules, coins=1_000_000, channel="web")
    assert q.coins >= 1_000_000
    # Flat web pricing: nothing beats 74 cents per 70 coins, rounded up to the cent.
    assert q.price_cents == custom_price_cents(rules, 1_000_000)
