"""Where a document's pages end: the document as a run of units (a block of text, a row of a
table) of known heights, some kept with the next, cut into pages of a given height. Plain
arithmetic on the heights giftdesk/pdf_pages.py measures with Qt: a row that starts its
table's part of a page brings the table's header row with it, so that a header is never on a
page without a row under it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unit:
    """What pages are cut between: a block, or one row of a table (its total row is
    `row == len(rows)`). `header`: the height a row's table takes above it when the row is
    its first on a page; `joined`: no page may end after it."""

    part: int
    row: int
    height: float
    header: float
    joined: bool


def height(units: Sequence[Unit], before: Unit | None) -> float:
    """How much of a page the units take after `before` (None: at the page's top): a row
    that starts its table's part of the page brings the table's header."""
    total = 0.0
    for unit in units:
        if before is None or before.part != unit.part:
            total += unit.header
        total += unit.height
        before = unit
    return total


def _group_end(units: Sequence[Unit], start: int) -> int:
    """The end of the units kept together from `start`."""
    end = start
    while units[end].joined and end + 1 < len(units):
        end += 1
    return end + 1


def page_end(units: Sequence[Unit], start: int, room: float) -> int:
    """Where the page that starts at `start` ends: after as many groups of units kept
    together as fit; if the first group alone is more than a page, as many of its units as
    fit, at least one."""
    used = 0.0
    end = start
    while end < len(units):
        group = _group_end(units, end)
        taken = height(units[end:group], units[end - 1] if end > start else None)
        if used + taken > room:
            break
        used += taken
        end = group
    if end == start:
        group = _group_end(units, start)
        end = start + 1
        while end < group and height(units[start : end + 1], None) <= room:
            end += 1
    return end


def shorter(units: Sequence[Unit], start: int, end: int) -> int:
    """The page that ran over, one group shorter (one unit, if it holds a single group)."""
    for cut in range(end - 1, start, -1):
        if not units[cut - 1].joined:
            return cut
    return end - 1
