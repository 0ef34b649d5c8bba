"""Bring a database's write-ahead log to its steady state before timing commits on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def until_the_log_is_reused(commit: Callable[[], None], db: Path, limit: int = 5_000) -> None:
    """Commit until the write-ahead log of `db` is rewritten in place instead of grown.

    A growing log makes every sync also write the file's new size to the file system's
    journal, which cost the raw floor about twice its steady time here. Measured from a fresh
    file, the floor (2 pages a commit) grows its log for 500 commits before its first
    checkpoint, a gift (13 pages) for 77, and the ratio flattered GiftDesk (0.75 in --quick
    against 0.42 over the longer run). So both sides are timed in their steady state.
    """
    wal = db.with_name(db.name + "-wal")
    last = -1
    for _ in range(limit):
        commit()
        size = wal.stat().st_size
        if size == last:
            return
        last = size
    raise RuntimeError(f"{wal} still grew after {limit} commits")
