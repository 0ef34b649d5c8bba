"""Sending gifts: catalog, combos, age, self-gift and budget rules, cumulative minting, undo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from giftdesk.domain.errors import (
    InsufficientCoins,
    InsufficientDiamonds,
    NotACreator,
    NothingToUndo,
    UndoWindowClosed,
    UnknownGift,
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
from giftdesk.domain.rules import Gift
from giftdesk.formatting import coins as fmt_coins
from giftdesk.services.context import Change, Context, check_key
from giftdesk.services.profiles import ProfileService, add_spending, spent_in
from giftdesk.storage import ledger


@dataclass(frozen=True, slots=True)
class GiftPreview:
    """What the sender sees before sending: cost, and what the creator really receives."""

    gift: Gift
    count: int
    coins: int
    diamonds: int
    diamonds_cents: int


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
        received = self._coins_received(self._ctx.conn, creator_id)
        diamonds = creator_share_preview(rules, coins_received=received, coins=coins)
        return GiftPreview(gift, count, coins, diamonds, diamonds_cents(rules, diamonds))

    @staticmethod
    def _coins_received(conn, creator_id: int) -> int:
        row = conn.execute(
            "SELECT coins_received FROM creator_totals WHERE profile_id = ?", (creator_id,)
        ).fetchone()
        return row[0] if row else 0

    def send(self, sender_id: int, creator_id: int, gift_name: str, *, count: int = 1,
             context: str = "live", key: str | None = None) -> dict:
        ctx = self._ctx
        rules = ctx.rules
        key = check_key(key)
        gift = self.gift(gift_name)
        check_context(context)
        sender = self._profiles.get(sender_id)
        creator = self._profiles.get(creator_id)
        request = {"action": "send", "sender": sender_id, "creator": creator_id,
                   "gift": gift.name, "count": count, "context": context}
        moment = ctx.moment()
        with ctx.idempotent_write(key=key, request=request) as write:
            if write.replay is not None:
                return write.replay
            coins = gift_cost_coins(rules, gift, count)
            check_not_self(sender_id, creator_id)
            if not creator.is_creator:
                raise NotACreator(f"{creator.name} is not a creator; only creators receive gifts")
            require_adult(sender.name, sender.birthdate, today=moment.local_day,
                          min_age=rules.min_age_years, doing="send gifts")
            require_adult(creator.name, creator.birthdate, today=moment.local_day,
                          min_age=rules.min_age_years, doing="receive gifts")
            conn = write.conn
            spent_today, spent_month = spent_in(conn, sender_id, moment.local_day)
            sender.budget.check(coins=coins, spent_today=spent_today, spent_month=spent_month)
            wallet = ledger.profile_account(conn, sender_id, ledger.COIN)
            balance = ledger.balance(conn, wallet)
            if balance < coins:
                raise InsufficientCoins(
                    f"{gift.name} x{count} costs {fmt_coins(coins)} but {sender.name} has "
                    f"{fmt_coins(balance)}; recharge {fmt_coins(coins - balance)} more",
                    needed_coins=coins, balance_coins=balance,
                )
            received, minted = conn.execute(
                "SELECT coins_received, diamonds_minted FROM creator_totals WHERE profile_id = ?",
                (creator_id,),
            ).fetchone()
            minting = mint_for_gift(rules, coins_received=received, diamonds_minted=minted,
                                    coins=coins)
            txn = write.transaction(kind="gift", profile_id=sender_id, counterparty_id=creator_id,
                                    moment=moment)
            ledger.transfer(conn, txn, wallet, ledger.system_account(conn, ledger.COIN_SPENT),
                            ledger.COIN, coins)
            creator_account = ledger.profile_account(conn, creator_id, ledger.DIAMOND)
            ledger.transfer(conn, txn, ledger.system_account(conn, ledger.DIAMOND_ISSUANCE),
                            creator_account, ledger.DIAMOND, minting.diamonds)
            conn.execute(
                "INSERT INTO gifts (txn_id, sender_id, creator_id, gift_name, unit_coins, count,"
                " coins, diamonds, context, local_day, created_us)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (txn, sender_id, creator_id, gift.name, gift.coins, count, coins,
                 minting.diamonds, context, moment.local_day.isoformat(), moment.us),
            )
            conn.execute(
                "UPDATE creator_totals SET coins_received = ?, diamonds_minted = ?"
                " WHERE profile_id = ?",
                (minting.coins_received, minting.diamonds_minted, creator_id),
            )
            add_spending(conn, sender_id, moment.local_day, coins)
            result = {
                "transaction_id": txn,
                "sender": sender.name,
                "creator": creator.name,
                "gift": gift.name,
                "count": count,
                "context": context,
                "coins_spent": coins,
                "diamonds_credited": minting.diamonds,
                "diamonds_cents": diamonds_cents(rules, minting.diamonds),
                "balance_coins": balance - coins,
                "undo_until": (moment.us + rules.undo_seconds * 1_000_000),
                "created_at": moment.iso,
            }
            ledger.record_result(conn, txn, result)
        ctx.notify(Change("gift", (sender_id, creator_id)))
        return result

    def undo(self, gift_txn_id: int, *, sender_id: int | None = None,
             key: str | None = None) -> dict:
        """Reverse a gift sent less than `undo_seconds` ago, by a new transaction.

        With `sender_id` (the window passes the profile it acts as) only that sender's gift
        can be undone.
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
                " g.count, u.id FROM gifts g LEFT JOIN transactions u ON u.reverses_id = g.txn_id"
                " WHERE g.txn_id = ?", (gift_txn_id,),
            ).fetchone()
            if row is None:
                raise NothingToUndo(f"transaction {gift_txn_id} is not a gift")
            if sender_id is not None and sender_id != row[0]:
                raise NothingToUndo("only the sender can undo a gift")
            sender_id, creator_id, coins, local_day, created_us, gift_name, count, undone = row
            if undone is not None:
                raise NothingToUndo("that gift was already undone")
            if moment.us - created_us > rules.undo_seconds * 1_000_000:
                raise UndoWindowClosed(
                    f"a gift can be undone for {rules.undo_seconds} seconds after sending; "
                    "this one is final"
                )
            received, minted = conn.execute(
                "SELECT coins_received, diamonds_minted FROM creator_totals WHERE profile_id = ?",
                (creator_id,),
            ).fetchone()
            minting = unmint_for_undo(rules, coins_received=received, diamonds_minted=minted,
                                      coins=coins)
            creator_account = ledger.profile_account(conn, creator_id, ledger.DIAMOND)
            if ledger.balance(conn, creator_account) < minting.diamonds:
                raise InsufficientDiamonds(
                    "the creator has already requested a payout of these diamonds; "
                    "the gift cannot be undone"
                )
            txn = write.transaction(kind="gift_undo", profile_id=sender_id,
                                    counterparty_id=creator_id, moment=moment,
                                    reverses_id=gift_txn_id)
            wallet = ledger.profile_account(conn, sender_id, ledger.COIN)
            ledger.transfer(conn, txn, ledger.system_account(conn, ledger.COIN_SPENT), wallet,
                            ledger.COIN, coins)
            ledger.transfer(conn, txn, creator_account,
                            ledger.system_account(conn, ledger.DIAMOND_ISSUANCE),
                            ledger.DIAMOND, minting.diamonds)
            conn.execute(
                "UPDATE creator_totals SET coins_received = ?, diamonds_minted = ?"
                " WHERE profile_id = ?",
                (minting.coins_received, minting.diamonds_minted, creator_id),
            )
            add_spending(conn, sender_id, dt.date.fromisoformat(local_day), -coins)
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
