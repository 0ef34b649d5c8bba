"""What a simulated LIVE's viewers send: the stream's mix of gifts and combos, and the limits
of a simulation. Pure: the choices come from the random generator it is given, so a seed
repeats a stream exactly."""

from __future__ import annotations

import random
from dataclasses import dataclass

from giftdesk.domain.errors import InvalidAmount
from giftdesk.domain.rules import Gift, Rules
from giftdesk.formatting import group
from giftdesk.i18n import _

MAX_RATE = 10_000  # gifts a second: a busy LIVE has tens; this is for loading a benchmark
MAX_SECONDS = 3_600  # an hour of stream; longer is a second run
BATCH_SECONDS = 0.1  # a batch of gifts, one write, every 100 ms

# Weights of each gift in the stream, by name (a gift the rules do not have is left out, and
# one the rules add but this does not name is never chosen): mostly roses and small combos,
# now and then something bigger, rarely a Lion or a Universe. Per 10,000 picks.
WEIGHTS = {
    "Rose": 3_600,
    "TikTok": 1_600,
    "Finger Heart": 1_500,
    "Rosa": 1_100,
    "Perfume": 500,
    "Doughnut": 400,
    "Hat and Mustache": 200,
    "Hand Hearts": 300,
    "Sunglasses": 150,
    "Corgi": 120,
    "Money Gun": 100,
    "Swan": 60,
    "Galaxy": 50,
    "Whale Diving": 25,
    "Motorcycle": 20,
    "Private Jet": 12,
    "Interstellar": 6,
    "Lion": 3,
    "TikTok Universe": 2,
}
SMALL_COMBO_MAX = 25  # Rose x1 ... x25
SMALL_COMBO_GIFTS = frozenset({"Rose", "TikTok", "Finger Heart", "Rosa"})


def check_rate(rate: int) -> int:
    if not 1 <= rate <= MAX_RATE:
        raise InvalidAmount(
            _("a simulated LIVE sends 1 to {most} gifts a second, not {rate}").format(
                most=group(MAX_RATE), rate=group(rate)
            )
        )
    return rate


def check_seconds(seconds: int) -> int:
    if not 1 <= seconds <= MAX_SECONDS:
        raise InvalidAmount(
            _("a simulated LIVE runs 1 to {most} seconds, not {seconds}").format(
                most=group(MAX_SECONDS), seconds=group(seconds)
            )
        )
    return seconds


@dataclass(frozen=True, slots=True)
class Pick:
    gift: Gift
    count: int

    @property
    def coins(self) -> int:
        return self.gift.coins * self.count


class Stream:
    """The gifts a LIVE's audience sends, one pick at a time."""

    def __init__(self, rules: Rules, rng: random.Random) -> None:
        self._rng = rng
        self._max_combo = rules.max_combo_count
        catalog = [(rules.gift(name), weight) for name, weight in WEIGHTS.items()]
        chosen = [(g, w) for g, w in catalog if g is not None]
        if not chosen:  # rules with none of these gifts: an even mix of what they have
            chosen = [(g, 1) for g in rules.gifts]
        self._gifts = [g for g, _ in chosen]
        self._weights = [w for _, w in chosen]
        self._cheapest = min(g.coins for g in self._gifts)

    @property
    def cheapest_coins(self) -> int:
        return self._cheapest

    def pick(self, *, at_most_coins: int) -> Pick | None:
        """The next gift a viewer with `at_most_coins` sends, or None when nothing is
        affordable. A pick the viewer cannot pay for is picked again among what they can
        (a viewer low on coins sends roses, not nothing)."""
        if at_most_coins < self._cheapest:
            return None
        rng = self._rng
        gift = rng.choices(self._gifts, self._weights)[0]
        if gift.coins > at_most_coins:
            affordable = [
                (g, w)
                for g, w in zip(self._gifts, self._weights, strict=True)
                if g.coins <= at_most_coins
            ]
            gift = rng.choices([g for g, _ in affordable], [w for _, w in affordable])[0]
        count = 1
        if gift.streakable and rng.random() < 0.4:  # a combo, now and then
            top = SMALL_COMBO_MAX if gift.name in SMALL_COMBO_GIFTS else 5
            count = rng.randint(2, min(top, self._max_combo))
        count = max(1, min(count, at_most_coins // gift.coins))
        return Pick(gift, count)
