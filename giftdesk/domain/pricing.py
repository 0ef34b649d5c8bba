"""What coins cost: package and custom prices per channel, the store fee, bonuses, quotes."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction  # exact rationals, never floats

from giftdesk.domain.errors import (
    AmountOutOfRange,
    ChannelRuleError,
    InvalidAmount,
    InvalidPaymentMethod,
    UnknownPackage,
)
from giftdesk.domain.rules import APP, CHANNELS, METHODS_BY_CHANNEL, WEB, Rules
from giftdesk.formatting import group
from giftdesk.i18n import _

# A quote is for at most this many coins: beyond it the answer stops being a purchase anyone
# makes, and the search below grows with the amount.
QUOTE_MAX_COINS = 10_000_000


@dataclass(frozen=True, slots=True)
class Price:
    """The money side of one purchase of `coins` (bonus excluded)."""

    coins: int
    channel: str
    price_cents: int
    store_fee_cents: int
    is_custom: bool

    @property
    def revenue_cents(self) -> int:
        return self.price_cents - self.store_fee_cents


def check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise InvalidAmount(
            _("unknown channel '{channel}': choose app or web").format(channel=channel)
        )


def check_method(channel: str, method: str) -> None:
    check_channel(channel)
    allowed = METHODS_BY_CHANNEL[channel]
    if method not in allowed:
        raise InvalidPaymentMethod(
            _("the {channel} channel takes payment by {methods}, not '{method}'").format(
                channel=channel, methods=_(" or ").join(allowed), method=method
            )
        )


def store_fee_cents(rules: Rules, *, channel: str, price_cents: int) -> int:
    return rules.app_store_fee_rate.floor(price_cents) if channel == APP else 0


def custom_price_cents(rules: Rules, coins: int) -> int:
    return rules.custom_price_rate.ceil(coins)


def check_custom(rules: Rules, *, channel: str, coins: int) -> None:
    if channel != WEB:
        raise ChannelRuleError(
            _("custom amounts are sold on the web channel only (the app store sells packages)")
        )
    if not rules.custom_min_coins <= coins <= rules.custom_max_coins:
        raise AmountOutOfRange(
            _("a custom amount is {low} to {high} coins, not {coins}").format(
                low=group(rules.custom_min_coins),
                high=group(rules.custom_max_coins),
                coins=group(coins),
            )
        )


def package_price(rules: Rules, *, coins: int, channel: str) -> Price:
    check_channel(channel)
    package = rules.package(coins)
    if package is None:
        sizes = ", ".join(group(p.coins) for p in rules.packages)
        raise UnknownPackage(
            _("there is no {coins}-coin package; packages are {sizes} coins").format(
                coins=group(coins), sizes=sizes
            )
        )
    price = package.price_cents(channel)
    return Price(
        coins,
        channel,
        price,
        store_fee_cents(rules, channel=channel, price_cents=price),
        is_custom=False,
    )


def custom_price(rules: Rules, *, coins: int, channel: str) -> Price:
    check_channel(channel)
    check_custom(rules, channel=channel, coins=coins)
    price = custom_price_cents(rules, coins)
    return Price(
        coins,
        channel,
        price,
        store_fee_cents(rules, channel=channel, price_cents=price),
        is_custom=True,
    )


@dataclass(frozen=True, slots=True)
class Bonus:
    first_purchase_coins: int
    seasonal_coins: int
    promotion_names: tuple[str, ...]

    @property
    def coins(self) -> int:
        return self.first_purchase_coins + self.seasonal_coins


def bonus_for(rules: Rules, *, coins: int, first_purchase: bool, today: dt.date) -> Bonus:
    """First-purchase and seasonal bonuses add up; each is rounded down on its own."""
    first = rules.first_purchase_bonus_rate.floor(coins) if first_purchase else 0
    active = [p for p in rules.promotions if p.applies(coins=coins, today=today)]
    seasonal = sum(p.bonus_rate.floor(coins) for p in active)
    return Bonus(first, seasonal, tuple(p.name for p in active))


@dataclass(frozen=True, slots=True)
class QuoteItem:
    kind: str  # "package" or "custom"
    coins: int
    price_cents: int
    count: int


@dataclass(frozen=True, slots=True)
class Quote:
    requested_coins: int
    channel: str
    items: tuple[QuoteItem, ...]

    @property
    def coins(self) -> int:
        return sum(i.coins * i.count for i in self.items)

    @property
    def price_cents(self) -> int:
        return sum(i.price_cents * i.count for i in self.items)

    @property
    def purchases(self) -> int:
        return sum(i.count for i in self.items)


def quote(rules: Rules, *, coins: int, channel: str | None = None) -> Quote:
    """The cheapest way to get at least `coins` coins; without a channel, the cheaper channel.

    Ties go to fewer purchases, then to more coins. Written here rather than taken from a
    library: it is a small unbounded covering knapsack over a handful of packages plus at most
    one custom amount, solved exactly by dynamic programming in units of the packages' gcd.
    """
    if not 1 <= coins <= QUOTE_MAX_COINS:
        # Input out of range, as 0 is: InvalidAmount (exit 2), with the range in the message.
        raise InvalidAmount(
            _("a quote is for 1 to {most} coins, not {coins}").format(
                most=group(QUOTE_MAX_COINS), coins=group(coins)
            )
        )
    if channel is None:
        candidates = [_quote_channel(rules, coins, c) for c in CHANNELS]
        return min(candidates, key=lambda q: (q.price_cents, q.purchases, -q.coins))
    check_channel(channel)
    return _quote_channel(rules, coins, channel)


def _quote_channel(rules: Rules, coins: int, channel: str) -> Quote:
    unit = 0
    for p in rules.packages:
        unit = math.gcd(unit, p.coins)
    sizes = [(p.coins // unit, p.price_cents(channel), p.coins) for p in rules.packages]
    largest = max(s for s, _price, _item in sizes)
    need_units = -(-coins // unit)
    limit = need_units + largest  # no optimal cover overshoots by a whole largest package

    # best[u] = (price, purchases) for exactly u units of packages; parent[u] = package index
    infinity = (math.inf, math.inf)
    best: list[tuple[float, float]] = [infinity] * (limit + 1)
    parent = [-1] * (limit + 1)
    best[0] = (0, 0)
    for u in range(1, limit + 1):
        current = infinity
        choice = -1
        for index, (size, price, _item) in enumerate(sizes):
            if size <= u:
                prev = best[u - size]
                candidate = (prev[0] + price, prev[1] + 1)
                if candidate < current:
                    current, choice = candidate, index
        best[u] = current
        parent[u] = choice

    # (price, purchases, -coins, uses a custom amount, package units, custom coins):
    # at equal price, count and coins a plain package beats a custom amount.
    options = []
    for u in range(need_units, limit + 1):
        if best[u][0] != math.inf:
            options.append((best[u][0], best[u][1], -u * unit, False, u, 0))
    if channel == WEB:
        for u in range(0, need_units):
            if best[u][0] == math.inf:
                continue
            rest = max(coins - u * unit, rules.custom_min_coins)
            if rest > rules.custom_max_coins:
                continue
            total = best[u][0] + custom_price_cents(rules, rest)
            options.append((total, best[u][1] + 1, -(u * unit + rest), True, u, rest))
    *_, units, custom_coins = min(options)

    counts: dict[int, int] = {}
    u = units
    while u > 0:
        index = parent[u]
        counts[index] = counts.get(index, 0) + 1
        u -= sizes[index][0]
    items = [
        QuoteItem("package", sizes[i][2], sizes[i][1], n)
        for i, n in sorted(counts.items(), key=lambda kv: -sizes[kv[0]][2])
    ]
    if custom_coins:
        items.append(QuoteItem("custom", custom_coins, custom_price_cents(rules, custom_coins), 1))
    return Quote(coins, channel, tuple(items))


def coins_value_cents(rules: Rules, *, coins: int, channel: str) -> int:
    """What `coins` cost at the channel's best rate per coin, to the nearest cent (half up).

    Shown next to a gift so the sender sees its price in money before sending. It is an
    estimate for display, never a charge, so it rounds to nearest: one 1-coin rose shows as
    $0.01, not as the $0.02 a rounded-up charge would suggest.
    """
    check_channel(channel)
    best = min(rules.packages, key=lambda p: Fraction(p.price_cents(channel), p.coins))
    num, den = best.price_cents(channel), best.coins
    if channel == WEB and rules.custom_price_rate.num * den < num * rules.custom_price_rate.den:
        num, den = rules.custom_price_rate.num, rules.custom_price_rate.den
    return (2 * coins * num + den) // (2 * den)
