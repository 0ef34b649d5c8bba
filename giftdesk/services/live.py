"""Going LIVE: start and end a creator's LIVE, and read a LIVE's figures and ranking.

The gifts sent in a LIVE are written by GiftService (services/gifting.py, burst.py), which
keeps the LIVE's figures in the same write as each gift and its undo.
"""

from __future__ import annotations

import datetime as dt

from giftdesk.domain.errors import AlreadyLive, NotACreator, NotLive
from giftdesk.domain.live import check_goal, clean_title
from giftdesk.domain.people import require_adult
from giftdesk.i18n import _
from giftdesk.services.context import Change, ChangeKind, Context
from giftdesk.services.live_results import (
    FeedGift,
    FeedNews,
    LiveGoal,
    LiveSummary,
    OnAir,
    Supporter,
)
from giftdesk.services.profiles import Profile, ProfileService
from giftdesk.services.retries import retried
from giftdesk.storage import ledger, lives
from giftdesk.storage.connection import claim_ids
from giftdesk.storage.errors import Taken
from giftdesk.storage.lives import LiveRow

RANKING_SIZE = 100  # a LIVE's ranking lists its top gifters; `gifters` counts them all
FEED_READ = 1_000  # new gifts one read of a room's feed takes at most; the next takes the rest


class LiveService:
    def __init__(self, ctx: Context, profiles: ProfileService) -> None:
        self._ctx = ctx
        self._profiles = profiles

    @retried
    def start(
        self, creator_id: int, *, title: str | None = None, goal_diamonds: int | None = None
    ) -> LiveSummary:
        """Go LIVE: an adult creator who is not LIVE already, with a title (by default
        "{creator}'s LIVE") and an optional goal in diamonds. One write; the schema refuses a
        second LIVE on air, so that two windows pressing Go LIVE at once get one LIVE and one
        AlreadyLive."""
        ctx = self._ctx
        creator = self._profiles.get(creator_id)
        clean = clean_title(title, creator_name=creator.name)
        goal = check_goal(goal_diamonds)
        moment = ctx.moment()
        self._require_may_go_live(creator, moment_day=creator.today(moment))
        with ctx.store.write(profiles=(creator_id,)) as conn:
            claim_ids(conn)  # no gift is being written meanwhile that looked for a LIVE
            if lives.on_air_id(conn, creator_id) is not None:
                raise _already_live(creator)
            try:
                live_id = lives.start(
                    conn,
                    creator_id=creator_id,
                    title=clean,
                    goal_diamonds=goal,
                    started_at=moment.iso,
                    started_us=moment.us,
                )
            except Taken:  # checked above; this is the schema's own guard
                raise _already_live(creator) from None
        ctx.notify(Change(ChangeKind.LIVE, (creator_id,)))
        return self.summary(live_id)

    def _require_may_go_live(self, creator: Profile, *, moment_day: dt.date) -> None:
        if not creator.is_creator:
            raise NotACreator(
                _("{name} is not a creator; only creators go LIVE").format(name=creator.name)
            )
        require_adult(
            creator.name,
            creator.birthdate,
            today=moment_day,
            min_age=self._ctx.rules.min_age_years,
            doing=_("go LIVE"),
        )

    @retried
    def end(self, creator_id: int) -> LiveSummary:
        """End the creator's LIVE on air (NotLive if there is none): its figures are kept, and
        an undo within the window still takes a gift out of them."""
        ctx = self._ctx
        creator = self._profiles.get(creator_id)
        moment = ctx.moment()
        with ctx.store.write(profiles=(creator_id,)) as conn:
            claim_ids(conn)  # no gift is being written meanwhile into the LIVE it ends
            live_id = lives.on_air_id(conn, creator_id)
            if live_id is None or not lives.end(
                conn, live_id, ended_at=moment.iso, ended_us=moment.us
            ):
                raise NotLive(
                    _("{name} is not LIVE; there is no LIVE to end").format(name=creator.name)
                )
        ctx.notify(Change(ChangeKind.LIVE, (creator_id,)))
        return self.summary(live_id)

    def on_air(self, creator_id: int) -> LiveSummary | None:
        """The creator's LIVE on air, or None."""
        live_id = lives.on_air_id(self._ctx.conn, creator_id)
        return None if live_id is None else self.summary(live_id)

    def goal(self, creator_id: int) -> LiveGoal | None:
        """The goal of the creator's LIVE on air and its diamonds so far, or None when they
        are not LIVE: a cheap look (no ranking), for asking again after every change."""
        row = lives.goal_on_air(self._ctx.conn, creator_id)
        return None if row is None else LiveGoal(*row)

    def is_live(self, creator_id: int) -> bool:
        return lives.on_air_id(self._ctx.conn, creator_id) is not None

    def creators_on_air(self) -> set[int]:
        """Every creator LIVE now (the window's "LIVE now")."""
        return lives.creators_on_air(self._ctx.conn)

    def history(self, creator_id: int) -> list[LiveSummary]:
        """The creator's LIVEs, newest first, each with its figures and ranking."""
        self._profiles.get(creator_id)
        return [self._summary(row) for row in lives.of_creator(self._ctx.conn, creator_id)]

    def now_on_air(self) -> list[OnAir]:
        """Every LIVE on air, the richest first (the window's "LIVE now")."""
        return [
            OnAir(
                r.id,
                r.creator_id,
                self._profiles.get(r.creator_id).name,
                r.title,
                r.diamonds,
                r.gifters,
            )
            for r in lives.on_air(self._ctx.conn)
        ]

    def rank(self, live_id: int, sender_id: int) -> tuple[int, int] | None:
        """(place from 1, coins) of a sender in the LIVE's ranking; None before their first
        gift that stands."""
        return lives.rank_of(self._ctx.conn, live_id, sender_id)

    def opening(self, live: LiveSummary, *, limit: int) -> FeedNews:
        """A room opening on `live`: its newest `limit` gifts that stand, oldest first, and
        the cursors from which `news` reads what comes after."""
        conn = self._ctx.conn
        # The cursor first: a gift committed meanwhile is read by the next `news`, not lost.
        last = ledger.last_transaction_id(conn)
        rows = lives.latest_gifts(
            conn, live.creator_id, live.live_id, upto_txn_id=last, limit=limit
        )
        gifts = tuple(FeedGift(*r) for r in reversed(rows))
        return FeedNews(gifts, (), last, last, more=False)

    def news(
        self, live: LiveSummary, *, gift_cursor: int, undo_cursor: int, limit: int = FEED_READ
    ) -> FeedNews:
        """What a room on `live` has not shown yet: gifts after `gift_cursor` (oldest first,
        at most `limit`) and undos after `undo_cursor`; two reads of index ranges, however
        long the LIVE or the ledger."""
        conn = self._ctx.conn
        rows = lives.gifts_after(
            conn, live.creator_id, live.live_id, after_txn_id=gift_cursor, limit=limit
        )
        undos = lives.undos_after(conn, live.creator_id, live.live_id, after_txn_id=undo_cursor)
        return FeedNews(
            gifts=tuple(FeedGift(*r) for r in rows),
            undone=tuple(gift for _undo, gift in undos),
            gift_cursor=rows[-1][0] if rows else gift_cursor,
            undo_cursor=undos[-1][0] if undos else undo_cursor,
            more=len(rows) == limit,
        )

    def summary(self, live_id: int) -> LiveSummary:
        row = lives.get(self._ctx.conn, live_id)
        if row is None:
            raise LookupError(f"there is no LIVE {live_id}")
        return self._summary(row)

    def _summary(self, row: LiveRow) -> LiveSummary:
        conn = self._ctx.conn
        ranking = lives.ranking(conn, row.id, limit=RANKING_SIZE)
        return LiveSummary(
            live_id=row.id,
            creator=self._profiles.get(row.creator_id).name,
            title=row.title,
            started_at=row.started_at,
            ended_at=row.ended_at,
            goal_diamonds=row.goal_diamonds,
            diamonds=row.diamonds,
            coins=row.coins,
            gifts=row.gifts,
            gifters=row.gifters,
            ranking=tuple(Supporter(*r) for r in ranking),
            creator_id=row.creator_id,
        )


def _already_live(creator: Profile) -> AlreadyLive:
    return AlreadyLive(
        _("{name} is already LIVE; end that LIVE before starting another").format(name=creator.name)
    )
