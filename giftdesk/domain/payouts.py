"""Payout limits: a minimum per request and a maximum per creator per UTC day."""

from __future__ import annotations

from giftdesk.domain.errors import InvalidPaymentMethod, PayoutBelowMinimum, PayoutOverDailyLimit
from giftdesk.domain.gifting import diamonds_cents
from giftdesk.domain.rules import Rules
from giftdesk.formatting import usd

PENDING = "pending"
PAID = "paid"
FAILED = "failed"


def check_payout(rules: Rules, *, diamonds: int, method: str, requested_today_cents: int) -> int:
    """Return the cents this payout is worth, or raise the rule it breaks."""
    if method not in rules.payout_methods:
        raise InvalidPaymentMethod(
            f"payouts go by {' or '.join(rules.payout_methods)}, not '{method}'"
        )
    if diamonds < rules.payout_min_diamonds:
        raise PayoutBelowMinimum(
            f"the minimum payout is {rules.payout_min_diamonds:,} diamonds "
            f"({usd(diamonds_cents(rules, rules.payout_min_diamonds))})"
        )
    cents = diamonds_cents(rules, diamonds)
    limit = rules.payout_max_cents_per_day
    if requested_today_cents + cents > limit:
        left = max(0, limit - requested_today_cents)
        raise PayoutOverDailyLimit(
            f"payouts are limited to {usd(limit)} per UTC day; {usd(left)} is left today"
        )
    return cents
