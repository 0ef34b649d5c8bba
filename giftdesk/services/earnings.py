"""What a creator sees: gifts received (paged), diamonds per day, top supporters, notifications."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giftdesk.services.context import Change, Context
from giftdesk.services.profiles import ProfileService

# Gifts that an undo reversed are left out of every figure here.
# A creator's gifts are read through transactions_counterparty (the creator is each gift's
# counterparty), newest first; these leave out the gifts that were undone.
_LIVE_GIFTS = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"
_LIVE_TRANSACTIONS = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = t.id)"


UNSEEN_CAP = 100


def add_to_earnings_totals(
    conn,
    *,
    creator_id: int,
    sender_id: int,
    day: str,
    context: str,
    gifts: int,
    coins: int,
    diamonds: int,
) -> None:
    """Keep the totals the Earnings tab reads. `gifts` counts each gift of a combo; an undo
    passes negative amounts, which only ever reduce rows its gift made."""
    if gifts >= 0:
        conn.execute(
            "INSERT INTO creator_day_totals (creator_id, day, context, gifts, coins, diamonds)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (creator_id, day, context) DO UPDATE SET"
            " gifts = gifts + excluded.gifts, coins = coins + excluded.coins,"
            " diamonds = diamonds + excluded.diamonds",
            (creator_id, day, context, gifts, coins, diamonds),
        )
        conn.execute(
            "INSERT INTO supporter_totals (creator_id, sender_id, gifts, coins) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (creator_id, sender_id) DO UPDATE SET gifts = gifts + excluded.gifts,"
            " coins = coins + excluded.coins",
            (creator_id, sender_id, gifts, coins),
        )
    else:  # the upserts above would trip the CHECK (>= 0) on their would-be inserted row
        conn.execute(
            "UPDATE creator_day_totals SET gifts = gifts + ?, coins = coins + ?,"
            " diamonds = diamonds + ? WHERE creator_id = ? AND day = ? AND context = ?",
            (gifts, coins, diamonds, creator_id, day, context),
        )
        conn.execute(
            "UPDATE supporter_totals SET gifts = gifts + ?, coins = coins + ?"
            " WHERE creator_id = ? AND sender_id = ?",
            (gifts, coins, creator_id, sender_id),
        )


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
        return self._ctx.conn.execute(
            "SELECT coalesce(sum(gifts), 0) FROM creator_day_totals WHERE creator_id = ?",
            (creator_id,),
        ).fetchone()[0]

    def received_page(
        self, creator_id: int, *, before_txn_id: int | None, limit: int
    ) -> list[ReceivedGift]:
        """Newest first; pages by transaction id (keyset), so each page costs the same."""
        rows = self._ctx.conn.execute(
            "SELECT t.id, t.created_at, p.name, g.gift_name, g.count, g.coins, g.diamonds,"
            " g.context FROM transactions t JOIN gifts g ON g.txn_id = t.id"
            " JOIN profiles p ON p.id = g.sender_id"
            f" WHERE t.counterparty_id = ? AND t.id < ? AND t.kind = 'gift' AND {_LIVE_GIFTS}"
            " ORDER BY t.id DESC LIMIT ?",
            (creator_id, before_txn_id if before_txn_id is not None else 2**62, limit),
        )
        return [ReceivedGift(*r) for r in rows]

    def diamonds_per_day(self, creator_id: int, *, days: int = 14) -> list[tuple[str, int]]:
        """(day, diamonds minted by that day's gifts) for each of the last `days` calendar
        days up to the creator's today, oldest first: a day without gifts is there with 0, so
        that the days read as a time axis. (A gift is filed under its sender's day.)"""
        today = self._profiles.get(creator_id).today(self._ctx.moment())
        first = today - dt.timedelta(days=days - 1)
        minted = dict(
            self._ctx.conn.execute(
                "SELECT day, sum(diamonds) FROM creator_day_totals"
                " WHERE creator_id = ? AND day >= ? GROUP BY day",
                (creator_id, first.isoformat()),
            ).fetchall()
        )
        return [
            (day, minted.get(day, 0))
            for day in ((first + dt.timedelta(days=i)).isoformat() for i in range(days))
        ]

    def top_supporters(self, creator_id: int, *, limit: int = 5) -> list[Supporter]:
        rows = self._ctx.conn.execute(
            "SELECT p.name, s.coins, s.gifts FROM supporter_totals s"
            " JOIN profiles p ON p.id = s.sender_id"
            " WHERE s.creator_id = ? AND s.gifts > 0"
            " ORDER BY s.coins DESC, p.name_key LIMIT ?",
            (creator_id, limit),
        )
        return [Supporter(*r) for r in rows]

    def by_context(self, creator_id: int) -> dict[str, int]:
        """Diamonds earned during LIVEs and on videos."""
        rows = self._ctx.conn.execute(
            "SELECT context, sum(diamonds) FROM creator_day_totals WHERE creator_id = ?"
            " GROUP BY context",
            (creator_id,),
        )
        return {"live": 0, "video": 0} | dict(rows.fetchall())

    def _last_seen(self, creator_id: int) -> int:
        row = self._ctx.conn.execute(
            "SELECT last_seen_txn_id FROM gift_notifications WHERE creator_id = ?", (creator_id,)
        ).fetchone()
        return row[0] if row else 0

    def unseen_count(self, creator_id: int, *, at_most: int = UNSEEN_CAP) -> int:
        """New gifts since the creator last looked, counted up to `at_most` (a badge says
        "99+" beyond that; counting a million unseen gifts would only slow the window)."""
        return self._ctx.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM transactions t WHERE t.counterparty_id = ?"
            f" AND t.id > ? AND t.kind = 'gift' AND {_LIVE_TRANSACTIONS} LIMIT ?)",
            (creator_id, self._last_seen(creator_id), at_most),
        ).fetchone()[0]

    def mark_seen(self, creator_id: int) -> None:
        row = self._ctx.conn.execute(
            "SELECT id FROM transactions WHERE counterparty_id = ? AND kind = 'gift'"
            " ORDER BY id DESC LIMIT 1",
            (creator_id,),
        ).fetchone()
        newest = row[0] if row else 0
        if newest <= self._last_seen(creator_id) or self._ctx.store.read_only:
            return  # (a read-only file cannot keep the mark: the gifts stay marked new)
        with self._ctx.store.write() as conn:
            conn.execute(
                "INSERT INTO gift_notifications (creator_id, last_seen_txn_id) VALUES (?, ?)"
                " ON CONFLICT (creator_id) DO UPDATE SET last_seen_txn_id ="
                " max(last_seen_txn_id, excluded.last_seen_txn_id)",
                (creator_id, newest),
            )
        self._ctx.notify(Change("seen", (creator_id,)))
