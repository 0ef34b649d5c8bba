"""The price table and the gift catalog (resources/rules/default.toml's [[recharge.packages]]
and [gifts] catalog), written out once for every test that checks them: the rules file, the
domain, the services, the CLI and the window.

Written by hand, not read from resources/rules/default.toml: a test compares what the app
does with these, so a changed rules file shows up as a failing test, not as a new truth.
Test modules import it as `expected` (pyproject.toml puts tests/ on pytest's pythonpath:
with --import-mode=importlib a test module cannot import a module beside it otherwise).
"""

from __future__ import annotations

from typing import NamedTuple


class Package(NamedTuple):
    coins: int
    app_cents: int  # through the app store, which keeps 30% of it
    web_cents: int  # direct, with no store fee


class Gift(NamedTuple):
    name: str
    coins: int
    streakable: bool  # can be sent as a combo of up to 9,999: gifts under 100 coins


PACKAGES = [
    Package(70, 99, 74),
    Package(350, 499, 370),
    Package(700, 999, 740),
    Package(1_400, 1_999, 1_480),
    Package(3_500, 4_999, 3_700),
    Package(7_000, 9_999, 7_400),
    Package(17_500, 24_999, 18_500),
]

# In catalog order.
GIFTS = [
    Gift("Rose", 1, True),
    Gift("TikTok", 1, True),
    Gift("Finger Heart", 5, True),
    Gift("Rosa", 10, True),
    Gift("Perfume", 20, True),
    Gift("Doughnut", 30, True),
    Gift("Hat and Mustache", 99, True),
    Gift("Hand Hearts", 100, False),
    Gift("Sunglasses", 199, False),
    Gift("Corgi", 299, False),
    Gift("Money Gun", 500, False),
    Gift("Swan", 699, False),
    Gift("Galaxy", 1_000, False),
    Gift("Whale Diving", 2_150, False),
    Gift("Motorcycle", 2_988, False),
    Gift("Private Jet", 4_888, False),
    Gift("Interstellar", 10_000, False),
    Gift("Lion", 29_999, False),
    Gift("TikTok Universe", 44_999, False),
]
