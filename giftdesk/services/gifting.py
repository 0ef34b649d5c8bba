"""Sending gifts: catalog, combos, age, self-gift and budget rules, cumulative minting, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from giftdesk.domain.errors import (
    GiftDeskError,
    InsufficientCoins,
    InsufficientDiamonds,
    NotACreator,
    NothingToUndo,
    NotLive,
    UndoWindowClosed,
    UnknownGift,
    UnknownTransaction,
)
from giftdesk.domain.gifting import (
    check_context,
    check_not_self,
    creator_share_preview,
    diamonds_cents,
    gift_cost_coins,
    mint_for_gift,
    unmint_for_undo,
)
from giftdesk.domain.people import require_adult
from giftdesk.domain.references import split_transaction_reference, transaction_mark
from giftdesk.domain.rules import Gift
from giftdesk.domain.trails import MoneyTrail, take_fifo
from giftdesk.formatting import coins as fmt_coins
from giftdesk.i18n import _
from giftdesk.services.burst import Burst, Checked, send_digest
from giftdesk.services.clock import micros
from giftdesk.services.context import Change, ChangeKind, Context, check_key
from giftdesk.services.profiles import ProfileService
from giftdesk.services.results import GiftSent, Undone
from giftdesk.services.retries import retried
from giftdesk.storage import gifts, leaderboards, ledger, lives, lots, spending, totals
from giftdesk.storage.connection import claim_ids


@dataclass(frozen=True, slots=True)
class GiftPreview:
    """What the sender sees before sending: cost, and what the creator really receives."""

    gift: Gift
    count: int
    coins: int
    diamonds: int
    diamonds_cents: int


@dataclass(frozen=True, slots=True)
class TrailPreview:
    """Where the money of a gift would go if sent now, before it is sent: the very coins it
    would take (first in, first out) and what they cost, as `send` will store it."""

    coins: int
    diamonds: int
    trail: MoneyTrail
    free_coins: int  # of `coins`, those from a lot that cost nothing
    missing_coins: int  # of `coins`, those the sender does not have (the send is refused)


class GiftRequest(NamedTuple):
    """One gift to send, alone (`send`) or in a burst (`send_batch`). A named tuple, not a
    frozen dataclass: a burst makes thousands and a tuple is made several times faster."""

    sender_id: int
    creator_id: int
    gift_name: str
    # A field named like tuple.count, which it hides: the name every caller already uses.
    count: int = 1  # type: ignore[assignment]
    # "live", "video", or None: live while the creator is LIVE, else video (DESIGN 8).
    context: str | None = None
    key: str | None = None


class GiftService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    def catalog(self) -> tuple[Gift, ...]:
        return self._ctx.rules.gifts

    def gift(self, name: str) -> Gift:
        gift = self._ctx.rules.gift(name.strip())
        if gift is None:
            raise UnknownGift(
                _("there is no gift named '{name}'; `giftdesk gifts` lists them").format(name=name)
            )
        return gift

    def preview(self, creator_id: int, gift_name: str, count: int = 1) -> GiftPreview:
        rules = self._ctx.rules
        gift = self.gift(gift_name)
        coins = gift_cost_coins(rules, gift, count)
        received, _ = gifts.read_creator_totals(self._ctx.conn, creator_id)
        diamonds = creator_share_preview(rules, coins_received=received, coins=coins)
        return GiftPreview(gift, count, coins, diamonds, diamonds_cents(rules, diamonds))

    def preview_trail(
        self, sender_id: int, creator_id: int, gift_name: str, count: int = 1
    ) -> TrailPreview:
        """The money trail sending `count` of `gift_name` would store, worked out by the
        domain's rule on the sender's open lots as they stand, writing nothing."""
        rules = self._ctx.rules
        gift = self.gift(gift_name)
        coins = gift_cost_coins(rules, gift, count)
        conn = self._ctx.conn
        open_lots = lots.open_lots(conn, sender_id)  # fresh copies: taking from them writes nothing
        priced = {lot.lot_id: lot.price_cents for lot in open_lots}
        takes = take_fifo(open_lots, coins)
        paid = sum(t.paid_cents for t in takes)
        fee = sum(t.store_fee_cents for t in takes)
        free = sum(t.coins for t in takes if priced[t.lot_id] == 0)
        missing = coins - sum(t.coins for t in takes)
        received, _ = gifts.read_creator_totals(conn, creator_id)
        diamonds = creator_share_preview(rules, coins_received=received, coins=coins)
        trail = MoneyTrail.of(
            paid_cents=paid, store_fee_cents=fee, creator_cents=diamonds_cents(rules, diamonds)
        )
        return TrailPreview(coins, diamonds, trail, free, missing)

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
            doing=_("send gifts"),
        )
        if sender.budget.is_set:
            spent_today, spent_month = spending.spent_in(self._ctx.conn, sender_id, today)
            sender.budget.check(coins=coins, spent_today=spent_today, spent_month=spent_month)

    def send(
        self,
        sender_id: int,
        creator_id: int,
        gift_name: str,
        *,
        count: int = 1,
        context: str | None = None,
        key: str | None = None,
    ) -> GiftSent:
        """Send one gift: one write transaction, refused whole if any rule says no. Without a
        `context` it is sent during the creator's LIVE if they are LIVE, else on a video; a
        gift sent "live" to a creator who is not LIVE is refused (NotLive)."""
        request = GiftRequest(sender_id, creator_id, gift_name, count, context, key)
        sent = self._send_all([request], stop_at_refusal=True, streaks=False)[0]
        assert isinstance(sent, GiftSent)  # a refusal was raised
        return sent

    def send_batch(
        self, requests: Sequence[GiftRequest], *, streaks: bool = True
    ) -> list[GiftSent | GiftDeskError]:
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

    @retried
    def _send_all(
        self, requests: list[GiftRequest], *, stop_at_refusal: bool, streaks: bool
    ) -> list[GiftSent | GiftDeskError]:
        ctx = self._ctx
        moment = ctx.moment()
        # A gift's result, or its tap in the burst (made once the burst is written, with the
        # money trail worked out then), or its refusal.
        outcomes: list[GiftSent | int | GiftDeskError] = []
        # The gifts' senders: their balances, budgets and lots are what the rules read and the
        # gifts take from; writes about other senders may run beside, to the same creators
        # too (the burst catches up with them once it may write: services/catch_up.py).
        senders = {r.sender_id for r in requests}
        with ctx.store.write(profiles=senders) as conn:
            burst = Burst(conn, ctx, self._profiles, moment, streaks=streaks)
            for request in requests:
                try:
                    outcomes.append(self._send_one(burst, request))
                except GiftDeskError as refusal:
                    if stop_at_refusal:
                        raise
                    outcomes.append(refusal)
            burst.flush()
        if burst.touched:
            ctx.notify(Change(ChangeKind.GIFT, tuple(sorted(burst.touched))))
        taps, trails, result, of_tap = burst.taps, burst.trails, burst.result, GiftSent.of_tap
        return [
            (of_tap(taps[o], trails[o]) if o >= 0 else result(o)) if type(o) is int else o  # type: ignore[misc]
            for o in outcomes
        ]

    def _check(self, burst: Burst, r: GiftRequest) -> Checked:
        """The rules a gift's shape decides: which gift, which context, who may give to whom,
        and the LIVE it joins."""
        rules = self._ctx.rules
        gift = self.gift(r.gift_name)
        if r.context is not None:
            check_context(r.context)
        sender, creator = burst.people(r.sender_id, r.creator_id)
        coins = gift_cost_coins(rules, gift, r.count)
        check_not_self(r.sender_id, r.creator_id)
        if not creator.is_creator:
            raise NotACreator(
                _("{name} is not a creator; only creators receive gifts").format(name=creator.name)
            )
        # Each by their own calendar: the sender's day for the sender, the creator's for the
        # creator.
        require_adult(
            sender.name,
            sender.birthdate,
            today=burst.today(sender),
            min_age=rules.min_age_years,
            doing=_("send gifts"),
        )
        require_adult(
            creator.name,
            creator.birthdate,
            today=burst.today(creator),
            min_age=rules.min_age_years,
            doing=_("receive gifts"),
        )
        live_id = burst.on_air(r.creator_id)
        context = r.context or ("live" if live_id is not None else "video")
        if context != "live":
            live_id = None
        elif live_id is None:
            raise NotLive(
                _(
                    "{name} is not LIVE now: a gift can be sent during a LIVE only while it is on "
                    "air; send it on a video instead"
                ).format(name=creator.name)
            )
        return gift, coins, sender, creator, context, live_id

    def _send_one(self, burst: Burst, r: GiftRequest) -> GiftSent | int:
        rules = self._ctx.rules
        digest = None
        # A fresh key cannot have been used: it is made when the row is written (None here).
        key: str | None = None
        if r.key is not None:  # the caller's key: a retry replays the first result
            key = check_key(r.key)
            gift = self.gift(r.gift_name)
            if r.context is not None:
                check_context(r.context)
            digest = send_digest(r.sender_id, r.creator_id, gift.name, r.count, r.context)
            replay = burst.replay(key, digest)
            if replay is not None:
                return replay
        shape = (r.sender_id, r.creator_id, r.gift_name, r.count, r.context)
        checked = burst.checked.get(shape)
        if checked is None:  # refusals are not kept: each refused gift raises its own error
            checked = burst.checked[shape] = self._check(burst, r)
        gift, coins, sender, creator, context, live_id = checked
        if sender.budget.is_set:
            spent_today, spent_month = burst.spent(r.sender_id)
            sender.budget.check(coins=coins, spent_today=spent_today, spent_month=spent_month)
        wallet, balance = burst.wallet(r.sender_id)
        if balance < coins:
            raise InsufficientCoins(
                _(
                    "{gift} x{count} costs {cost} but {name} has {balance}; recharge {missing} more"
                ).format(
                    gift=gift.name,
                    count=r.count,
                    cost=fmt_coins(coins),
                    name=sender.name,
                    balance=fmt_coins(balance),
                    missing=fmt_coins(coins - balance),
                ),
                needed_coins=coins,
                balance_coins=balance,
            )
        received, minted = burst.creator_totals(r.creator_id)
        minting = mint_for_gift(rules, coins_received=received, diamonds_minted=minted, coins=coins)

        # Every rule passed: from here on the gift is written, nothing is refused.
        entry = burst.entry(
            r.sender_id, r.creator_id, gift, r.count, context, live_id, wallet, key, r.context
        )
        fields = (
            balance - coins,
            coins,
            context,
            r.count,
            burst.moment.iso,
            creator.name,
            minting.diamonds,
            diamonds_cents(rules, minting.diamonds),
            gift.name,
            sender.name,
            entry.txn,
            burst.undo_until,
            live_id,
        )
        return burst.sent(
            entry, count=r.count, coins=coins, minting=minting, digest=digest, fields=fields
        )

    def by_reference(self, reference: str) -> int:
        """The transaction number of the gift a reference names ('12-K3M9P2QX', or a bare
        '12'): refused when that number now names another gift, made after a restore brought
        the number back."""
        number, mark = split_transaction_reference(reference)
        made = gifts.made_at(self._ctx.conn, number)
        if made is None:
            raise UnknownTransaction(f"there is no gift with transaction number {number}")
        if mark is not None and transaction_mark(made) != mark:
            raise UnknownTransaction(
                f"there is no gift {reference.strip()} any more: transaction {number} is "
                "another gift now (the ledger was restored from a backup since)"
            )
        return number

    def sender_of(self, gift_txn_id: int) -> int:
        """Who sent the gift of transaction `gift_txn_id` (an undo acts as them)."""
        sender_id = gifts.sender_of(self._ctx.conn, gift_txn_id)
        if sender_id is None:
            raise UnknownTransaction(_no_gift(gift_txn_id))
        return sender_id

    def is_standing(self, gift_txn_id: int, sent_at: str) -> bool:
        """Whether the gift of transaction `gift_txn_id`, sent at `sent_at` (its `created_at`),
        is still in the ledger and not undone: another window or the command line may have
        undone it, or a restore replaced it, since this one showed it."""
        sent = gifts.sent_gift(self._ctx.conn, gift_txn_id)
        return (
            sent is not None
            and sent.undone_by is None
            and sent.created_us == micros(dt.datetime.fromisoformat(sent_at))
        )

    def undo_seconds_left(self, sent_at: str) -> int:
        """Whole seconds (rounded up) left to undo a gift whose `created_at` is `sent_at`; 0
        once it is final. A send that waited for another writer's lock was stamped before the
        wait, so less than the full window may be left when it returns."""
        elapsed_us = micros(self._ctx.clock.now()) - micros(dt.datetime.fromisoformat(sent_at))
        left_us = self._ctx.rules.undo_seconds * 1_000_000 - elapsed_us
        return max(0, -(-left_us // 1_000_000))

    @retried
    def undo(
        self,
        gift_txn_id: int,
        *,
        sender_id: int | None = None,
        sent_at: str | None = None,
        key: str | None = None,
    ) -> Undone:
        """Reverse a gift sent less than `undo_seconds` ago, by a new transaction.

        With `sender_id` (the window passes the profile it acts as) only that sender's gift
        can be undone. With `sent_at` (the send's `created_at`, which the window also passes)
        only that very gift: after a restore from a backup, the same transaction number may
        be another gift.
        """
        ctx = self._ctx
        rules = ctx.rules
        key = check_key(key)
        request: dict[str, object] = {"action": "undo", "gift_transaction": gift_txn_id}
        moment = ctx.moment()
        # The gift's sender and creator, whose balances and totals the undo changes: read
        # before the write to name them (a gift's are never changed). A gift not there yet
        # may be by the time the write looks: then the write runs alone.
        known = gifts.sent_gift(ctx.conn, gift_txn_id)
        people = None if known is None else (known.sender_id, known.creator_id)
        with ctx.idempotent_write(key=key, request=request, profiles=people) as write:
            if write.replay is not None:
                return Undone.replay_of(write.replay)
            conn = write.conn
            # The creator's running totals are read and written back: first the ids, under
            # which gifts to the creator from senders this undo does not lock are written.
            claim_ids(conn)
            sent = gifts.sent_gift(conn, gift_txn_id)
            if sent is None:
                raise UnknownTransaction(_no_gift(gift_txn_id))
            if sender_id is not None and sender_id != sent.sender_id:
                raise NothingToUndo(_("only the sender can undo a gift"))
            if (
                sent_at is not None
                and micros(dt.datetime.fromisoformat(sent_at)) != sent.created_us
            ):
                raise NothingToUndo(
                    _(
                        "that gift is no longer in this ledger (it was replaced by a backup); "
                        "nothing was undone"
                    )
                )
            if sent.undone_by is not None:
                raise NothingToUndo(_("that gift was already undone"))
            if moment.us - sent.created_us > rules.undo_seconds * 1_000_000:
                raise UndoWindowClosed(
                    _(
                        "a gift can be undone for {seconds} seconds after sending; this one is "
                        "final"
                    ).format(seconds=rules.undo_seconds)
                )
            received, minted = gifts.read_creator_totals(conn, sent.creator_id)
            minting = unmint_for_undo(
                rules, coins_received=received, diamonds_minted=minted, coins=sent.coins
            )
            creator_account, creator_diamonds = ledger.profile_account_balance(
                conn, sent.creator_id, ledger.DIAMOND
            )
            if creator_diamonds < minting.diamonds:
                raise InsufficientDiamonds(
                    _(
                        "the creator has already requested a payout of these diamonds; the gift "
                        "cannot be undone"
                    )
                )
            txn = write.transaction(
                kind="gift_undo",
                profile_id=sent.sender_id,
                counterparty_id=sent.creator_id,
                moment=moment,
                reverses_id=gift_txn_id,
            )
            wallet = ledger.profile_account(conn, sent.sender_id, ledger.COIN)
            ledger.transfer(
                conn,
                txn,
                ledger.system_account(conn, ledger.COIN_SPENT),
                wallet,
                ledger.COIN,
                sent.coins,
            )
            ledger.transfer(
                conn,
                txn,
                creator_account,
                ledger.system_account(conn, ledger.DIAMOND_ISSUANCE),
                ledger.DIAMOND,
                minting.diamonds,
            )
            gifts.write_creator_totals(
                conn, sent.creator_id, minting.coins_received, minting.diamonds_minted
            )
            spending.add_spending(
                conn, sent.sender_id, dt.date.fromisoformat(sent.local_day), -sent.coins
            )
            # Exactly what the gift took goes back to its lots, and out of its month.
            lots.insert_takes(
                conn,
                [
                    (txn, t.lot_id, -t.coins, -t.paid_cents, -t.store_fee_cents)
                    for t in lots.takes_of(conn, gift_txn_id)
                ],
            )
            lots.take_from_spending(
                conn,
                (
                    sent.sender_id,
                    sent.local_day[:7],
                    sent.creator_id,
                    -sent.gift_count,
                    -sent.coins,
                    -sent.paid_cents,
                    -sent.store_fee_cents,
                    -sent.creator_cents,
                ),
            )
            totals.add_to_earnings_totals(
                conn,
                creator_id=sent.creator_id,
                sender_id=sent.sender_id,
                day=sent.local_day,
                context=sent.context,
                gifts=-sent.gift_count,
                coins=-sent.coins,
                diamonds=0,
            )
            # The diamonds the undo took back, not the ones the gift minted (with rounding
            # carried between gifts they can differ by one): the Earnings tab must add up to
            # the diamonds the creator kept.
            totals.take_back_diamonds(
                conn,
                creator_id=sent.creator_id,
                day=sent.local_day,
                context=sent.context,
                diamonds=minting.diamonds,
            )
            taken = (
                sent.creator_id,
                sent.creator_day,
                sent.sender_id,
                -sent.gift_count,
                -sent.coins,
            )
            leaderboards.add_to_days(conn, [taken])
            if sent.live_id is not None:
                # Out of its LIVE, even one that ended within the undo window. A LIVE's
                # diamonds are those its gifts minted: the gift's own, not the undo's.
                lives.add_to_lives(
                    conn, [(sent.live_id, -sent.diamonds, -sent.coins, -sent.gift_count)]
                )
                lives.add_to_supporters(
                    conn, [(sent.live_id, sent.sender_id, -sent.coins, -sent.gift_count)]
                )
            result = Undone(
                transaction_id=txn,
                undone_transaction_id=gift_txn_id,
                gift=sent.gift_name,
                count=sent.gift_count,
                coins_refunded=sent.coins,
                diamonds_reversed=minting.diamonds,
                balance_coins=ledger.balance(conn, wallet),
                created_at=moment.iso,
                money_trail=MoneyTrail(
                    sent.paid_cents, sent.store_fee_cents, sent.platform_cents, sent.creator_cents
                ),
            )
            write.record(txn, result.as_dict())
        ctx.notify(Change(ChangeKind.UNDO, (sent.sender_id, sent.creator_id)))
        return result


def _no_gift(transaction_id: int) -> str:
    return _("there is no gift with transaction number {number}").format(number=transaction_id)
