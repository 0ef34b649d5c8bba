"""What a creator sees: gifts received (paged), diamonds per day, top supporters, notifications."""

from __future__ import annotations

from dataclasses import dataclass

from giftdesk.services.context import Change, Context

# Gifts that an undo reversed are left out of every figure here.
_LIVE_GIFTS = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"


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
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def received_count(self, creator_id: int) -> int:
        return self._ctx.conn.execute(
            f"SELECT count(*) FROM gifts g WHERE g.creator_id = ? AND {_LIVE_GIFTS}",
            (creator_id,),
        ).fetchone()[0]

    def received_page(self, creator_id: int, *, before_txn_id: int | None, limit: int) -> list[ReceivedGift]:
        """Newest first; pages by transaction id (keyset), so each page costs the same."""
        rows = self._ctx.conn.execute(
            "SELECT g.txn_id, t.created_at, p.name, g.gift_name, g.count, g.coins, g.diamonds,"
            " g.context FROM gifts g JOIN transactions t ON t.id = g.txn_id"
            " JOIN profiles p ON p.id = g.sender_id"
            f" WHERE g.creator_id = ? AND g.txn_id < ? AND {_LIVE_GIFTS}"
            " ORDER BY g.txn_id DESC LIMIT ?",
            (creator_id, before_txn_id if before_txn_id is not None else 2**62, limit),
        )
        return [ReceivedGift(*r) for r in rows]

    def diamonds_per_day(self, creator_id: int, *, days: int = 14) -> list[tuple[str, int]]:
        """(local day, diamonds minted by that day's gifts), the last `days` days with gifts."""
        rows = self._ctx.conn.execute(
            f"SELECT g.local_day, sum(g.diamonds) FROM gifts g WHERE g.creator_id = ? AND {_LIVE_GIFTS}"
            " GROUP BY g.local_day ORDER BY g.local_day DESC LIMIT ?", (creator_id, days),
        ).fetchall()
        return list(reversed(rows))

    def top_supporters(self, creator_id: int, *, limit: int = 5) -> list[Supporter]:
        rows = self._ctx.conn.execute(
            "SELECT p.name, sum(g.coins), sum(g.count) FROM gifts g"
            " JOIN profiles p ON p.id = g.sender_id"
            f" WHERE g.creator_id = ? AND {_LIVE_GIFTS}"
            " GROUP BY g.sender_id ORDER BY sum(g.coins) DESC, p.name_key LIMIT ?",
            (creator_id, limit),
        )
        return [Supporter(*r) for r in rows]

    def by_context(self, creator_id: int) -> dict[str, int]:
        """Diamonds earned during LIVEs and on videos."""
        rows = self._ctx.conn.execute(
            f"SELECT g.context, sum(g.diamonds) FROM gifts g WHERE g.creator_id = ? AND {_LIVE_GIFTS}"
            " GROUP BY g.context", (creator_id,),
        )
        return {"live": 0, "video": 0} | dict(rows.fetchall())

    def _last_seen(self, creator_id: int) -> int:
        row = self._ctx.conn.execute(
            "SELECT last_seen_txn_id FROM gift_notifications WHERE creator_id = ?", (creator_id,)
        ).fetchone()
        return row[0] if row else 0

    def unseen(self, creator_id: int, *, limit: int = 50) -> list[ReceivedGift]:
        """Gifts received since the creator last opened their earnings, newest first."""
        last = self._last_seen(creator_id)
        return [g for g in self.received_page(creator_id, before_txn_id=None, limit=limit)
                if g.transaction_id > last]

    def unseen_count(self, creator_id: int) -> int:
        return self._ctx.conn.execute(
            f"SELECT count(*) FROM gifts g WHERE g.creator_id = ? AND g.txn_id > ? AND {_LIVE_GIFTS}",
            (creator_id, self._last_seen(creator_id)),
        ).fetchone()[0]

    def mark_seen(self, creator_id: int) -> None:
        newest = self._ctx.conn.execute(
            "SELECT coalesce(max(txn_id), 0) FROM gifts WHERE creator_id = ?", (creator_id,)
        ).fetchone()[0]
        if newest <= self._last_seen(creator_id):
            return
        with self._ctx.store.write() as conn:
            conn.execute(
                "INSERT INTO gift_notifications (creator_id, last_seen_txn_id) VALUES (?, ?)"
                " ON CONFLICT (creator_id) DO UPDATE SET last_seen_txn_id ="
                " max(last_seen_txn_id, excluded.last_seen_txn_id)", (creator_id, newest),
            )
        self._ctx.notify(Change("seen", (creator_id,)))
