"""Running a service's write again when the database server cancelled it (DESIGN 12).

PostgreSQL resolves a deadlock or a serialization failure by rolling one of the transactions
back (storage raises WriteConflict for it). Nothing of that write was saved, so running the
whole action again is safe, and it is the same action: the same idempotency key, so a write
that did get through under its key (a retry by the user after a lost connection) is
replayed, never written twice. A service method that writes is wrapped in `retried`.

SQLite never raises it: a second writer waits for the first (BEGIN IMMEDIATE, busy timeout).
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from giftdesk.domain.errors import WriteConflict

P = ParamSpec("P")
R = TypeVar("R")

ATTEMPTS = 5  # then the user is told, with nothing changed
FIRST_PAUSE_S = 0.005  # doubled after each conflict, with jitter so two losers do not meet again


def retried(action: Callable[P, R]) -> Callable[P, R]:
    """`action`, run again (up to ATTEMPTS times in all) when the server cancels its write."""

    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(ATTEMPTS - 1):
            try:
                return action(*args, **kwargs)
            except WriteConflict:
                pause(FIRST_PAUSE_S * 2**attempt * random.uniform(0.5, 1.5))
        return action(*args, **kwargs)

    return run


def pause(seconds: float) -> None:
    """time.sleep, named so that tests can count the pauses instead of waiting them out."""
    time.sleep(seconds)
