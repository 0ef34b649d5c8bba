"""Monthly statements (DESIGN 9): what a profile's calendar month held, in its own time zone,
gathered for a face to lay out (the PDF is giftdesk/statement_pdf.py)."""

from __future__ import annotations

import datetime as dt

from giftdesk.domain.errors import InvalidInput
from giftdesk.domain.periods import Period, parse_month, span_of
from giftdesk.domain.references import transaction_reference
from giftdesk.i18n import _
from giftdesk.services.clock import micros
from giftdesk.services.context import Context
from giftdesk.services.live import LiveService
from giftdesk.services.live_results import LiveSummary
from giftdesk.services.profiles import ProfileService
from giftdesk.services.statement_results import (
    Statement,
    StatementGift,
    StatementPayout,
    StatementPurchase,
    StatementReceived,
)
from giftdesk.storage import statements
from giftdesk.zones import zone_info


class StatementService:
    def __init__(self, ctx: Context, profiles: ProfileService, lives: LiveService) -> None:
        self._ctx = ctx
        self._profiles = profiles
        self._lives = lives

    def last_month(self, profile_id: int) -> str:
        """The month before the profile's current one, 'YYYY-MM' (the window's default)."""
        first = self._profiles.get(profile_id).today(self._ctx.moment()).replace(day=1)
        before = first - dt.timedelta(days=1)
        return f"{before.year:04d}-{before.month:02d}"

    def month(self, profile_id: int, month: str) -> Statement:
        """The statement of `month` ('YYYY-MM', ASCII digits) of the profile's calendar; a
        month after its current one is refused (InvalidInput)."""
        profile = self._profiles.get(profile_id)
        year, number = parse_month(month)
        moment = self._ctx.moment()
        today = profile.today(moment)
        span = span_of(dt.date(year, number, 1), Period.MONTH)
        if span.first > today:
            raise InvalidInput(
                _(
                    "{month} has not begun yet for {name}; its statement can be made from then on"
                ).format(month=month, name=profile.name)
            )
        zone = zone_info(profile.time_zone)
        start_us = micros(dt.datetime.combine(span.first, dt.time(), zone))
        following = span.last + dt.timedelta(days=1)
        end_us = micros(dt.datetime.combine(following, dt.time(), zone))
        complete = end_us <= moment.us
        end_us = min(end_us, moment.us + 1)  # nothing written later than now counts
        conn = self._ctx.conn
        key = f"{year:04d}-{number:02d}"
        lives: tuple[LiveSummary, ...] = ()
        received: list[StatementReceived] = []
        payouts: list[StatementPayout] = []
        if profile.is_creator:
            received = [
                StatementReceived(r.txn_id, transaction_reference(r.txn_id, r.created_at), *r[1:])
                for r in statements.gifts_received(conn, profile_id, start_us, end_us)
            ]
            payouts = [
                StatementPayout(r.txn_id, transaction_reference(r.txn_id, r.created_at), *r[1:])
                for r in statements.payouts_requested(conn, profile_id, start_us, end_us)
            ]
            lives = tuple(
                live
                for live in reversed(self._lives.history(profile_id))
                if start_us <= micros(dt.datetime.fromisoformat(live.started_at)) < end_us
            )
        return Statement(
            profile=profile.name,
            creator=profile.is_creator,
            month=key,
            time_zone=profile.time_zone,
            first_day=span.first,
            last_day=span.last,
            complete=complete,
            opening_coins=statements.balance_before(conn, profile_id, "COIN", start_us),
            closing_coins=statements.balance_before(conn, profile_id, "COIN", end_us),
            opening_diamonds=statements.balance_before(conn, profile_id, "DIAMOND", start_us),
            closing_diamonds=statements.balance_before(conn, profile_id, "DIAMOND", end_us),
            purchases=tuple(
                StatementPurchase(r.txn_id, transaction_reference(r.txn_id, r.created_at), *r[1:])
                for r in statements.purchases(conn, profile_id, start_us, end_us)
            ),
            gifts_sent=tuple(
                StatementGift(r.txn_id, transaction_reference(r.txn_id, r.created_at), *r[1:])
                for r in statements.gifts_sent(conn, profile_id, key)
            ),
            gifts_received=tuple(received),
            lives=lives,
            payouts=tuple(payouts),
        )
