"""A history row in English words, as `giftdesk history` prints it and the CSV export writes it
(the window says the same in the user's language: ui/history_text.py). Every number in it is
grouped as everywhere else ("Rose x1,500")."""

from __future__ import annotations

from giftdesk.formatting import coins, group, usd
from giftdesk.services.history import GiftFacts, HistoryRow, PurchaseFacts


def describe(row: HistoryRow) -> str:
    """ "Sent Rose x99 to Cleo (LIVE)", "Bought 700 coins + 70 bonus for $9.99 (app,
    app-store)", ..."""
    kind, facts = row.kind, row.facts
    if isinstance(facts, GiftFacts):
        if kind == "gift":
            where = "LIVE" if facts.context == "live" else "video"
            if row.by_profile:
                return f"Sent {facts.gift} x{group(facts.count)} to {row.counterparty} ({where})"
            return f"Received {facts.gift} x{group(facts.count)} from {row.counterparty} ({where})"
        if row.by_profile:  # an undo
            return f"Undid {facts.gift} x{group(facts.count)} to {row.counterparty}"
        return f"{row.counterparty} undid {facts.gift} x{group(facts.count)}"
    if isinstance(facts, PurchaseFacts):
        bonus = f" + {group(facts.bonus_coins)} bonus" if facts.bonus_coins else ""
        return (
            f"Bought {coins(facts.coins)}{bonus} for {usd(facts.price_cents)} "
            f"({facts.channel}, {facts.method})"
        )
    if kind == "payout":
        return f"Requested payout of {group(facts.diamonds)} diamonds ({usd(facts.cents)})"
    if kind == "payout_paid":
        return f"Payout of {usd(facts.cents)} paid"
    return f"Payout of {usd(facts.cents)} failed; diamonds returned"
