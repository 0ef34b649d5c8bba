"""The burst writer: what one write transaction of gifts keeps in memory, and writes at its end.

Each gift then costs only its rules: profiles, account ids, balances, budget spending and
creator totals are read once and kept current as gifts pass their rules; the ledger rows are
made at the end, each table written by one prepared statement run over all of them, the
running totals after them. (Written gifts are final: every rule was checked, by GiftService,
before a gift joined an entry, against the balances and totals kept here.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from giftdesk.domain.gifting import Minting, diamonds_cents
from giftdesk.domain.rules import Gift
from giftdesk.domain.trails import MoneyTrail, OpenLot, take_fifo
from giftdesk.services.catch_up import catch_up
from giftdesk.services.context import Context, Moment, check_replay, new_key, request_hash
from giftdesk.services.profiles import Profile, ProfileService
from giftdesk.services.results import GiftSent
from giftdesk.storage import gifts, leaderboards, ledger, lives, lots, spending, totals
from giftdesk.storage.connection import batched
from giftdesk.storage.db import Connection
from giftdesk.storage.gifts import GiftRow
from giftdesk.storage.lots import SpendingRow, TakeRow

# What each request shape (sender, creator, gift name, count, context asked for) passed: its
# gift, coins, sender and creator, the context it is sent in and the LIVE it joins (or None).
Checked = tuple[Gift, int, Profile, Profile, str, int | None]
_NO_TRAIL = MoneyTrail(0, 0, 0, 0)  # a place held for a tap's trail until it is written
# A gift that passed its rules, as GiftSent's fields but its money trail, which is worked out
# when the burst is written (in transaction order, so that a combo's takes from a lot are one
# run of it, as `verify` works them out again).
TapFields = tuple[int, int, str, int, str, str, int, int, str, str, int, str, int | None]


@lru_cache(maxsize=4096)
def send_digest(sender_id: int, creator_id: int, gift: str, count: int, context: str | None) -> str:
    """The request hash of a send, as asked (context None: the default, live while the creator
    is LIVE); a burst repeats the same few requests many times."""
    return request_hash(
        {
            "action": "send",
            "sender": sender_id,
            "creator": creator_id,
            "gift": gift,
            "count": count,
            "context": context,
        }
    )


@dataclass(slots=True)
class Entry:
    """One ledger transaction a burst writes: a single gift, or a streak (the same sender's
    same streakable gift to the same creator and context, recorded as one combo)."""

    txn: int
    sender_id: int
    creator_id: int
    gift: Gift
    context: str
    live_id: int | None  # the LIVE it is sent in
    wallet: int  # the sender's coin account
    key: str | None  # the caller's key; None: a fresh one is made when the row is written
    asked: str | None  # the context as the caller asked for it, which its request hash keeps
    count: int = 0
    coins: int = 0
    diamonds: int = 0
    # Each gift that joined it: (its coins, its diamonds, its index in Burst.taps).
    taps: list[tuple[int, int, int]] = field(default_factory=list)


class Burst:
    """The gifts of one write transaction, kept in memory until `flush` writes them."""

    def __init__(
        self,
        conn: Connection,
        ctx: Context,
        profiles: ProfileService,
        moment: Moment,
        *,
        streaks: bool,
    ) -> None:
        self.conn = conn
        self.moment = moment
        # Every gift of the burst shares its moment, and so its undo window's end (ISO 8601
        # UTC, like created_at): made once here, not once a gift.
        self.undo_until = (moment.utc + dt.timedelta(seconds=ctx.rules.undo_seconds)).isoformat(
            timespec="microseconds"
        )
        self.touched: set[int] = set()
        # What each request shape passed: the rules that depend on nothing a gift changes
        # (catalog, combo size, who may give to whom, ages on each one's day at this burst's
        # moment) give the same answer for every gift of that shape.
        self.checked: dict[tuple[int, int, str, int, str | None], Checked] = {}
        self.entries: list[Entry] = []
        self._streaks: dict[tuple[int, int, str, str], Entry] | None = {} if streaks else None
        self._ctx = ctx
        self._profiles = profiles
        self._people: dict[int, Profile] = {}
        self._days: dict[int, dt.date] = {}  # profile -> its own day at this burst's moment
        self._wallets: dict[int, list[int]] = {}  # sender -> [account id, balance]
        self._spent_before: dict[int, tuple[int, int]] = {}  # sender -> (today, this month)
        self._spent_now: dict[int, int] = {}  # sender -> coins this burst sent
        self._totals: dict[int, list[int]] = {}  # creator -> [coins received, diamonds minted]
        self.totals_read: dict[int, tuple[int, int]] = {}  # creator -> as first read
        self.rules = ctx.rules
        self._diamond_accounts: dict[int, int] = {}
        self._on_air: dict[int, int | None] = {}  # creator -> the LIVE on air, or None
        self._earnings: dict[tuple[int, int, str], list[int]] = {}  # (creator, sender, context)
        self._next_txn: int | None = None
        self._keys: dict[str, tuple[str, int]] = {}  # key -> (request digest, its tap)
        self.taps: list[TapFields] = []  # every gift sent, in order
        self.trails: list[MoneyTrail] = []  # each tap's, once written
        self._lots: dict[int, list[OpenLot]] = {}  # sender -> lots with coins left
        self._trail_cache: dict[tuple[int, int, int], MoneyTrail] = {}

    def replay(self, key: str, digest: str) -> GiftSent | int | None:
        """As Context.replay; for a key used earlier in this burst (not yet written), -1 less
        the index of its tap: its replay is made once the burst is written (`result`)."""
        if key in self._keys:
            stored_digest, tap = self._keys[key]
            check_replay(stored_digest, digest)
            return -1 - tap
        stored = self._ctx.replay(self.conn, key=key, digest=digest)
        return None if stored is None else GiftSent.replay_of(stored)

    def result(self, tap: int) -> GiftSent:
        """A tap's result, once the burst is written; for -1 less a tap, its replay."""
        if tap < 0:
            return GiftSent.replay_of(self.result(-1 - tap).as_dict())
        return GiftSent(*self.taps[tap], self.trails[tap])

    def people(self, sender_id: int, creator_id: int) -> tuple[Profile, Profile]:
        """A gift's sender and creator, read once per burst, both in one look-up."""
        people = self._people
        if sender_id not in people or creator_id not in people:
            people[sender_id], people[creator_id] = self._profiles.get_pair(sender_id, creator_id)
        return people[sender_id], people[creator_id]

    def today(self, profile: Profile) -> dt.date:
        """The profile's day in its own zone, worked out once a burst (a zone conversion is
        a few microseconds; a burst asks for each gift's sender)."""
        day = self._days.get(profile.id)
        if day is None:
            day = self._days[profile.id] = profile.today(self.moment)
        return day

    def on_air(self, creator_id: int) -> int | None:
        """The creator's LIVE on air, read once a burst: the write lock is held, so no LIVE
        starts or ends while the burst is written."""
        if creator_id not in self._on_air:
            self._on_air[creator_id] = lives.on_air_id(self.conn, creator_id)
        return self._on_air[creator_id]

    def system(self, code: str) -> int:
        return self._ctx.system_account(self.conn, code)

    def next_transaction_id(self) -> int:
        """Ids are handed out here, provisionally (ledger.provisional_transaction_id); `flush`,
        which claims the right to give them, moves them on to the ones they get."""
        if self._next_txn is None:
            self._next_txn = ledger.provisional_transaction_id(self.conn)
        txn, self._next_txn = self._next_txn, self._next_txn + 1
        return txn

    def wallet(self, sender_id: int) -> tuple[int, int]:
        if sender_id not in self._wallets:
            self._wallets[sender_id] = list(
                ledger.profile_account_balance(self.conn, sender_id, ledger.COIN)
            )
        account, balance = self._wallets[sender_id]
        return account, balance

    def diamond_account(self, creator_id: int) -> int:
        if creator_id not in self._diamond_accounts:
            self._diamond_accounts[creator_id] = ledger.profile_account(
                self.conn, creator_id, ledger.DIAMOND
            )
        return self._diamond_accounts[creator_id]

    def spent(self, sender_id: int) -> tuple[int, int]:
        """Coins the sender has sent today and this month, this burst's gifts included. Read
        only for a sender with a budget: nothing else depends on it."""
        if sender_id not in self._spent_before:
            self._spent_before[sender_id] = spending.spent_in(
                self.conn, sender_id, self.today(self._people[sender_id])
            )
        today, month = self._spent_before[sender_id]
        added = self._spent_now.get(sender_id, 0)
        return today + added, month + added

    def creator_totals(self, creator_id: int) -> tuple[int, int]:
        if creator_id not in self._totals:
            read = self.totals_read[creator_id] = gifts.read_creator_totals(self.conn, creator_id)
            self._totals[creator_id] = list(read)
        received, minted = self._totals[creator_id]
        return received, minted

    def entry(
        self,
        sender_id: int,
        creator_id: int,
        gift: Gift,
        count: int,
        context: str,
        live_id: int | None,
        wallet: int,
        key: str | None,
        asked: str | None,
    ) -> Entry:
        """The transaction this gift is written in: the sender's open streak of it, if it has
        room, or a new one. A gift with the caller's key is always its own transaction (its
        key must replay it alone), and so is a gift that cannot be sent as a combo."""
        streaks = self._streaks
        if streaks is not None and key is None and gift.streakable:
            streak = (sender_id, creator_id, gift.name, context)
            entry = streaks.get(streak)
            if entry is not None and entry.count + count <= self._ctx.rules.max_combo_count:
                return entry
            entry = streaks[streak] = self._new_entry(
                sender_id, creator_id, gift, context, live_id, wallet, None, asked
            )
            return entry
        return self._new_entry(sender_id, creator_id, gift, context, live_id, wallet, key, asked)

    def _new_entry(
        self,
        sender_id: int,
        creator_id: int,
        gift: Gift,
        context: str,
        live_id: int | None,
        wallet: int,
        key: str | None,
        asked: str | None,
    ) -> Entry:
        entry = Entry(
            self.next_transaction_id(),
            sender_id,
            creator_id,
            gift,
            context,
            live_id,
            wallet,
            key,
            asked,
        )
        self.entries.append(entry)
        return entry

    def sent(
        self,
        entry: Entry,
        *,
        count: int,
        coins: int,
        minting: Minting,
        digest: str | None,
        fields: TapFields,
    ) -> int:
        """Record a gift that passed every rule; its tap's index, for its result."""
        sender_id, creator_id, context = entry.sender_id, entry.creator_id, entry.context
        tap = len(self.taps)
        self.taps.append(fields)
        entry.count += count
        entry.coins += coins
        entry.diamonds += minting.diamonds
        entry.taps.append((coins, minting.diamonds, tap))
        if entry.key is not None and digest is not None:
            self._keys[entry.key] = (digest, tap)
        self._wallets[sender_id][1] -= coins
        earned = self._earnings.setdefault((creator_id, sender_id, context), [0, 0, 0])
        earned[0] += count
        earned[1] += coins
        earned[2] += minting.diamonds
        self._spent_now[sender_id] = self._spent_now.get(sender_id, 0) + coins
        self._totals[creator_id] = [minting.coins_received, minting.diamonds_minted]
        self.touched.add(sender_id)
        self.touched.add(creator_id)
        return tap

    def _take(self, entry: Entry) -> tuple[list[TakeRow], int, int]:
        """Take each tap's coins from the sender's lots, oldest first, and keep each tap's
        trail: (the entry's takes, its paid cents, its store fee cents). The rule is
        domain/trails.py's (`charge`, `take_fifo`), written out inline for the usual tap that
        fits in the oldest lot: a burst runs it for thousands of gifts."""
        rules = self._ctx.rules
        open_lots = self._lots.get(entry.sender_id)
        if open_lots is None:
            open_lots = self._lots[entry.sender_id] = lots.open_lots(self.conn, entry.sender_id)
        by_lot: dict[int, list[int]] = {}  # lot -> [coins, paid, fee]
        trails = self.trails
        made = self._trail_cache  # a burst's gifts are mostly alike: their trails are shared
        lot: OpenLot | None = None
        for coins, diamonds, tap in entry.taps:
            if lot is None and open_lots:
                lot = open_lots[0]
                size, price, store = lot.coins, lot.price_cents, lot.store_fee_cents
                taken, paid_out, fee_out = lot.coins_taken, lot.paid_taken, lot.fee_taken
            if lot is not None and size - taken > coins:  # the usual case: charge(lot, coins)
                taken += coins
                paid = taken * price // size - paid_out
                fee = taken * store // size - fee_out
                paid = paid if paid > 0 else 0
                fee = fee if fee > 0 else 0
                paid_out += paid
                fee_out += fee
            else:
                if lot is not None:  # put the oldest lot's state back before the long way
                    _settle(by_lot, lot, taken, paid_out, fee_out)
                    lot = None
                paid = fee = 0
                for t in take_fifo(open_lots, coins):
                    paid += t.paid_cents
                    fee += t.store_fee_cents
                    spent = by_lot.setdefault(t.lot_id, [0, 0, 0])
                    spent[0] += t.coins
                    spent[1] += t.paid_cents
                    spent[2] += t.store_fee_cents
            shape = (paid, fee, diamonds)
            trail = made.get(shape)
            if trail is None:
                creator_cents = diamonds_cents(rules, diamonds)
                trail = made[shape] = MoneyTrail(
                    paid, fee, paid - fee - creator_cents, creator_cents
                )
            trails[tap] = trail
        if lot is not None:
            _settle(by_lot, lot, taken, paid_out, fee_out)
        rows = [(entry.txn, i, c, p, f) for i, (c, p, f) in by_lot.items() if c]
        return rows, sum(r[3] for r in rows), sum(r[4] for r in rows)

    def earned(self, creator_id: int, sender_id: int, context: str) -> list[int]:
        """[gifts, coins, diamonds] the burst's gifts from sender to creator in context add to
        the Earnings totals."""
        return self._earnings[(creator_id, sender_id, context)]

    def set_totals(self, creator_id: int, received: int, minted: int) -> None:
        self._totals[creator_id] = [received, minted]

    def _renumber(self, by: int) -> None:
        """Move the burst's transaction ids on `by` (0 but where another write took them)."""
        if by == 0:
            return
        for entry in self.entries:
            entry.txn += by
        # A tap's transaction id is its field 10 (TapFields).
        self.taps = [(*t[:10], t[10] + by, *t[11:]) for t in self.taps]

    def flush(self) -> None:
        """Write each entry's transaction, transfers and gift record, then the running totals
        the burst changed: balances, creator totals, budget spending, the Earnings totals, the
        leaderboards' day rows and the figures of the LIVEs its gifts were sent in."""
        conn = self.conn
        # Everything the rows need read first (each sender's open lots, each creator's diamond
        # account), then the ids claimed: from there to the commit, writes on a server about
        # other profiles wait (storage/pg_store.py), so nothing there waits on an answer.
        coin_spent = self.system(ledger.COIN_SPENT)
        issuance = self.system(ledger.DIAMOND_ISSUANCE)
        for e in self.entries:
            if e.sender_id not in self._lots:
                self._lots[e.sender_id] = lots.open_lots(conn, e.sender_id)
            self.diamond_account(e.creator_id)  # a gift may mint once caught up (catch_up)
        if self.entries:
            counted_on = self.entries[0].txn
            self._renumber(ledger.claim_transaction_ids(conn, counted_on) - counted_on)
            catch_up(self)
        rules = self.rules
        moment = self.moment
        transactions: list[ledger.TransactionRow] = []
        transfers: list[ledger.TransferRow] = []
        records: list[GiftRow] = []
        # A gift is filed under its sender's day (budget spending and the Earnings totals
        # both read it) and its creator's (the leaderboards), as text, once per profile.
        days = {profile_id: day.isoformat() for profile_id, day in self._days.items()}
        on_air: dict[int, list[int]] = {}  # LIVE -> [diamonds, coins, gift items]
        live_fans: dict[tuple[int, int], list[int]] = {}  # (LIVE, sender) -> [coins, items]
        takes: list[TakeRow] = []
        months: dict[tuple[int, str, int], list[int]] = {}  # (sender, month, creator) -> sums
        self.trails = [_NO_TRAIL] * len(self.taps)
        for e in self.entries:
            entry_takes, paid, fee = self._take(e)
            takes += entry_takes
            creator_cents = diamonds_cents(rules, e.diamonds)
            trail = MoneyTrail(paid, fee, paid - fee - creator_cents, creator_cents)
            last = e.taps[-1][2]
            result: dict[str, Any] = GiftSent(*self.taps[last], trail).as_dict()
            if len(e.taps) > 1:
                # A streak's stored result is the combo's, as one send of all its gifts returns.
                result["count"] = e.count
                result["coins_spent"] = e.coins
                result["diamonds_credited"] = e.diamonds
                result["diamonds_cents"] = creator_cents
            month = (e.sender_id, days[e.sender_id][:7], e.creator_id)
            spent = months.get(month)
            if spent is None:
                months[month] = [e.count, e.coins, paid, fee, creator_cents]
            else:
                spent[0] += e.count
                spent[1] += e.coins
                spent[2] += paid
                spent[3] += fee
                spent[4] += creator_cents
            gift = e.gift.name
            transactions.append(
                ledger.TransactionRow(
                    e.txn,
                    "gift",
                    e.sender_id,
                    e.creator_id,
                    None,
                    moment.iso,
                    moment.us,
                    rules.version,
                    e.key if e.key is not None else new_key(),
                    send_digest(e.sender_id, e.creator_id, gift, e.count, e.asked),
                    ledger.result_json(result),
                )
            )
            transfers.append(ledger.TransferRow(e.txn, e.wallet, coin_spent, ledger.COIN, e.coins))
            if e.diamonds:  # a 1-coin rose mints nothing every other time: no transfer
                transfers.append(
                    ledger.TransferRow(
                        e.txn,
                        issuance,
                        self.diamond_account(e.creator_id),
                        ledger.DIAMOND,
                        e.diamonds,
                    )
                )
            records.append(
                (
                    e.txn,
                    e.sender_id,
                    e.creator_id,
                    gift,
                    e.gift.coins,
                    e.count,
                    e.coins,
                    e.diamonds,
                    e.context,
                    days[e.sender_id],
                    moment.us,
                    e.live_id,
                    days[e.creator_id],
                    paid,
                    fee,
                    trail.platform_cents,
                    creator_cents,
                )
            )
            if e.live_id is not None:
                figures = on_air.setdefault(e.live_id, [0, 0, 0])
                figures[0] += e.diamonds
                figures[1] += e.coins
                figures[2] += e.count
                fan = live_fans.setdefault((e.live_id, e.sender_id), [0, 0])
                fan[0] += e.coins
                fan[1] += e.count
        with batched(conn):
            self._write(transactions, transfers, takes, records, months, days, on_air, live_fans)

    def _write(
        self,
        transactions: list[ledger.TransactionRow],
        transfers: list[ledger.TransferRow],
        takes: list[TakeRow],
        records: list[GiftRow],
        months: dict[tuple[int, str, int], list[int]],
        days: dict[int, str],
        on_air: dict[int, list[int]],
        live_fans: dict[tuple[int, int], list[int]],
    ) -> None:
        """The burst's rows and running totals, written (flush's second half)."""
        conn = self.conn
        ledger.insert_transactions(conn, transactions)
        ledger.insert_transfers(conn, transfers)
        lots.insert_takes(conn, takes)  # before the gifts, whose trails must add them up
        gifts.insert_gifts(conn, records)
        spending_rows: list[SpendingRow] = [
            (sender, month, creator, n, coins, paid, fee, cents)
            for (sender, month, creator), (n, coins, paid, fee, cents) in months.items()
        ]
        lots.add_to_spending(conn, spending_rows)
        for creator_id, (received, minted) in self._totals.items():
            gifts.write_creator_totals(conn, creator_id, received, minted)
        for sender_id, added in self._spent_now.items():
            if added:
                spending.add_spending(conn, sender_id, self._days[sender_id], added)
        board: dict[tuple[int, int], list[int]] = {}  # (creator, sender) -> [items, coins]
        for (creator_id, sender_id, context), (gifts_n, coins, diamonds) in self._earnings.items():
            day_row = board.setdefault((creator_id, sender_id), [0, 0])
            day_row[0] += gifts_n
            day_row[1] += coins
            totals.add_to_earnings_totals(
                conn,
                creator_id=creator_id,
                sender_id=sender_id,
                day=days[sender_id],
                context=context,
                gifts=gifts_n,
                coins=coins,
                diamonds=diamonds,
            )
        leaderboards.add_to_days(
            conn,
            [
                (creator_id, days[creator_id], sender_id, items, coins)
                for (creator_id, sender_id), (items, coins) in board.items()
            ],
        )
        if on_air:
            lives.add_to_lives(conn, [(live, d, c, n) for live, (d, c, n) in on_air.items()])
            lives.add_to_supporters(
                conn, [(live, sender, c, n) for (live, sender), (c, n) in live_fans.items()]
            )


def _settle(by_lot: dict[int, list[int]], lot: OpenLot, taken: int, paid: int, fee: int) -> None:
    """Add what the taps charged to `lot` since it was picked up (its running totals now
    `taken`, `paid`, `fee`) to the entry's takes, and keep those totals in the lot."""
    took = by_lot.setdefault(lot.lot_id, [0, 0, 0])
    took[0] += taken - lot.coins_taken
    took[1] += paid - lot.paid_taken
    took[2] += fee - lot.fee_taken
    lot.coins_taken, lot.paid_taken, lot.fee_taken = taken, paid, fee
