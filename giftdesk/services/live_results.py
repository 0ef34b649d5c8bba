"""What the LIVE services return: a LIVE with its figures and ranking, a leaderboard, and a
simulation's outcome. Frozen, with `as_dict()` giving the command line's JSON (docs/cli.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Supporter:
    """A sender in a ranking or a leaderboard: their coins and gift items (a Rose x25 combo
    is 25)."""

    profile: str
    coins: int
    gifts: int

    def as_dict(self) -> dict[str, Any]:
        return {"profile": self.profile, "coins": self.coins, "gifts": self.gifts}


@dataclass(frozen=True, slots=True)
class LiveGoal:
    """A LIVE on air and how far it is from its goal (None: it has no goal)."""

    live_id: int
    goal_diamonds: int | None
    diamonds: int

    @property
    def reached(self) -> bool:
        return self.goal_diamonds is not None and self.diamonds >= self.goal_diamonds


@dataclass(frozen=True, slots=True)
class LiveSummary:
    """A LIVE, on air or ended, with the figures of its gifts not undone."""

    live_id: int
    creator: str
    title: str
    started_at: str  # ISO 8601 UTC
    ended_at: str | None  # None while on air
    goal_diamonds: int | None
    diamonds: int  # minted by its gifts
    coins: int
    gifts: int  # gift items
    gifters: int  # distinct senders
    ranking: tuple[Supporter, ...]  # its gifters, most coins first (the top RANKING_SIZE)
    creator_id: int = 0  # not in the JSON: the command line names the creator

    @property
    def on_air(self) -> bool:
        return self.ended_at is None

    @property
    def goal_reached(self) -> bool | None:
        return None if self.goal_diamonds is None else self.diamonds >= self.goal_diamonds

    def as_dict(self) -> dict[str, Any]:
        return {
            "live_id": self.live_id,
            "creator": self.creator,
            "title": self.title,
            "started_at": self.started_at,
            "ended_at": self.ended_at,
            "goal_diamonds": self.goal_diamonds,
            "goal_reached": self.goal_reached,
            "diamonds": self.diamonds,
            "coins": self.coins,
            "gifts": self.gifts,
            "gifters": self.gifters,
            "ranking": [s.as_dict() for s in self.ranking],
        }


def off_air_dict(creator: str) -> dict[str, Any]:
    """`live status` of a creator who is not LIVE: the same keys, live_id null."""
    return {
        "live_id": None,
        "creator": creator,
        "title": None,
        "started_at": None,
        "ended_at": None,
        "goal_diamonds": None,
        "goal_reached": None,
        "diamonds": 0,
        "coins": 0,
        "gifts": 0,
        "gifters": 0,
        "ranking": [],
    }


@dataclass(frozen=True, slots=True)
class FeedGift:
    """A gift in a LIVE's feed, as its room shows it."""

    transaction_id: int
    created_us: int  # UTC microseconds since the epoch
    sender_id: int
    sender: str
    gift: str
    count: int  # gift items: a Rose x25 combo is 25
    coins: int
    diamonds: int


@dataclass(frozen=True, slots=True)
class FeedNews:
    """What a LIVE's room has not shown yet: the gifts committed since its last read, oldest
    first, and those of its gifts that undos took back since; the cursors go to the next read."""

    gifts: tuple[FeedGift, ...]
    undone: tuple[int, ...]  # the gifts' transaction ids
    gift_cursor: int  # the last gift read (its transaction id)
    undo_cursor: int  # the last undo read
    more: bool  # more new gifts than one read takes: read again at once


@dataclass(frozen=True, slots=True)
class OnAir:
    """A LIVE on air, as "LIVE now" lists it."""

    live_id: int
    creator_id: int
    creator: str
    title: str
    diamonds: int
    gifters: int


@dataclass(frozen=True, slots=True)
class Leaderboard:
    """A creator's top supporters over a period of the creator's own calendar."""

    creator: str
    period: str  # "day", "week", "month", "year" or "all"
    first: str | None  # ISO 8601 date: the period's first day; None for "all"
    last: str | None
    supporters: tuple[Supporter, ...]  # most coins first

    def as_dict(self) -> dict[str, Any]:
        return {
            "creator": self.creator,
            "period": self.period,
            "first_day": self.first,
            "last_day": self.last,
            "supporters": [s.as_dict() for s in self.supporters],
        }


@dataclass(frozen=True, slots=True)
class Simulated:
    """What a simulated stream sent into a LIVE."""

    live_id: int
    creator: str
    seed: int
    rate: int  # sends a second asked for
    seconds: int  # asked for
    elapsed_ms: int  # how long it ran
    batches: int  # write transactions
    sends: int  # gifts sent (a combo of 25 is one send of 25 gift items)
    gifts: int  # gift items
    coins: int
    diamonds: int  # minted by them
    viewers: int  # simulated viewers that sent
    stopped: str  # "time", "interrupted", "coins" (every viewer ran out), "live_ended"

    def as_dict(self) -> dict[str, Any]:
        return {
            "live_id": self.live_id,
            "creator": self.creator,
            "seed": self.seed,
            "rate": self.rate,
            "seconds": self.seconds,
            "elapsed_ms": self.elapsed_ms,
            "batches": self.batches,
            "sends": self.sends,
            "gifts": self.gifts,
            "coins": self.coins,
            "diamonds": self.diamonds,
            "viewers": self.viewers,
            "stopped": self.stopped,
        }
