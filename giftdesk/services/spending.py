"""Spending figures (DESIGN 9): a profile's money spent on gifts per month of its own
calendar, by creator, and where it went; read from running totals kept with every gift."""

from __future__ import annotations

from collections import defaultdict

from giftdesk.domain.periods import months_back, parse_month
from giftdesk.services.context import Context
from giftdesk.services.profiles import ProfileService
from giftdesk.services.spending_results import CreatorSpending, MonthSpent
from giftdesk.storage import lots
from giftdesk.storage.lots import MonthSpending


class SpendingService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    def this_month(self, profile_id: int) -> str:
        """The profile's current month, 'YYYY-MM', in its own time zone."""
        today = self._profiles.get(profile_id).today(self._ctx.moment())
        return f"{today.year:04d}-{today.month:02d}"

    def month(self, profile_id: int, month: str | None = None) -> MonthSpent:
        """One month's figures ('YYYY-MM'; None: this month)."""
        return self.months(profile_id, last=month, count=1)[0]

    def months(
        self, profile_id: int, *, last: str | None = None, count: int = 12
    ) -> list[MonthSpent]:
        """The `count` months ending with `last` ('YYYY-MM'; None: this month), oldest first:
        the Spending view's year."""
        year, month = parse_month(last if last is not None else self.this_month(profile_id))
        wanted = months_back(year, month, count)
        profile = self._profiles.get(profile_id)
        conn = self._ctx.conn
        rows: dict[str, list[MonthSpending]] = defaultdict(list)
        for row in lots.spending_between(conn, profile_id, wanted[0], wanted[-1]):
            rows[row.month].append(row)
        unspent_coins, unspent_cents = lots.unspent(conn, profile_id)
        return [
            _month(profile.name, m, rows.get(m, []), unspent_coins, unspent_cents) for m in wanted
        ]


def _month(
    profile: str, month: str, rows: list[MonthSpending], unspent_coins: int, unspent_cents: int
) -> MonthSpent:
    paid = sum(r.paid_cents for r in rows)
    fee = sum(r.store_fee_cents for r in rows)
    creator = sum(r.creator_cents for r in rows)
    return MonthSpent(
        profile=profile,
        month=month,
        coins=sum(r.coins for r in rows),
        paid_cents=paid,
        store_fee_cents=fee,
        platform_cents=paid - fee - creator,
        creator_cents=creator,
        by_creator=tuple(
            CreatorSpending(r.creator, r.gifts, r.coins, r.paid_cents, r.creator_cents)
            for r in rows
        ),
        unspent_coins=unspent_coins,
        unspent_cents=unspent_cents,
    )
