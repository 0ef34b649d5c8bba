"""Spending budgets: caps on coins sent per local day and per local month."""

from __future__ import annotations

from dataclasses import dataclass

from giftdesk.domain.errors import BudgetExceeded
from giftdesk.formatting import coins as fmt_coins
from giftdesk.i18n import _


@dataclass(frozen=True, slots=True)
class Budget:
    daily_coins: int | None = None
    monthly_coins: int | None = None

    @property
    def is_set(self) -> bool:
        return self.daily_coins is not None or self.monthly_coins is not None

    def left_today(self, *, spent_today: int, spent_month: int) -> int | None:
        """Coins that may still be sent today, or None when no cap applies."""
        lefts = []
        if self.daily_coins is not None:
            lefts.append(self.daily_coins - spent_today)
        if self.monthly_coins is not None:
            lefts.append(self.monthly_coins - spent_month)
        return max(0, min(lefts)) if lefts else None

    def check(self, *, coins: int, spent_today: int, spent_month: int) -> None:
        if self.daily_coins is not None and spent_today + coins > self.daily_coins:
            raise BudgetExceeded(
                _("this gift would go over your daily budget of {cap} ({left} left today)").format(
                    cap=fmt_coins(self.daily_coins),
                    left=fmt_coins(max(0, self.daily_coins - spent_today)),
                )
            )
        if self.monthly_coins is not None and spent_month + coins > self.monthly_coins:
            raise BudgetExceeded(
                _(
                    "this gift would go over your monthly budget of {cap} ({left} left this month)"
                ).format(
                    cap=fmt_coins(self.monthly_coins),
                    left=fmt_coins(max(0, self.monthly_coins - spent_month)),
                )
            )
