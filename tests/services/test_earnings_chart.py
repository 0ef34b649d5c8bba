"""The Earnings chart's figures per day, ISO week and calendar month, by the creator's own
calendar, summed from the per-day totals; and which gifts are new to a creator."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from giftdesk.domain.periods import Period
from giftdesk.services.clock import UTC
from giftdesk.services.demo import CREATORS, seed_demo
from giftdesk.services.earnings import CHART_PERIODS
from giftdesk.services.results import PeriodDiamonds

CHART = tuple(CHART_PERIODS)  # the periods the Earnings chart shows

EAST, WEST = "Pacific/Kiritimati", "Pacific/Pago_Pago"  # UTC+14 and UTC-11


def _send_on(s, clock, day: dt.datetime, sender_id, creator_id, gift):
    now = clock.current
    clock.current = day
    s.gifts.send(sender_id, creator_id, gift)
    clock.current = now


def _gifts_over_three_weeks(s, clock, vera, cleo):
    """(The clock's today is Wednesday 2026-11-25.) Galaxy 500 diamonds, Money Gun 250."""
    at = lambda month, day: dt.datetime(2026, month, day, 12, 0, tzinfo=UTC)  # noqa: E731
    _send_on(s, clock, at(10, 31), vera.id, cleo.id, "Galaxy")
    _send_on(s, clock, at(11, 22), vera.id, cleo.id, "Galaxy")  # a Sunday
    _send_on(s, clock, at(11, 23), vera.id, cleo.id, "Money Gun")  # the Monday after
    s.gifts.send(vera.id, cleo.id, "Money Gun")  # today


def test_per_day_week_and_month_summed_from_the_day_totals(
    fresh_services, clock, funded_viewer, creator
):
    s = fresh_services
    _gifts_over_three_weeks(s, clock, funded_viewer, creator)
    days = s.earnings.diamonds_per_period(creator.id, Period.DAY, count=4)
    assert days == [
        PeriodDiamonds("2026-11-22", "2026-11-22", 500, 1),
        PeriodDiamonds("2026-11-23", "2026-11-23", 250, 1),
        PeriodDiamonds("2026-11-24", "2026-11-24", 0, 0),
        PeriodDiamonds("2026-11-25", "2026-11-25", 250, 1),
    ]
    assert s.earnings.diamonds_per_period(creator.id, Period.WEEK, count=2) == [
        PeriodDiamonds("2026-11-16", "2026-11-22", 500, 1),  # Monday to Sunday
        PeriodDiamonds("2026-11-23", "2026-11-29", 500, 2),
    ]
    assert s.earnings.diamonds_per_period(creator.id, Period.MONTH, count=2) == [
        PeriodDiamonds("2026-10-01", "2026-10-31", 500, 1),
        PeriodDiamonds("2026-11-01", "2026-11-30", 1000, 3),
    ]
    # The chart's own counts: a month of days, a quarter of weeks, a year of months.
    assert [len(s.earnings.diamonds_per_period(creator.id, period)) for period in CHART] == [
        30,
        13,
        12,
    ]
    assert sum(p.diamonds for p in s.earnings.diamonds_per_period(creator.id, Period.MONTH)) == (
        s.balance(creator.id).diamonds
    )


def test_the_periods_follow_the_creators_calendar(open_services, clock):
    clock.current = dt.datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # 1 December in Kiritimati
    s = open_services()
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    s.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
    east = s.profiles.add("Kiri", birthdate="1990-04-12", creator=True, time_zone=EAST)
    here = s.profiles.add("Cleo", birthdate="1990-04-12", creator=True)
    month = lambda p: s.earnings.diamonds_per_period(p.id, Period.MONTH, count=1)[0]  # noqa: E731
    week = lambda p: s.earnings.diamonds_per_period(p.id, Period.WEEK, count=1)[0]  # noqa: E731
    assert (month(east).first, month(east).last) == ("2026-12-01", "2026-12-31")
    assert (month(here).first, month(here).last) == ("2026-11-01", "2026-11-30")
    assert (week(east).first, week(east).last) == ("2026-11-30", "2026-12-06")  # a Tuesday's
    assert (week(here).first, week(here).last) == ("2026-11-30", "2026-12-06")  # a Monday's


def test_a_gift_from_a_sender_a_day_ahead_is_on_the_chart(fresh_services, clock):
    s = fresh_services
    kiri = s.profiles.add("Kiri", birthdate="1990-04-12", time_zone=EAST)  # on 2026-11-26
    s.recharge.recharge(kiri.id, coins=1_400, channel="web", method="paypal")
    pago = s.profiles.add("Pago", birthdate="1990-04-12", creator=True, time_zone=WEST)
    s.gifts.send(kiri.id, pago.id, "Galaxy")  # filed under Kiri's day, Pago's tomorrow
    assert s.earnings.diamonds_per_period(pago.id, Period.DAY, count=2) == [
        PeriodDiamonds("2026-11-25", "2026-11-25", 0, 0),
        PeriodDiamonds("2026-11-26", "2026-11-26", 500, 1),
    ]


@pytest.mark.sqlite_only
def test_the_chart_reads_no_gift_records(fresh_services, clock, funded_viewer, creator):
    """At a million gifts the chart must cost what it costs at ten: it reads the per-day
    totals, never the gifts or the ledger."""
    s = fresh_services
    _gifts_over_three_weeks(s, clock, funded_viewer, creator)
    statements: list[str] = []
    s.ctx.conn.set_trace_callback(statements.append)
    try:
        for period in CHART:
            s.earnings.diamonds_per_period(creator.id, period)
    finally:
        s.ctx.conn.set_trace_callback(None)
    assert statements
    read = {t for sql in statements for t in re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", sql)}
    assert read <= {"creator_day_totals", "profiles", "profile_security"}, read


# --- which gifts are new ----------------------------------------------------------------------


def test_a_creator_never_shown_has_no_new_gifts_and_news_start_at_the_first_showing(
    fresh_services, funded_viewer, creator
):
    s = fresh_services
    s.gifts.send(funded_viewer.id, creator.id, "Rose")
    assert s.earnings.unseen_count(creator.id) == 0  # history, not news
    s.earnings.start_news(creator.id)  # the window shows Cleo for the first time
    assert s.earnings.unseen_count(creator.id) == 0
    s.gifts.send(funded_viewer.id, creator.id, "Rose")
    s.gifts.send(funded_viewer.id, creator.id, "Rose")
    assert s.earnings.unseen_count(creator.id) == 2
    s.earnings.start_news(creator.id)  # shown again: the news stay news
    assert s.earnings.unseen_count(creator.id) == 2
    s.earnings.mark_seen(creator.id)  # she opened her earnings
    assert s.earnings.unseen_count(creator.id) == 0


def test_the_demo_economy_has_no_news_for_its_creators(fresh_services):
    s = fresh_services
    seed_demo(s)
    for name, _ in CREATORS:
        creator_id = s.profiles.find(name).id
        assert s.earnings.received_count(creator_id) > 0
        s.earnings.start_news(creator_id)
        assert s.earnings.unseen_count(creator_id) == 0
