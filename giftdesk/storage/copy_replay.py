"""A copy written through the destination's triggers (storage/copying.py): the rows go in as
the services once wrote them, so that every trigger checks them and builds what it builds:
- accounts go in with a zero balance and the transfers, in id order, bring each to its
  balance, through every state the source's accounts went through (none below zero);
- a purchase makes its lot (recharges_make_lots), and the lot takes, in transaction order,
  take from it as they took then;
- a LIVE starts on air with nothing (lives_start_on_air), is on air when its gifts go in, and
  gets its figures, and its end, once its last gift is in; a creator has one LIVE on air;
- a gift's trail is checked against its takes, and a gift that took fewer coins than it cost
  (one from before lots) against the lots its sender had then: so recharges, takes and gifts
  go in chunk by chunk of transactions, a chunk ending where the next gift needs the state of
  that moment.
The rest (payouts with their final status, running totals, security, budgets, notifications)
goes in as it is, with executemany a page at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from giftdesk.storage import copy_tables as tables
from giftdesk.storage.connection import Connection


def replay(
    source: Connection, dest: Connection, cols: dict[str, tuple[str, ...]], system: set[int]
) -> None:
    """Write every row of `source` into `dest` through its triggers; `system`: the ids of the
    accounts the migrations made there."""
    for table, _key in tables.BEFORE:
        if table == "accounts":
            _copy_accounts(source, dest, cols[table], system)
        else:
            _copy_table(source, dest, table, cols[table])
    _Replay(source, dest, cols).run()
    for table, _key in tables.AFTER:
        _copy_table(source, dest, table, cols[table])


def _insert_sql(table: str, cols: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _copy_table(
    source: Connection,
    dest: Connection,
    table: str,
    cols: Sequence[str],
    *,
    after: int | None = None,
    upto: int | None = None,
) -> None:
    sql = _insert_sql(table, cols)
    for page in tables.pages(source, table, cols, after=after, upto=upto):
        dest.executemany(sql, page)


def _copy_accounts(
    source: Connection, dest: Connection, cols: Sequence[str], system: set[int]
) -> None:
    """Every account but those the migrations made, at a zero balance: the transfers bring
    each to its own (the balance trigger applies them)."""
    sql = _insert_sql("accounts", cols)
    at_id, at_balance = cols.index("id"), cols.index("balance")
    for page in tables.pages(source, "accounts", cols):
        rows = [
            tuple(0 if i == at_balance else v for i, v in enumerate(row))
            for row in page
            if row[at_id] not in system
        ]
        if rows:
            dest.executemany(sql, rows)


class _Replay:
    """Recharges, lot takes, LIVEs and gifts, chunk by chunk of transactions (see the module)."""

    def __init__(
        self, source: Connection, dest: Connection, cols: dict[str, tuple[str, ...]]
    ) -> None:
        self.source, self.dest, self.cols = source, dest, cols
        live_cols = cols["lives"]
        self.lives = {
            row[live_cols.index("id")]: dict(zip(live_cols, row, strict=True))
            for page in tables.pages(source, "lives", live_cols)
            for row in page
        }
        self.by_creator: dict[int, list[int]] = {}
        for live_id in sorted(self.lives):
            self.by_creator.setdefault(self.lives[live_id]["creator_id"], []).append(live_id)
        self.on_air: dict[int, int] = {}  # creator -> LIVE on air in dest
        self.started: set[int] = set()

    def run(self) -> None:
        after = 0
        while True:
            chunk = self._next_chunk(after)
            if chunk is None:
                break
            upto, needed = chunk
            self._write(after, upto, needed)
            after = upto
        self._write(after, None, ())
        for creator, ids in self.by_creator.items():
            for live_id in ids:
                if live_id not in self.started:
                    self._start(creator, live_id)
            self._finish(self.on_air.pop(creator))

    def _next_chunk(self, after: int) -> tuple[int, list[int]] | None:
        """The end of the next chunk (its last gift's transaction) and the LIVEs its gifts
        need on air; None when no gift is left."""
        gifts = self.source.execute(
            "SELECT g.txn_id, g.live_id, g.creator_id, g.coins,"
            " (SELECT coalesce(sum(t.coins), 0) FROM lot_takes t WHERE t.txn_id = g.txn_id)"
            f" FROM gifts g WHERE g.txn_id > ? ORDER BY g.txn_id LIMIT {tables.PAGE_ROWS}",
            (after,),
        ).fetchall()
        if not gifts:
            return None
        needed: dict[int, int] = {}  # creator -> the LIVE this chunk's gifts name
        upto = gifts[0][0]
        for txn_id, live_id, creator, coins, taken in gifts:
            if live_id is not None:
                if needed.setdefault(creator, live_id) != live_id:
                    break  # another LIVE of this creator: it starts in the next chunk
            upto = txn_id
            if taken < coins:
                break  # it saw its sender's lots as they were then: nothing later yet
        return upto, list(needed.values())

    def _write(self, after: int, upto: int | None, needed: Sequence[int]) -> None:
        for live_id in needed:
            creator = self.lives[live_id]["creator_id"]
            for earlier in self.by_creator[creator]:
                if earlier > live_id:
                    break
                if earlier not in self.started:
                    self._start(creator, earlier)
        for table in ("recharges", "lot_takes", "gifts"):
            _copy_table(self.source, self.dest, table, self.cols[table], after=after, upto=upto)

    def _start(self, creator: int, live_id: int) -> None:
        """Put `live_id` on air with nothing, as lives.start does, ending the creator's one
        on air first."""
        if creator in self.on_air:
            self._finish(self.on_air.pop(creator))
        live = self.lives[live_id]
        self.dest.execute(
            "INSERT INTO lives (id, creator_id, title, goal_diamonds, started_at, started_us)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            tuple(
                live[c]
                for c in ("id", "creator_id", "title", "goal_diamonds", "started_at", "started_us")
            ),
        )
        self.started.add(live_id)
        self.on_air[creator] = live_id

    def _finish(self, live_id: int) -> None:
        """Give the LIVE its figures, and its end when it has ended (once: the trigger allows
        no more)."""
        live = self.lives[live_id]
        self.dest.execute(
            "UPDATE lives SET diamonds = ?, coins = ?, gifts = ?, ended_at = ?, ended_us = ?"
            " WHERE id = ?",
            tuple(live[c] for c in ("diamonds", "coins", "gifts", "ended_at", "ended_us", "id")),
        )
