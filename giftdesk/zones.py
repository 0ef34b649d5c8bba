"""IANA time zones: the names a profile may be given, the system's own zone, and the day an
instant falls on in a zone.

A profile's budget days and ages are counted in its own zone, so nothing here reads the TZ
environment variable: whoever runs a command sets TZ for that process alone, and with
`TZ=Etc/GMT-14` a used-up daily cap would start again.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from functools import cache, lru_cache
from pathlib import Path

from giftdesk.domain.errors import InvalidTimeZone
from giftdesk.i18n import _

FALLBACK_ZONE = "UTC"
ETC = Path("/etc")
# Files that sit among the zones in the database but are not zones: 'localtime' links to
# whatever the machine is set to (a profile in it would move with the machine again), and
# 'posixrules' is the rule set POSIX TZ strings borrow.
_NOT_ZONES = frozenset({"localtime", "posixrules"})
# Folders of the database that repeat every zone: 'posix/Europe/Berlin' is Europe/Berlin, and
# 'right/...' the same zone counting leap seconds (a link to it still names the zone in use).
_VARIANT_FOLDERS = ("posix/", "right/")
_SHOWN_MAX_CHARS = 64


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """{case-folded name: name} of every zone; reading the database takes about 25 ms, once.
    UTC is always there: it is the zone profiles fall back to, and needs no database."""
    names = (zoneinfo.available_timezones() - _NOT_ZONES) | {FALLBACK_ZONE}
    return {name.casefold(): name for name in names}


def known_zones() -> list[str]:
    """Every zone name a profile may be given, sorted."""
    return sorted(_known().values())


def check_zone(text: str) -> str:
    """A zone name as typed (any case, spaces around it) -> the database's own spelling;
    InvalidTimeZone for anything that is not a zone of the database (a path, 'localtime',
    a POSIX TZ string, an empty string)."""
    name = _known().get(text.strip().casefold())
    if name is None:
        raise InvalidTimeZone(
            _(
                "'{text}' is not a time zone; use an IANA zone name such as Europe/Berlin, "
                "America/New_York or UTC"
            ).format(text=_shown(text))
        )
    return name


def _shown(text: str) -> str:
    """`text` echoed in a message, with anything that could move the cursor made visible."""
    shown = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return shown if len(shown) <= _SHOWN_MAX_CHARS else shown[: _SHOWN_MAX_CHARS - 3] + "..."


@cache
def zone_info(name: str) -> dt.tzinfo:
    """The tzinfo of a stored zone name, made once per name (a burst of gifts asks often)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        if name == FALLBACK_ZONE:  # a system without a zone database still has UTC
            return dt.UTC
        raise InvalidTimeZone(
            _(
                "the time zone '{zone}' is not in this system's time zone database; set the "
                "profile's zone again"
            ).format(zone=_shown(name))
        ) from None


def day_in(utc: dt.datetime, zone: str) -> dt.date:
    """The calendar day `utc` falls on in `zone`."""
    return utc.astimezone(zone_info(zone)).date()


def system_zone(etc: Path | None = None) -> str:
    """The IANA name of the zone the system is configured with, read from its configuration
    under `etc` (default: ETC, /etc): the zone /etc/localtime links to, else the name in
    /etc/timezone, else UTC.

    Never TZ: that variable is the process's, set by whoever runs the command, which is
    exactly what must not move a profile's budget day. (tzlocal is not used for this reason:
    its get_localzone_name() honours TZ before anything else.) Where there is no /etc
    (Windows) the answer is UTC; a profile's zone can be changed afterwards.
    """
    etc = ETC if etc is None else etc
    return _linked_zone(etc / "localtime") or _named_zone(etc / "timezone") or FALLBACK_ZONE


def _linked_zone(localtime: Path) -> str | None:
    """The zone /etc/localtime is a link to (systemd, macOS, Alpine: a link into a zoneinfo
    folder, absolute or relative); None if it is a copied file, missing, or a link elsewhere."""
    try:
        targets = (os.readlink(localtime), os.path.realpath(localtime))
    except OSError:
        return None
    for target in targets:
        _, found, name = target.replace(os.sep, "/").rpartition("zoneinfo/")
        if not found:
            continue
        for folder in _VARIANT_FOLDERS:
            name = name.removeprefix(folder)
        known = _known().get(name.casefold())
        if known is not None:
            return known
    return None


def _named_zone(timezone_file: Path) -> str | None:
    """The zone named in /etc/timezone (Debian's older way), if it is one."""
    try:
        lines = timezone_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            return _known().get(line.casefold())
    return None
