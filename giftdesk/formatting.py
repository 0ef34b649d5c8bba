"""Every amount shown to a person is formatted here, and only here.

Integer arithmetic only (no float ever touches money). The locale is a small value object
that tests can inject; the default is US English, the currency of the rules.
"""

from __future__ import annotations

from typing import NamedTuple


class NumberLocale(NamedTuple):
    """Immutable, as a frozen dataclass would be; a NamedTuple because the window imports this
    module before it shows, and typing is loaded by then while dataclasses is not."""

    grouping: str = ","
    decimal: str = "."
    currency_symbol: str = "$"
    symbol_first: bool = True


US = NumberLocale()
_current = US


def set_locale(locale: NumberLocale) -> None:
    global _current
    _current = locale


def group(n: int, locale: NumberLocale | None = None) -> str:
    loc = locale or _current
    sign = "-" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", loc.grouping)


def coins(n: int, locale: NumberLocale | None = None) -> str:
    return f"{group(n, locale)} coin{'s' if abs(n) != 1 else ''}"


def diamonds(n: int, locale: NumberLocale | None = None) -> str:
    return f"{group(n, locale)} diamond{'s' if abs(n) != 1 else ''}"


def usd(cents: int, locale: NumberLocale | None = None) -> str:
    """`1234` -> `$12.34`; exact to the cent."""
    loc = locale or _current
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    number = f"{group(whole, loc)}{loc.decimal}{part:02d}"
    return (
        f"{sign}{loc.currency_symbol}{number}"
        if loc.symbol_first
        else f"{sign}{number} {loc.currency_symbol}"
    )


def usd_fraction(
    numerator_cents: int, denominator: int, *, places: int = 3, locale: NumberLocale | None = None
) -> str:
    """A per-unit price such as cents per coin, rounded half up to `places` decimals of a dollar."""
    loc = locale or _current
    scale = 10**places
    # dollars x scale, rounded half up, computed in integers
    value = (numerator_cents * scale * 2 + 100 * denominator) // (200 * denominator)
    whole, part = divmod(value, scale)
    return f"{loc.currency_symbol}{group(whole, loc)}{loc.decimal}{part:0{places}d}"


NAME_SHOWN_CHARS = 24  # a long name without spaces cannot wrap: longer ones are shortened


def short_name(name: str) -> str:
    """A profile name as a sentence in the window shows it: at most NAME_SHOWN_CHARS
    characters, the rest cut to an ellipsis (a 64-letter name pushed the tabs off screen)."""
    return name if len(name) <= NAME_SHOWN_CHARS else name[: NAME_SHOWN_CHARS - 1] + "…"
