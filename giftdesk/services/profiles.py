"""Profiles: create, find, list, balances, and spending budgets."""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass

from giftdesk.domain.budget import Budget
from giftdesk.domain.errors import DuplicateProfile, InvalidAmount, UnknownProfile
from giftdesk.domain.names import clean_name, look_keys, name_key, printable_name
from giftdesk.domain.people import age_years, parse_birthdate, require_adult
from giftdesk.i18n import _
from giftdesk.services.context import Change, ChangeKind, Context, Moment
from giftdesk.services.credentials import verify_password
from giftdesk.services.results import Balance
from giftdesk.services.retries import retried
from giftdesk.storage import gifts, ledger, profile_names, profiles, spending
from giftdesk.storage.db import Connection
from giftdesk.storage.errors import Taken
from giftdesk.storage.profiles import ProfileRow
from giftdesk.zones import check_zone, day_in


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


def _profile(row: ProfileRow) -> Profile:
    profile_id, name, birthdate, is_creator, daily_coins, monthly_coins, time_zone = row
    return Profile(
        profile_id,
        name,
        dt.date.fromisoformat(birthdate),
        bool(is_creator),
        Budget(daily_coins, monthly_coins),
        time_zone,
    )


class ProfileService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @retried
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
                clean, born, today=today, min_age=ctx.rules.min_age_years, doing=_("be a creator")
            )
        with ctx.store.write() as conn:
            profile_names.make_current(conn)
            _refuse_taken(conn, clean, keys)
            try:
                profile_id = profiles.insert(
                    conn,
                    name=clean,
                    name_key=name_key(clean),
                    birthdate=born.isoformat(),
                    is_creator=creator,
                    created_at=moment.iso,
                    time_zone=zone,
                )
                profile_names.claim(conn, profile_id, keys)
            except Taken:  # checked above; this is the schema's own guard
                raise DuplicateProfile(
                    _("a profile named '{name}' already exists, or one that looks the same").format(
                        name=printable_name(clean)
                    )
                ) from None
            ledger.create_profile_account(conn, profile_id, ledger.COIN)
            if creator:
                ledger.create_profile_account(conn, profile_id, ledger.DIAMOND)
                gifts.start_creator_totals(conn, profile_id)
        ctx.notify(Change(ChangeKind.PROFILE, (profile_id,)))
        return self.get(profile_id)

    def get(self, profile_id: int) -> Profile:
        row = profiles.get(self._ctx.conn, profile_id)
        if row is None:
            raise UnknownProfile(_no_profile(profile_id))
        return _profile(row)

    def get_pair(self, first_id: int, second_id: int) -> tuple[Profile, Profile]:
        """Two profiles in one look-up (a gift's sender and creator); an unknown id is refused
        as `get` refuses it, the first one first."""
        found = profiles.get_pair(self._ctx.conn, first_id, second_id)
        for profile_id in (first_id, second_id):
            if profile_id not in found:
                raise UnknownProfile(_no_profile(profile_id))
        return _profile(found[first_id]), _profile(found[second_id])

    def find(self, name: str) -> Profile:
        """The profile of that name, whatever its case; failing that, the one whose name looks
        like it ("Clеo" with a Cyrillic е finds Cleo), the oldest if several do."""
        conn = self._ctx.conn
        row = profiles.with_name_key(conn, name_key(name))
        if row is not None:
            return _profile(row)
        holder = profile_names.holder(conn, look_keys(name))
        if holder is None:
            raise UnknownProfile(
                _("there is no profile named '{name}'").format(name=printable_name(name))
            )
        return self.get(holder)

    def list(self) -> builtins.list[Profile]:
        return [_profile(r) for r in profiles.all_by_name(self._ctx.conn)]

    def creators(self) -> builtins.list[Profile]:
        return [p for p in self.list() if p.is_creator]

    def balance(self, profile_id: int) -> Balance:
        """The profile's coins and diamonds, and what the diamonds are worth."""
        profile = self.get(profile_id)
        conn = self._ctx.conn
        diamonds = ledger.profile_balance(conn, profile_id, ledger.DIAMOND)
        return Balance(
            profile=profile.name,
            coins=ledger.profile_balance(conn, profile_id, ledger.COIN),
            diamonds=diamonds,
            diamonds_cents=self._ctx.rules.diamond_value_rate.floor(diamonds),
            creator=profile.is_creator,
        )

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

    @retried
    def replace_budget(
        self, profile_id: int, budget: Budget, *, password: str | None = None
    ) -> Profile:
        """Set both caps exactly as given (None: no cap), as the window's budget form does."""
        for value in (budget.daily_coins, budget.monthly_coins):
            if value is not None and value < 0:
                raise InvalidAmount(_("a budget is zero or more coins"))
        self.get(profile_id)
        verify_password(self._ctx, profile_id, password, doing=_("change the spending budget"))
        with self._ctx.store.write() as conn:
            profiles.set_budget(
                conn, profile_id, daily_coins=budget.daily_coins, monthly_coins=budget.monthly_coins
            )
        self._ctx.notify(Change(ChangeKind.BUDGET, (profile_id,)))
        return self.get(profile_id)

    @retried
    def set_time_zone(
        self, profile_id: int, time_zone: str, *, password: str | None = None
    ) -> Profile:
        """Count the profile's budget days and ages in `time_zone` from now on. When the
        profile has a password, `password` must be it (PasswordRequired, WrongPassword): a
        zone further east or west would start a used-up daily budget again."""
        zone = check_zone(time_zone)
        self.get(profile_id)
        verify_password(self._ctx, profile_id, password, doing=_("change the time zone"))
        with self._ctx.store.write() as conn:
            profiles.set_time_zone(conn, profile_id, zone)
        self._ctx.notify(Change(ChangeKind.PROFILE, (profile_id,)))
        return self.get(profile_id)

    def spent(self, profile_id: int, *, day: dt.date) -> tuple[int, int]:
        """Coins sent on the profile's `day` and in its month."""
        return spending.spent_in(self._ctx.conn, profile_id, day)

    def budget_left_today(self, profile_id: int) -> int | None:
        profile = self.get(profile_id)
        today, month = self.spent(profile_id, day=profile.today(self._ctx.moment()))
        return profile.budget.left_today(spent_today=today, spent_month=month)


def _refuse_taken(conn: Connection, name: str, keys: frozenset[str]) -> None:
    """DuplicateProfile if a profile has this name in any case, or a name that looks like it."""
    same = profiles.with_name_key(conn, name_key(name))
    if same is not None:
        raise DuplicateProfile(
            _("a profile named '{name}' already exists").format(
                name=printable_name(_profile(same).name)
            )
        )
    holder = profile_names.holder(conn, keys)
    if holder is not None:
        other = profiles.get(conn, holder)
        assert other is not None  # a look-alike key is held by a profile (a foreign key)
        raise DuplicateProfile(
            _("a profile named '{name}' already exists, and '{other}' looks the same").format(
                name=printable_name(_profile(other).name), other=printable_name(name)
            )
        )


def _no_profile(profile_id: int) -> str:
    return _("there is no profile #{number}").format(number=profile_id)
