"""A history row in the user's language, as the Activity table shows it (the command line and
the CSV export say it in English: giftdesk/history_text.py). Qt's translation context is
"HistoryText"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.services.history import HistoryRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryText", text)


def describe(row: HistoryRow) -> str:
    kind = row.kind
    if kind == "recharge":
        bonus = (
            _tr(" + {bonus} bonus").format(bonus=fmt.group(row.bonus_coins))
            if row.bonus_coins
            else ""
        )
        return _tr("Bought {coins}{bonus} for {price} ({channel}, {method})").format(
            coins=fmt.coins(row.bought_coins or 0),
            bonus=bonus,
            price=fmt.usd(row.price_cents or 0),
            channel=row.channel,
            method=row.method,
        )
    if kind == "gift":
        where = _tr("LIVE") if row.context == "live" else _tr("video")
        text = (
            _tr("Sent {gift} x{count} to {other} ({where})")
            if row.by_profile
            else _tr("Received {gift} x{count} from {other} ({where})")
        )
        return text.format(gift=row.gift, count=row.count, other=row.counterparty, where=where)
    if kind == "gift_undo":
        text = (
            _tr("Undid {gift} x{count} to {other}")
            if row.by_profile
            else _tr("{other} undid {gift} x{count}")
        )
        return text.format(gift=row.gift, count=row.count, other=row.counterparty)
    amount = fmt.usd(row.payout_cents or 0)
    if kind == "payout":
        return _tr("Requested payout of {diamonds} diamonds ({amount})").format(
            diamonds=fmt.group(row.payout_diamonds or 0), amount=amount
        )
    if kind == "payout_paid":
        return _tr("Payout of {amount} paid").format(amount=amount)
    return _tr("Payout of {amount} failed; diamonds returned").format(amount=amount)
