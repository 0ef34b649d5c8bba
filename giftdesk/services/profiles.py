"""Profiles: create, find, list, and spending budgets."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from giftdesk.domain.budget import Budget
from giftdesk.domain.errors import DuplicateProfile, InvalidAmount, UnknownProfile
from giftdesk.domain.names import clean_name, look_keys, name_key
from giftdesk.domain.people import age_years, parse_birthdate, require_adult
from giftdesk.services.context import Change, Context, Moment
from giftdesk.services.security import verify_password
from giftdesk.storage import ledger, profile_names
from giftdesk.zones import check_zone, day_in

_COLUMNS = "id, name, birthdate, is_creator, daily_budget_coins, monthly_budget_coins, time_zone"


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str
    birthdate: dt.date
    is_creator: bool
    budget: Budget
    time_zone: str  # IANA name: the profile's budget days and ages are counted in it

    def age(self, today: dt.date) -> int:
        return age_years(self.birthdate, today=today)

    def today(self, moment: Moment) -> dt.date:
        """The profile's own calendar day at `moment`, whatever zone the process runs in."""
        return day_in(moment.utc, self.time_zone)


def _profile(row: tuple) -> Profile:
    return Profile(
        row[0], row[1], dt.date.fromisoformat(row[2]), bool(row[3]), Budget(row[4], row[5]), row[6]
    )


class ProfileService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def add(
        self, name: str, *, birthdate: str, creator: bool = False, time_zone: str | None = None
    ) -> Profile:
        """A new profile whose budget days and ages follow `time_zone` (an IANA name; by
        default the zone the system is set to, never the process's TZ). Its name must differ
        from every other one in more than case, and must not look like another one
        (DuplicateProfile): a gift meant for "Cleo" must not reach a "Clеo" with a Cyrillic е."""
        ctx = self._ctx
        clean = clean_name(name)
        zone = ctx.clock.system_zone() if time_zone is None else check_zone(time_zone)
        moment = ctx.moment()
        today = day_in(moment.utc, zone)
        keys = look_keys(clean)
        born = parse_birthdate(birthdate, today=today)
        if creator:
            require_adult(
                clean, born, today=today, min_age=ctx.rules.min_age_years, doing="be a creator"
            )
        with ctx.store.write() as conn:
            profile_names.make_current(conn)
            _refuse_taken(conn, clean, keys)
            try:
                cur = conn.execute(
                    "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at,"
                    " time_zone) VALUES (?, ?, ?, ?, ?, ?)",
                    (clean, name_key(clean), born.isoformat(), int(creator), moment.iso, zone),
                )
                profile_names.claim(conn, cur.lastrowid, keys)
            except sqlite3.IntegrityError:  # checked above; this is the schema's own guard
                raise DuplicateProfile(
                    f"a profile named '{_printable(clean)}' already exists, "
                    "or one that looks the same"
                ) from None
            profile_id = cur.lastrowid
            ledger.create_profile_account(conn, profile_id, ledger.COIN)
            if creator:
                ledger.create_profile_account(conn, profile_id, ledger.DIAMOND)
                conn.execute("INSERT INTO creator_totals (profile_id) VALUES (?)", (profile_id,))
        ctx.notify(Change("profile", (profile_id,)))
        return self.get(profile_id)

    def get(self, profile_id: int) -> Profile:
        row = self._ctx.conn.execute(
            f"SELECT {_COLUMNS} FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        if row is None:
            raise UnknownProfile(f"there is no profile #{profile_id}")
        return _profile(row)

    def get_pair(self, first_id: int, second_id: int) -> tuple[Profile, Profile]:
        """Two profiles in one look-up (a gift's sender and creator); an unknown id is refused
        as `get` refuses it, the first one first."""
        found = {
            row[0]: row
            for row in self._ctx.conn.execute(
                f"SELECT {_COLUMNS} FROM profiles WHERE id IN (?, ?)", (first_id, second_id)
            )
        }
        for profile_id in (first_id, second_id):
            if profile_id not in found:
                raise UnknownProfile(f"there is no profile #{profile_id}")
        return _profile(found[first_id]), _profile(found[second_id])

    def find(self, name: str) -> Profile:
        """The profile of that name, whatever its case; failing that, the one whose name looks
        like it ("Clеo" with a Cyrillic е finds Cleo), the oldest if several do."""
        conn = self._ctx.conn
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM profiles WHERE name_key = ?", (name_key(name),)
        ).fetchone()
        if row is not None:
            return _profile(row)
        holder = profile_names.holder(conn, look_keys(name))
        if holder is None:
            raise UnknownProfile(f"there is no profile named '{_printable(name)}'")
        return self.get(holder)

    def list(self) -> list[Profile]:
        rows = self._ctx.conn.execute(f"SELECT {_COLUMNS} FROM profiles ORDER BY name_key")
        return [_profile(r) for r in rows]

    def creators(self) -> list[Profile]:
        return [p for p in self.list() if p.is_creator]

    def set_budget(
        self,
        profile_id: int,
        *,
        daily_coins: int | None,
        monthly_coins: int | None,
        clear: bool = False,
        password: str | None = None,
    ) -> Profile:
        """Set either cap (None leaves it as it is), or clear both. When the profile has a
        password, `password` must be it (PasswordRequired, WrongPassword)."""
        current = self.get(profile_id).budget
        if clear:
            budget = Budget()
        else:
            budget = Budget(
                current.daily_coins if daily_coins is None else daily_coins,
                current.monthly_coins if monthly_coins is None else monthly_coins,
            )
        return self.replace_budget(profile_id, budget, password=password)

    def replace_budget(
        self, profile_id: int, budget: Budget, *, password: str | None = None
    ) -> Profile:
        """Set both caps exactly as given (None: no cap), as the window's budget form does."""
        for value in (budget.daily_coins, budget.monthly_coins):
            if value is not None and value < 0:
                raise InvalidAmount("a budget is zero or more coins")
        self.get(profile_id)
        verify_password(self._ctx, profile_id, password, doing="change the spending budget")
        with self._ctx.store.write() as conn:
            conn.execute(
                "UPDATE profiles SET daily_budget_coins = ?, monthly_budget_coins = ? WHERE id = ?",
                (budget.daily_coins, budget.monthly_coins, profile_id),
            )
        self._ctx.notify(Change("budget", (profile_id,)))
        return self.get(profile_id)

    def set_time_zone(
        self, profile_id: int, time_zone: str, *, password: str | None = None
    ) -> Profile:
        """Count the profile's budget days and ages in `time_zone` from now on. When the
        profile has a password, `password` must be it (PasswordRequired, WrongPassword): a
        zone further east or west would start a used-up daily budget again."""
        zone = check_zone(time_zone)
        self.get(profile_id)
        verify_password(self._ctx, profile_id, password, doing="change the time zone")
        with self._ctx.store.write() as conn:
            conn.execute("UPDATE profiles SET time_zone = ? WHERE id = ?", (zone, profile_id))
        self._ctx.notify(Change("profile", (profile_id,)))
        return self.get(profile_id)

    def spent(self, profile_id: int, *, day: dt.date) -> tuple[int, int]:
        """Coins sent on the profile's `day` and in its month."""
        return spent_in(self._ctx.conn, profile_id, day)

    def budget_left_today(self, profile_id: int) -> int | None:
        profile = self.get(profile_id)
        today, month = self.spent(profile_id, day=profile.today(self._ctx.moment()))
        return profile.budget.left_today(spent_today=today, spent_month=month)


def day_period(day: dt.date) -> str:
    return f"D{day.isoformat()}"


def month_period(day: dt.date) -> str:
    return f"M{day.year:04d}-{day.month:02d}"


def spent_in(conn: sqlite3.Connection, profile_id: int, day: dt.date) -> tuple[int, int]:
    rows = dict(
        conn.execute(
            "SELECT period, coins FROM spending WHERE profile_id = ? AND period IN (?, ?)",
            (profile_id, day_period(day), month_period(day)),
        ).fetchall()
    )
    return rows.get(day_period(day), 0), rows.get(month_period(day), 0)


def add_spending(conn: sqlite3.Connection, profile_id: int, day: dt.date, coins: int) -> None:
    """Add spending to the day and month of `day`, or give it back (an undo: negative coins).

    A give-back is an UPDATE, not an upsert: SQLite checks the would-be inserted row's CHECK
    (coins >= 0) before it finds the conflict.
    """
    day_key, month_key = day_period(day), month_period(day)
    if coins >= 0:
        conn.execute(
            "INSERT INTO spending (profile_id, period, coins) VALUES (?, ?, ?), (?, ?, ?)"
            " ON CONFLICT (profile_id, period) DO UPDATE SET coins = coins + excluded.coins",
            (profile_id, day_key, coins, profile_id, month_key, coins),
        )
    else:
        conn.execute(
            "UPDATE spending SET coins = coins + ? WHERE profile_id = ? AND period IN (?, ?)",
            (coins, profile_id, day_key, month_key),
        )


def _refuse_taken(conn: sqlite3.Connection, name: str, keys: frozenset[str]) -> None:
    """DuplicateProfile if a profile has this name in any case, or a name that looks like it."""
    row = conn.execute("SELECT name FROM profiles WHERE name_key = ?", (name_key(name),)).fetchone()
    if row is not None:
        raise DuplicateProfile(f"a profile named '{_printable(row[0])}' already exists")
    holder = profile_names.holder(conn, keys)
    if holder is not None:
        (other,) = conn.execute("SELECT name FROM profiles WHERE id = ?", (holder,)).fetchone()
        raise DuplicateProfile(
            f"a profile named '{_printable(other)}' already exists, and "
            f"'{_printable(name)}' looks the same"
        )


def _printable(text: str) -> str:
    """A name echoed in a message, with anything that could move the cursor made visible."""
    shown = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return shown if len(shown) <= 64 else shown[:61] + "..."
