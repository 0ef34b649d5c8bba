"""The LIVE commands: `live start`, `live end`, `live status`, `live history`, `live simulate`,
and `leaderboard`."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from giftdesk.cli import live_text
from giftdesk.cli.output import Output
from giftdesk.cli.prompts import act_as
from giftdesk.services.live_results import off_air_dict


def start(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    act_as(s, creator)
    live = s.lives.start(creator.id, title=args.title, goal_diamonds=args.goal_diamonds)
    out.extend(live_text.started(live))
    return live.as_dict()


def end(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    act_as(s, creator)
    live = s.lives.end(creator.id)
    out.extend(live_text.ended(live))
    return live.as_dict()


def status(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    live = s.lives.on_air(creator.id)
    if live is None:
        out.line(live_text.off_air(creator.name))
        return off_air_dict(creator.name)
    out.extend(live_text.on_air(live))
    return live.as_dict()


def history(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    lives = s.lives.history(creator.id)
    out.extend(live_text.history_table(creator.name, lives))
    return {"creator": creator.name, "lives": [live.as_dict() for live in lives]}


def simulate(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    stop = _Stop()

    def progress(batches: int, seconds: float) -> None:
        if batches == 1:  # said once the stream is flowing, not buffered to the end
            out.now(live_text.simulating(creator.name, args.seconds, args.rate))

    with stop.on_interrupt():
        done = s.simulator.run(
            creator.id,
            seconds=args.seconds,
            rate=args.rate,
            seed=args.seed,
            should_stop=stop,
            progress=progress,
        )
    live = s.lives.summary(done.live_id)
    out.extend(live_text.simulated(done))
    out.extend(live_text.on_air(live) if live.on_air else live_text.ended(live))
    return done.as_dict() | {"live": live.as_dict()}


def leaderboard(s, args, out: Output) -> dict:
    creator = s.profiles.find(args.creator)
    board = s.leaderboards.leaderboard(creator.id, args.period)
    out.extend(live_text.leaderboard(board))
    return board.as_dict()


class _Stop:
    """Ctrl+C during a simulation: noted, and the simulation stops before its next batch,
    so that a batch is never cut short (and the summary so far is printed)."""

    def __init__(self) -> None:
        self.asked = False

    def __call__(self) -> bool:
        return self.asked

    @contextmanager
    def on_interrupt(self) -> Iterator[None]:
        def note(_signum, _frame) -> None:
            self.asked = True

        try:
            previous = signal.signal(signal.SIGINT, note)
        except ValueError:  # not the main thread: a KeyboardInterrupt still stops it cleanly
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
