"""Profiles: who may be created, names, lookups, budgets, balances."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import (
    DuplicateProfile,
    InvalidAmount,
    InvalidDate,
    InvalidName,
    Underage,
    UnknownProfile,
)
from giftdesk.domain.names import look_keys, look_keys_version
from giftdesk.services.context import ChangeKind


@pytest.mark.parametrize(
    "birthdate", ["2020-01-01", "2012-06-30", "2008-11-26", "1990-04-12", "2026-11-25"]
)
def test_a_viewer_of_any_age_can_be_created(fresh_services, birthdate):
    profile = fresh_services.profiles.add("Kid", birthdate=birthdate)
    assert not profile.is_creator
    assert profile.birthdate.isoformat() == birthdate
    assert fresh_services.balance(profile.id).as_dict() == {
        "profile": "Kid",
        "coins": 0,
        "diamonds": 0,
        "diamonds_cents": 0,
        "creator": False,
    }


def test_a_minor_cannot_be_a_creator(fresh_services, probe):
    before = probe.state(fresh_services)
    with pytest.raises(Underage, match="Teen must be 18 or older to be a creator"):
        fresh_services.profiles.add("Teen", birthdate="2008-11-26", creator=True)
    assert probe.state(fresh_services) == before
    assert fresh_services.profiles.list() == []


def test_a_creator_may_be_created_on_their_18th_birthday(fresh_services, probe):
    profile = fresh_services.profiles.add("Ada", birthdate="2008-11-25", creator=True)
    assert profile.is_creator
    assert profile.age(profile.today(fresh_services.ctx.moment())) == 18
    assert probe.totals(fresh_services, profile.id) == (0, 0)


def test_a_creator_has_a_diamond_account_and_a_viewer_does_not(fresh_services, viewer, creator):
    conn = fresh_services.ctx.conn
    units: dict[int, list[str]] = {}
    for profile_id, unit in conn.execute(
        "SELECT profile_id, unit FROM accounts WHERE profile_id IS NOT NULL ORDER BY id"
    ):
        units.setdefault(profile_id, []).append(unit)
    assert units == {viewer.id: ["COIN"], creator.id: ["COIN", "DIAMOND"]}
    assert conn.execute("SELECT profile_id FROM creator_totals").fetchall() == [(creator.id,)]


def test_names_are_unique_regardless_of_case(fresh_services, viewer, probe):
    before = probe.state(fresh_services)
    for name in ("Vera", "VERA", " vera ", "vERA"):
        with pytest.raises(DuplicateProfile, match="already exists"):
            fresh_services.profiles.add(name, birthdate="1991-01-01")
    assert probe.state(fresh_services) == before


def test_find_matches_regardless_of_case(fresh_services, viewer):
    assert fresh_services.profiles.find("vERA").id == viewer.id
    assert fresh_services.profiles.find("  Vera ").id == viewer.id
    with pytest.raises(UnknownProfile, match="no profile named 'Otto'"):
        fresh_services.profiles.find("Otto")


def test_an_unknown_name_is_echoed_without_control_characters(fresh_services):
    with pytest.raises(UnknownProfile) as error:
        fresh_services.profiles.find("Ev\u202eil\x1b[31m")
    message = str(error.value)
    assert "\u202e" not in message and "\x1b" not in message
    assert "\ufffd" in message


CLEO_LOOK_ALIKES = [
    "Cl\u0435o",
    "\uff23\uff2c\uff25\uff2f",
    "CIeo",
    "C1eo",
    "CLE0",
    "\U0001d402\U0001d425\U0001d41e\U0001d428",
    "\u0421leo",
    "Cle\u03bf",
]


@pytest.mark.parametrize("look_alike", CLEO_LOOK_ALIKES)
def test_a_name_that_looks_like_another_is_refused(fresh_services, creator, probe, look_alike):
    before = probe.state(fresh_services)
    with pytest.raises(DuplicateProfile) as error:
        fresh_services.profiles.add(look_alike, birthdate="1991-01-01", creator=True)
    assert str(error.value) == (
        f"a profile named 'Cleo' already exists, and '{look_alike}' looks the same"
    )
    assert probe.state(fresh_services) == before


def test_the_original_is_refused_when_the_look_alike_came_first(fresh_services, probe):
    fresh_services.profiles.add("Cl\u0435o", birthdate="1991-01-01")
    before = probe.state(fresh_services)
    with pytest.raises(DuplicateProfile, match="looks the same"):
        fresh_services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    assert probe.state(fresh_services) == before


def test_capital_i_and_small_l_are_one_name_in_either_order(fresh_services):
    fresh_services.profiles.add("Ian", birthdate="1990-01-01")
    for look_alike in ("lan", "IAN", "1an", "\u0399an"):
        with pytest.raises(DuplicateProfile):
            fresh_services.profiles.add(look_alike, birthdate="1990-01-01")
    assert [p.name for p in fresh_services.profiles.list()] == ["Ian"]


def test_names_that_only_share_letters_are_still_different(fresh_services):
    for name in ("Zo\u00eb", "Zoe", "Ana", "Anna", "Lia", "Ila", "\u0418\u0432\u0430\u043d"):
        fresh_services.profiles.add(name, birthdate="1990-01-01")
    assert len(fresh_services.profiles.list()) == 7


@pytest.mark.parametrize(
    "typed",
    CLEO_LOOK_ALIKES
    + ["Cle\u200bo", "Cleo\u3164", "Cleo\u2800", "Cl\ufe00eo", "\uff43\uff4c\uff45\uff4f"],
)
def test_find_by_a_look_alike_reaches_the_original(fresh_services, creator, typed):
    fresh_services.profiles.add("Vera", birthdate="1990-04-12")
    assert fresh_services.profiles.find(typed).id == creator.id


def test_find_prefers_the_exact_name_to_a_look_alike(fresh_services):
    ian = fresh_services.profiles.add("Ian", birthdate="1990-01-01")
    assert fresh_services.profiles.find("ian").id == ian.id
    assert fresh_services.profiles.find("lan").id == ian.id
    with pytest.raises(UnknownProfile, match="no profile named 'Ivan'"):
        fresh_services.profiles.find("Ivan")


def test_a_look_alike_that_slips_past_the_check_is_refused_by_the_schema(
    fresh_services, creator, probe, monkeypatch
):
    # As if another process had added Cleo between this one's check and its insert.
    from giftdesk.services import profiles

    monkeypatch.setattr(profiles, "_refuse_taken", lambda *args: None)
    before = probe.state(fresh_services)
    with pytest.raises(DuplicateProfile, match="looks the same"):
        fresh_services.profiles.add("Cl\u0435o", birthdate="1991-01-01")
    with pytest.raises(DuplicateProfile, match="already exists"):
        fresh_services.profiles.add("CLEO", birthdate="1991-01-01")
    assert probe.state(fresh_services) == before


def test_get_an_unknown_id(fresh_services):
    with pytest.raises(UnknownProfile, match="#42"):
        fresh_services.profiles.get(42)


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("", InvalidName),
        ("x" * 65, InvalidName),
        ("Ev\u202eil", InvalidName),
        ("Bell\x07", InvalidName),
        ("Cleo\ufe00", InvalidName),
        ("Cleo\u034f", InvalidName),
        ("Cleo\u3164", InvalidName),
        ("Cleo\u1160", InvalidName),
        ("Cleo\u2800", InvalidName),
    ],
)
def test_bad_names_are_refused(fresh_services, name, error):
    with pytest.raises(error):
        fresh_services.profiles.add(name, birthdate="1990-01-01")
    assert fresh_services.profiles.list() == []


@pytest.mark.parametrize("birthdate", ["1990-02-30", "1990/01/01", "2026-11-26", "1800-01-01"])
def test_bad_birthdates_are_refused(fresh_services, birthdate):
    with pytest.raises(InvalidDate):
        fresh_services.profiles.add("Otto", birthdate=birthdate)
    assert fresh_services.profiles.list() == []


def test_names_are_stored_trimmed_and_normalised(fresh_services):
    profile = fresh_services.profiles.add("  Rene\u0301e ", birthdate="1990-01-01")
    assert profile.name == "Ren\u00e9e"
    assert fresh_services.profiles.find("REN\u00c9E").id == profile.id


def test_list_is_sorted_by_name_and_creators_are_a_subset(fresh_services):
    for name, creator in (("zoe", False), ("Adam", True), ("bea", True)):
        fresh_services.profiles.add(name, birthdate="1990-01-01", creator=creator)
    assert [p.name for p in fresh_services.profiles.list()] == ["Adam", "bea", "zoe"]
    assert [p.name for p in fresh_services.profiles.creators()] == ["Adam", "bea"]


def test_set_budget_changes_only_what_is_given(fresh_services, viewer):
    p = fresh_services.profiles
    assert p.set_budget(viewer.id, daily_coins=500, monthly_coins=None).budget.daily_coins == 500
    budget = p.set_budget(viewer.id, daily_coins=None, monthly_coins=9_000).budget
    assert (budget.daily_coins, budget.monthly_coins) == (500, 9_000)
    budget = p.set_budget(viewer.id, daily_coins=0, monthly_coins=None).budget
    assert (budget.daily_coins, budget.monthly_coins) == (0, 9_000)
    assert p.get(viewer.id).budget == budget
    cleared = p.set_budget(viewer.id, daily_coins=None, monthly_coins=None, clear=True).budget
    assert (cleared.daily_coins, cleared.monthly_coins) == (None, None)


def test_a_negative_budget_is_refused(fresh_services, viewer):
    with pytest.raises(InvalidAmount, match="zero or more"):
        fresh_services.profiles.set_budget(viewer.id, daily_coins=-1, monthly_coins=None)
    with pytest.raises(InvalidAmount):
        fresh_services.profiles.set_budget(viewer.id, daily_coins=None, monthly_coins=-5)
    assert not fresh_services.profiles.get(viewer.id).budget.is_set


def test_a_budget_for_an_unknown_profile_is_refused(fresh_services):
    with pytest.raises(UnknownProfile):
        fresh_services.profiles.set_budget(9, daily_coins=1, monthly_coins=None)


def test_balance_of_a_creator(fresh_services, funded_viewer, creator):
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Swan")
    assert fresh_services.balance(creator.id).as_dict() == {
        "profile": "Cleo",
        "coins": 0,
        "diamonds": 349,
        "diamonds_cents": 349,
        "creator": True,
    }
    assert fresh_services.balance(funded_viewer.id).coins == 19_250 - 699


def test_adding_and_budgeting_notify_listeners(fresh_services):
    seen = []
    fresh_services.subscribe(seen.append)
    otto = fresh_services.profiles.add("Otto", birthdate="1980-01-01")
    fresh_services.profiles.set_budget(otto.id, daily_coins=5, monthly_coins=None)
    assert [(c.kind, c.profile_ids) for c in seen] == [
        (ChangeKind.PROFILE, (otto.id,)),
        (ChangeKind.BUDGET, (otto.id,)),
    ]


def test_keys_made_with_other_unicode_data_are_made_again_before_a_name_is_checked(
    fresh_services, creator, probe
):
    conn = fresh_services.ctx.conn
    assert conn.execute("SELECT version FROM profile_look_keys_made_with").fetchall() == [
        (look_keys_version(),)
    ]
    # As an older ICU might have left them: Cleo's keys are not what they are now.
    conn.execute("UPDATE profile_look_keys_made_with SET version = 'ICU 1.0'")
    conn.execute("UPDATE profile_look_keys SET look_key = look_key || '?'")
    before = probe.state(fresh_services)
    with pytest.raises(DuplicateProfile, match="looks the same"):
        fresh_services.profiles.add("Cl\u0435o", birthdate="1990-01-01")
    assert probe.state(fresh_services) == before  # the refusal undid the remaking too
    vera = fresh_services.profiles.add("Vera", birthdate="1990-01-01")
    held = dict(conn.execute("SELECT look_key, profile_id FROM profile_look_keys"))
    assert held == {
        key: pid
        for pid, name in ((creator.id, "Cleo"), (vera.id, "Vera"))
        for key in look_keys(name)
    }
    assert conn.execute("SELECT version FROM profile_look_keys_made_with").fetchall() == [
        (look_keys_version(),)
    ]
