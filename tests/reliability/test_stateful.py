"""Random sequences of user actions against a plain model of the rules, LIVEs included.

After every step each balance matches the model and every ledger invariant holds. The number
of examples is 200 by default; set GIFTDESK_STATEFUL_EXAMPLES for a longer run. The same machine
runs on PostgreSQL too, each example on a new database of the tests' server (a copy of its
template): GIFTDESK_STATEFUL_PG_EXAMPLES of them, 25 by default (a database a example, and a
server's round trips, make each one slower).
"""

from __future__ import annotations

import datetime as dt
import os

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)
from pg_server import PgServer

from giftdesk.domain.errors import (
    AlreadyLive,
    AmountOutOfRange,
    BudgetExceeded,
    ChannelRuleError,
    ComboNotAllowed,
    GiftDeskError,
    IdempotencyConflict,
    InsufficientCoins,
    InsufficientDiamonds,
    NotACreator,
    NotLive,
    PayoutBelowMinimum,
    PayoutOverDailyLimit,
    SelfGift,
    Underage,
    UndoWindowClosed,
)
from giftdesk.resources import load_rules
from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.gifting import GiftRequest
from giftdesk.services.results import GiftSent
from giftdesk.storage.db import MEMORY

EXAMPLES = int(os.environ.get("GIFTDESK_STATEFUL_EXAMPLES", "200"))
PG_EXAMPLES = int(os.environ.get("GIFTDESK_STATEFUL_PG_EXAMPLES", "25"))
RULES = load_rules()
GIFTS = [g.name for g in RULES.gifts]
PACKAGES = [p.coins for p in RULES.packages]


class FlakyPayouts:
    """The sandbox payout provider, told by the test which payouts fail."""

    def __init__(self) -> None:
        self.fail_next = False

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        return not self.fail_next


class Person:
    def __init__(self, pid: int, adult: bool, creator: bool) -> None:
        self.id = pid
        self.adult = adult
        self.creator = creator
        self.coins = 0
        self.diamonds = 0
        self.bought = False
        self.received = 0  # coins received, net of undone gifts
        self.minted = 0
        self.daily_cap: int | None = None
        self.spent_today = 0
        self.requested_today = 0  # payout cents requested this UTC day, failed ones excluded
        self.live: int | None = None  # the LIVE on air, for a creator
        # A plain model of coin lots (DESIGN 9): [lot, coins, price, fee, coins taken, cents
        # handed out, fee handed out], oldest first.
        self.lots: list[list[int]] = []

    def take(self, coins: int, creator_cents: int) -> tuple[list[tuple[int, int, int, int]], tuple]:
        """First in, first out, each lot handing out the running floor of its price and fee
        (never below what is out): the takes (lot, coins, paid, fee) and the trail."""
        takes = []
        for lot in self.lots:
            if coins == 0:
                break
            lot_id, size, price, fee, taken, paid, fees = lot
            n = min(coins, size - taken)
            if n == 0:
                continue
            p = max(0, (taken + n) * price // size - paid)
            f = max(0, (taken + n) * fee // size - fees)
            lot[4:] = [taken + n, paid + p, fees + f]
            takes.append((lot_id, n, p, f))
            coins -= n
        paid = sum(t[2] for t in takes)
        fee = sum(t[3] for t in takes)
        return takes, (paid, fee, paid - fee - creator_cents, creator_cents)

    def give_back(self, takes) -> None:
        lots = {lot[0]: lot for lot in self.lots}
        for lot_id, n, p, f in takes:
            lots[lot_id][4] -= n
            lots[lot_id][5] -= p
            lots[lot_id][6] -= f

    def unspent(self) -> tuple[int, int]:
        return (
            sum(lot[1] - lot[4] for lot in self.lots),
            sum(lot[2] - lot[5] for lot in self.lots if lot[4] < lot[1]),
        )


class Live:
    """A LIVE's figures as the model keeps them: its gifts not undone."""

    def __init__(self) -> None:
        self.diamonds = 0
        self.coins = 0
        self.gifts = 0
        self.fans: dict[int, list[int]] = {}  # sender -> [coins, gift items]

    def add(self, sender: int, *, diamonds: int, coins: int, gifts: int) -> None:
        self.diamonds += diamonds
        self.coins += coins
        self.gifts += gifts
        fan = self.fans.setdefault(sender, [0, 0])
        fan[0] += coins
        fan[1] += gifts


class LedgerMachine(RuleBasedStateMachine):
    people = Bundle("people")
    gifts_sent = Bundle("gifts_sent")
    payouts = Bundle("payouts")

    def __init__(self) -> None:
        super().__init__()
        self.clock = FixedClock(dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
        self.provider = FlakyPayouts()
        self.services = Services.open(
            self.new_database(), clock=self.clock, payout_provider=self.provider
        )
        self.model: dict[int, Person] = {}
        self.lives: dict[int, Live] = {}
        self.day = self.clock.now().date()
        self.replays: list[tuple[str, str, tuple, dict]] = []
        self.counter = 0

    def new_database(self) -> str:
        return MEMORY

    def teardown(self) -> None:
        self.services.close()

    def _name(self) -> str:
        self.counter += 1
        return f"P{self.counter}"

    def _tick(self, seconds: int) -> None:
        self.clock.advance(seconds=seconds)
        if self.clock.now().date() != self.day:  # UTC = local here: budgets and caps reset
            self.day = self.clock.now().date()
            for person in self.model.values():
                person.spent_today = 0
                person.requested_today = 0

    @initialize(target=people)
    def first_people(self):
        viewer = self.services.profiles.add("Viewer", birthdate="1990-01-01")
        creator = self.services.profiles.add("Creator", birthdate="1985-01-01", creator=True)
        self.model[viewer.id] = Person(viewer.id, True, False)
        self.model[creator.id] = Person(creator.id, True, True)
        self.regulars = (viewer.id, creator.id)
        self.buy_package(viewer.id, 17_500, "web")
        return multiple(viewer.id, creator.id)

    @rule(target=people, adult=st.booleans(), creator=st.booleans())
    def add_profile(self, adult, creator):
        born = "1990-06-01" if adult else "2012-06-01"
        name = self._name()
        if creator and not adult:
            try:
                self.services.profiles.add(name, birthdate=born, creator=True)
            except Underage:
                return next(iter(self.model))
            raise AssertionError("a minor became a creator")
        profile = self.services.profiles.add(name, birthdate=born, creator=creator)
        self.model[profile.id] = Person(profile.id, adult, creator)
        return profile.id

    @rule(pid=people, package=st.sampled_from(PACKAGES), channel=st.sampled_from(["app", "web"]))
    def buy_package(self, pid, package, channel):
        person = self.model[pid]
        method = "app-store" if channel == "app" else "paypal"
        try:
            result = self.services.recharge.recharge(
                pid, coins=package, channel=channel, method=method
            )
        except Underage:
            assert not person.adult
            return
        assert person.adult
        bonus = package // 10 if not person.bought else 0
        assert result.bonus_coins == bonus
        price = RULES.package(package).price_cents(channel)
        assert result.price_cents == price
        assert result.store_fee_cents == (price * 30 // 100 if channel == "app" else 0)
        person.bought = True
        person.coins += package + bonus
        person.lots.append(
            [result.transaction_id, package + bonus, price, result.store_fee_cents, 0, 0, 0]
        )

    @rule(
        pid=people,
        coins=st.integers(min_value=0, max_value=3_000_000),
        channel=st.sampled_from(["app", "web"]),
    )
    def buy_custom(self, pid, coins, channel):
        person = self.model[pid]
        method = "app-store" if channel == "app" else "card"
        from giftdesk.services.payments import CardDetails

        card = CardDetails("4242424242424242", "12/30", "123")
        try:
            result = self.services.recharge.recharge(
                pid, coins=coins, channel=channel, method=method, custom=True, card=card
            )
        except ChannelRuleError:
            assert channel == "app"
            return
        except AmountOutOfRange:
            assert not 30 <= coins <= 2_500_000
            return
        except Underage:
            assert not person.adult
            return
        assert channel == "web" and 30 <= coins <= 2_500_000 and person.adult
        assert result.price_cents == -(-coins * 74 // 70)
        bonus = coins // 10 if not person.bought else 0
        assert result.bonus_coins == bonus
        person.bought = True
        person.coins += coins + bonus
        person.lots.append([result.transaction_id, coins + bonus, result.price_cents, 0, 0, 0, 0])

    @rule(
        target=gifts_sent,
        gift=st.sampled_from(GIFTS[:12]),
        count=st.integers(min_value=1, max_value=7),
        key_reuse=st.booleans(),
    )
    def send_to_regular_creator(self, gift, count, key_reuse):
        """Mostly-successful sends, so that the cumulative diamond rule is exercised often."""
        viewer, creator = self.regulars
        return self.send(
            viewer, creator, gift, count if RULES.gift(gift).streakable else 1, key_reuse, None
        )

    @rule(
        target=gifts_sent,
        sender=people,
        creator=people,
        gift=st.sampled_from(GIFTS),
        count=st.one_of(st.just(1), st.integers(min_value=1, max_value=12_000)),
        key_reuse=st.booleans(),
        context=st.sampled_from([None, "live", "video"]),
    )
    def send_any(self, sender, creator, gift, count, key_reuse, context):
        return self.send(sender, creator, gift, count, key_reuse, context)

    def send(self, sender, creator, gift, count, key_reuse, context):
        key = f"send-{self._name()}"
        try:
            outcome = self.services.gifts.send(
                sender, creator, gift, count=count, context=context, key=key
            )
        except GiftDeskError as refusal:
            outcome = refusal
        if not self._gift_outcome(sender, creator, gift, count, context, outcome):
            return None
        takes, trail = self.model[sender].take(outcome.coins_spent, outcome.diamonds_credited)
        assert _trail(outcome) == trail, (_trail(outcome), trail)
        if key_reuse:
            self.replays.append(("send", key, (sender, creator, gift, count, context), outcome))
        return (
            outcome.transaction_id,
            sender,
            creator,
            RULES.gift(gift).coins * count,
            self.clock.now(),
            outcome.live_id,
            outcome.diamonds_credited,
            count,
            takes,
        )

    def _gift_outcome(self, sender, creator, gift, count, context, outcome) -> bool:
        """Check one gift's result or refusal against the model, and apply it if sent."""
        s, c = self.model[sender], self.model[creator]
        unit = RULES.gift(gift).coins
        cost = unit * count
        if isinstance(outcome, NotLive):
            assert context == "live" and c.live is None
            return False
        if isinstance(outcome, ComboNotAllowed):
            assert (unit >= 100 and count > 1) or count > 9_999
            return False
        if isinstance(outcome, SelfGift):
            assert sender == creator
            return False
        if isinstance(outcome, NotACreator):
            assert not c.creator
            return False
        if isinstance(outcome, Underage):
            assert not s.adult
            return False
        if isinstance(outcome, BudgetExceeded):
            assert s.daily_cap is not None and s.spent_today + cost > s.daily_cap
            return False
        if isinstance(outcome, InsufficientCoins):
            assert s.coins < cost
            return False
        assert isinstance(outcome, GiftSent), f"unexpected refusal: {outcome!r}"
        assert sender != creator and c.creator and s.adult and s.coins >= cost
        assert context != "live" or c.live is not None
        on_air = c.live if context != "video" else None
        assert (outcome.context, outcome.live_id) == ("video" if on_air is None else "live", on_air)
        assert (unit < 100 and count <= 9_999) or count == 1
        minted = (c.received + cost) // 2 - c.minted
        assert outcome.coins_spent == cost
        assert outcome.diamonds_credited == minted
        assert outcome.balance_coins == s.coins - cost
        s.coins -= cost
        s.spent_today += cost
        c.received += cost
        c.minted += minted
        c.diamonds += minted
        if on_air is not None:
            self.lives[on_air].add(sender, diamonds=minted, coins=cost, gifts=count)
        return True

    @rule(
        target=gifts_sent,
        requests=st.lists(
            st.tuples(
                st.booleans(),
                people,
                people,
                st.sampled_from(GIFTS[:14]),
                st.integers(1, 4),
                st.sampled_from([None, "live", "video"]),
            ),
            min_size=1,
            max_size=15,
        ),
    )
    def burst(self, requests):
        """A send_batch burst: each gift checked as a lone send would be, a sender's repeats
        of a streakable gift (same creator, same context) written as one combo. Gifts marked
        `regular` go from the funded viewer to the regular creator, so that streaks form."""
        burst = [
            GiftRequest(*(self.regulars if regular else (sender, creator)), gift, count, context)
            for regular, sender, creator, gift, count, context in requests
        ]
        combos: dict[int, list] = {}
        taps: dict[int, list] = {}  # transaction -> its gifts' results, in order
        for r, outcome in zip(burst, self.services.gifts.send_batch(burst), strict=False):
            if not self._gift_outcome(
                r.sender_id, r.creator_id, r.gift_name, r.count, r.context, outcome
            ):
                continue
            taps.setdefault(outcome.transaction_id, []).append((r.sender_id, outcome))
            txn = outcome.transaction_id
            shape = (r.sender_id, r.creator_id, r.gift_name, outcome.context)
            cost = RULES.gift(r.gift_name).coins * r.count
            if txn in combos:  # joined a combo: only a repeat of a streakable gift does
                assert combos[txn][0] == shape and RULES.gift(r.gift_name).streakable
                combos[txn][1] += cost
                combos[txn][2] += outcome.diamonds_credited
                combos[txn][3] += r.count
            else:
                combos[txn] = [shape, cost, outcome.diamonds_credited, r.count, outcome.live_id]
        streaks = [c[0] for c in combos.values() if RULES.gift(c[0][2]).streakable]
        assert len(streaks) == len(set(streaks)), "a sender's repeats were split"
        # The lots are taken from transaction by transaction, each combo's gifts in order.
        takes: dict[int, list] = {}
        for txn in sorted(taps):
            takes[txn] = []
            for sender, outcome in taps[txn]:
                took, trail = self.model[sender].take(
                    outcome.coins_spent, outcome.diamonds_credited
                )
                assert _trail(outcome) == trail, (_trail(outcome), trail)
                takes[txn] += took
        return multiple(
            *(
                (txn, shape[0], shape[1], cost, self.clock.now(), live, diamonds, count, takes[txn])
                for txn, (shape, cost, diamonds, count, live) in combos.items()
            )
        )

    @rule(gift=consumes(gifts_sent), wait=st.integers(min_value=0, max_value=14))
    def undo(self, gift, wait):
        if gift is None:
            return
        txn, sender, creator, cost, sent_at, live, diamonds, count, takes = gift
        self._tick(wait)
        s, c = self.model[sender], self.model[creator]
        late = self.clock.now() - sent_at > dt.timedelta(seconds=10)
        unminted = c.minted - (c.received - cost) // 2
        try:
            result = self.services.gifts.undo(txn)
        except UndoWindowClosed:
            assert late
            return
        except InsufficientDiamonds:
            assert c.diamonds < unminted
            return
        assert not late
        assert result.coins_refunded == cost and result.diamonds_reversed == unminted
        # Exactly what the gift was charged comes back, to the lots it came from.
        assert result.money_trail.paid_cents == sum(t[2] for t in takes)
        assert result.money_trail.store_fee_cents == sum(t[3] for t in takes)
        s.give_back(takes)
        s.coins += cost
        if sent_at.date() == self.clock.now().date():
            s.spent_today -= cost
        c.received -= cost
        c.minted -= unminted
        c.diamonds -= unminted
        if live is not None:  # out of its LIVE, on air or ended since
            self.lives[live].add(sender, diamonds=-diamonds, coins=-cost, gifts=-count)

    @rule(pid=people)
    def go_live(self, pid):
        person = self.model[pid]
        try:
            live = self.services.lives.start(pid, goal_diamonds=1_000)
        except NotACreator:
            assert not person.creator
            return
        except AlreadyLive:
            assert person.live is not None
            return
        assert person.creator and person.live is None and live.on_air
        person.live = live.live_id
        self.lives[live.live_id] = Live()

    @rule(pid=people)
    def end_live(self, pid):
        person = self.model[pid]
        try:
            live = self.services.lives.end(pid)
        except NotLive:
            assert person.live is None
            return
        assert live.live_id == person.live and not live.on_air
        person.live = None

    @rule(
        pid=people,
        diamonds=st.integers(min_value=0, max_value=120_000),
        method=st.sampled_from(["bank", "paypal"]),
        target=payouts,
    )
    def payout(self, pid, diamonds, method):
        person = self.model[pid]
        try:
            result = self.services.payouts.request(pid, diamonds, method=method)
        except NotACreator:
            assert not person.creator
            return None
        except PayoutBelowMinimum:
            assert diamonds < 1_000
            return None
        except PayoutOverDailyLimit:
            assert person.requested_today + diamonds > 100_000
            return None
        except InsufficientDiamonds:
            assert person.diamonds < diamonds
            return None
        assert person.creator and diamonds >= 1_000 and person.diamonds >= diamonds
        assert result.cents == diamonds and result.status == "pending"
        person.diamonds -= diamonds
        person.requested_today += diamonds
        return (result.payout_id, pid, diamonds, self.day)

    @rule(payout=consumes(payouts), fail=st.booleans())
    def settle(self, payout, fail):
        if payout is None:
            return
        payout_id, pid, diamonds, day = payout
        self.provider.fail_next = fail
        result = self.services.payouts.settle(payout_id)
        assert result.status == ("failed" if fail else "paid")
        if fail:
            self.model[pid].diamonds += diamonds
            if day == self.day:  # a failed request no longer counts against the daily cap
                self.model[pid].requested_today -= diamonds

    @rule(pid=people, cap=st.one_of(st.none(), st.integers(min_value=0, max_value=5_000)))
    def set_budget(self, pid, cap):
        self.services.profiles.set_budget(
            pid, daily_coins=cap, monthly_coins=None, clear=cap is None
        )
        self.model[pid].daily_cap = cap

    @rule(seconds=st.integers(min_value=1, max_value=90_000))
    def wait(self, seconds):
        self._tick(seconds)

    @rule(data=st.data())
    def replay(self, data):
        if not self.replays:
            return
        kind, key, args, first = data.draw(st.sampled_from(self.replays))
        sender, creator, gift, count, context = args
        before = [self.services.balance(p).coins for p in self.model]
        # (a replay, even once the LIVE it was sent in has ended)
        again = self.services.gifts.send(
            sender, creator, gift, count=count, context=context, key=key
        )
        assert again.transaction_id == first.transaction_id and again.replayed
        try:
            self.services.gifts.send(
                sender, creator, gift, count=count + 1, context=context, key=key
            )
            raise AssertionError("a conflicting replay was accepted")
        except IdempotencyConflict:
            pass
        assert [self.services.balance(p).coins for p in self.model] == before

    @invariant()
    def balances_match_model(self):
        for pid, person in self.model.items():
            balance = self.services.balance(pid)
            assert balance.coins == person.coins, (pid, balance, person.coins)
            assert balance.diamonds == person.diamonds, (pid, balance, person.diamonds)

    @invariant()
    def lots_match_model(self):
        """What is left of each profile's lots, and what it cost, as the plain model has it;
        every lot spent has handed out exactly its price."""
        for pid, person in self.model.items():
            month = self.services.spending.month(pid)
            assert (month.unspent_coins, month.unspent_cents) == person.unspent(), pid
            for _lot, size, price, fee, taken, paid, fees in person.lots:
                assert taken < size or (paid, fees) == (price, fee)

    @invariant()
    def lives_match_model(self):
        for live_id, model in self.lives.items():
            live = self.services.lives.summary(live_id)
            assert (live.diamonds, live.coins, live.gifts) == (
                model.diamonds,
                model.coins,
                model.gifts,
            ), (live, vars(model))
            fans = {pid: tuple(f) for pid, f in model.fans.items() if f[0] > 0}
            assert live.gifters == len(fans)
            names = {pid: f"{self.services.profiles.get(pid).name}" for pid in fans}
            assert {(s.profile, s.coins, s.gifts) for s in live.ranking} == {
                (names[pid], *f) for pid, f in fans.items()
            }
            assert [s.coins for s in live.ranking] == sorted(
                (s.coins for s in live.ranking), reverse=True
            )

    @invariant()
    def ledger_verifies(self):
        failed = [c for c in self.services.maintenance.verify() if not c.ok]
        assert not failed, failed


def _trail(outcome) -> tuple:
    t = outcome.money_trail
    return (t.paid_cents, t.store_fee_cents, t.platform_cents, t.creator_cents)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


LedgerMachine.TestCase.settings = _settings(EXAMPLES)
test_ledger_against_model = LedgerMachine.TestCase


class PgLedgerMachine(LedgerMachine):
    """The same machine, each example on a new database of the tests' PostgreSQL server."""

    server: PgServer
    template: str

    def new_database(self) -> str:
        self.database = self.server.create_database(template=self.template)
        return self.server.url(self.database)

    def teardown(self) -> None:
        try:
            super().teardown()
        finally:
            self.server.drop_database(self.database)


def test_ledger_against_model_on_postgres(pg_server, pg_giftdesk_template):
    machine = type(
        "PgLedger", (PgLedgerMachine,), {"server": pg_server, "template": pg_giftdesk_template}
    )
    run_state_machine_as_test(machine, settings=_settings(PG_EXAMPLES))
