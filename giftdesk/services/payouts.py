"""Creator earnings and payouts: request (hold), then settle (paid) or fail (released)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any

from giftdesk.domain.errors import InsufficientDiamonds, NotACreator, UnknownPayout
from giftdesk.domain.gifting import diamonds_cents
from giftdesk.domain.payouts import FAILED, PAID, PENDING, check_payout
from giftdesk.domain.people import require_adult
from giftdesk.domain.references import PAYOUT, new_reference
from giftdesk.formatting import diamonds as fmt_diamonds
from giftdesk.i18n import _
from giftdesk.services.context import RESERVED_KEY_PREFIX, Change, ChangeKind, Context, check_key
from giftdesk.services.credentials import counting_code_failures, require_second_factor
from giftdesk.services.payments import SandboxPayoutProvider
from giftdesk.services.profiles import ProfileService
from giftdesk.services.results import Earnings, PayoutRequested, PayoutSettled
from giftdesk.services.retries import retried
from giftdesk.storage import ledger, payouts


@dataclass(frozen=True, slots=True)
class Payout:
    id: int
    transaction_id: int
    diamonds: int
    cents: int
    method: str
    status: str
    created_at: str
    settle_transaction_id: int | None
    reference: str  # what the payout provider knows it by, never used for another payout

    def as_dict(self) -> dict[str, Any]:
        return {
            "payout_id": self.id,
            "transaction_id": self.transaction_id,
            "diamonds": self.diamonds,
            "cents": self.cents,
            "method": self.method,
            "status": self.status,
            "created_at": self.created_at,
            "settle_transaction_id": self.settle_transaction_id,
            "reference": self.reference,
        }


class PayoutService:
    def __init__(
        self, ctx: Context, profiles: ProfileService, provider: SandboxPayoutProvider
    ) -> None:
        self._ctx = ctx
        self._profiles = profiles
        self._provider = provider

    def requested_today_cents(self, creator_id: int, *, utc_day: str | None = None) -> int:
        """Cents of the requests of `utc_day` (default: today, UTC) that have not failed: they
        count against the cap."""
        day = utc_day or self._ctx.moment().utc.date().isoformat()
        return payouts.requested_on(self._ctx.conn, creator_id, utc_day=day)

    def left_today_cents(self, creator_id: int) -> int:
        return max(
            0, self._ctx.rules.payout_max_cents_per_day - self.requested_today_cents(creator_id)
        )

    @retried
    def request(
        self,
        creator_id: int,
        diamonds: int,
        *,
        method: str,
        key: str | None = None,
        second_factor: str | None = None,
    ) -> PayoutRequested:
        """Hold `diamonds` for a payout. With two-step on, `second_factor` (a code from the
        authenticator app) is required; it is not part of the request, so a replay of the same
        key needs none."""
        ctx = self._ctx
        rules = ctx.rules
        key = check_key(key)
        creator = self._profiles.get(creator_id)
        request: dict[str, object] = {
            "action": "payout",
            "creator": creator_id,
            "diamonds": diamonds,
            "method": method,
        }
        moment = ctx.moment()
        utc_day = moment.utc.date().isoformat()
        with (
            counting_code_failures(ctx, creator_id),
            ctx.idempotent_write(key=key, request=request, profiles=(creator_id,)) as write,
        ):
            if write.replay is not None:
                return PayoutRequested.replay_of(write.replay)
            conn = write.conn
            if not creator.is_creator:
                raise NotACreator(
                    _("{name} is not a creator and has no diamonds").format(name=creator.name)
                )
            # The gate before any rule: the code is used up only if the whole payout commits.
            require_second_factor(conn, creator_id, second_factor, moment)
            require_adult(
                creator.name,
                creator.birthdate,
                today=creator.today(moment),
                min_age=rules.min_age_years,
                doing=_("request a payout"),
            )
            cents = check_payout(
                rules,
                diamonds=diamonds,
                method=method,
                requested_today_cents=self.requested_today_cents(creator_id, utc_day=utc_day),
            )
            account, balance = ledger.profile_account_balance(conn, creator_id, ledger.DIAMOND)
            if balance < diamonds:
                raise InsufficientDiamonds(
                    _("{name} has {balance}, not {diamonds}").format(
                        name=creator.name,
                        balance=fmt_diamonds(balance),
                        diamonds=fmt_diamonds(diamonds),
                    )
                )
            txn = write.transaction(
                kind="payout", profile_id=creator_id, counterparty_id=None, moment=moment
            )
            ledger.transfer(
                conn,
                txn,
                account,
                ledger.system_account(conn, ledger.DIAMOND_PAYOUT_HOLD),
                ledger.DIAMOND,
                diamonds,
            )
            reference = new_reference(PAYOUT)
            payout_id = payouts.insert(
                conn,
                request_txn_id=txn,
                creator_id=creator_id,
                diamonds=diamonds,
                cents=cents,
                method=method,
                utc_day=utc_day,
                status=PENDING,
                reference=reference,
            )
            result = PayoutRequested(
                transaction_id=txn,
                payout_id=payout_id,
                reference=reference,
                creator=creator.name,
                diamonds=diamonds,
                cents=cents,
                method=method,
                status=PENDING,
                balance_diamonds=balance - diamonds,
                created_at=moment.iso,
            )
            write.record(txn, result.as_dict())
        ctx.notify(Change(ChangeKind.PAYOUT, (creator_id,)))
        return result

    def list(self, creator_id: int) -> builtins.list[Payout]:
        return [Payout(*r) for r in payouts.of_creator(self._ctx.conn, creator_id)]

    def settle_pending(self, creator_id: int) -> builtins.list[PayoutSettled]:
        """Ask the payout provider to process each pending payout; one transaction each."""
        pending = [p for p in self.list(creator_id) if p.status == PENDING]
        return [self.settle(p.id) for p in reversed(pending)]

    @retried
    def settle(self, payout_id: int) -> PayoutSettled:
        """Ask the payout provider to pay a pending payout, and record what it answered.

        The provider is asked inside the write transaction, after the payout is seen pending
        under the write lock: two processes settling at once cannot both ask it. (The sandbox
        answers at once; a real provider would need a claimed state in between.)
        """
        ctx = self._ctx
        # The key is derived from the payout: settling the same payout twice replays, never
        # pays twice.
        request: dict[str, object] = {"action": "settle", "payout": payout_id}
        moment = ctx.moment()
        key = f"{RESERVED_KEY_PREFIX}{payout_id}"
        with ctx.idempotent_write(key=key, request=request) as write:
            if write.replay is not None:
                return PayoutSettled.replay_of(write.replay)
            conn = write.conn
            payout = payouts.to_settle(conn, payout_id)
            if payout is None:
                raise UnknownPayout(_("there is no payout #{number}").format(number=payout_id))
            creator_id, diamonds, cents, method, current, reference = payout
            if current != PENDING:
                raise UnknownPayout(
                    _("payout {reference} is already {status}").format(
                        reference=reference, status=current
                    )
                )
            paid = self._provider.settle(reference=reference, method=method, cents=cents)
            status = PAID if paid else FAILED
            txn = write.transaction(
                kind="payout_paid" if paid else "payout_failed",
                profile_id=creator_id,
                counterparty_id=None,
                moment=moment,
            )
            hold = ledger.system_account(conn, ledger.DIAMOND_PAYOUT_HOLD)
            if paid:
                ledger.transfer(
                    conn,
                    txn,
                    hold,
                    ledger.system_account(conn, ledger.DIAMOND_REDEEMED),
                    ledger.DIAMOND,
                    diamonds,
                )
                ledger.transfer(
                    conn,
                    txn,
                    ledger.system_account(conn, ledger.USD_REVENUE),
                    ledger.system_account(conn, ledger.USD_CREATOR_PAYOUTS),
                    ledger.USD,
                    cents,
                )
            else:
                ledger.transfer(
                    conn,
                    txn,
                    hold,
                    ledger.profile_account(conn, creator_id, ledger.DIAMOND),
                    ledger.DIAMOND,
                    diamonds,
                )
            payouts.settle(conn, payout_id, status=status, settle_txn_id=txn)
            result = PayoutSettled(
                transaction_id=txn,
                payout_id=payout_id,
                reference=reference,
                diamonds=diamonds,
                cents=cents,
                method=method,
                status=status,
                created_at=moment.iso,
            )
            write.record(txn, result.as_dict())
        ctx.notify(Change(ChangeKind.PAYOUT, (creator_id,)))
        return result

    def earnings(self, creator_id: int) -> Earnings:
        conn = self._ctx.conn
        diamonds = ledger.profile_balance(conn, creator_id, ledger.DIAMOND)
        return Earnings(
            diamonds=diamonds,
            diamonds_cents=diamonds_cents(self._ctx.rules, diamonds),
            pending_diamonds=payouts.held_diamonds(conn, creator_id, status=PENDING),
        )
