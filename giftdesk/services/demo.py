"""A demo economy for newcomers: three creators, a funded viewer, two weeks of gifts, and a
creator LIVE now with a goal, so that a newcomer finds a room on air.

Everything goes through the same services, so the demo ledger verifies like any other. The
past two weeks are written with a clock set back in time, so the charts have history. Each
past gift sent "live" is sent during a LIVE of its own, started and ended on that past clock
around it (a LIVE gift needs a LIVE on air; making them video gifts would leave the LIVE
history and the Earnings tab's LIVE share empty).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from giftdesk.services.clock import FixedClock

if TYPE_CHECKING:
    from giftdesk.services.facade import Services

CREATORS = (("Mia Beats", "1996-03-14"), ("Chef Tomo", "1989-07-02"), ("Luna Live", "1999-11-30"))
FANS = (("Sam", "1992-08-21"), ("Priya", "1987-01-09"), ("Jonas", "2001-05-17"))
DEMO_VIEWER = ("Demo Viewer", "1994-06-06")
# Each creator's LIVEs are called this (the demo's own words, as its names are).
TITLES = ("Beats after dark", "Ramen from scratch", "Late-night chat")
NOW_ON_AIR = 0  # Mia Beats is LIVE when the demo opens
NOW_GOAL_DIAMONDS = 5_000
# (minutes ago, fan index, gift, count): what the room on air has had so far.
_ON_AIR_GIFTS = ((12, 0, "Rose", 25), (9, 1, "Finger Heart", 5), (6, 2, "Galaxy", 1))

# (days ago, fan index, creator index, gift, count, context)
_GIFTS = (
    (13, 0, 0, "Rose", 30, "live"),
    (12, 1, 0, "Finger Heart", 10, "live"),
    (11, 2, 1, "Doughnut", 3, "video"),
    (10, 0, 0, "Galaxy", 1, "live"),
    (9, 1, 2, "Hand Hearts", 1, "live"),
    (8, 2, 0, "Sunglasses", 1, "live"),
    (7, 0, 1, "Perfume", 5, "video"),
    (6, 1, 0, "Money Gun", 1, "live"),
    (5, 2, 2, "Corgi", 1, "live"),
    (4, 0, 0, "Rosa", 25, "live"),
    (3, 1, 0, "Swan", 1, "video"),
    (2, 2, 0, "Whale Diving", 1, "live"),
    (1, 0, 2, "Rose", 99, "live"),
    (1, 1, 0, "Motorcycle", 1, "live"),
    (0, 2, 0, "Hat and Mustache", 4, "live"),
)


def has_demo(services: Services) -> bool:
    from giftdesk.domain.errors import UnknownProfile

    try:
        services.profiles.find(DEMO_VIEWER[0])
        return True
    except UnknownProfile:
        return False


def seed_demo(services: Services) -> int:
    """Add the demo profiles and history; return the demo viewer's profile id."""
    from giftdesk.services.facade import Services

    now = services.ctx.clock.now()
    # The demo profiles get the zone the window's own clock would give them.
    past = FixedClock(now - dt.timedelta(days=14), services.ctx.clock.system_zone())
    demo = Services(services.store, rules=services.rules, clock=past)
    demo.ctx.listeners = services.ctx.listeners  # the window hears about the demo too
    creators = [demo.profiles.add(name, birthdate=born, creator=True) for name, born in CREATORS]
    fans = [demo.profiles.add(name, birthdate=born) for name, born in FANS]
    for buyer in fans:
        demo.recharge.recharge(buyer.id, coins=17_500, channel="web", method="paypal")
    for days_ago, fan, creator, gift, count, context in _GIFTS:
        past.current = max(
            past.current + dt.timedelta(minutes=7), now - dt.timedelta(days=days_ago, hours=1)
        )
        creator_id = creators[creator].id
        if context == "live":
            demo.lives.start(creator_id, title=TITLES[creator])
            past.advance(minutes=2)
        demo.gifts.send(fans[fan].id, creator_id, gift, count=count, context=context)
        if context == "live":
            past.advance(minutes=40)
            demo.lives.end(creator_id)
    on_air = creators[NOW_ON_AIR].id
    past.current = now - dt.timedelta(minutes=15)
    demo.lives.start(on_air, title=TITLES[NOW_ON_AIR], goal_diamonds=NOW_GOAL_DIAMONDS)
    for minutes_ago, fan, gift, count in _ON_AIR_GIFTS:
        past.current = now - dt.timedelta(minutes=minutes_ago)
        demo.gifts.send(fans[fan].id, on_air, gift, count=count)
    past.current = now
    viewer = demo.profiles.add(DEMO_VIEWER[0], birthdate=DEMO_VIEWER[1])
    demo.recharge.recharge(viewer.id, coins=7_000, channel="web", method="paypal")
    demo.payouts.request(creators[0].id, 1_000, method="paypal")
    return viewer.id
