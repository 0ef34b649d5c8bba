"""A history row in the user's language, as the Activity table shows it (the command line and
the CSV export say it in English: giftdesk/history_text.py). Qt's translation context is
"HistoryText"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.services.history import GiftFacts, HistoryRow, PurchaseFacts

# A purchase's channel and method as stored (and as the command line writes them), marked
# for lupdate: in English they read as the command line's; in German "(Web, Karte)", not
# "(web, card)".
CODES = {
    "app": QT_TRANSLATE_NOOP("HistoryText", "app"),
    "web": QT_TRANSLATE_NOOP("HistoryText", "web"),
    "app-store": QT_TRANSLATE_NOOP("HistoryText", "app-store"),
    "card": QT_TRANSLATE_NOOP("HistoryText", "card"),
    "paypal": QT_TRANSLATE_NOOP("HistoryText", "paypal"),
}


def _code(code: str) -> str:
    """A stored code in the user's language; one without a marked word as it is."""
    marked = CODES.get(code)
    return QCoreApplication.translate("HistoryText", marked) if marked else code


def describe(row: HistoryRow) -> str:
    kind, facts = row.kind, row.facts
    if isinstance(facts, GiftFacts):
        if kind == "gift":
            where = (
                QCoreApplication.translate("HistoryText", "LIVE")
                if facts.context == "live"
                else QCoreApplication.translate("HistoryText", "video")
            )
            text = (
                QCoreApplication.translate(
                    "HistoryText", "Sent {gift} x{count} to {other} ({where})"
                )
                if row.by_profile
                else QCoreApplication.translate(
                    "HistoryText", "Received {gift} x{count} from {other} ({where})"
                )
            )
            return text.format(
                gift=facts.gift, count=fmt.group(facts.count), other=row.counterparty, where=where
            )
        text = (
            QCoreApplication.translate("HistoryText", "Undid {gift} x{count} to {other}")
            if row.by_profile
            else QCoreApplication.translate("HistoryText", "{other} undid {gift} x{count}")
        )
        return text.format(gift=facts.gift, count=fmt.group(facts.count), other=row.counterparty)
    if isinstance(facts, PurchaseFacts):
        bonus = (
            QCoreApplication.translate("HistoryText", " + {bonus} bonus").format(
                bonus=fmt.group(facts.bonus_coins)
            )
            if facts.bonus_coins
            else ""
        )
        return QCoreApplication.translate(
            "HistoryText", "Bought {coins}{bonus} for {price} ({channel}, {method})"
        ).format(
            coins=fmt.coins(facts.coins),
            bonus=bonus,
            price=fmt.usd(facts.price_cents),
            channel=_code(facts.channel),
            method=_code(facts.method),
        )
    amount = fmt.usd(facts.cents)
    if kind == "payout":
        return QCoreApplication.translate(
            "HistoryText", "Requested payout of {diamonds} diamonds ({amount})"
        ).format(diamonds=fmt.group(facts.diamonds), amount=amount)
    if kind == "payout_paid":
        return QCoreApplication.translate("HistoryText", "Payout of {amount} paid").format(
            amount=amount
        )
    return QCoreApplication.translate(
        "HistoryText", "Payout of {amount} failed; diamonds returned"
    ).format(amount=amount)
