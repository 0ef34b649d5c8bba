"""Gift costs, combos, contexts, and the cumulative diamond rule (pure domain)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giftdesk.domain.errors import ComboNotAllowed, InvalidAmount, RuleError, SelfGift
from giftdesk.domain.gifting import (
    check_context,
    check_not_self,
    creator_share_preview,
    diamonds_cents,
    gift_cost_coins,
    mint_for_gift,
    unmint_for_undo,
)
from giftdesk.resources import load_rules

from expected import GIFTS

# Hypothesis tests cannot take function-scoped fixtures; the rules are immutable anyway.
RULES = load_rules()


def test_the_catalog_is_exactly_the_designed_one(rules):
    assert [(g.name, g.coins, g.streakable) for g in rules.gifts] == GIFTS


@pytest.mark.parametrize(("name", "coins", "streakable"), GIFTS)
def test_each_gift_costs_its_coins_and_streaks_only_under_100(rules, name, coins, streakable):
    gift = rules.gift(name)
    assert gift.coins == coins
    assert gift.streakable is streakable
    assert streakable is (coins < 100)  # the rule the designed catalog follows
    assert gift_cost_coins(rules, gift, 1) == coins


def test_gift_lookup_ignores_case(rules):
    assert rules.gift("tiktok universe").name == "TikTok Universe"
    assert rules.gift("ROSE").coins == 1
    assert rules.gift("Tulip") is None


@pytest.mark.parametrize("name", [g.name for g in GIFTS if g.streakable])
@pytest.mark.parametrize("count", [1, 2, 77, 9_999])
def test_streakable_gifts_combo_from_1_to_9999(rules, name, count):
    gift = rules.gift(name)
    assert gift_cost_coins(rules, gift, count) == gift.coins * count


@pytest.mark.parametrize("name", [g.name for g in GIFTS if g.streakable])
def test_a_combo_above_9999_is_refused(rules, name):
    with pytest.raises(ComboNotAllowed, match="9,999"):
        gift_cost_coins(rules, rules.gift(name), 10_000)


@pytest.mark.parametrize("name", [g.name for g in GIFTS if not g.streakable])
def test_non_streakable_gifts_go_one_at_a_time(rules, name):
    gift = rules.gift(name)
    with pytest.raises(ComboNotAllowed, match="one at a time.*under 100 coins"):
        gift_cost_coins(rules, gift, 2)


@pytest.mark.parametrize("count", [0, -1])
def test_a_count_below_one_is_refused(rules, count):
    with pytest.raises(InvalidAmount, match="at least 1"):
        gift_cost_coins(rules, rules.gift("Rose"), count)


def test_contexts():
    check_context("live")
    check_context("video")
    with pytest.raises(InvalidAmount, match="'story'"):
        check_context("story")


def test_self_gift_is_refused():
    check_not_self(1, 2)
    with pytest.raises(SelfGift):
        check_not_self(7, 7)
    assert issubclass(SelfGift, RuleError)


def test_three_single_roses_mint_0_then_1_then_0(rules):
    received, minted, per_gift = 0, 0, []
    for _ in range(3):
        m = mint_for_gift(rules, coins_received=received, diamonds_minted=minted, coins=1)
        received, minted = m.coins_received, m.diamonds_minted
        per_gift.append(m.diamonds)
    assert per_gift == [0, 1, 0]
    assert (received, minted) == (3, 1) == (3, 3 // 2)


def test_one_big_gift_mints_half_rounded_down(rules):
    m = mint_for_gift(rules, coins_received=0, diamonds_minted=0, coins=44_999)
    assert (m.coins_received, m.diamonds_minted, m.diamonds) == (44_999, 22_499, 22_499)


def test_undo_takes_back_exactly_what_the_rule_no_longer_allows(rules):
    # Three roses received (1 diamond minted); undoing one leaves 2 coins -> still 1 diamond.
    m = unmint_for_undo(rules, coins_received=3, diamonds_minted=1, coins=1)
    assert (m.coins_received, m.diamonds_minted, m.diamonds) == (2, 1, 0)
    m = unmint_for_undo(rules, coins_received=2, diamonds_minted=1, coins=1)
    assert (m.coins_received, m.diamonds_minted, m.diamonds) == (1, 0, 1)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=44_999 * 9_999), min_size=1, max_size=60))
def test_minted_is_always_floor_of_half_the_coins_received(sizes):
    rules = RULES
    received, minted, total_issued = 0, 0, 0
    for coins in sizes:
        m = mint_for_gift(rules, coins_received=received, diamonds_minted=minted, coins=coins)
        assert m.diamonds >= 0
        received, minted = m.coins_received, m.diamonds_minted
        total_issued += m.diamonds
        # never over-issued, nothing lost
        assert total_issued == minted == received // 2
        assert 2 * total_issued <= received < 2 * total_issued + 2
    assert received == sum(sizes)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=1, max_value=50_000), st.booleans()),
        min_size=1,
        max_size=40,
    )
)
def test_sends_and_undos_keep_the_cumulative_rule(ops):
    rules = RULES
    received, minted, issued = 0, 0, 0
    live: list[int] = []
    for coins, undo in ops:
        if undo and live:
            gift = live.pop(coins % len(live))
            m = unmint_for_undo(rules, coins_received=received, diamonds_minted=minted, coins=gift)
            assert m.diamonds >= 0
            issued -= m.diamonds
        else:
            live.append(coins)
            m = mint_for_gift(rules, coins_received=received, diamonds_minted=minted, coins=coins)
            assert m.diamonds >= 0
            issued += m.diamonds
        received, minted = m.coins_received, m.diamonds_minted
        assert received == sum(live)
        assert issued == minted == received // 2


@pytest.mark.parametrize(("diamonds", "cents"), [(0, 0), (1, 1), (999, 999), (1_000, 1_000)])
def test_a_diamond_is_worth_one_cent(rules, diamonds, cents):
    assert diamonds_cents(rules, diamonds) == cents


def test_a_creator_earns_half_a_cent_per_coin(rules):
    diamonds = mint_for_gift(rules, coins_received=0, diamonds_minted=0, coins=1_000).diamonds
    assert diamonds_cents(rules, diamonds) == 500


def test_creator_share_preview_uses_the_running_total(rules):
    assert creator_share_preview(rules, coins_received=0, coins=1) == 0
    assert creator_share_preview(rules, coins_received=1, coins=1) == 1
    assert creator_share_preview(rules, coins_received=1, coins=2) == 1
    assert creator_share_preview(rules, coins_received=1, coins=3) == 2
    assert creator_share_preview(rules, coins_received=0, coins=99 * 9_999) == 494_950
