"""What a creator sees: gifts received (paged), diamonds per day, top supporters, notifications.

Gifts that an undo reversed are left out of every figure here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giftdesk.domain.periods import Period, last_spans, start_of
from giftdesk.services.context import Change, ChangeKind, Context
from giftdesk.services.profiles import ProfileService
from giftdesk.services.results import ContextDiamonds, PeriodDiamonds
from giftdesk.services.retries import retried
from giftdesk.storage import gifts, notifications, totals

UNSEEN_CAP = 100
# How many of each period the Earnings chart shows: a month of days, a quarter of weeks, a year.
CHART_PERIODS = {Period.DAY: 30, Period.WEEK: 13, Period.MONTH: 12}
# How far a sender's calendar can be ahead of the creator's: from UTC-12 to UTC+14 is 26 hours.
SENDER_AHEAD = dt.timedelta(days=2)


@dataclass(frozen=True, slots=True)
class ReceivedGift:
    transaction_id: int
    created_at: str
    sender: str
    gift: str
    count: int
    coins: int
    diamonds: int
    context: str


@dataclass(frozen=True, slots=True)
class Supporter:
    name: str
    coins: int
    gifts: int


class EarningsService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    def received_count(self, creator_id: int) -> int:
        return totals.gifts_received(self._ctx.conn, creator_id)

    def received_page(
        self, creator_id: int, *, before_txn_id: int | None, limit: int
    ) -> list[ReceivedGift]:
        """Newest first; pages by transaction id (keyset), so each page costs the same."""
        rows = gifts.received_page(
            self._ctx.conn, creator_id, before_txn_id=before_txn_id, limit=limit
        )
        return [ReceivedGift(*r) for r in rows]

    def diamonds_per_period(
        self, creator_id: int, period: Period, *, count: int | None = None
    ) -> list[PeriodDiamonds]:
        """Diamonds and gifts of each of the last `count` days, ISO weeks (from Monday) or
        calendar months, oldest first, by the creator's own calendar: the last is the one that
        holds the creator's today. A period without gifts is there with 0, so that the periods
        read as a time axis. Summed from the per-day totals (a year of them at most), never
        from the gifts.

        A gift is filed under its sender's day, which a sender in a zone ahead of the creator's
        may have reached first (two days at most): the periods then run on to that day rather
        than leave its diamonds out."""
        conn = self._ctx.conn
        today = self._profiles.get(creator_id).today(self._ctx.moment())
        newest = totals.newest_day(conn, creator_id)
        end = today
        if newest is not None:
            end = min(max(today, dt.date.fromisoformat(newest)), today + SENDER_AHEAD)
        spans = last_spans(end, period, count or CHART_PERIODS[period])
        index = {span.first: i for i, span in enumerate(spans)}
        diamonds = [0] * len(spans)
        gifts = [0] * len(spans)
        by_day = totals.day_totals(conn, creator_id, since=spans[0].first.isoformat())
        for day, (day_diamonds, day_gifts) in by_day.items():
            i = index.get(start_of(dt.date.fromisoformat(day), period))
            if i is not None:  # (a day after the last period, on a wrong clock: left out)
                diamonds[i] += day_diamonds
                gifts[i] += day_gifts
        return [
            PeriodDiamonds(span.first.isoformat(), span.last.isoformat(), diamonds[i], gifts[i])
            for i, span in enumerate(spans)
        ]

    def top_supporters(self, creator_id: int, *, limit: int = 5) -> list[Supporter]:
        rows = totals.top_supporters(self._ctx.conn, creator_id, limit=limit)
        return [Supporter(*r) for r in rows]

    def by_context(self, creator_id: int) -> ContextDiamonds:
        """Diamonds earned during LIVEs and on videos."""
        earned = totals.diamonds_by_context(self._ctx.conn, creator_id)
        return ContextDiamonds(live=earned.get("live", 0), video=earned.get("video", 0))

    def unseen_count(self, creator_id: int, *, at_most: int = UNSEEN_CAP) -> int:
        """New gifts since the creator last looked, counted up to `at_most` (a badge says
        "99+" beyond that; counting a million unseen gifts would only slow the window). A
        creator never shown in a window has none: what they have is history, not news (a
        demo's weeks of gifts, a ledger restored or filled from the command line)."""
        conn = self._ctx.conn
        seen = notifications.last_seen(conn, creator_id)
        if seen is None:
            return 0
        return notifications.unseen_count(conn, creator_id, after=seen, at_most=at_most)

    @retried
    def start_news(self, creator_id: int) -> None:
        """The window shows the creator: the first time, their gifts so far become history, and
        the gifts after them news until the creator opens their earnings. Writes only the first
        time (and not to a read-only file, where no gift can arrive either)."""
        conn = self._ctx.conn
        if notifications.last_seen(conn, creator_id) is not None or self._ctx.store.read_only:
            return
        with self._ctx.store.write() as conn:
            notifications.start_news(
                conn, creator_id, notifications.newest_gift_to(conn, creator_id)
            )

    def newest_gift_id(self, creator_id: int) -> int:
        """The transaction id of the newest gift to the creator (0 if none): where a look for
        what arrives next starts."""
        return notifications.newest_gift_to(self._ctx.conn, creator_id)

    def big_gifts_since(
        self, creator_id: int, *, after_txn_id: int, min_coins: int, limit: int = 50
    ) -> list[ReceivedGift]:
        """Gifts of at least `min_coins` to the creator after transaction `after_txn_id`,
        oldest first, at most `limit`; those undone meanwhile are left out."""
        rows = notifications.big_gifts_after(
            self._ctx.conn, creator_id, after=after_txn_id, min_coins=min_coins, limit=limit
        )
        return [ReceivedGift(*r) for r in rows]

    @retried
    def mark_seen(self, creator_id: int) -> None:
        conn = self._ctx.conn
        newest = notifications.newest_gift_to(conn, creator_id)
        if newest <= (notifications.last_seen(conn, creator_id) or 0) or self._ctx.store.read_only:
            return  # (a read-only file cannot keep the mark: the gifts stay marked new)
        with self._ctx.store.write() as conn:
            notifications.mark_seen(conn, creator_id, newest)
        self._ctx.notify(Change(ChangeKind.SEEN, (creator_id,)))
