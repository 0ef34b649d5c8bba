"""Sending gifts: catalog, combos, age, self-gift and budget rules, cumulative minting, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from giftdesk.domain.errors import (
    GiftDeskError,
    InsufficientCoins,
    InsufficientDiamonds,
    NotACreator,
    NothingToUndo,
    UndoWindowClosed,
    UnknownGift,
    UnknownTransaction,
)
from giftdesk.domain.gifting import (
    Minting,
    check_context,
    check_not_self,
    creator_share_preview,
    diamonds_cents,
    gift_cost_coins,
    mint_for_gift,
    unmint_for_undo,
)
from giftdesk.domain.people import require_adult
from giftdesk.domain.rules import Gift
from giftdesk.formatting import coins as fmt_coins
from giftdesk.services.clock import micros
from giftdesk.services.context import (
    Change,
    Context,
    Moment,
    check_key,
    new_key,
    replayed,
    request_hash,
)
from giftdesk.services.earnings import add_to_earnings_totals
from giftdesk.services.profiles import Profile, ProfileService, add_spending, spent_in
from giftdesk.storage import ledger
from giftdesk.storage.totals import take_back_diamonds


@dataclass(frozen=True, slots=True)
class GiftPreview:
    """What the sender sees before sending: cost, and what the creator really receives."""

    gift: Gift
    count: int
    coins: int
    diamonds: int
    diamonds_cents: int


class GiftRequest(NamedTuple):
    """One gift to send, alone (`send`) or in a burst (`send_batch`). A named tuple, not a
    frozen dataclass: a burst makes thousands and a tuple is made several times faster."""

    sender_id: int
    creator_id: int
    gift_name: str
    count: int = 1
    context: str = "live"
    key: str | None = None


@dataclass(slots=True)
class _Entry:
    """One ledger transaction a burst writes: a single gift, or a streak (the same sender's
    same streakable gift to the same creator and context, recorded as one combo)."""

    txn: int
    sender_id: int
    creator_id: int
    gift: Gift
    context: str
    wallet: int  # the sender's coin account
    key: str | None  # the caller's key; None: a fresh one is made when the row is written
    count: int = 0
    coins: int = 0
    diamonds: int = 0
    last: dict | None = None  # the newest gift's result


class _Burst:
    """What one write transaction of gifts keeps in memory, so that each gift costs only its
    rules: profiles, account ids, balances, budget spending and creator totals are read once
    and kept current as gifts pass their rules; the ledger rows are made at the end, each table
    written by one prepared statement run over all of them, the running totals after them.
    (Written gifts are final: every rule was checked before a gift joined an entry, against the
    balances and totals kept here.)
    """

    def __init__(
        self, conn, ctx: Context, profiles: ProfileService, moment: Moment, *, streaks: bool
    ) -> None:
        self.conn = conn
        self.moment = moment
        self.touched: set[int] = set()
        # What each request shape (sender, creator, gift, count, context) passed: the rules
        # that depend on nothing a gift changes (catalog, combo size, who may give to whom,
        # ages on each one's day at this burst's moment) give the same answer for every gift
        # of that shape.
        self.checked: dict[tuple, tuple[Gift, int, Profile, Profile]] = {}
        self.entries: list[_Entry] = []
        self._streaks: dict[tuple, _Entry] | None = {} if streaks else None
        self._ctx = ctx
        self._profiles = profiles
        self._people: dict[int, Profile] = {}
        self._days: dict[int, dt.date] = {}  # profile -> its own day at this burst's moment
        self._wallets: dict[int, list[int]] = {}  # sender -> [account id, balance]
        self._spent_before: dict[int, tuple[int, int]] = {}  # sender -> (today, this month)
        self._spent_now: dict[int, int] = {}  # sender -> coins this burst sent
        self._totals: dict[int, list[int]] = {}  # creator -> [coins received, diamonds minted]
        self._diamond_accounts: dict[int, int] = {}
        self._earnings: dict[tuple[int, int, str], list[int]] = {}  # (creator, sender, context)
        self._next_txn: int | None = None
        self._keys: dict[str, tuple[str, dict]] = {}  # key -> (request digest, result) so far

    def replay(self, key: str, digest: str) -> dict | None:
        """As Context.replay, also for keys used earlier in this burst (not yet written)."""
        if key in self._keys:
            stored_digest, result = self._keys[key]
            return replayed(result, stored_digest, digest)
        return self._ctx.replay(self.conn, key=key, digest=digest)

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

    def system(self, code: str) -> int:
        return self._ctx.system_account(self.conn, code)

    def next_transaction_id(self) -> int:
        """Ids are handed out here: the write lock is held, so nobody else can take one."""
        if self._next_txn is None:
            self._next_txn = ledger.last_transaction_id(self.conn) + 1
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
            self._spent_before[sender_id] = spent_in(
                self.conn, sender_id, self.today(self._people[sender_id])
            )
        today, month = self._spent_before[sender_id]
        added = self._spent_now.get(sender_id, 0)
        return today + added, month + added

    def creator_totals(self, creator_id: int) -> tuple[int, int]:
        if creator_id not in self._totals:
            self._totals[creator_id] = list(read_creator_totals(self.conn, creator_id))
        received, minted = self._totals[creator_id]
        return received, minted

    def entry(self, r: GiftRequest, gift: Gift, wallet: int, key: str | None) -> _Entry:
        """The transaction this gift is written in: the sender's open streak of it, if it has
        room, or a new one. A gift with the caller's key is always its own transaction (its
        key must replay it alone), and so is a gift that cannot be sent as a combo."""
        streaks = self._streaks
        joins = streaks is not None and key is None and gift.streakable
        if joins:
            streak = (r.sender_id, r.creator_id, gift.name, r.context)
            entry = streaks.get(streak)
            if entry is not None and entry.count + r.count <= self._ctx.rules.max_combo_count:
                return entry
        entry = _Entry(
            self.next_transaction_id(), r.sender_id, r.creator_id, gift, r.context, wallet, key
        )
        self.entries.append(entry)
        if joins:
            streaks[streak] = entry
        return entry

    def sent(
        self,
        entry: _Entry,
        *,
        count: int,
        coins: int,
        minting: Minting,
        digest: str | None,
        result: dict,
    ) -> None:
        sender_id, creator_id, context = entry.sender_id, entry.creator_id, entry.context
        entry.count += count
        entry.coins += coins
        entry.diamonds += minting.diamonds
        entry.last = result
        if entry.key is not None:
            self._keys[entry.key] = (digest, result)
        self._wallets[sender_id][1] -= coins
        earned = self._earnings.setdefault((creator_id, sender_id, context), [0, 0, 0])
        earned[0] += count
        earned[1] += coins
        earned[2] += minting.diamonds
        self._spent_now[sender_id] = self._spent_now.get(sender_id, 0) + coins
        self._totals[creator_id] = [minting.coins_received, minting.diamonds_minted]
        self.touched.add(sender_id)
        self.touched.add(creator_id)

    def flush(self) -> None:
        """Write each entry's transaction, transfers and gift record, then the running totals
        the burst changed."""
        rules = self._ctx.rules
        moment = self.moment
        coin_spent = self.system(ledger.COIN_SPENT)
        issuance = self.system(ledger.DIAMOND_ISSUANCE)
        transactions, transfers, gifts = [], [], []
        # A gift is filed under its sender's day (budget spending and the Earnings totals
        # both read it), as text, once per sender.
        days = {sender_id: day.isoformat() for sender_id, day in self._days.items()}
        for e in self.entries:
            result = e.last
            if e.count != result["count"]:
                # A streak's stored result is the combo's, as one send of all its gifts returns.
                result = {
                    **result,
                    "count": e.count,
                    "coins_spent": e.coins,
                    "diamonds_credited": e.diamonds,
                    "diamonds_cents": diamonds_cents(rules, e.diamonds),
                }
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
                    _send_digest(e.sender_id, e.creator_id, gift, e.count, e.context),
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
            gifts.append(
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
                )
            )
        conn = self.conn
        ledger.insert_transactions(conn, transactions)
        ledger.insert_transfers(conn, transfers)
        conn.executemany(
            "INSERT INTO gifts (txn_id, sender_id, creator_id, gift_name, unit_coins, count,"
            " coins, diamonds, context, local_day, created_us)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            gifts,
        )
        for creator_id, (received, minted) in self._totals.items():
            write_creator_totals(conn, creator_id, received, minted)
        for sender_id, added in self._spent_now.items():
            if added:
                add_spending(conn, sender_id, self._days[sender_id], added)
        for (creator_id, sender_id, context), (gifts_n, coins, diamonds) in self._earnings.items():
            add_to_earnings_totals(
                conn,
                creator_id=creator_id,
                sender_id=sender_id,
                day=days[sender_id],
                context=context,
                gifts=gifts_n,
                coins=coins,
                diamonds=diamonds,
            )


@lru_cache(maxsize=4096)
def _send_digest(sender_id: int, creator_id: int, gift: str, count: int, context: str) -> str:
    """The request hash of a send; a burst repeats the same few requests many times."""
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


def read_creator_totals(conn, creator_id: int) -> tuple[int, int]:
    """(coins received, diamonds minted) so far; (0, 0) for a profile that is no creator."""
    row = conn.execute(
        "SELECT coins_received, diamonds_minted FROM creator_totals WHERE profile_id = ?",
        (creator_id,),
    ).fetchone()
    return row if row is not None else (0, 0)


def write_creator_totals(conn, creator_id: int, coins_received: int, diamonds_minted: int) -> None:
    conn.execute(
        "UPDATE creator_totals SET coins_received = ?, diamonds_minted = ? WHERE profile_id = ?",
        (coins_received, diamonds_minted, creator_id),
    )


class GiftService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    def catalog(self) -> tuple[Gift, ...]:
        return self._ctx.rules.gifts

    def gift(self, name: str) -> Gift:
        gift = self._ctx.rules.gift(name.strip())
        if gift is None:
            raise UnknownGift(f"there is no gift named '{name}'; `giftdesk gifts` lists them")
        return gift

    def preview(self, creator_id: int, gift_name: str, count: int = 1) -> GiftPreview:
        rules = self._ctx.rules
        gift = self.gift(gift_name)
        coins = gift_cost_coins(rules, gift, count)
        received, _ = read_creator_totals(self._ctx.conn, creator_id)
        diamonds = creator_share_preview(rules, coins_received=received, coins=coins)
        return GiftPreview(gift, count, coins, diamonds, diamonds_cents(rules, diamonds))

    def check_sender(self, sender_id: int, coins: int) -> None:
        """Raise the refusal of the sender's own rules that no recharge changes (age, spending
        budget) for a gift of `coins`: the window says why before Send is pressed. (`send`
        checks them again, with everything else, in its write.)"""
        rules = self._ctx.rules
        sender = self._profiles.get(sender_id)
        today = sender.today(self._ctx.moment())
        require_adult(
            sender.name,
            sender.birthdate,
            today=today,
            min_age=rules.min_age_years,
            doing="send gifts",
        )
        if sender.budget.is_set:
            spent_today, spent_month = spent_in(self._ctx.conn, sender_id, today)
            sender.budget.check(coins=coins, spent_today=spent_today, spent_month=spent_month)

    def send(
        self,
        sender_id: int,
        creator_id: int,
        gift_name: str,
        *,
        count: int = 1,
        context: str = "live",
        key: str | None = None,
    ) -> dict:
        """Send one gift: one write transaction, refused whole if any rule says no."""
        request = GiftRequest(sender_id, creator_id, gift_name, count, context, key)
        return self._send_all([request], stop_at_refusal=True, streaks=False)[0]

    def send_batch(
        self, requests: Sequence[GiftRequest], *, streaks: bool = True
    ) -> list[dict | GiftDeskError]:
        """A live-stream burst: many gifts in one write transaction.

        Every gift is checked by every rule, in order, against the balances, budgets and
        totals the gifts before it left, and gets its own result. A refused gift writes nothing
        and does not stop the others: its error stands in its place in the returned list.

        With `streaks` (the default), a sender's repeats of the same streakable gift to the
        same creator and context become one combo, as a streak of taps does on a LIVE: one
        ledger transaction for them all (their results share its `transaction_id`, and undoing
        it undoes the combo), up to the largest combo the rules allow. A gift sent with its
        own key, or one that cannot be sent as a combo, is always its own transaction; so is
        every gift with `streaks=False`.
        """
        return self._send_all(list(requests), stop_at_refusal=False, streaks=streaks)

    def _send_all(
        self, requests: list[GiftRequest], *, stop_at_refusal: bool, streaks: bool
    ) -> list:
        ctx = self._ctx
        moment = ctx.moment()
        results: list[dict | GiftDeskError] = []
        with ctx.store.write() as conn:
            burst = _Burst(conn, ctx, self._profiles, moment, streaks=streaks)
            for request in requests:
                try:
                    results.append(self._send_one(burst, request))
                except GiftDeskError as refusal:
                    if stop_at_refusal:
                        raise
                    results.append(refusal)
            burst.flush()
        if burst.touched:
            ctx.notify(Change("gift", tuple(sorted(burst.touched))))
        return results

    def _check(self, burst: _Burst, r: GiftRequest) -> tuple[Gift, int, Profile, Profile]:
        """The rules a gift's shape decides: which gift, which context, who may give to whom."""
        rules = self._ctx.rules
        gift = self.gift(r.gift_name)
        check_context(r.context)
        sender, creator = burst.people(r.sender_id, r.creator_id)
        coins = gift_cost_coins(rules, gift, r.count)
        check_not_self(r.sender_id, r.creator_id)
        if not creator.is_creator:
            raise NotACreator(f"{creator.name} is not a creator; only creators receive gifts")
        # Each by their own calendar: the sender's day for the sender, the creator's for the
        # creator.
        require_adult(
            sender.name,
            sender.birthdate,
            today=burst.today(sender),
            min_age=rules.min_age_years,
            doing="send gifts",
        )
        require_adult(
            creator.name,
            creator.birthdate,
            today=burst.today(creator),
            min_age=rules.min_age_years,
            doing="receive gifts",
        )
        return gift, coins, sender, creator

    def _send_one(self, burst: _Burst, r: GiftRequest) -> dict:
        rules = self._ctx.rules
        moment = burst.moment
        digest = None
        if r.key is not None:  # the caller's key: a retry replays the first result
            key = check_key(r.key)
            gift = self.gift(r.gift_name)
            check_context(r.context)
            digest = _send_digest(r.sender_id, r.creator_id, gift.name, r.count, r.context)
            replay = burst.replay(key, digest)
            if replay is not None:
                return replay
        else:  # a fresh key cannot have been used: it is made when the row is written
            key = None
        shape = (r.sender_id, r.creator_id, r.gift_name, r.count, r.context)
        checked = burst.checked.get(shape)
        if checked is None:  # refusals are not kept: each refused gift raises its own error
            checked = burst.checked[shape] = self._check(burst, r)
        gift, coins, sender, creator = checked
        if sender.budget.is_set:
            spent_today, spent_month = burst.spent(r.sender_id)
            sender.budget.check(coins=coins, spent_today=spent_today, spent_month=spent_month)
        wallet, balance = burst.wallet(r.sender_id)
        if balance < coins:
            raise InsufficientCoins(
                f"{gift.name} x{r.count} costs {fmt_coins(coins)} but {sender.name} has "
                f"{fmt_coins(balance)}; recharge {fmt_coins(coins - balance)} more",
                needed_coins=coins,
                balance_coins=balance,
            )
        received, minted = burst.creator_totals(r.creator_id)
        minting = mint_for_gift(rules, coins_received=received, diamonds_minted=minted, coins=coins)

        # Every rule passed: from here on the gift is written, nothing is refused.
        entry = burst.entry(r, gift, wallet, key)
        result = {
            "balance_coins": balance - coins,
            "coins_spent": coins,
            "context": r.context,
            "count": r.count,
            "created_at": moment.iso,
            "creator": creator.name,
            "diamonds_credited": minting.diamonds,
            "diamonds_cents": diamonds_cents(rules, minting.diamonds),
            "gift": gift.name,
            "sender": sender.name,
            "transaction_id": entry.txn,
            # the same ISO 8601 UTC form as created_at, for scripts that offer an undo
            "undo_until": (moment.utc + dt.timedelta(seconds=rules.undo_seconds)).isoformat(
                timespec="microseconds"
            ),
        }
        burst.sent(entry, count=r.count, coins=coins, minting=minting, digest=digest, result=result)
        return result

    def sender_of(self, gift_txn_id: int) -> int:
        """Who sent the gift of transaction `gift_txn_id` (an undo acts as them)."""
        row = self._ctx.conn.execute(
            "SELECT sender_id FROM gifts WHERE txn_id = ?", (gift_txn_id,)
        ).fetchone()
        if row is None:
            raise UnknownTransaction(f"there is no gift with transaction number {gift_txn_id}")
        return row[0]

    def undo_seconds_left(self, sent_at: str) -> int:
        """Whole seconds (rounded up) left to undo a gift whose `created_at` is `sent_at`; 0
        once it is final. A send that waited for another writer's lock was stamped before the
        wait, so less than the full window may be left when it returns."""
        elapsed_us = micros(self._ctx.clock.now()) - micros(dt.datetime.fromisoformat(sent_at))
        left_us = self._ctx.rules.undo_seconds * 1_000_000 - elapsed_us
        return max(0, -(-left_us // 1_000_000))

    def undo(
        self,
        gift_txn_id: int,
        *,
        sender_id: int | None = None,
        sent_at: str | None = None,
        key: str | None = None,
    ) -> dict:
        """Reverse a gift sent less than `undo_seconds` ago, by a new transaction.

        With `sender_id` (the window passes the profile it acts as) only that sender's gift
        can be undone. With `sent_at` (the send's `created_at`, which the window also passes)
        only that very gift: after a restore from a backup, the same transaction number may
        be another gift.
        """
        ctx = self._ctx
        rules = ctx.rules
        key = check_key(key)
        request = {"action": "undo", "gift_transaction": gift_txn_id}
        moment = ctx.moment()
        with ctx.idempotent_write(key=key, request=request) as write:
            if write.replay is not None:
                return write.replay
            conn = write.conn
            row = conn.execute(
                "SELECT g.sender_id, g.creator_id, g.coins, g.local_day, g.created_us, g.gift_name,"
                " g.count, u.id, g.context FROM gifts g"
                " LEFT JOIN transactions u ON u.reverses_id = g.txn_id WHERE g.txn_id = ?",
                (gift_txn_id,),
            ).fetchone()
            if row is None:
                raise UnknownTransaction(f"there is no gift with transaction number {gift_txn_id}")
            if sender_id is not None and sender_id != row[0]:
                raise NothingToUndo("only the sender can undo a gift")
            if sent_at is not None and micros(dt.datetime.fromisoformat(sent_at)) != row[4]:
                raise NothingToUndo(
                    "that gift is no longer in this ledger (it was replaced "
                    "by a backup); nothing was undone"
                )
            (
                sender_id,
                creator_id,
                coins,
                local_day,
                created_us,
                gift_name,
                count,
                undone,
                context,
            ) = row
            if undone is not None:
                raise NothingToUndo("that gift was already undone")
            if moment.us - created_us > rules.undo_seconds * 1_000_000:
                raise UndoWindowClosed(
                    f"a gift can be undone for {rules.undo_seconds} seconds after sending; "
                    "this one is final"
                )
            received, minted = read_creator_totals(conn, creator_id)
            minting = unmint_for_undo(
                rules, coins_received=received, diamonds_minted=minted, coins=coins
            )
            creator_account = ledger.profile_account(conn, creator_id, ledger.DIAMOND)
            if ledger.balance(conn, creator_account) < minting.diamonds:
                raise InsufficientDiamonds(
                    "the creator has already requested a payout of these diamonds; "
                    "the gift cannot be undone"
                )
            txn = write.transaction(
                kind="gift_undo",
                profile_id=sender_id,
                counterparty_id=creator_id,
                moment=moment,
                reverses_id=gift_txn_id,
            )
            wallet = ledger.profile_account(conn, sender_id, ledger.COIN)
            ledger.transfer(
                conn,
                txn,
                ledger.system_account(conn, ledger.COIN_SPENT),
                wallet,
                ledger.COIN,
                coins,
            )
            ledger.transfer(
                conn,
                txn,
                creator_account,
                ledger.system_account(conn, ledger.DIAMOND_ISSUANCE),
                ledger.DIAMOND,
                minting.diamonds,
            )
            write_creator_totals(conn, creator_id, minting.coins_received, minting.diamonds_minted)
            add_spending(conn, sender_id, dt.date.fromisoformat(local_day), -coins)
            add_to_earnings_totals(
                conn,
                creator_id=creator_id,
                sender_id=sender_id,
                day=local_day,
                context=context,
                gifts=-count,
                coins=-coins,
                diamonds=0,
            )
            # The diamonds the undo took back, not the ones the gift minted (with rounding
            # carried between gifts they can differ by one): the Earnings tab must add up to
            # the diamonds the creator kept.
            take_back_diamonds(
                conn,
                creator_id=creator_id,
                day=local_day,
                context=context,
                diamonds=minting.diamonds,
            )
            result = {
                "transaction_id": txn,
                "undone_transaction_id": gift_txn_id,
                "gift": gift_name,
                "count": count,
                "coins_refunded": coins,
                "diamonds_reversed": minting.diamonds,
                "balance_coins": ledger.balance(conn, wallet),
                "created_at": moment.iso,
            }
            ledger.record_result(conn, txn, result)
        ctx.notify(Change("undo", (sender_id, creator_id)))
        return result
