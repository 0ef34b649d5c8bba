"""What a creator sees: gifts received (paged), diamonds per day, top supporters, notifications.

Gifts that an undo reversed are left out of every figure here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giftdesk.services.context import Change, ChangeKind, Context
from giftdesk.services.profiles import ProfileService
from giftdesk.services.results import ContextDiamonds, DayDiamonds
from giftdesk.storage import gifts, notifications, totals

UNSEEN_CAP = 100


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

    def diamonds_per_day(self, creator_id: int, *, days: int = 14) -> list[DayDiamonds]:
        """Diamonds minted by each of the last `days` calendar days' gifts up to the creator's
        today, oldest first: a day without gifts is there with 0, so that the days read as a
        time axis. (A gift is filed under its sender's day.)"""
        today = self._profiles.get(creator_id).today(self._ctx.moment())
        first = today - dt.timedelta(days=days - 1)
        minted = totals.diamonds_by_day(self._ctx.conn, creator_id, since=first.isoformat())
        return [
            DayDiamonds(day, minted.get(day, 0))
            for day in ((first + dt.timedelta(days=i)).isoformat() for i in range(days))
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
        "99+" beyond that; counting a million unseen gifts would only slow the window)."""
        conn = self._ctx.conn
        return notifications.unseen_count(
            conn, creator_id, after=notifications.last_seen(conn, creator_id), at_most=at_most
        )

    def mark_seen(self, creator_id: int) -> None:
        conn = self._ctx.conn
        newest = notifications.newest_gift_to(conn, creator_id)
        if newest <= notifications.last_seen(conn, creator_id) or self._ctx.store.read_only:
            return  # (a read-only file cannot keep the mark: the gifts stay marked new)
        with self._ctx.store.write() as conn:
            notifications.mark_seen(conn, creator_id, newest)
        self._ctx.notify(Change(ChangeKind.SEEN, (creator_id,)))
