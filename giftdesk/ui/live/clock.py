"""Time on air: how long a LIVE has been (or was) on air, and that span as people read it."""

from __future__ import annotations

import datetime as dt

from giftdesk.services.live_results import LiveSummary


def on_air_seconds(live: LiveSummary, now: dt.datetime | None = None) -> int:
    """Whole seconds from its start to its end, or to `now` (UTC) while on air."""
    start = dt.datetime.fromisoformat(live.started_at)
    end = (
        dt.datetime.fromisoformat(live.ended_at)
        if live.ended_at is not None
        else (now or dt.datetime.now(dt.UTC))
    )
    return max(0, int((end - start).total_seconds()))


def span(seconds: int) -> str:
    """1:02:03, and 0:21:10 under an hour: a stopwatch's hours, minutes and seconds (digits
    and colons read alike in every language); "21:10" alone was read as a time of day."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
