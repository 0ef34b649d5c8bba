"""Profiles (table profiles): names, birthdates, creator or viewer, budget caps, time zones."""

from __future__ import annotations

from giftdesk.storage.connection import Connection, insert_row
from giftdesk.storage.errors import taken_on_conflict

_COLUMNS = "id, name, birthdate, is_creator, daily_budget_coins, monthly_budget_coins, time_zone"

# A profile as the table keeps it, a plain tuple (every gift reads its sender and creator):
# id, name, birthdate (ISO 8601), is_creator (0 or 1), daily and monthly budget caps in coins
# (None: no cap), time zone (an IANA name).
ProfileRow = tuple[int, str, str, int, int | None, int | None, str]


def insert(
    conn: Connection,
    *,
    name: str,
    name_key: str,
    birthdate: str,
    is_creator: bool,
    created_at: str,
    time_zone: str,
) -> int:
    """A new profile's id; `Taken` if a profile has that name key already."""
    with taken_on_conflict():
        profile_id = insert_row(
            conn,
            "profiles",
            ("name", "name_key", "birthdate", "is_creator", "created_at", "time_zone"),
            (name, name_key, birthdate, int(is_creator), created_at, time_zone),
        )
    return profile_id


def get(conn: Connection, profile_id: int) -> ProfileRow | None:
    row: ProfileRow | None = conn.execute(
        f"SELECT {_COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
    ).fetchone()
    return row


def get_pair(conn: Connection, first_id: int, second_id: int) -> dict[int, ProfileRow]:
    """Two profiles in one look-up, by id; an unknown id is simply not in the answer."""
    return {
        row[0]: row
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM profiles WHERE id IN (?, ?)", (first_id, second_id)
        )
    }


def with_name_key(conn: Connection, name_key: str) -> ProfileRow | None:
    """The profile whose name folds to `name_key` (names are unique whatever their case)."""
    row: ProfileRow | None = conn.execute(
        f"SELECT {_COLUMNS} FROM profiles WHERE name_key = ?", (name_key,)
    ).fetchone()
    return row


def all_by_name(conn: Connection) -> list[ProfileRow]:
    rows: list[ProfileRow] = conn.execute(
        f"SELECT {_COLUMNS} FROM profiles ORDER BY name_key"
    ).fetchall()
    return rows


def set_budget(
    conn: Connection,
    profile_id: int,
    *,
    daily_coins: int | None,
    monthly_coins: int | None,
) -> None:
    conn.execute(
        "UPDATE profiles SET daily_budget_coins = ?, monthly_budget_coins = ? WHERE id = ?",
        (daily_coins, monthly_coins, profile_id),
    )


def set_time_zone(conn: Connection, profile_id: int, zone: str) -> None:
    conn.execute("UPDATE profiles SET time_zone = ? WHERE id = ?", (zone, profile_id))
