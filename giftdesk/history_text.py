"""A history row in English words, as `giftdesk history` prints it and the CSV export writes it
(the window says the same in the user's language: ui/history_text.py)."""

from __future__ import annotations

from giftdesk.formatting import coins, usd
from giftdesk.services.history import HistoryRow


def describe(row: HistoryRow) -> str:
    """ "Sent Rose x99 to Cleo (LIVE)", "Bought 700 coins + 70 bonus for $9.99 (app,
    app-store)", ..."""
    kind = row.kind
    if kind == "recharge":
        bonus = f" + {row.bonus_coins:,} bonus" if row.bonus_coins else ""
        return (
            f"Bought {coins(row.bought_coins or 0)}{bonus} for {usd(row.price_cents or 0)} "
            f"({row.channel}, {row.method})"
        )
    if kind == "gift":
        where = "LIVE" if row.context == "live" else "video"
        if row.by_profile:
            return f"Sent {row.gift} x{row.count} to {row.counterparty} ({where})"
        return f"Received {row.gift} x{row.count} from {row.counterparty} ({where})"
    if kind == "gift_undo":
        if row.by_profile:
            return f"Undid {row.gift} x{row.count} to {row.counterparty}"
        return f"{row.counterparty} undid {row.gift} x{row.count}"
    if kind == "payout":
        return (
            f"Requested payout of {row.payout_diamonds or 0:,} diamonds "
            f"({usd(row.payout_cents or 0)})"
        )
    if kind == "payout_paid":
        return f"Payout of {usd(row.payout_cents or 0)} paid"
    return f"Payout of {usd(row.payout_cents or 0)} failed; diamonds returned"
