"""Time, injectable: the system clock in use, a settable one in tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from giftdesk import zones

UTC = dt.UTC
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = dt.timedelta(microseconds=1)


class Clock(Protocol):
    """What the services ask of a clock."""

    def now(self) -> dt.datetime: ...

    def system_zone(self) -> str: ...


class SystemClock:
    """Now in UTC, and the zone the system is configured with (a new profile's default).

    Budget days and ages are counted in each profile's own zone (see giftdesk.zones), never in
    the process's TZ."""

    def __init__(self, etc: Path | None = None) -> None:
        self._etc = etc  # where the system's zone is configured (None: /etc), for tests

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def system_zone(self) -> str:
        return zones.system_zone(self._etc)


@dataclass
class FixedClock:
    """A clock that moves only when told to, on a system set to `zone`."""

    current: dt.datetime = field(
        default_factory=lambda: dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    )
    zone: str = zones.FALLBACK_ZONE

    def now(self) -> dt.datetime:
        return self.current

    def system_zone(self) -> str:
        return self.zone

    def advance(self, **kwargs: int) -> None:
        """Move on by whole timedelta units, e.g. advance(seconds=10, microseconds=1)."""
        self.current += dt.timedelta(**kwargs)


def micros(moment: dt.datetime) -> int:
    """UTC microseconds since the epoch, computed without floats (timedelta // timedelta is an
    exact integer division)."""
    return (moment - EPOCH) // MICROSECOND
