"""Payout limits: a minimum per request and a maximum per creator per UTC day."""

from __future__ import annotations

from giftdesk.domain.errors import InvalidPaymentMethod, PayoutBelowMinimum, PayoutOverDailyLimit
from giftdesk.domain.gifting import diamonds_cents
from giftdesk.domain.rules import Rules
from giftdesk.formatting import diamonds as fmt_diamonds
from giftdesk.formatting import usd
from giftdesk.i18n import _

PENDING = "pending"
PAID = "paid"
FAILED = "failed"


def check_payout(rules: Rules, *, diamonds: int, method: str, requested_today_cents: int) -> int:
    """Return the cents this payout is worth, or raise the rule it breaks."""
    if method not in rules.payout_methods:
        raise InvalidPaymentMethod(
            _("payouts go by {methods}, not '{method}'").format(
                methods=_(" or ").join(rules.payout_methods), method=method
            )
        )
    if diamonds < rules.payout_min_diamonds:
        raise PayoutBelowMinimum(
            _("the minimum payout is {diamonds} ({amount})").format(
                diamonds=fmt_diamonds(rules.payout_min_diamonds),
                amount=usd(diamonds_cents(rules, rules.payout_min_diamonds)),
            )
        )
    cents = diamonds_cents(rules, diamonds)
    limit = rules.payout_max_cents_per_day
    if requested_today_cents + cents > limit:
        left = max(0, limit - requested_today_cents)
        raise PayoutOverDailyLimit(
            _("payouts are limited to {limit} per UTC day; {left} is left today").format(
                limit=usd(limit), left=usd(left)
            )
        )
    return cents
