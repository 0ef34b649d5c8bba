"""What each profile has spent on gifts (table spending), per day and per month of its own
calendar: the budget's running totals, kept as gifts are sent and undone."""

from __future__ import annotations

import datetime as dt

from giftdesk.storage.connection import Connection


def day_period(day: dt.date) -> str:
    return f"D{day.isoformat()}"


def month_period(day: dt.date) -> str:
    return f"M{day.year:04d}-{day.month:02d}"


def spent_in(conn: Connection, profile_id: int, day: dt.date) -> tuple[int, int]:
    """Coins sent on `day` and in its month."""
    rows: dict[str, int] = dict(
        conn.execute(
            "SELECT period, coins FROM spending WHERE profile_id = ? AND period IN (?, ?)",
            (profile_id, day_period(day), month_period(day)),
        ).fetchall()
    )
    return rows.get(day_period(day), 0), rows.get(month_period(day), 0)


def add_spending(conn: Connection, profile_id: int, day: dt.date, coins: int) -> None:
    """Add spending to the day and month of `day`, or give it back (an undo: negative coins).

    A give-back is an UPDATE, not an upsert: SQLite checks the would-be inserted row's CHECK
    (coins >= 0) before it finds the conflict.
    """
    day_key, month_key = day_period(day), month_period(day)
    if coins >= 0:
        conn.execute(
            "INSERT INTO spending (profile_id, period, coins) VALUES (?, ?, ?), (?, ?, ?)"
            " ON CONFLICT (profile_id, period) DO UPDATE SET"
            " coins = spending.coins + excluded.coins",
            (profile_id, day_key, coins, profile_id, month_key, coins),
        )
    else:
        conn.execute(
            "UPDATE spending SET coins = coins + ? WHERE profile_id = ? AND period IN (?, ?)",
            (coins, profile_id, day_key, month_key),
        )
