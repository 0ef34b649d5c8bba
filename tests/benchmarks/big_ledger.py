"""Build a large, valid GiftDesk ledger fast, for the benchmarks (not a test module).

People and their purchases go through the services. The gifts (the bulk) are written with
`executemany` straight into the ledger tables, with the balance trigger set aside and the
balances, creator totals and budget spending written once at the end, computed by the same
domain rules the services use. The result passes `giftdesk verify`, so what the benchmarks
read is a real ledger, only built in seconds instead of minutes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giftdesk.domain.gifting import diamonds_cents, mint_for_gift
from giftdesk.domain.trails import take_fifo
from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock, micros
from giftdesk.services.payments import CardDetails
from giftdesk.storage import ledger, lots, migrations
from giftdesk.zones import day_in

GIFT = ("Rose", 1)
_CARD = CardDetails("4242424242424242", "12/30", "123")


@dataclass
class BigLedger:
    path: str
    viewers: list[int]
    creators: list[int]
    gifts: int

    @property
    def top_creator(self) -> int:
        return self.creators[0]

    @property
    def busiest_viewer(self) -> int:
        return self.viewers[0]


def build(
    path: str,
    *,
    gifts: int,
    viewers: int = 1_000,
    creators: int = 10,
    days: int = 90,
    chunk: int = 100_000,
    top_creator_every: int = 2,
) -> BigLedger:
    """`gifts` roses from `viewers` viewers to `creators` creators over the last `days` days.

    Every `top_creator_every`-th gift goes to the first creator (by default half; with 1, all
    of them, so that her history is as long as the ledger) and a tenth of all gifts come from
    the first viewer: the benchmarks have one heavy creator and one heavy viewer.
    """
    start = dt.datetime(2026, 8, 1, 12, 0, tzinfo=UTC)
    clock = FixedClock(start)  # and profiles in UTC: each gift below is filed under its UTC day
    services = Services.open(path, clock=clock)
    viewer_ids = [
        services.profiles.add(f"Viewer {i:05d}", birthdate="1990-01-01").id for i in range(viewers)
    ]
    creator_ids = [
        services.profiles.add(f"Creator {i:03d}", birthdate="1985-01-01", creator=True).id
        for i in range(creators)
    ]
    heavy_viewer_share = gifts // 10
    per_viewer = [heavy_viewer_share] + [0] * (viewers - 1)
    for i in range(gifts - heavy_viewer_share):
        per_viewer[1 + i % (viewers - 1)] += 1
    for vid, need in zip(viewer_ids, per_viewer, strict=False):
        if need:  # a custom web amount covers each viewer's roses exactly (plus their bonus)
            services.recharge.recharge(
                vid, coins=max(need, 30), channel="web", method="card", custom=True, card=_CARD
            )
    rules = services.rules
    conn = services.store.conn
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'transfers_apply'"
    ).fetchone()[0]
    wallet = {v: ledger.profile_account(conn, v, ledger.COIN) for v in viewer_ids}
    diamond = {c: ledger.profile_account(conn, c, ledger.DIAMOND) for c in creator_ids}
    spent_account = ledger.system_account(conn, ledger.COIN_SPENT)
    issuance = ledger.system_account(conn, ledger.DIAMOND_ISSUANCE)
    totals = {c: [0, 0] for c in creator_ids}
    coins_out = {v: 0 for v in viewer_ids}
    spending: dict[tuple[int, str], int] = {}
    # Each viewer's lots, taken from first in, first out as the services would (the takes'
    # own rule trigger is set aside while the bulk is written, and the lots written after).
    open_lots = {v: lots.open_lots(conn, v) for v in viewer_ids}
    every_lot = {lot.lot_id: lot for held in open_lots.values() for lot in held}
    senders = [v for v, n in zip(viewer_ids, per_viewer, strict=False) for _ in range(n)]
    step_us = max(1, days * 86_400_000_000 // max(1, gifts))
    # Each gift is filed under its creator's own day, as the leaderboards read it.
    zone_of = {c: services.profiles.get(c).time_zone for c in creator_ids}
    base_us = micros(start)

    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DROP TRIGGER transfers_apply")
        take_triggers = [
            row
            for row in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                " AND name IN ('lot_takes_follow_rule', 'lot_takes_apply', 'gifts_carry_trails')"
            )
        ]
        for name, _sql in take_triggers:
            conn.execute(f"DROP TRIGGER {name}")
        next_id = ledger.last_transaction_id(conn) + 1
        for offset in range(0, gifts, chunk):
            txns, transfers, gift_rows, take_rows = [], [], [], []
            for i in range(offset, min(gifts, offset + chunk)):
                txn = next_id + i
                sender = senders[(i * 7919) % gifts]  # interleave the senders over time
                creator = (
                    creator_ids[0]
                    if i % top_creator_every == 0
                    else creator_ids[1 + i % (creators - 1)]
                )
                created_us = base_us + i * step_us
                moment = dt.datetime.fromtimestamp(created_us / 1_000_000, UTC)
                day = moment.date().isoformat()
                received, minted = totals[creator]
                minting = mint_for_gift(
                    rules, coins_received=received, diamonds_minted=minted, coins=GIFT[1]
                )
                totals[creator] = [minting.coins_received, minting.diamonds_minted]
                coins_out[sender] += GIFT[1]
                spending[(sender, day)] = spending.get((sender, day), 0) + GIFT[1]
                txns.append(
                    (
                        txn,
                        sender,
                        creator,
                        moment.isoformat(timespec="microseconds"),
                        created_us,
                        rules.version,
                        f"bulk-{txn}",
                    )
                )
                transfers.append((txn, wallet[sender], spent_account, "COIN", GIFT[1]))
                if minting.diamonds:
                    transfers.append((txn, issuance, diamond[creator], "DIAMOND", minting.diamonds))
                paid = fee = 0
                for t in take_fifo(open_lots[sender], GIFT[1]):
                    take_rows.append((txn, t.lot_id, t.coins, t.paid_cents, t.store_fee_cents))
                    paid += t.paid_cents
                    fee += t.store_fee_cents
                creator_cents = diamonds_cents(rules, minting.diamonds)
                gift_rows.append(
                    (
                        txn,
                        sender,
                        creator,
                        GIFT[0],
                        GIFT[1],
                        1,
                        GIFT[1],
                        minting.diamonds,
                        "live",
                        day,
                        created_us,
                        day_in(moment, zone_of[creator]).isoformat(),
                        paid,
                        fee,
                        paid - fee - creator_cents,
                        creator_cents,
                    )
                )
            conn.executemany(
                "INSERT INTO transactions (id, kind, profile_id, counterparty_id, created_at,"
                " created_us, rules_version, idem_key, request_hash, result)"
                " VALUES (?, 'gift', ?, ?, ?, ?, ?, ?, '', '{}')",
                txns,
            )
            conn.executemany(
                "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
                " VALUES (?, ?, ?, ?, ?)",
                transfers,
            )
            conn.executemany(
                "INSERT INTO gifts (txn_id, sender_id, creator_id, gift_name, unit_coins, count,"
                " coins, diamonds, context, local_day, created_us, creator_day, paid_cents,"
                " store_fee_cents, platform_cents, creator_cents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                gift_rows,
            )
            lots.insert_takes(conn, take_rows)
        # The balances the trigger would have kept, written once.
        for v, coins in coins_out.items():
            conn.execute(
                "UPDATE accounts SET balance = balance - ? WHERE id = ?", (coins, wallet[v])
            )
        conn.execute(
            "UPDATE accounts SET balance = balance + ? WHERE id = ?",
            (sum(coins_out.values()), spent_account),
        )
        minted_total = 0
        for c, (received, minted) in totals.items():
            conn.execute(
                "UPDATE accounts SET balance = balance + ? WHERE id = ?", (minted, diamond[c])
            )
            conn.execute(
                "UPDATE creator_totals SET coins_received = ?, diamonds_minted = ?"
                " WHERE profile_id = ?",
                (received, minted, c),
            )
            minted_total += minted
        conn.execute(
            "UPDATE accounts SET balance = balance - ? WHERE id = ?", (minted_total, issuance)
        )
        months: dict[tuple[int, str], int] = {}
        for (v, day), coins in spending.items():
            months[(v, day[:7])] = months.get((v, day[:7]), 0) + coins
        conn.executemany(
            "INSERT INTO spending (profile_id, period, coins) VALUES (?, ?, ?)",
            [(v, f"D{day}", c) for (v, day), c in spending.items()]
            + [(v, f"M{m}", c) for (v, m), c in months.items()],
        )
        for statement in (
            *migrations.REBUILD_EARNINGS_TOTALS,
            *migrations.REBUILD_SUPPORTER_DAYS,
        ):
            conn.execute(statement)
        for statement in migrations.REBUILD_SPENDING_TRAILS:
            conn.execute(statement)
        conn.executemany(
            "UPDATE lots SET coins_taken = ?, paid_taken = ?, fee_taken = ? WHERE txn_id = ?",
            [(lot.coins_taken, lot.paid_taken, lot.fee_taken, i) for i, lot in every_lot.items()],
        )
        conn.execute(trigger_sql)
        for _name, sql in take_triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    services.close()
    return BigLedger(path, viewer_ids, creator_ids, gifts)
