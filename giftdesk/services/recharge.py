"""Buying coins: packages and custom amounts, per channel, with bonuses and the store fee."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from giftdesk.domain.cards import card_fingerprint, check_card
from giftdesk.domain.people import require_adult
from giftdesk.domain.pricing import (
    Bonus,
    Price,
    Quote,
    bonus_for,
    check_method,
    coins_value_cents,
    custom_price,
    package_price,
    quote,
)
from giftdesk.domain.references import PURCHASE, new_reference
from giftdesk.i18n import _
from giftdesk.services.context import Change, ChangeKind, Context, check_key
from giftdesk.services.credentials import (
    counting_code_failures,
    purchase_needs_code,
    require_second_factor,
)
from giftdesk.services.payments import CardDetails, SandboxPaymentProvider
from giftdesk.services.profiles import ProfileService
from giftdesk.services.results import Recharged
from giftdesk.services.retries import retried
from giftdesk.storage import ledger, recharges
from giftdesk.storage.recharges import RechargeRow
from giftdesk.zones import day_in


@dataclass(frozen=True, slots=True)
class RechargePreview:
    """Everything the user sees before paying."""

    price: Price
    bonus: Bonus

    @property
    def total_coins(self) -> int:
        return self.price.coins + self.bonus.coins


class RechargeService:
    def __init__(
        self,
        ctx: Context,
        profiles: ProfileService,
        provider: SandboxPaymentProvider,
        card_key: Callable[[], bytes],
    ) -> None:
        self._ctx = ctx
        self._profiles = profiles
        self._provider = provider
        self._card_key = card_key  # asked for only when a card is used (paths.card_key)

    def packages(self, channel: str) -> list[Price]:
        return [
            package_price(self._ctx.rules, coins=p.coins, channel=channel)
            for p in self._ctx.rules.packages
        ]

    def quote(self, coins: int, channel: str | None = None) -> Quote:
        return quote(self._ctx.rules, coins=coins, channel=channel)

    def check_card_form(self, card: CardDetails) -> None:
        """Raise `InvalidCard` with a readable message if the typed card is malformed. (Typing
        help, before any profile pays: the system's day will do; the charge checks the expiry
        again on the buyer's own day.)"""
        today = day_in(self._ctx.moment().utc, self._ctx.clock.system_zone())
        check_card(card.number, card.expiry, card.cvc, today=today, charge=False)

    def coins_value_cents(self, coins: int, channel: str) -> int:
        return coins_value_cents(self._ctx.rules, coins=coins, channel=channel)

    def is_first_purchase(self, profile_id: int) -> bool:
        return not recharges.has_purchases(self._ctx.conn, profile_id)

    def price(self, *, coins: int, channel: str, custom: bool) -> Price:
        rules = self._ctx.rules
        if custom:
            return custom_price(rules, coins=coins, channel=channel)
        return package_price(rules, coins=coins, channel=channel)

    def preview(
        self, profile_id: int, *, coins: int, channel: str, custom: bool
    ) -> RechargePreview:
        """What a purchase would cost and credit; raises the rule it would break (age, amount)."""
        profile = self._profiles.get(profile_id)
        today = profile.today(self._ctx.moment())
        require_adult(
            profile.name,
            profile.birthdate,
            today=today,
            min_age=self._ctx.rules.min_age_years,
            doing=_("buy coins"),
        )
        price = self.price(coins=coins, channel=channel, custom=custom)
        bonus = bonus_for(
            self._ctx.rules,
            coins=coins,
            today=today,
            first_purchase=self.is_first_purchase(profile_id),
        )
        return RechargePreview(price, bonus)

    def needs_second_factor(self, profile_id: int, price_cents: int) -> bool:
        """Whether a purchase at this price needs a two-step code (two-step on, price above
        the profile's purchase threshold)."""
        return purchase_needs_code(self._ctx.conn, profile_id, price_cents)

    @retried
    def recharge(
        self,
        profile_id: int,
        *,
        coins: int,
        channel: str,
        method: str,
        custom: bool = False,
        card: CardDetails | None = None,
        key: str | None = None,
        second_factor: str | None = None,
    ) -> Recharged:
        """Buy `coins` (a package size, or a custom web amount) and credit them plus bonus.

        `second_factor` is the two-step code when `needs_second_factor`; it is not part of the
        request, so a replay of the same key needs none.
        """
        ctx = self._ctx
        key = check_key(key)
        profile = self._profiles.get(profile_id)
        check_method(channel, method)
        price = self.price(coins=coins, channel=channel, custom=custom)
        request: dict[str, object] = {
            "action": "recharge",
            "profile": profile_id,
            "coins": coins,
            "channel": channel,
            "method": method,
            "custom": custom,
        }
        if card is not None:  # a keyed hash of the whole number and expiry, never the number
            request["card"] = card_fingerprint(self._card_key(), card.number, card.expiry)
        moment = ctx.moment()
        today = profile.today(moment)  # the buyer's own day: age, card expiry, bonus dates
        with (
            counting_code_failures(ctx, profile_id),
            ctx.idempotent_write(key=key, request=request, profiles=(profile_id,)) as write,
        ):
            if write.replay is not None:
                return Recharged.replay_of(write.replay)
            require_adult(
                profile.name,
                profile.birthdate,
                today=today,
                min_age=ctx.rules.min_age_years,
                doing=_("buy coins"),
            )
            # Before the card is charged; the code is used up only if the purchase commits.
            if purchase_needs_code(write.conn, profile_id, price.price_cents):
                require_second_factor(write.conn, profile_id, second_factor, moment)
            reference = new_reference(PURCHASE)
            card_summary = self._provider.charge(
                method=method,
                price_cents=price.price_cents,
                card=card,
                today=today,
                reference=reference,
            )
            conn = write.conn
            first = self.is_first_purchase(profile_id)
            bonus = bonus_for(ctx.rules, coins=coins, first_purchase=first, today=today)
            txn = write.transaction(
                kind="recharge", profile_id=profile_id, counterparty_id=None, moment=moment
            )
            clearing = ledger.system_account(conn, ledger.USD_PAYMENT_CLEARING)
            revenue = ledger.system_account(conn, ledger.USD_REVENUE)
            ledger.transfer(conn, txn, clearing, revenue, ledger.USD, price.price_cents)
            ledger.transfer(
                conn,
                txn,
                revenue,
                ledger.system_account(conn, ledger.USD_APP_STORE_FEES),
                ledger.USD,
                price.store_fee_cents,
            )
            wallet = ledger.profile_account(conn, profile_id, ledger.COIN)
            ledger.transfer(
                conn,
                txn,
                ledger.system_account(conn, ledger.COIN_ISSUANCE),
                wallet,
                ledger.COIN,
                coins + bonus.coins,
            )
            recharges.insert(
                conn,
                RechargeRow(
                    txn,
                    profile_id,
                    channel,
                    method,
                    int(custom),
                    coins,
                    bonus.coins,
                    price.price_cents,
                    price.store_fee_cents,
                    card_summary.brand if card_summary else None,
                    card_summary.last4 if card_summary else None,
                    reference,
                ),
            )
            result = Recharged(
                transaction_id=txn,
                reference=reference,
                profile=profile.name,
                coins=coins,
                bonus_coins=bonus.coins,
                first_purchase_bonus_coins=bonus.first_purchase_coins,
                seasonal_bonus_coins=bonus.seasonal_coins,
                credited_coins=coins + bonus.coins,
                price_cents=price.price_cents,
                store_fee_cents=price.store_fee_cents,
                currency=ctx.rules.currency,
                channel=channel,
                method=method,
                card=f"{card_summary.brand} ending {card_summary.last4}" if card_summary else None,
                balance_coins=ledger.balance(conn, wallet),
                created_at=moment.iso,
            )
            write.record(txn, result.as_dict())
        ctx.notify(Change(ChangeKind.RECHARGE, (profile_id,)))
        return result
