"""Leaderboards: a creator's top supporters of the day, ISO week, month or year of the
creator's own calendar, or of all time, read from running totals (never a scan of gifts)."""

from __future__ import annotations

from giftdesk.domain.errors import InvalidInput
from giftdesk.domain.periods import ALL_TIME, LEADERBOARD_PERIODS, Period, span_of, start_of
from giftdesk.i18n import _
from giftdesk.services.context import Context
from giftdesk.services.live_results import Leaderboard, Supporter
from giftdesk.services.profiles import ProfileService
from giftdesk.storage import leaderboards, totals

ALL = ALL_TIME
PERIODS = LEADERBOARD_PERIODS
SIZE = 10  # how many a leaderboard lists


class LeaderboardService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    def leaderboard(self, creator_id: int, period: str = ALL, *, limit: int = SIZE) -> Leaderboard:
        """The creator's top `limit` supporters, most coins first, over the `period` ("day",
        "week" from Monday, "month", "year", or "all") that holds the creator's today in the
        creator's own time zone. Gifts that were undone count nowhere."""
        if period not in PERIODS:
            raise InvalidInput(
                _("a leaderboard is by day, week, month, year or all, not '{period}'").format(
                    period=period
                )
            )
        conn = self._ctx.conn
        creator = self._profiles.get(creator_id)
        if period == ALL:
            rows = totals.top_supporters(conn, creator_id, limit=limit)
            return Leaderboard(creator.name, ALL, None, None, _supporters(rows))
        kind = Period(period)
        span = span_of(start_of(creator.today(self._ctx.moment()), kind), kind)
        first, last = span.first.isoformat(), span.last.isoformat()
        rows = leaderboards.top_between(conn, creator_id, first=first, last=last, limit=limit)
        return Leaderboard(creator.name, period, first, last, _supporters(rows))


def _supporters(rows: list[tuple[str, int, int]]) -> tuple[Supporter, ...]:
    return tuple(Supporter(*r) for r in rows)
