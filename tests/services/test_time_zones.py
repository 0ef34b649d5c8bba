"""Each profile counts its budget days and its age in its own time zone, set when it is made;
changing the zone needs the profile's password."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.domain.errors import (
    BudgetExceeded,
    InvalidCard,
    InvalidDate,
    InvalidTimeZone,
    PasswordRequired,
    Underage,
    WrongPassword,
)
from giftdesk.domain.periods import Period
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.context import ChangeKind
from giftdesk.services.gifting import GiftRequest
from giftdesk.services.payments import CardDetails
from giftdesk.services.results import GiftSent, PeriodDiamonds

# 2026-11-25 12:00 UTC (the clock fixture) is 2026-11-26 02:00 in Kiritimati (UTC+14) and
# 2026-11-25 01:00 in Pago Pago (UTC-11).
EAST, WEST = "Pacific/Kiritimati", "Pacific/Pago_Pago"
PASSWORD = "correct horse battery"


@pytest.fixture
def pair(fresh_services, creator):
    """Two funded adult viewers at either end of the day line, each with a 10-coin daily cap."""
    s = fresh_services
    east = s.profiles.add("Kiri", birthdate="1990-04-12", time_zone=EAST)
    west = s.profiles.add("Pago", birthdate="1990-04-12", time_zone=WEST)
    for p in (east, west):
        s.recharge.recharge(p.id, coins=700, channel="web", method="paypal")
        s.profiles.set_budget(p.id, daily_coins=10, monthly_coins=None)
    return east, west


def _gift_days(s) -> dict[int, str]:
    return dict(s.ctx.conn.execute("SELECT sender_id, local_day FROM gifts").fetchall())


def test_a_profile_keeps_the_zone_it_was_made_with(fresh_services):
    p = fresh_services.profiles.add("Kiri", birthdate="1990-04-12", time_zone=EAST)
    assert p.time_zone == EAST
    assert fresh_services.profiles.find("kiri").time_zone == EAST
    assert [q.time_zone for q in fresh_services.profiles.list()] == [EAST]


def test_by_default_a_profile_gets_the_system_zone(open_services, clock):
    s = open_services(clock=FixedClock(clock.now(), zone="Asia/Tokyo"))
    assert s.profiles.add("Yui", birthdate="1990-04-12").time_zone == "Asia/Tokyo"
    assert s.profiles.add("Ana", birthdate="1990-04-12", time_zone=" utc ").time_zone == "UTC"


@pytest.mark.parametrize(
    "zone", ["", "Mars/Olympus", "../../etc/passwd", "localtime", "XYZ-14", "Europe/Berlin\x1b[2J"]
)
def test_an_unknown_zone_is_refused_and_nothing_is_made(fresh_services, probe, zone):
    before = probe.state(fresh_services)
    with pytest.raises(InvalidTimeZone, match="is not a time zone"):
        fresh_services.profiles.add("Kiri", birthdate="1990-04-12", time_zone=zone)
    assert probe.state(fresh_services) == before


def test_the_same_instant_is_a_different_day_for_each_sender(fresh_services, creator, pair):
    s = fresh_services
    east, west = pair
    s.gifts.send(east.id, creator.id, "Rosa")
    s.gifts.send(west.id, creator.id, "Rosa")
    assert _gift_days(s) == {east.id: "2026-11-26", west.id: "2026-11-25"}
    assert s.profiles.spent(east.id, day=dt.date(2026, 11, 26)) == (10, 10)
    assert s.profiles.spent(west.id, day=dt.date(2026, 11, 25)) == (10, 10)
    for p in pair:
        assert s.profiles.budget_left_today(p.id) == 0
        with pytest.raises(BudgetExceeded):
            s.gifts.send(p.id, creator.id, "Rose")


def test_each_day_ends_at_its_own_midnight(fresh_services, creator, pair, clock):
    s = fresh_services
    east, west = pair
    for p in pair:
        s.gifts.send(p.id, creator.id, "Rosa")
    clock.advance(hours=21, minutes=59)  # 23:59 in Kiritimati, 22:59 in Pago Pago
    for p in pair:
        with pytest.raises(BudgetExceeded):
            s.gifts.send(p.id, creator.id, "Rose")
    clock.advance(minutes=1)  # a new day in Kiritimati only
    s.gifts.send(east.id, creator.id, "Rosa")
    with pytest.raises(BudgetExceeded):
        s.gifts.send(west.id, creator.id, "Rose")


def test_a_burst_files_each_gift_under_its_senders_day(fresh_services, creator, pair):
    s = fresh_services
    east, west = pair
    requests = [GiftRequest(p.id, creator.id, "Rose") for p in (east, west) for _ in range(11)]
    results = s.gifts.send_batch(requests)
    refused = [type(r).__name__ for r in results if not isinstance(r, GiftSent)]
    assert refused == ["BudgetExceeded", "BudgetExceeded"]  # the 11th rose of each
    assert _gift_days(s) == {east.id: "2026-11-26", west.id: "2026-11-25"}
    assert s.profiles.spent(east.id, day=dt.date(2026, 11, 26)) == (10, 10)
    assert s.profiles.spent(west.id, day=dt.date(2026, 11, 25)) == (10, 10)
    days = dict(s.ctx.conn.execute("SELECT day, gifts FROM creator_day_totals").fetchall())
    assert days == {"2026-11-26": 10, "2026-11-25": 10}


def _turning_18_on(day: dt.date) -> str:
    return day.replace(year=day.year - 18).isoformat()


def test_ages_follow_each_profiles_own_day(fresh_services, creator):
    # 18 on 2026-11-26: already in Kiritimati, not yet in Pago Pago.
    s = fresh_services
    born = _turning_18_on(dt.date(2026, 11, 26))
    east = s.profiles.add("Kiri", birthdate=born, time_zone=EAST)
    west = s.profiles.add("Pago", birthdate=born, time_zone=WEST)
    s.recharge.recharge(east.id, coins=70, channel="web", method="paypal")
    s.gifts.send(east.id, creator.id, "Rose")
    with pytest.raises(Underage, match="Pago must be 18 or older to buy coins"):
        s.recharge.recharge(west.id, coins=70, channel="web", method="paypal")
    with pytest.raises(Underage, match="Pago must be 18 or older to buy coins"):
        s.recharge.preview(west.id, coins=70, channel="web", custom=False)
    with pytest.raises(Underage, match="Pago must be 18 or older to send gifts"):
        s.gifts.check_sender(west.id, 1)
    with pytest.raises(Underage, match="Pago must be 18 or older to send gifts"):
        s.gifts.send(west.id, creator.id, "Rose")


def test_a_creators_age_follows_the_creators_own_day(fresh_services, funded_viewer):
    s = fresh_services
    born = _turning_18_on(dt.date(2026, 11, 26))
    with pytest.raises(Underage, match="must be 18 or older to be a creator"):
        s.profiles.add("Pago", birthdate=born, creator=True, time_zone=WEST)
    kiri = s.profiles.add("Kiri", birthdate=born, creator=True, time_zone=EAST)
    s.gifts.send(funded_viewer.id, kiri.id, "Rose")  # the viewer's day is 2026-11-25 (UTC)
    s.profiles.set_time_zone(kiri.id, WEST)  # now she is a day short of 18 again
    with pytest.raises(Underage, match="Kiri must be 18 or older to receive gifts"):
        s.gifts.send(funded_viewer.id, kiri.id, "Rose")


def test_a_birthdate_is_checked_on_the_new_profiles_own_day(fresh_services):
    s = fresh_services
    s.profiles.add("Kiri", birthdate="2026-11-26", time_zone=EAST)  # born today, there
    with pytest.raises(InvalidDate, match="in the future"):
        s.profiles.add("Pago", birthdate="2026-11-26", time_zone=WEST)


def test_a_card_expires_at_the_end_of_its_month_on_the_buyers_day(open_services):
    s = open_services(clock=FixedClock(dt.datetime(2026, 11, 30, 12, 0, tzinfo=UTC)))
    east = s.profiles.add("Kiri", birthdate="1990-04-12", time_zone=EAST)  # 1 December there
    west = s.profiles.add("Pago", birthdate="1990-04-12", time_zone=WEST)
    card = CardDetails("4242 4242 4242 4242", "11/26", "123")
    s.recharge.recharge(west.id, coins=70, channel="web", method="card", card=card)
    with pytest.raises(InvalidCard, match="expired"):
        s.recharge.recharge(east.id, coins=70, channel="web", method="card", card=card)


def test_the_earnings_chart_ends_on_the_creators_today(fresh_services, funded_viewer):
    s = fresh_services
    kiri = s.profiles.add("Kiri", birthdate="1990-04-12", creator=True, time_zone=EAST)
    assert s.earnings.diamonds_per_period(kiri.id, Period.DAY, count=2) == [
        PeriodDiamonds("2026-11-25", "2026-11-25", 0, 0),
        PeriodDiamonds("2026-11-26", "2026-11-26", 0, 0),
    ]


def test_set_time_zone_without_a_password(fresh_services, viewer):
    seen = []
    fresh_services.subscribe(seen.append)
    changed = fresh_services.profiles.set_time_zone(viewer.id, "america/new_york")
    assert changed.time_zone == "America/New_York"
    assert fresh_services.profiles.get(viewer.id).time_zone == "America/New_York"
    assert [(c.kind, c.profile_ids) for c in seen] == [(ChangeKind.PROFILE, (viewer.id,))]


def test_set_time_zone_needs_the_password_and_counts_wrong_ones(fresh_services, viewer, probe):
    s = fresh_services
    s.security.set_password(viewer.id, PASSWORD)
    before = probe.state(s, besides=probe.WRONG_TRIES)
    with pytest.raises(PasswordRequired):
        s.profiles.set_time_zone(viewer.id, EAST)
    with pytest.raises(WrongPassword, match="4 more tries"):
        s.profiles.set_time_zone(viewer.id, EAST, password="a wrong guess")
    assert s.security.status(viewer.id).failed_attempts == 1
    assert probe.state(s, besides=probe.WRONG_TRIES) == before
    assert s.profiles.set_time_zone(viewer.id, EAST, password=PASSWORD).time_zone == EAST
    assert s.security.status(viewer.id).failed_attempts == 0


def test_an_unknown_zone_is_refused_before_the_password_is_tried(fresh_services, viewer):
    s = fresh_services
    s.security.set_password(viewer.id, PASSWORD)
    with pytest.raises(InvalidTimeZone, match="'Mars/Olympus' is not a time zone"):
        s.profiles.set_time_zone(viewer.id, "Mars/Olympus", password="a wrong guess")
    assert s.security.status(viewer.id).failed_attempts == 0
    assert s.profiles.get(viewer.id).time_zone == "UTC"
