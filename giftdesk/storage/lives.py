"""LIVEs (table lives) and their supporters (live_supporters): a LIVE's running figures and
each sender's part of them, kept in the same write as each gift sent in it and each undo."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from giftdesk.storage.connection import Connection, insert_row
from giftdesk.storage.errors import taken_on_conflict


class LiveRow(NamedTuple):
    id: int
    creator_id: int
    title: str
    goal_diamonds: int | None
    started_at: str
    ended_at: str | None
    diamonds: int
    coins: int
    gifts: int
    gifters: int  # senders whose gifts in it were not all undone


_COLUMNS = (
    "l.id, l.creator_id, l.title, l.goal_diamonds, l.started_at, l.ended_at, l.diamonds,"
    " l.coins, l.gifts, (SELECT count(*) FROM live_supporters s WHERE s.live_id = l.id"
    " AND s.coins > 0)"
)


def start(
    conn: Connection,
    *,
    creator_id: int,
    title: str,
    goal_diamonds: int | None,
    started_at: str,
    started_us: int,
) -> int:
    """A new LIVE on air; `Taken` if the creator has one on air already (the schema's
    partial unique index refuses a second)."""
    with taken_on_conflict():
        live_id = insert_row(
            conn,
            "lives",
            ("creator_id", "title", "goal_diamonds", "started_at", "started_us"),
            (creator_id, title, goal_diamonds, started_at, started_us),
        )
    return live_id


def end(conn: Connection, live_id: int, *, ended_at: str, ended_us: int) -> bool:
    """End the LIVE if it is on air; False if it had ended already."""
    cur = conn.execute(
        "UPDATE lives SET ended_at = ?, ended_us = ? WHERE id = ? AND ended_us IS NULL",
        (ended_at, ended_us, live_id),
    )
    return cur.rowcount == 1


def on_air_id(conn: Connection, creator_id: int) -> int | None:
    """The id of the creator's LIVE on air, or None: one look-up in the partial index (every
    gift asks)."""
    row = conn.execute(
        "SELECT id FROM lives WHERE creator_id = ? AND ended_us IS NULL", (creator_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def get(conn: Connection, live_id: int) -> LiveRow | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM lives l WHERE l.id = ?", (live_id,)).fetchone()
    return None if row is None else LiveRow(*row)


def of_creator(conn: Connection, creator_id: int) -> list[LiveRow]:
    """The creator's LIVEs, newest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM lives l WHERE l.creator_id = ? ORDER BY l.id DESC",
        (creator_id,),
    )
    return [LiveRow(*r) for r in rows]


def goal_on_air(conn: Connection, creator_id: int) -> tuple[int, int | None, int] | None:
    """(LIVE id, goal in diamonds or None, diamonds so far) of the creator's LIVE on air, or
    None: one look-up in the partial index, without the ranking a summary reads."""
    row = conn.execute(
        "SELECT id, goal_diamonds, diamonds FROM lives WHERE creator_id = ? AND ended_us IS NULL",
        (creator_id,),
    ).fetchone()
    return None if row is None else (int(row[0]), row[1], int(row[2]))


def creators_on_air(conn: Connection) -> set[int]:
    """Every creator who is LIVE now."""
    return {r[0] for r in conn.execute("SELECT creator_id FROM lives WHERE ended_us IS NULL")}


def ranking(conn: Connection, live_id: int, *, limit: int) -> list[tuple[str, int, int]]:
    """(name, coins, gift items) of the LIVE's gifters, most coins first."""
    rows: list[tuple[str, int, int]] = conn.execute(
        "SELECT p.name, s.coins, s.gifts FROM live_supporters s"
        " JOIN profiles p ON p.id = s.sender_id WHERE s.live_id = ? AND s.coins > 0"
        " ORDER BY s.coins DESC, p.name_key LIMIT ?",
        (live_id, limit),
    ).fetchall()
    return rows


# One LIVE's figures added (an undo: taken off, with negative amounts) and one sender's part.
LiveFigures = tuple[int, int, int, int]  # live id, diamonds, coins, gift items
SupporterFigures = tuple[int, int, int, int]  # live id, sender id, coins, gift items


def add_to_lives(conn: Connection, figures: Iterable[LiveFigures]) -> None:
    conn.executemany(
        "UPDATE lives SET diamonds = diamonds + ?, coins = coins + ?, gifts = gifts + ?"
        " WHERE id = ?",
        [(diamonds, coins, gifts, live_id) for live_id, diamonds, coins, gifts in figures],
    )


def add_to_supporters(conn: Connection, figures: Iterable[SupporterFigures]) -> None:
    """Add to each sender's part; an undo passes negative amounts, which only ever reduce a
    row its gift made."""
    adding: list[SupporterFigures] = []
    taking: list[SupporterFigures] = []
    for figure in figures:
        (adding if figure[2] >= 0 else taking).append(figure)
    if adding:
        conn.executemany(
            "INSERT INTO live_supporters (live_id, sender_id, coins, gifts) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (live_id, sender_id) DO UPDATE SET"
            " coins = live_supporters.coins + excluded.coins,"
            " gifts = live_supporters.gifts + excluded.gifts",
            adding,
        )
    if taking:  # the upsert would trip the CHECK (>= 0) on its would-be inserted row
        conn.executemany(
            "UPDATE live_supporters SET coins = coins + ?, gifts = gifts + ?"
            " WHERE live_id = ? AND sender_id = ?",
            [(coins, gifts, live_id, sender_id) for live_id, sender_id, coins, gifts in taking],
        )


# --- the room's feed: a LIVE's gifts read by keyset, so a tick reads only what is new --------


class FeedRow(NamedTuple):
    transaction_id: int
    created_us: int
    sender_id: int
    sender: str
    gift: str
    gift_count: int
    coins: int
    diamonds: int


# Through gifts_creator (creator_id, txn_id): a LIVE is one creator's, so its gifts after a
# transaction id are a range of that index, filtered by LIVE.
_FEED = (
    "SELECT g.txn_id, g.created_us, g.sender_id, p.name, g.gift_name, g.count, g.coins,"
    " g.diamonds FROM gifts g JOIN profiles p ON p.id = g.sender_id"
    " WHERE g.creator_id = ? AND g.live_id = ?"
)
_STANDING = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"


def gifts_after(
    conn: Connection, creator_id: int, live_id: int, *, after_txn_id: int, limit: int
) -> list[FeedRow]:
    """The LIVE's gifts committed after transaction `after_txn_id`, oldest first (undone
    ones too: `undos_after` says which were taken back)."""
    rows = conn.execute(
        f"{_FEED} AND g.txn_id > ? ORDER BY g.txn_id LIMIT ?",
        (creator_id, live_id, after_txn_id, limit),
    )
    return [FeedRow(*r) for r in rows]


def latest_gifts(
    conn: Connection, creator_id: int, live_id: int, *, upto_txn_id: int, limit: int
) -> list[FeedRow]:
    """The LIVE's newest gifts not undone up to transaction `upto_txn_id`, newest first: a
    room opening on a LIVE."""
    rows = conn.execute(
        f"{_FEED} AND g.txn_id <= ? AND {_STANDING} ORDER BY g.txn_id DESC LIMIT ?",
        (creator_id, live_id, upto_txn_id, limit),
    )
    return [FeedRow(*r) for r in rows]


def undos_after(
    conn: Connection, creator_id: int, live_id: int, *, after_txn_id: int
) -> list[tuple[int, int]]:
    """(undo's transaction id, the gift's) of the LIVE's gifts taken back by undos committed
    after `after_txn_id`: a range of transactions_counterparty (the creator is each undo's
    counterparty)."""
    rows: list[tuple[int, int]] = conn.execute(
        "SELECT u.id, u.reverses_id FROM transactions u JOIN gifts g ON g.txn_id = u.reverses_id"
        " WHERE u.counterparty_id = ? AND u.id > ? AND u.kind = 'gift_undo' AND g.live_id = ?"
        " ORDER BY u.id",
        (creator_id, after_txn_id, live_id),
    ).fetchall()
    return rows


def on_air(conn: Connection) -> list[LiveRow]:
    """Every LIVE on air, the richest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM lives l WHERE l.ended_us IS NULL ORDER BY l.diamonds DESC, l.id"
    )
    return [LiveRow(*r) for r in rows]


def rank_of(conn: Connection, live_id: int, sender_id: int) -> tuple[int, int] | None:
    """(rank from 1, coins) of a sender in the LIVE's ranking (ties ordered by name, as
    `ranking` orders them); None if they sent nothing that stands."""
    row = conn.execute(
        "SELECT s.coins, p.name_key FROM live_supporters s JOIN profiles p ON p.id = s.sender_id"
        " WHERE s.live_id = ? AND s.sender_id = ? AND s.coins > 0",
        (live_id, sender_id),
    ).fetchone()
    if row is None:
        return None
    coins, name_key = row
    ahead = conn.execute(
        "SELECT count(*) FROM live_supporters s JOIN profiles p ON p.id = s.sender_id"
        " WHERE s.live_id = ? AND (s.coins > ? OR (s.coins = ? AND p.name_key < ?))",
        (live_id, coins, coins, name_key),
    ).fetchone()[0]
    return int(ahead) + 1, int(coins)
