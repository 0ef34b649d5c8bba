"""Spending budgets: daily and monthly caps on coins sent."""

from __future__ import annotations

import dataclasses

import pytest

from giftdesk.domain.budget import Budget
from giftdesk.domain.errors import BudgetExceeded, RuleError


def test_no_budget_means_no_cap():
    budget = Budget()
    assert not budget.is_set
    assert budget.left_today(spent_today=10**9, spent_month=10**9) is None
    budget.check(coins=10**9, spent_today=10**9, spent_month=10**9)


def test_a_daily_budget_of_zero_forbids_spending():
    budget = Budget(daily_coins=0)
    assert budget.is_set
    assert budget.left_today(spent_today=0, spent_month=0) == 0
    with pytest.raises(BudgetExceeded, match="daily budget of 0 coins"):
        budget.check(coins=1, spent_today=0, spent_month=0)


def test_the_daily_cap_is_inclusive():
    budget = Budget(daily_coins=100)
    budget.check(coins=40, spent_today=60, spent_month=60)
    with pytest.raises(BudgetExceeded, match=r"daily budget of 100 coins \(40 coins left today\)"):
        budget.check(coins=41, spent_today=60, spent_month=60)


def test_the_monthly_cap_is_inclusive():
    budget = Budget(monthly_coins=1_000)
    budget.check(coins=100, spent_today=0, spent_month=900)
    with pytest.raises(
        BudgetExceeded, match=r"monthly budget of 1,000 coins \(100 coins left this month\)"
    ):
        budget.check(coins=101, spent_today=0, spent_month=900)


def test_left_today_is_the_tighter_cap():
    budget = Budget(daily_coins=500, monthly_coins=1_000)
    assert budget.left_today(spent_today=100, spent_month=100) == 400
    assert budget.left_today(spent_today=100, spent_month=800) == 200
    with pytest.raises(BudgetExceeded, match="monthly"):
        budget.check(coins=201, spent_today=100, spent_month=800)
    with pytest.raises(BudgetExceeded, match="daily"):
        budget.check(coins=401, spent_today=100, spent_month=100)


def test_left_today_never_goes_below_zero():
    # Spending above a cap happens when the cap is lowered after spending.
    budget = Budget(daily_coins=50)
    assert budget.left_today(spent_today=80, spent_month=80) == 0
    with pytest.raises(BudgetExceeded, match=r"\(0 coins left today\)"):
        budget.check(coins=1, spent_today=80, spent_month=80)


def test_a_budget_is_immutable_and_a_rule_error():
    budget = Budget(daily_coins=1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        budget.daily_coins = 5  # type: ignore[misc]
    assert issubclass(BudgetExceeded, RuleError)
