"""A profile's ledger history: one row per transaction it made, received, or that moved its
wallet or diamonds."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from giftdesk.domain.errors import InvalidPath, StorageError
from giftdesk.formatting import coins as fmt_coins
from giftdesk.formatting import usd
from giftdesk.services.context import Context

CSV_COLUMNS = ("transaction_id", "created_at", "kind", "description", "coins", "diamonds",
               "money_cents", "counterparty", "rules_version")


@dataclass(frozen=True, slots=True)
class HistoryRow:
    transaction_id: int
    created_at: str
    kind: str
    description: str
    coins: int  # change to the profile's coin wallet
    diamonds: int  # change to the profile's diamonds
    money_cents: int  # money paid (recharge) or paid out (payout), 0 otherwise
    counterparty: str
    rules_version: str

    def as_csv_row(self) -> tuple:
        return tuple(getattr(self, c) for c in CSV_COLUMNS)


_HISTORY_SQL = """
WITH mine AS (SELECT id FROM accounts WHERE profile_id = :p),
moves AS (
    SELECT r.txn_id, r.unit, r.amount AS delta FROM transfers r
    WHERE r.to_account_id IN mine
    UNION ALL
    SELECT r.txn_id, r.unit, -r.amount FROM transfers r
    WHERE r.from_account_id IN mine
),
-- Also the profile's transactions that move none of its balances: a paid payout (hold ->
-- redeemed), and a gift received (or its undo) that mints no diamond under the cumulative rule.
concerned AS (
    SELECT txn_id FROM moves
    UNION SELECT id FROM transactions WHERE profile_id = :p
    UNION SELECT txn_id FROM gifts WHERE creator_id = :p
    UNION SELECT u.id FROM gifts g JOIN transactions u ON u.reverses_id = g.txn_id
          WHERE g.creator_id = :p
),
totals AS (
    SELECT c.txn_id,
           coalesce(sum(CASE WHEN m.unit = 'COIN' THEN m.delta ELSE 0 END), 0) AS coins,
           coalesce(sum(CASE WHEN m.unit = 'DIAMOND' THEN m.delta ELSE 0 END), 0) AS diamonds
    FROM concerned c LEFT JOIN moves m ON m.txn_id = c.txn_id GROUP BY c.txn_id
)
SELECT t.id, t.created_at, t.kind, t.profile_id, cp.name, pp.name, t.rules_version,
       tot.coins, tot.diamonds,
       g.gift_name, g.count, g.context,
       rc.coins, rc.bonus_coins, rc.price_cents, rc.channel, rc.method,
       coalesce(po.diamonds, ps.diamonds), coalesce(po.cents, ps.cents),
       ug.gift_name, ug.count
FROM totals tot
JOIN transactions t ON t.id = tot.txn_id
LEFT JOIN profiles cp ON cp.id = t.counterparty_id
LEFT JOIN profiles pp ON pp.id = t.profile_id
LEFT JOIN gifts g ON g.txn_id = t.id
LEFT JOIN recharges rc ON rc.txn_id = t.id
LEFT JOIN payouts po ON po.request_txn_id = t.id
LEFT JOIN payouts ps ON ps.settle_txn_id = t.id
LEFT JOIN gifts ug ON ug.txn_id = t.reverses_id
ORDER BY t.id
"""


def _describe(profile_id: int, row: tuple) -> tuple[str, int, str]:
    (_, _, kind, actor_id, counterparty, actor, _, _, _, gift, count, context,
     rc_coins, rc_bonus, rc_price, channel, method, p_diamonds, p_cents, u_gift, u_count) = row
    if kind == "recharge":
        bonus = f" + {rc_bonus:,} bonus" if rc_bonus else ""
        return (f"Bought {fmt_coins(rc_coins)}{bonus} for {usd(rc_price)} ({channel}, {method})",
                rc_price, "")
    if kind == "gift":
        where = "LIVE" if context == "live" else "video"
        if actor_id == profile_id:
            return f"Sent {gift} x{count} to {counterparty} ({where})", 0, counterparty
        return f"Received {gift} x{count} from {actor} ({where})", 0, actor
    if kind == "gift_undo":
        if actor_id == profile_id:
            return f"Undid {u_gift} x{u_count} to {counterparty}", 0, counterparty
        return f"{actor} undid {u_gift} x{u_count}", 0, actor
    if kind == "payout":
        return f"Requested payout of {p_diamonds:,} diamonds ({usd(p_cents)})", 0, ""
    if kind == "payout_paid":
        return f"Payout of {usd(p_cents)} paid", p_cents, ""
    return f"Payout of {usd(p_cents)} failed; diamonds returned", 0, ""


class HistoryService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def rows(self, profile_id: int) -> list[HistoryRow]:
        """Oldest first."""
        out = []
        for row in self._ctx.conn.execute(_HISTORY_SQL, {"p": profile_id}):
            description, money, counterparty = _describe(profile_id, row)
            out.append(HistoryRow(row[0], row[1], row[2], description, row[7], row[8], money,
                                  counterparty, row[6]))
        return out

    def export_csv(self, profile_id: int, path: Path) -> int:
        """Write a header then one row per transaction, oldest first; refuse to overwrite."""
        rows = self.rows(profile_id)
        try:
            f = open(path, "x", newline="", encoding="utf-8")
        except FileExistsError:
            raise InvalidPath(f"{path} already exists; choose a new file name") from None
        except OSError as e:
            raise StorageError(f"cannot write {path}: {e.strerror}") from None
        try:
            with f:
                writer = csv.writer(f)
                writer.writerow(CSV_COLUMNS)
                writer.writerows(r.as_csv_row() for r in rows)
        except OSError as e:  # e.g. the disk filled up: leave no half-written file behind
            Path(path).unlink(missing_ok=True)
            raise StorageError(f"cannot write {path}: {e.strerror}; nothing was saved") from None
        return len(rows)
