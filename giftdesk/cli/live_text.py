"""The text the LIVE commands print for people (as cli/text.py does for the others): a LIVE
on air or ended with its ranking, a creator's LIVE history, a leaderboard, a simulation."""

from __future__ import annotations

import datetime as dt

from giftdesk import formatting as fmt
from giftdesk.cli.text import table
from giftdesk.i18n import _, ngettext

SHOWN_RANKS = 10  # a ranking printed for people; the JSON has the whole ranking


def started(live) -> list[str]:
    lines = [
        _("{name} is LIVE now: \u201c{title}\u201d (LIVE {number}).").format(
            name=live.creator, title=live.title, number=live.live_id
        )
    ]
    if live.goal_diamonds is not None:
        lines.append(_("Goal: {diamonds}.").format(diamonds=fmt.diamonds(live.goal_diamonds)))
    lines.append(
        _(
            "Gifts sent to {name} without --context go to this LIVE. End it with: "
            "giftdesk live end {name}"
        ).format(name=live.creator)
    )
    return lines


def on_air(live) -> list[str]:
    return [
        _("{name} is LIVE: \u201c{title}\u201d (LIVE {number}), on air since {time} (UTC).").format(
            name=live.creator,
            title=live.title,
            number=live.live_id,
            time=fmt.timestamp(live.started_at),
        ),
        *_figures(live),
    ]


def off_air(creator: str) -> str:
    return _("{name} is not LIVE.").format(name=creator)


def ended(live) -> list[str]:
    return [
        _("{name}'s LIVE \u201c{title}\u201d (LIVE {number}) ended after {duration}.").format(
            name=live.creator,
            title=live.title,
            number=live.live_id,
            duration=duration(live.started_at, live.ended_at),
        ),
        *_figures(live),
    ]


def _figures(live) -> list[str]:
    lines = [
        ngettext(
            "{diamonds}; {gifts} gift from {gifters} ({coins}).",
            "{diamonds}; {gifts} gifts from {gifters} ({coins}).",
            live.gifts,
        ).format(
            diamonds=fmt.diamonds(live.diamonds),
            gifts=fmt.group(live.gifts),
            gifters=_gifters(live.gifters),
            coins=fmt.coins(live.coins),
        )
    ]
    if live.goal_diamonds is not None:
        lines.append(_goal(live))
    if live.ranking:
        rows = [(_("RANK"), _("GIFTER"), _("COINS"), _("GIFTS"))] + [
            (fmt.group(rank), s.profile, fmt.group(s.coins), fmt.group(s.gifts))
            for rank, s in enumerate(live.ranking[:SHOWN_RANKS], start=1)
        ]
        lines += ["  " + line for line in table(rows, right=(0, 2, 3))]
    return lines


def _gifters(count: int) -> str:
    return ngettext("{count} gifter", "{count} gifters", count).format(count=fmt.group(count))


def _goal(live) -> str:
    if live.goal_reached:
        return _("Goal of {goal} reached.").format(goal=fmt.diamonds(live.goal_diamonds))
    return _("Goal: {diamonds} of {goal} ({percent}%).").format(
        diamonds=fmt.group(live.diamonds),
        goal=fmt.diamonds(live.goal_diamonds),
        percent=live.diamonds * 100 // live.goal_diamonds,
    )


def duration(started_at: str, ended_at: str) -> str:
    """How long a LIVE was on air, to the minute ("1 h 05 min", "12 min"; "45 s" under one)."""
    seconds = dt.datetime.fromisoformat(ended_at) - dt.datetime.fromisoformat(started_at)
    return fmt.duration(int(seconds.total_seconds()))


def history_table(creator: str, lives) -> list[str]:
    if not lives:
        return [_("{name} has not been LIVE yet.").format(name=creator)]
    rows = [
        (
            _("LIVE"),
            _("STARTED (UTC)"),
            _("ON AIR"),
            _("DIAMONDS"),
            _("GIFTS"),
            _("GIFTERS"),
            _("GOAL"),
            _("TITLE"),
        )
    ] + [
        (
            str(live.live_id),
            fmt.timestamp(live.started_at),
            _("now") if live.ended_at is None else duration(live.started_at, live.ended_at),
            fmt.group(live.diamonds),
            fmt.group(live.gifts),
            fmt.group(live.gifters),
            _goal_cell(live),
            live.title,
        )
        for live in lives
    ]
    return table(rows, right=(0, 3, 4, 5))


def _goal_cell(live) -> str:
    if live.goal_diamonds is None:
        return "-"
    mark = _("reached") if live.goal_reached else _("not reached")
    return f"{fmt.group(live.goal_diamonds)} ({mark})"


def leaderboard(board) -> list[str]:
    heading = {
        "day": _("{name}'s top supporters today ({first})"),
        "week": _("{name}'s top supporters this week ({first} to {last})"),
        "month": _("{name}'s top supporters this month ({first} to {last})"),
        "year": _("{name}'s top supporters this year ({first} to {last})"),
        "all": _("{name}'s top supporters of all time"),
    }[board.period]
    lines = [
        heading.format(
            name=board.creator,
            first=fmt.date(dt.date.fromisoformat(board.first)) if board.first else "",
            last=fmt.date(dt.date.fromisoformat(board.last)) if board.last else "",
        )
        + ":"
    ]
    if not board.supporters:
        return [*lines, _("  No gifts in that time.")]
    rows = [(_("RANK"), _("SUPPORTER"), _("COINS"), _("GIFTS"))] + [
        (fmt.group(rank), s.profile, fmt.group(s.coins), fmt.group(s.gifts))
        for rank, s in enumerate(board.supporters, start=1)
    ]
    return lines + ["  " + line for line in table(rows, right=(0, 2, 3))]


def simulating(creator: str, seconds: int, rate: int) -> str:
    return _(
        "Simulating {seconds} s of gifts, {rate} a second, into {name}'s LIVE; Ctrl+C stops it."
    ).format(seconds=fmt.group(seconds), rate=fmt.group(rate), name=creator)


def simulated(done) -> list[str]:
    why = {
        "time": _("the time was up"),
        "interrupted": _("interrupted (every batch before was written whole)"),
        "coins": _("every simulated viewer ran out of coins"),
        "live_ended": _("the LIVE ended"),
    }.get(done.stopped, done.stopped)
    return [
        _(
            "Simulated {sends} sends ({gifts} gift items, {coins}) from {viewers} viewers in "
            "{batches} batches; stopped: {why}. Seed {seed} repeats the stream."
        ).format(
            sends=fmt.group(done.sends),
            gifts=fmt.group(done.gifts),
            coins=fmt.coins(done.coins),
            viewers=fmt.group(done.viewers),
            batches=fmt.group(done.batches),
            why=why,
            seed=done.seed,
        )
    ]
