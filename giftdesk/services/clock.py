"""Time, injectable: the system clock in use, a settable one in tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

UTC = dt.timezone.utc
EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = dt.timedelta(microseconds=1)


class SystemClock:
    """Now in UTC; the local calendar (for budgets and bonus dates) is the machine's."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def local_tz(self) -> dt.tzinfo:
        return dt.datetime.now().astimezone().tzinfo or UTC


@dataclass
class FixedClock:
    """A clock that moves only when told to."""

    current: dt.datetime = field(default_factory=lambda: dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    tz: dt.tzinfo = UTC

    def now(self) -> dt.datetime:
        return self.current

    def local_tz(self) -> dt.tzinfo:
        return self.tz

    def advance(self, **kwargs: int) -> None:
        """Move on by whole timedelta units, e.g. advance(seconds=10, microseconds=1)."""
        self.current += dt.timedelta(**kwargs)


def micros(moment: dt.datetime) -> int:
    """UTC microseconds since the epoch, computed without floats (timedelta // timedelta is an
    exact integer division)."""
    return (moment - EPOCH) // MICROSECOND
