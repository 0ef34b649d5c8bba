"""Every amount shown to a person is formatted here, and only here.

Amounts arrive as integers in their smallest unit (coins, diamonds, US cents) and become text
through Babel, in the locale of the language chosen (giftdesk.i18n.locale(): "de_DE" writes
`1.234,50 $`), or in the `locale` a call injects, as tests do. `Decimal` appears only here, at
the edge, never in a rule; no float ever touches money.

English is formatted as en_US, as it was before Babel: by Python's own grouping, which
tests/test_formatting.py holds equal to Babel's en_US output, so that a command in English
never imports Babel (about 15 ms of every command's start-up).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from giftdesk.i18n import _, ngettext
from giftdesk.i18n import locale as chosen_locale

if TYPE_CHECKING:
    import datetime as dt
    from decimal import Decimal

FAST = "en_US"  # the locale formatted without Babel (see above)
CURRENCY = "USD"  # the rules' currency


def _locale(locale: str | None) -> str:
    return locale or chosen_locale()


def group(n: int, locale: str | None = None) -> str:
    """A whole number with the locale's grouping: 12500 -> "12,500", "12.500", "12 500"."""
    loc = _locale(locale)
    if loc == FAST:
        return f"{n:,}"
    from babel.numbers import format_decimal

    return format_decimal(n, locale=loc)


def signed(n: int, locale: str | None = None) -> str:
    """A change with its sign: "+770", "-1,000"; "" for none."""
    return "" if n == 0 else ("+" if n > 0 else "") + group(n, locale)


def coins(n: int, locale: str | None = None) -> str:
    return ngettext("{count} coin", "{count} coins", abs(n)).format(count=group(n, locale))


def diamonds(n: int, locale: str | None = None) -> str:
    return ngettext("{count} diamond", "{count} diamonds", abs(n)).format(count=group(n, locale))


def _dollars(cents: int) -> Decimal:
    from decimal import Decimal

    return Decimal(cents).scaleb(-2)


def usd(cents: int, locale: str | None = None) -> str:
    """`1234` -> `$12.34` (en_US), `12,34 $` (de_DE), `US$ 12,34` (pt_BR); exact to the cent."""
    loc = _locale(locale)
    if loc == FAST:
        whole, part = divmod(abs(cents), 100)
        return f"{'-' if cents < 0 else ''}${whole:,}.{part:02d}"
    from babel.numbers import format_currency

    return format_currency(_dollars(cents), CURRENCY, locale=loc)


def plain_usd(cents: int, locale: str | None = None) -> str:
    """Dollars as a field takes them back: `4999` -> `49.99` (en_US), `49,99` (de_DE); no
    symbol, no grouping, always two places."""
    loc = _locale(locale)
    if loc == FAST:
        return f"{cents // 100}.{cents % 100:02d}"
    from babel.numbers import format_decimal

    return format_decimal(_dollars(cents), format="0.00", locale=loc)


def usd_fraction(
    numerator_cents: int, denominator: int, *, places: int = 3, locale: str | None = None
) -> str:
    """A per-unit price such as cents per coin, rounded half up to `places` decimals of a dollar."""
    loc = _locale(locale)
    scale = 10**places
    # dollars x scale, rounded half up, computed in integers
    value = (numerator_cents * scale * 2 + 100 * denominator) // (200 * denominator)
    if loc == FAST:
        whole, part = divmod(value, scale)
        return f"${whole:,}.{part:0{places}d}"
    from decimal import Decimal

    from babel import Locale
    from babel.numbers import format_currency

    # The locale's own currency pattern, with `places` decimals instead of the cents' two.
    pattern = Locale.parse(loc).currency_formats["standard"].pattern
    pattern = pattern.replace("0.00", "0." + "0" * places)
    return format_currency(
        Decimal(value).scaleb(-places), CURRENCY, format=pattern, locale=loc, currency_digits=False
    )


def duration(seconds: int) -> str:
    """A time on air, to the minute ("1 h 05 min", "12 min"), or "45 s" under one."""
    if seconds < 60:
        return _("{seconds} s").format(seconds=seconds)
    hours, minutes = divmod(seconds // 60, 60)
    if hours:
        return _("{hours} h {minutes:02d} min").format(hours=group(hours), minutes=minutes)
    return _("{minutes} min").format(minutes=minutes)


def timestamp(iso: str, locale: str | None = None) -> str:
    """A stored UTC time ("2026-11-25T07:41:55.123+00:00") to the second, in UTC:
    "2026-11-25 07:41:55" in English, as the command line always wrote it; the locale's own
    numeric date and time elsewhere ("25.11.2026, 07:41:55")."""
    loc = _locale(locale)
    if loc == FAST:
        return iso[:19].replace("T", " ")
    import datetime as dt

    return _numeric(dt.datetime.fromisoformat(iso).astimezone(dt.UTC), "Hms", loc)


def local_time(iso: str, locale: str | None = None) -> str:
    """A stored UTC time in the machine's local time, to the minute: "2026-11-25 08:41" in
    English, as the window always showed it; the locale's own numeric date and time elsewhere
    ("25.11.2026, 08:41")."""
    import datetime as dt

    moment = dt.datetime.fromisoformat(iso).astimezone()
    loc = _locale(locale)
    if loc == FAST:
        return moment.strftime("%Y-%m-%d %H:%M")
    return _numeric(moment, "Hm", loc)


def _numeric(moment: dt.datetime, time_skeleton: str, locale: str) -> str:
    """A numeric date with a four-digit year and the time (a table's column, not a sentence),
    joined as the locale joins them: "25.11.2026, 07:41", "25/11/2026 07:41"."""
    from babel import Locale
    from babel.dates import format_skeleton

    day = format_skeleton("yMd", moment, locale=locale)
    time = format_skeleton(time_skeleton, moment, tzinfo=moment.tzinfo, locale=locale)
    return Locale.parse(locale).datetime_formats["short"].format(time, day)


def local_date(iso: str, locale: str | None = None) -> str:
    """The machine's local calendar day of a stored UTC time: "2026-11-25" in English (ISO,
    as the window always showed it); the locale's own numeric date elsewhere ("25.11.2026")."""
    import datetime as dt

    moment = dt.datetime.fromisoformat(iso).astimezone()
    loc = _locale(locale)
    if loc == FAST:
        return moment.date().isoformat()
    from babel.dates import format_skeleton

    return format_skeleton("yMd", moment, locale=loc)


def date(day: dt.date, locale: str | None = None) -> str:
    """A calendar day: "2026-11-25" in English (ISO, as before); "25.11.2026" in German."""
    loc = _locale(locale)
    if loc == FAST:
        return day.isoformat()
    from babel.dates import format_date

    return format_date(day, "medium", locale=loc)


def zoned_time(iso: str, zone: str, locale: str | None = None) -> str:
    """A stored UTC time in an IANA `zone` (a profile's own), to the minute: "2026-11-25
    08:41" in English; the locale's own numeric date and time elsewhere ("25.11.2026, 08:41")."""
    import datetime as dt
    import zoneinfo

    moment = dt.datetime.fromisoformat(iso).astimezone(zoneinfo.ZoneInfo(zone))
    loc = _locale(locale)
    if loc == FAST:
        return moment.strftime("%Y-%m-%d %H:%M")
    return _numeric(moment, "Hm", loc)


def month(year: int, number: int, locale: str | None = None) -> str:
    """A calendar month with its year, as the locale names it: "November 2026", "November
    2026" (German), "novembro de 2026"."""
    import datetime as dt

    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", dt.date(year, number, 1), locale=_locale(locale))


# Whole numbers as people type or paste them: digits, grouped by threes with a space, a
# no-break space, a comma, a dot or an apostrophe (12500, 12 500, 12,500, 12.500, 12'500).
_GROUPED = re.compile(r"[0-9]{1,3}(?:([ \u00a0\u202f,.'\u2019])[0-9]{3})(?:\1[0-9]{3})*|[0-9]+")


def parse_count(text: str) -> int | None:
    """A whole count (coins, diamonds, a combo) as typed in any locale, or None: the digits
    0-9, grouped by threes or not, nothing else. For the window's amount fields; the command
    line takes plain digits only (docs/cli.md, "Numbers")."""
    text = text.strip()
    if not _GROUPED.fullmatch(text):
        return None
    return int("".join(ch for ch in text if ch in "0123456789"))


def parse_cents(text: str, locale: str | None = None) -> int | None:
    """An amount of dollars as the locale writes it ("1.234,50" in German, "1,234.50" in
    English) to whole cents, or None if it is not one or has fractions of a cent."""
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        value = parse_decimal(text.strip(), locale=_locale(locale), strict=True)
    except NumberFormatError:
        return None
    cents = value.scaleb(2)
    if not value.is_finite() or value < 0 or cents != cents.to_integral_value():
        return None
    return int(cents)


NAME_SHOWN_CHARS = 24  # a long name without spaces cannot wrap: longer ones are shortened


def short_name(name: str) -> str:
    """A profile name as a sentence in the window shows it: at most NAME_SHOWN_CHARS
    characters, the rest cut to an ellipsis (a 64-letter name pushed the tabs off screen)."""
    return name if len(name) <= NAME_SHOWN_CHARS else name[: NAME_SHOWN_CHARS - 1] + "…"
