"""A burst catching up with gifts written beside it (on a PostgreSQL server).

A gift locks its sender, not its creator (storage/pg_store.py): many viewers' gifts to one
creator in a LIVE are worked out side by side, each against the creator's running totals
as its burst read them. Once a burst has claimed the ids, no other write can commit until it
does, so it reads those totals again: if gifts written meanwhile moved them, the diamonds of
its own gifts to that creator are worked out again from there, gift by gift in the order
they were sent, by the same rule (domain/gifting.mint_for_gift), so that every creator's
minted diamonds follow the cumulative rule in commit order, as `verify` recomputes them. A
LIVE that started or ended meanwhile changes which gifts are LIVE gifts at all: the action is
run again (WriteConflict, services/retries.py). On SQLite nothing moves: one writer at a time.
"""

from __future__ import annotations

from typing import Any, Protocol

from giftdesk.domain.errors import WriteConflict
from giftdesk.domain.gifting import diamonds_cents, mint_for_gift
from giftdesk.domain.rules import Rules
from giftdesk.i18n import _
from giftdesk.storage import gifts
from giftdesk.storage.connection import Connection


class Entry(Protocol):
    """What catching up reads and changes of a burst's transaction (burst.Entry)."""

    sender_id: int
    creator_id: int
    context: str
    diamonds: int
    taps: list[tuple[int, int, int]]  # (coins, diamonds, the tap's number)


class Burst(Protocol):
    """What catching up needs of a burst (services/burst.Burst, which calls it: a Protocol
    rather than an import, so that the two modules do not import each other)."""

    conn: Connection
    rules: Rules
    entries: list[Any]  # of Entry
    taps: list[Any]  # TapFields
    totals_read: dict[int, tuple[int, int]]

    def on_air(self, creator_id: int) -> int | None: ...

    def earned(self, creator_id: int, sender_id: int, context: str) -> list[int]: ...

    def set_totals(self, creator_id: int, received: int, minted: int) -> None: ...


def catch_up(burst: Burst) -> None:
    """Bring the burst's gifts in line with its creators' totals and LIVEs as they are now."""
    creators = {e.creator_id for e in burst.entries}
    if not creators:
        return
    now = gifts.creators_now(burst.conn, creators)
    if now is None:  # SQLite: nothing written beside
        return
    for creator in creators:
        received, minted, live = now[creator]
        if live != burst.on_air(creator):
            raise WriteConflict(
                _("a LIVE started or ended while the gifts were being sent; nothing was changed")
            )
        if (received, minted) != burst.totals_read[creator]:
            _remint(burst, creator, received, minted)


def _remint(burst: Burst, creator: int, received: int, minted: int) -> None:
    """Work the diamonds of the burst's gifts to `creator` out again, from these totals."""
    rules = burst.rules
    where = {  # tap -> (its entry, its place in the entry's taps)
        tap: (entry, k)
        for entry in burst.entries
        if entry.creator_id == creator
        for k, (_coins, _diamonds, tap) in enumerate(entry.taps)
    }
    for tap in sorted(where):  # taps are numbered in the order the gifts were sent
        entry: Entry
        entry, k = where[tap]
        coins, before, _tap = entry.taps[k]
        minting = mint_for_gift(rules, coins_received=received, diamonds_minted=minted, coins=coins)
        moved = minting.diamonds - before
        entry.taps[k] = (coins, minting.diamonds, tap)
        entry.diamonds += moved
        burst.earned(creator, entry.sender_id, entry.context)[2] += moved
        fields = burst.taps[tap]  # TapFields: the diamonds are field 6, their worth field 7
        burst.taps[tap] = (
            *fields[:6],
            minting.diamonds,
            diamonds_cents(rules, minting.diamonds),
            *fields[8:],
        )
        received, minted = minting.coins_received, minting.diamonds_minted
    burst.set_totals(creator, received, minted)
