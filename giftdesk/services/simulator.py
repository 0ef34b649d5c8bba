"""The LIVE simulator: a realistic stream of gifts into a creator's LIVE on air, from funded
viewer profiles, through the ordinary services, so that anyone can watch a LIVE happen and a
benchmark can load one.

Every simulated gift is a real sandbox transaction: the viewers ("Sim Viewer 001", ...) are
made once and fund themselves once with a sandbox purchase, and each batch of gifts is one
`send_batch` write, every 100 ms on a steady clock. A viewer who runs out of coins stops;
nobody is refunded. The choices of gifts and senders come from a seeded generator, so a seed
repeats a stream from the same ledger.
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable
from itertools import accumulate

from giftdesk.domain.errors import NotLive, RuleError, UnknownProfile
from giftdesk.domain.simulation import BATCH_SECONDS, Stream, check_rate, check_seconds
from giftdesk.i18n import _
from giftdesk.services.context import Context
from giftdesk.services.gifting import GiftRequest, GiftService
from giftdesk.services.live import LiveService
from giftdesk.services.live_results import Simulated
from giftdesk.services.profiles import ProfileService
from giftdesk.services.recharge import RechargeService
from giftdesk.services.results import GiftSent
from giftdesk.services.security import SecurityService

VIEWER_NAME = "Sim Viewer {number:03d}"
VIEWER_BIRTHDATE = "1995-05-05"
FUNDING_COINS = 17_500  # each new viewer's one sandbox purchase (plus the first-purchase bonus)
MIN_VIEWERS, MAX_VIEWERS = 12, 200
BATCHES_PER_SECOND = round(1 / BATCH_SECONDS)

# Told after each batch: (batches so far, seconds so far); the command line shows progress.
Progress = Callable[[int, float], None]


class LiveSimulator:
    def __init__(
        self,
        ctx: Context,
        profiles: ProfileService,
        security: SecurityService,
        recharge: RechargeService,
        gifts: GiftService,
        lives: LiveService,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._ctx = ctx
        self._profiles = profiles
        self._security = security
        self._recharge = recharge
        self._gifts = gifts
        self._lives = lives
        self._monotonic = monotonic
        self._sleep = sleep

    def run(
        self,
        creator_id: int,
        *,
        seconds: int,
        rate: int,
        seed: int | None = None,
        should_stop: Callable[[], bool] = lambda: False,
        progress: Progress | None = None,
    ) -> Simulated:
        """Send `rate` gifts a second (a combo is one) for `seconds` into the creator's LIVE
        on air (NotLive if there is none). Stops early when `should_stop()` says so or a
        KeyboardInterrupt arrives (between batches: a batch is written whole or not at all),
        when every viewer has run out of coins, or when the LIVE ends meanwhile."""
        check_rate(rate)
        check_seconds(seconds)
        creator = self._profiles.get(creator_id)
        live = self._lives.on_air(creator_id)
        if live is None:
            raise NotLive(
                _("{name} is not LIVE; start a LIVE first (giftdesk live start)").format(
                    name=creator.name
                )
            )
        seed = secrets.randbelow(2**31) if seed is None else seed
        rng = random.Random(seed)
        stream = Stream(self._ctx.rules, rng)
        room = _Room(self._viewers(min(MAX_VIEWERS, max(MIN_VIEWERS, rate // 5)), stream), rng)
        totals = {"sends": 0, "gifts": 0, "coins": 0, "diamonds": 0}
        sent_by: set[int] = set()
        batches = sent = 0
        wanted = rate * seconds
        stopped = "time"
        began = self._monotonic()
        while sent < wanted:
            try:
                if should_stop():
                    stopped = "interrupted"
                    break
                wait = began + (batches + 1) * BATCH_SECONDS - self._monotonic()
                if wait > 0:
                    self._sleep(wait)
                due = min(wanted, rate * (batches + 1) // BATCHES_PER_SECOND)
                requests = room.batch(due - sent, stream, creator_id)
                if due > sent and not requests:
                    stopped = "coins"
                    break
                results = self._gifts.send_batch(requests) if requests else []
            except KeyboardInterrupt:  # a batch cut short was rolled back whole
                stopped = "interrupted"
                break
            batches += 1
            sent = due
            for request, result in zip(requests, results, strict=True):
                if isinstance(result, GiftSent):
                    totals["sends"] += 1
                    totals["gifts"] += result.count
                    totals["coins"] += result.coins_spent
                    totals["diamonds"] += result.diamonds_credited
                    room.has(request.sender_id, result.balance_coins, stream)
                    sent_by.add(request.sender_id)
                elif isinstance(result, NotLive):
                    stopped = "live_ended"
                elif isinstance(result, RuleError):  # spent elsewhere, a budget: this one stops
                    room.has(request.sender_id, 0, stream)
            if progress is not None:
                progress(batches, self._monotonic() - began)
            if stopped == "live_ended":
                break
        return Simulated(
            live_id=live.live_id,
            creator=creator.name,
            seed=seed,
            rate=rate,
            seconds=seconds,
            elapsed_ms=round((self._monotonic() - began) * 1000),
            batches=batches,
            sends=totals["sends"],
            gifts=totals["gifts"],
            coins=totals["coins"],
            diamonds=totals["diamonds"],
            viewers=len(sent_by),
            stopped=stopped,
        )

    def _viewers(self, wanted: int, stream: Stream) -> dict[int, int]:
        """{profile id: coins} of `wanted` simulated viewers who can still send: those made
        before that have coins left, then new ones, each funded once. A name held by anyone
        else (a creator, a minor, a profile with a password, a look-alike) is passed over."""
        wallets: dict[int, int] = {}
        number = 0
        while len(wallets) < wanted and number < wanted + 1_000:
            number += 1
            name = VIEWER_NAME.format(number=number)
            try:
                profile = self._profiles.find(name)
            except UnknownProfile:
                profile = self._profiles.add(name, birthdate=VIEWER_BIRTHDATE)
                self._recharge.recharge(
                    profile.id, coins=FUNDING_COINS, channel="web", method="paypal"
                )
            if (
                profile.name != name
                or profile.is_creator
                or profile.birthdate.isoformat() != VIEWER_BIRTHDATE
                or self._security.has_password(profile.id)
            ):
                continue
            coins = self._profiles.balance(profile.id).coins
            if coins >= stream.cheapest_coins:
                wallets[profile.id] = coins
        return wallets


class _Room:
    """The simulated viewers and the coins each has left, and who of them can still send."""

    def __init__(self, wallets: dict[int, int], rng: random.Random) -> None:
        self.wallets = wallets
        self._rng = rng
        # A few big fans and a long tail, as in a real room: the k-th sends with weight 1/k.
        weights = [1 / (k + 1) for k in range(len(wallets))]
        rng.shuffle(weights)
        self._weight = dict(zip(wallets, weights, strict=True))
        self._able: list[int] = []
        self._cumulative: list[float] = []
        self._stale = True

    def has(self, viewer: int, coins: int, stream: Stream) -> None:
        """What a viewer has now (their gift's result says)."""
        was_able = self.wallets[viewer] >= stream.cheapest_coins
        self.wallets[viewer] = coins
        self._stale |= was_able != (coins >= stream.cheapest_coins)

    def batch(self, count: int, stream: Stream, creator_id: int) -> list[GiftRequest]:
        """The next `count` gifts, each from a viewer who can still pay for one (their coins
        counted down as the batch is made); fewer when the viewers run out."""
        requests = []
        wallets = self.wallets
        for _gift in range(count):
            if self._stale:
                self._able = [v for v in wallets if wallets[v] >= stream.cheapest_coins]
                self._cumulative = list(accumulate(self._weight[v] for v in self._able))
                self._stale = False
            if not self._able:
                break
            sender = self._rng.choices(self._able, cum_weights=self._cumulative)[0]
            pick = stream.pick(at_most_coins=wallets[sender])
            assert pick is not None  # they can pay for the cheapest gift
            wallets[sender] -= pick.coins
            self._stale |= wallets[sender] < stream.cheapest_coins
            requests.append(GiftRequest(sender, creator_id, pick.gift.name, pick.count, "live"))
        return requests
