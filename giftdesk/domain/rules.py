"""The economy's numbers as frozen dataclasses, and their validation from a parsed TOML table.

Reading the file is the caller's job (see `giftdesk.resources`); this module only turns a plain
dict into `Rules` or raises `RulesFileError` naming the field that is wrong.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from giftdesk.domain.errors import RulesFileError
from giftdesk.domain.units import Rate
from giftdesk.i18n import _

APP = "app"
WEB = "web"
CHANNELS = (APP, WEB)
METHODS_BY_CHANNEL = {APP: ("app-store",), WEB: ("card", "paypal")}
CONTEXTS = ("live", "video")
PAYOUT_METHODS = ("bank", "paypal")


@dataclass(frozen=True, slots=True)
class Package:
    coins: int
    app_price_cents: int
    web_price_cents: int

    def price_cents(self, channel: str) -> int:
        return self.app_price_cents if channel == APP else self.web_price_cents


@dataclass(frozen=True, slots=True)
class Promotion:
    name: str
    enabled: bool
    starts: dt.date
    ends: dt.date
    bonus_rate: Rate
    min_coins: int

    def applies(self, *, coins: int, today: dt.date) -> bool:
        return self.enabled and self.starts <= today <= self.ends and coins >= self.min_coins


@dataclass(frozen=True, slots=True)
class Gift:
    name: str
    coins: int
    streakable: bool


@dataclass(frozen=True, slots=True)
class Rules:
    version: str
    currency: str
    packages: tuple[Package, ...]
    app_store_fee_rate: Rate
    custom_min_coins: int
    custom_max_coins: int
    custom_price_rate: Rate
    first_purchase_bonus_rate: Rate
    promotions: tuple[Promotion, ...]
    gifts: tuple[Gift, ...]
    max_combo_count: int
    confirm_at_coins: int  # a send of this many coins or more asks "Send this gift?" first
    undo_seconds: int
    diamond_rate: Rate
    diamond_value_rate: Rate
    payout_min_diamonds: int
    payout_max_cents_per_day: int
    payout_methods: tuple[str, ...]
    min_age_years: int
    # Gift names match regardless of case. Built once here: a cache keyed by the catalog
    # hashed all of its gifts on every look-up, a tenth of the cost of sending a gift.
    _gifts_by_key: dict[str, Gift] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_gifts_by_key", {g.name.casefold(): g for g in self.gifts})

    def package(self, coins: int) -> Package | None:
        return next((p for p in self.packages if p.coins == coins), None)

    def gift(self, name: str) -> Gift | None:
        return self._gifts_by_key.get(name.casefold())


class _Reader:
    """Pulls typed fields out of nested dicts, naming the dotted path in every error."""

    def __init__(self, data: dict[str, Any], path: str = "") -> None:
        if not isinstance(data, dict):
            raise RulesFileError(
                _("rules: {field} must be a table").format(field=path or _("the file"))
            )
        self.data = data
        self.path = path

    def _name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str) -> Any:
        if key not in self.data:
            raise RulesFileError(_("rules: missing field '{field}'").format(field=self._name(key)))
        return self.data[key]

    def table(self, key: str) -> _Reader:
        return _Reader(self._get(key), self._name(key))

    def tables(self, key: str, *, optional: bool = False) -> list[_Reader]:
        if optional and key not in self.data:
            return []
        value = self._get(key)
        if not isinstance(value, list):
            raise RulesFileError(_("rules: '{field}' must be a list").format(field=self._name(key)))
        return [_Reader(item, f"{self._name(key)}[{i}]") for i, item in enumerate(value)]

    def int(self, key: str, *, minimum: int = 0) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise RulesFileError(
                _("rules: '{field}' must be a whole number").format(field=self._name(key))
            )
        if value < minimum:
            raise RulesFileError(
                _("rules: '{field}' must be at least {minimum}").format(
                    field=self._name(key), minimum=minimum
                )
            )
        return value

    def str(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise RulesFileError(
                _("rules: '{field}' must be non-empty text").format(field=self._name(key))
            )
        return value

    def bool(self, key: builtins.str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise RulesFileError(
                _("rules: '{field}' must be true or false").format(field=self._name(key))
            )
        return value

    def date(self, key: builtins.str) -> dt.date:
        value = self._get(key)
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise RulesFileError(
                _("rules: '{field}' must be a date (YYYY-MM-DD)").format(field=self._name(key))
            )
        return value

    def rate(self, key: builtins.str) -> Rate:
        value = self._get(key)
        try:
            num, den = value
            return Rate(num, den)
        except (TypeError, ValueError):
            raise RulesFileError(
                _(
                    "rules: '{field}' must be [numerator, denominator], two whole numbers "
                    "with a positive denominator"
                ).format(field=self._name(key))
            ) from None

    def strs(self, key: builtins.str) -> tuple[builtins.str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise RulesFileError(
                _("rules: '{field}' must be a non-empty list of text").format(field=self._name(key))
            )
        return tuple(value)


def parse_rules(data: dict[str, Any]) -> Rules:
    """Validate a parsed rules table; raise `RulesFileError` naming the first bad field."""
    root = _Reader(data)
    recharge = root.table("recharge")
    gifts_table = root.table("gifts")
    diamonds = root.table("diamonds")
    payouts = root.table("payouts")
    people = root.table("people")

    packages = tuple(
        Package(
            coins=p.int("coins", minimum=1),
            app_price_cents=p.int("app_price_cents", minimum=1),
            web_price_cents=p.int("web_price_cents", minimum=1),
        )
        for p in recharge.tables("packages")
    )
    if not packages:
        raise RulesFileError(_("rules: 'recharge.packages' must list at least one package"))
    if len({p.coins for p in packages}) != len(packages):
        raise RulesFileError(_("rules: 'recharge.packages' has two packages with the same coins"))

    promotions = []
    for p in recharge.tables("promotions", optional=True):
        promotion = Promotion(
            name=p.str("name"),
            enabled=p.bool("enabled"),
            starts=p.date("starts"),
            ends=p.date("ends"),
            bonus_rate=p.rate("bonus_rate"),
            min_coins=p.int("min_coins"),
        )
        if promotion.ends < promotion.starts:
            raise RulesFileError(
                _("rules: '{field}' is before its 'starts'").format(field=f"{p.path}.ends")
            )
        promotions.append(promotion)

    streak_below = gifts_table.int("streak_below_coins", minimum=1)
    gifts = tuple(
        Gift(
            name=g.str("name").strip(),
            coins=(coins := g.int("coins", minimum=1)),
            streakable=coins < streak_below,
        )
        for g in gifts_table.tables("catalog")
    )
    if not gifts:
        raise RulesFileError(_("rules: 'gifts.catalog' must list at least one gift"))
    if len({g.name.casefold() for g in gifts}) != len(gifts):
        raise RulesFileError(_("rules: 'gifts.catalog' has two gifts with the same name"))

    fee_rate = recharge.rate("app_store_fee_rate")
    if fee_rate.num >= fee_rate.den:
        raise RulesFileError(_("rules: 'recharge.app_store_fee_rate' must be below 100%"))
    methods = payouts.strs("methods")
    unknown = [m for m in methods if m not in PAYOUT_METHODS]
    if unknown:
        raise RulesFileError(
            _("rules: 'payouts.methods' may list only {methods}, not {method}").format(
                methods=", ".join(PAYOUT_METHODS), method=unknown[0]
            )
        )

    custom_min = recharge.int("custom_min_coins", minimum=1)
    custom_max = recharge.int("custom_max_coins", minimum=1)
    if custom_max < custom_min:
        raise RulesFileError(_("rules: 'recharge.custom_max_coins' is below 'custom_min_coins'"))

    return Rules(
        version=root.str("version"),
        currency=root.str("currency"),
        packages=tuple(sorted(packages, key=lambda p: p.coins)),
        app_store_fee_rate=fee_rate,
        custom_min_coins=custom_min,
        custom_max_coins=custom_max,
        custom_price_rate=recharge.rate("custom_price_rate_cents_per_coin"),
        first_purchase_bonus_rate=recharge.rate("first_purchase_bonus_rate"),
        promotions=tuple(promotions),
        gifts=gifts,
        max_combo_count=gifts_table.int("max_combo_count", minimum=1),
        confirm_at_coins=gifts_table.int("confirm_at_coins", minimum=1),
        undo_seconds=gifts_table.int("undo_seconds"),
        diamond_rate=diamonds.rate("rate_per_coin"),
        diamond_value_rate=diamonds.rate("value_cents_per_diamond"),
        payout_min_diamonds=payouts.int("min_diamonds", minimum=1),
        payout_max_cents_per_day=payouts.int("max_cents_per_utc_day", minimum=1),
        payout_methods=methods,
        min_age_years=people.int("min_age_years"),
    )
