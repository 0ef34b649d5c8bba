"""A history row in the user's language, as the Activity table shows it (the command line and
the CSV export say it in English: giftdesk/history_text.py). Qt's translation context is
"HistoryText"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.services.history import GiftFacts, HistoryRow, PurchaseFacts


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryText", text)


def describe(row: HistoryRow) -> str:
    kind, facts = row.kind, row.facts
    if isinstance(facts, GiftFacts):
        if kind == "gift":
            where = _tr("LIVE") if facts.context == "live" else _tr("video")
            text = (
                _tr("Sent {gift} x{count} to {other} ({where})")
                if row.by_profile
                else _tr("Received {gift} x{count} from {other} ({where})")
            )
            return text.format(
                gift=facts.gift, count=fmt.group(facts.count), other=row.counterparty, where=where
            )
        text = (
            _tr("Undid {gift} x{count} to {other}")
            if row.by_profile
            else _tr("{other} undid {gift} x{count}")
        )
        return text.format(gift=facts.gift, count=fmt.group(facts.count), other=row.counterparty)
    if isinstance(facts, PurchaseFacts):
        bonus = (
            _tr(" + {bonus} bonus").format(bonus=fmt.group(facts.bonus_coins))
            if facts.bonus_coins
            else ""
        )
        return _tr("Bought {coins}{bonus} for {price} ({channel}, {method})").format(
            coins=fmt.coins(facts.coins),
            bonus=bonus,
            price=fmt.usd(facts.price_cents),
            channel=facts.channel,
            method=facts.method,
        )
    amount = fmt.usd(facts.cents)
    if kind == "payout":
        return _tr("Requested payout of {diamonds} diamonds ({amount})").format(
            diamonds=fmt.group(facts.diamonds), amount=amount
        )
    if kind == "payout_paid":
        return _tr("Payout of {amount} paid").format(amount=amount)
    return _tr("Payout of {amount} failed; diamonds returned").format(amount=amount)
