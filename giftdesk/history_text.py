"""A history row in words, as `giftdesk history` prints it and the CSV export writes it, in the
language chosen (the window's Activity table says the same through Qt: ui/history_text.py).
Every number in it is grouped as everywhere else ("Rose x1,500")."""

from __future__ import annotations

from giftdesk import formatting as fmt
from giftdesk.i18n import _
from giftdesk.services.history import GiftFacts, HistoryRow, PurchaseFacts


def describe(row: HistoryRow) -> str:
    """ "Sent Rose x99 to Cleo (LIVE)", "Bought 700 coins + 70 bonus for $9.99 (app,
    app-store)", ..."""
    kind, facts = row.kind, row.facts
    if isinstance(facts, GiftFacts):
        if kind == "gift":
            where = _("LIVE") if facts.context == "live" else _("video")
            text = (
                _("Sent {gift} x{count} to {other} ({where})")
                if row.by_profile
                else _("Received {gift} x{count} from {other} ({where})")
            )
            return text.format(
                gift=facts.gift, count=fmt.group(facts.count), other=row.counterparty, where=where
            )
        text = (
            _("Undid {gift} x{count} to {other}")
            if row.by_profile
            else _("{other} undid {gift} x{count}")
        )
        return text.format(gift=facts.gift, count=fmt.group(facts.count), other=row.counterparty)
    if isinstance(facts, PurchaseFacts):
        text = (
            _("Bought {coins} + {bonus} bonus for {price} ({channel}, {method})")
            if facts.bonus_coins
            else _("Bought {coins} for {price} ({channel}, {method})")
        )
        return text.format(
            coins=fmt.coins(facts.coins),
            bonus=fmt.group(facts.bonus_coins),
            price=fmt.usd(facts.price_cents),
            channel=facts.channel,
            method=facts.method,
        )
    amount = fmt.usd(facts.cents)
    if kind == "payout":
        return _("Requested payout of {diamonds} ({amount})").format(
            diamonds=fmt.diamonds(facts.diamonds), amount=amount
        )
    if kind == "payout_paid":
        return _("Payout of {amount} paid").format(amount=amount)
    return _("Payout of {amount} failed; diamonds returned").format(amount=amount)
