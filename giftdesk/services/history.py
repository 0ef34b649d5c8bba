"""A profile's ledger history: one row per transaction it made, received, or that moved its
wallet or diamonds."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from giftdesk.domain.errors import Cancelled, InvalidPath, StorageError
from giftdesk.formatting import coins as fmt_coins
from giftdesk.formatting import usd
from giftdesk.services.context import Context

CSV_COLUMNS = (
    "transaction_id",
    "created_at",
    "kind",
    "description",
    "coins",
    "diamonds",
    "money_cents",
    "counterparty",
    "rules_version",
)


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
        # Only the text a user typed can start like a formula: the names, in the description
        # and the counterparty; the other columns are numbers, times and fixed words.
        return (
            self.transaction_id,
            self.created_at,
            self.kind,
            _spreadsheet_safe(self.description),
            self.coins,
            self.diamonds,
            self.money_cents,
            _spreadsheet_safe(self.counterparty),
            self.rules_version,
        )


# A spreadsheet opening the export runs a cell that starts with one of these as a formula
# (a profile may be named "=HYPERLINK(...)"): such text is written with a leading apostrophe,
# which spreadsheets show as plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


# One page of a profile's history. Every transaction that concerns a profile names it, as the
# one who acted (profile_id) or as the one it was for (counterparty_id: the creator of a gift
# or of its undo), so a page is two index range scans merged, whatever the ledger's size.
_PAGE_SQL = """
WITH mine AS (SELECT id FROM accounts WHERE profile_id = :p),
page AS (
    SELECT id FROM (SELECT id FROM transactions WHERE profile_id = :p AND id {cmp} :edge
                    ORDER BY id {order} LIMIT :n)
    UNION
    SELECT id FROM (SELECT id FROM transactions WHERE counterparty_id = :p AND id {cmp} :edge
                    ORDER BY id {order} LIMIT :n)
    ORDER BY id {order} LIMIT :n
),
-- The change each page row made to this profile's balances, one index look-up per row.
totals AS (
    SELECT page.id AS txn_id,
           (SELECT coalesce(sum(CASE WHEN r.to_account_id IN mine THEN r.amount
                                     ELSE -r.amount END), 0)
            FROM transfers r WHERE r.txn_id = page.id AND r.unit = 'COIN'
              AND (r.to_account_id IN mine OR r.from_account_id IN mine)) AS coins,
           (SELECT coalesce(sum(CASE WHEN r.to_account_id IN mine THEN r.amount
                                     ELSE -r.amount END), 0)
            FROM transfers r WHERE r.txn_id = page.id AND r.unit = 'DIAMOND'
              AND (r.to_account_id IN mine OR r.from_account_id IN mine)) AS diamonds
    FROM page
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
ORDER BY t.id {order}
"""
_NEWEST_FIRST = _PAGE_SQL.format(cmp="<", order="DESC")
_OLDEST_FIRST = _PAGE_SQL.format(cmp=">", order="ASC")
# The same two index range scans as a page (transactions_profile, transactions_counterparty).
_COUNT_SQL = """
SELECT count(*) FROM (SELECT id FROM transactions WHERE profile_id = :p
                      UNION
                      SELECT id FROM transactions WHERE counterparty_id = :p)
"""
EXPORT_CHUNK = 5_000
# An export reports its progress every this many rows: at the ~50,000 rows a second it
# writes, about 25 times a second, so a cancel takes effect within 0.04 s.
PROGRESS_ROWS = 2_000


def _describe(profile_id: int, row: tuple) -> tuple[str, int, str]:
    (
        _,
        _,
        kind,
        actor_id,
        counterparty,
        actor,
        _,
        _,
        _,
        gift,
        count,
        context,
        rc_coins,
        rc_bonus,
        rc_price,
        channel,
        method,
        p_diamonds,
        p_cents,
        u_gift,
        u_count,
    ) = row
    if kind == "recharge":
        bonus = f" + {rc_bonus:,} bonus" if rc_bonus else ""
        return (
            f"Bought {fmt_coins(rc_coins)}{bonus} for {usd(rc_price)} ({channel}, {method})",
            rc_price,
            "",
        )
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

    def page(
        self, profile_id: int, *, before_txn_id: int | None = None, limit: int = 200
    ) -> list[HistoryRow]:
        """Newest first, `limit` rows older than `before_txn_id`: each page costs the same
        however long the history is (keyset paging on indexes)."""
        edge = before_txn_id if before_txn_id is not None else 2**62
        return self._rows(_NEWEST_FIRST, profile_id, edge, limit)

    def iter_oldest_first(self, profile_id: int, *, chunk: int = EXPORT_CHUNK):
        """Every row, oldest first, read a chunk at a time (for exports of any size)."""
        edge = 0
        while True:
            rows = self._rows(_OLDEST_FIRST, profile_id, edge, chunk)
            yield from rows
            if len(rows) < chunk:
                return
            edge = rows[-1].transaction_id

    def rows(self, profile_id: int) -> list[HistoryRow]:
        """Oldest first."""
        return list(self.iter_oldest_first(profile_id))

    def count(self, profile_id: int) -> int:
        """How many rows the profile's history has."""
        return self._ctx.conn.execute(_COUNT_SQL, {"p": profile_id}).fetchone()[0]

    def _rows(self, sql: str, profile_id: int, edge: int, limit: int) -> list[HistoryRow]:
        out = []
        for row in self._ctx.conn.execute(sql, {"p": profile_id, "edge": edge, "n": limit}):
            description, money, counterparty = _describe(profile_id, row)
            out.append(
                HistoryRow(
                    row[0], row[1], row[2], description, row[7], row[8], money, counterparty, row[6]
                )
            )
        return out

    def export_csv(
        self, profile_id: int, path: Path, *, progress: Callable[[int, int], bool] | None = None
    ) -> int:
        """Write a header then one row per transaction, oldest first; refuse to overwrite.

        Rows are read and written a chunk at a time, so memory stays flat at any size.
        `progress(rows_written, rows_total)` is called before the first row and every
        PROGRESS_ROWS rows after it; if it returns False the export stops, removes its file
        and raises Cancelled.
        """
        try:
            # Readable by its owner only, as the database is: it is a wallet's whole history.
            f = open(
                os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600),
                "w",
                newline="",
                encoding="utf-8",
            )
        except FileExistsError:
            raise InvalidPath(f"{path} already exists; choose a new file name") from None
        except OSError as e:
            raise StorageError(f"cannot write {path}: {e.strerror}") from None
        try:
            with f:
                written = self.write_csv(profile_id, f, progress=progress)
        # Never leave a half-written file behind: it would look like a complete export.
        except OSError as e:  # e.g. the disk filled up
            Path(path).unlink(missing_ok=True)
            raise StorageError(f"cannot write {path}: {e.strerror}; nothing was saved") from None
        except BaseException:  # cancelled, or the ledger could not be read
            Path(path).unlink(missing_ok=True)
            raise
        return written

    def write_csv(
        self, profile_id: int, stream: TextIO, *, progress: Callable[[int, int], bool] | None = None
    ) -> int:
        """The CSV of `export_csv` (header, then a row per transaction, oldest first) written
        to an open text stream; returns the rows written. Raises Cancelled as export_csv."""
        total = self.count(profile_id) if progress is not None else 0
        written = 0
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        for row in self.iter_oldest_first(profile_id):
            if (
                progress is not None
                and written % PROGRESS_ROWS == 0
                and not progress(written, total)
            ):
                raise Cancelled("the export was cancelled; nothing was saved")
            writer.writerow(row.as_csv_row())
            written += 1
        return written
