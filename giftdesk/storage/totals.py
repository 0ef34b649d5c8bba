"""Taking an undo's diamonds off the Earnings totals (creator_day_totals), without a day going
below zero. Used by an undo as it is written, and by migration 0008 over the undos before it."""

from __future__ import annotations

import sqlite3


def take_back_diamonds(
    conn: sqlite3.Connection, *, creator_id: int, day: str, context: str, diamonds: int
) -> None:
    """Take `diamonds` off the undone gift's day and context; what that row has not got comes
    off the creator's newest rows that have it.

    An undo takes back floor(received x rate) before it less after it, which can be one more
    than the undone gift minted itself (the rounding carried over to a later gift, maybe on
    another day or in the other context). The totals must still add up to the diamonds the
    creator kept, and no row can go below zero.
    """
    left = diamonds
    rows = conn.execute(
        "SELECT day, context, diamonds FROM creator_day_totals WHERE creator_id = ?"
        " AND diamonds > 0 ORDER BY day = ? AND context = ? DESC, day DESC, context DESC",
        (creator_id, day, context),
    ).fetchall()  # the undone gift's own row first
    for row_day, row_context, have in rows:
        if left <= 0:
            return
        take = min(left, have)
        conn.execute(
            "UPDATE creator_day_totals SET diamonds = diamonds - ? WHERE creator_id = ?"
            " AND day = ? AND context = ?",
            (take, creator_id, row_day, row_context),
        )
        left -= take
