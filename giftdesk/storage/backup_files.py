"""The files a backup or a restore makes beside the wallet: part files named only once
complete, the orphans a killed process left, the staged copy of a backup being checked, the
copy of the contents a restore replaces, and the copies rebuilt without deleted content.

MaintenanceService decides what a backup or a restore is; this module does it to the files.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from giftdesk.domain.errors import (
    Cancelled,
    InvalidPath,
    NotAGiftDeskDatabase,
    RestoreWouldForget,
    StorageError,
)
from giftdesk.domain.units import Rate
from giftdesk.i18n import _
from giftdesk.storage import carry
from giftdesk.storage.db import (
    Store,
    check_sqlite_header,
    is_giftdesk_database,
    open_db,
    open_reader,
)
from giftdesk.storage.verify import Check, Progress, run_checks

# Pages copied per step of the online backup: a few steps a second on a large ledger, each a
# progress report and a chance to cancel.
BACKUP_STEP_PAGES = 2048

_SqliteProgress = Callable[[int, int, int], object]


def _copy_progress(progress: Progress | None) -> _SqliteProgress | None:
    """SQLite's backup progress (status, pages left, pages in all) as ours, able to cancel."""
    if progress is None:
        return None

    def copied(_status: int, remaining: int, total: int) -> None:
        if not progress(total - remaining, total, "copy"):
            raise Cancelled(_("the backup was cancelled"))  # sqlite3 ends the backup with it

    return copied


@contextmanager
def _one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Hold one read transaction on `conn` for the whole copy. SQLite's online backup copies
    a step at a time and starts again whenever another connection commits between steps: a
    window sending a gift every few seconds kept a large backup from ever finishing. In one
    read transaction, WAL shows the copy a single state of the file while others write."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
        yield
    finally:
        conn.execute("ROLLBACK")  # it only read


def _leave_out_deleted(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Rebuild a copy from its live rows alone (VACUUM). SQLite's online backup copies pages
    as they are, free pages and deleted bytes inside pages included: a two-step secret turned
    off before secure_delete was on (or by another program) would travel in every backup.
    `progress` hears of it as the end of the copy, and False cancels."""
    stopped = False
    if progress is not None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

        def interrupt() -> bool:  # SQLite aborts the VACUUM when this returns True
            nonlocal stopped
            stopped = stopped or not progress(pages, pages, "copy")
            return stopped

        conn.set_progress_handler(interrupt, 1_000_000)
    try:
        conn.execute("VACUUM")
    except sqlite3.OperationalError:
        if stopped:
            raise Cancelled(_("the backup was cancelled")) from None
        raise
    finally:
        if progress is not None:
            conn.set_progress_handler(None, 0)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


# The pid in a part file's name (and its journal's), or in a restore's staging folder's.
_ORPHAN_OWNER = re.compile(
    r"\.part-(?P<part>\d+)(-journal)?$|^\.giftdesk-restore-(?P<staging>\d+)-"
)


def remove_orphans(folder: Path, pattern: str) -> None:
    """Remove what a GiftDesk process killed half-way left in `folder`: hidden files and
    folders matching `pattern`, whose names end in `-<pid>` (a part file) or hold it as
    `<prefix><pid>-...` (a staging folder), when that process is gone. A clean exit or an
    error removes them itself; only a kill (or a power cut) leaves them, full-size copies."""
    for leftover in folder.glob(pattern):
        owner = _ORPHAN_OWNER.search(leftover.name)
        if owner is None or _pid_alive(int(owner.group("part") or owner.group("staging"))):
            continue
        try:
            if leftover.is_dir():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        except OSError:
            pass  # not ours to fight over: it stays, as it was


@contextmanager
def part_file(dest: Path, cannot: Callable[[str], str]) -> Iterator[Path]:
    """A new private file beside `dest`, hidden and named for this process, for a copy that
    takes `dest`'s name (`take_name`) only once complete: an interrupted or failed copy
    never leaves a file at `dest` that looks like a good one, nor blocks a retry. It goes
    when the block ends, whatever happened; one a killed process left is cleared here."""
    part = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    remove_orphans(dest.parent, f".{glob.escape(dest.name)}.part-*")
    try:
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as e:
        raise StorageError(cannot(str(e.strerror))) from None
    try:
        yield part
    finally:  # failed, cancelled, interrupted (Ctrl+C): the copy goes
        part.unlink(missing_ok=True)
        Path(f"{part}-journal").unlink(missing_ok=True)


def _exists(dest: Path) -> str:
    return _("{path} already exists; backup never overwrites a file").format(path=dest)


def _damaged(source: Path) -> str:
    return _("{path} is not a GiftDesk backup, or it is damaged").format(path=source)


def take_name(part: Path, dest: Path, *, exists: Callable[[Path], str] = _exists) -> None:
    """Give the verified copy its name, never over a file that appeared there meanwhile
    (`exists` says so, in the words of the command that made it)."""
    try:
        os.link(part, dest)  # fails if dest exists: no overwrite, even in a race
    except FileExistsError:
        raise InvalidPath(exists(dest)) from None
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if dest.exists():
            raise InvalidPath(exists(dest)) from None
        os.rename(part, dest)


def backup(
    conn: sqlite3.Connection, dest: Path, *, rate: Rate, progress: Progress | None = None
) -> list[Check]:
    """Copy the database behind `conn` to a new file at `dest` with SQLite's online backup,
    rebuilt without deleted content, and verify the copy (`rate`: the rules' diamond rate).

    Refuses to overwrite an existing file; a copy that fails verification is removed. The
    copy is made and verified under a hidden name beside `dest`, and named only once
    verified. `progress(done, total, what)` hears of the copy ("copy", in pages) and then of
    each check; if it returns False the backup stops, the copy is removed and Cancelled is
    raised.
    """
    if dest.is_dir():
        raise InvalidPath(
            _("{path} is a folder; give the backup a file name in it").format(path=dest)
        )
    if dest.exists():
        raise InvalidPath(_exists(dest))
    if not dest.parent.is_dir():
        raise InvalidPath(_("the folder {path} does not exist").format(path=dest.parent))
    with part_file(
        dest, lambda reason: _("cannot create {path}: {reason}").format(path=dest, reason=reason)
    ) as part:
        try:
            target = sqlite3.connect(part)
            try:
                with _one_snapshot(conn):
                    conn.backup(target, pages=BACKUP_STEP_PAGES, progress=_copy_progress(progress))
                target.execute("PRAGMA journal_mode = DELETE")
                _leave_out_deleted(target, progress)
                checks = run_checks(target, rate, progress=progress)
            finally:
                target.close()
            if not all(c.ok for c in checks):
                failed = ", ".join(c.name for c in checks if not c.ok)
                raise StorageError(
                    _("the backup copy failed verification ({checks}); it was removed").format(
                        checks=failed
                    )
                )
            take_name(part, dest)
        except sqlite3.Error as e:
            raise StorageError(
                _("the backup to {path} failed: {reason}").format(path=dest, reason=e)
            ) from None
    return checks


# --- restoring ------------------------------------------------------------------------------


def scratch_beside(store: Store) -> tempfile.TemporaryDirectory[str]:
    """A new hidden folder beside the database (in the system's temporary folder for one in
    memory) to stage a backup in, named for this process; what killed restores left there
    is cleared first."""
    folder = None if store.in_memory else Path(store.path).parent
    if folder is not None:
        remove_orphans(folder, ".giftdesk-restore-*")
        remove_orphans(folder, f".{glob.escape(Path(store.path).name)}.before-restore-*")
    try:
        return tempfile.TemporaryDirectory(prefix=f".giftdesk-restore-{os.getpid()}-", dir=folder)
    except OSError as e:
        raise StorageError(
            _(
                "cannot make room beside the database to check the backup: {reason}; "
                "nothing was restored"
            ).format(reason=e.strerror)
        ) from None


def refuse_other_files(source: Path) -> None:
    """Refuse a file that is not SQLite's before SQLite opens it (NotAGiftDeskDatabase)."""
    check_sqlite_header(source)


def staged_copy(source: Path, folder: Path, page_size: int) -> Store:
    """A private copy of the backup in `folder`, opened as a GiftDesk database: its schema
    brought up to this version by the migrations, as opening an older file does, and its page
    size the database's (SQLite cannot copy a file with another page size into a WAL
    database: the restore failed only after asking)."""
    staged = folder / "backup.sqlite3"
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise InvalidPath(_("cannot open {path}: {reason}").format(path=source, reason=e)) from None
    try:
        if not is_giftdesk_database(src):  # an empty or another app's file is no backup
            raise InvalidPath(_("{path} is not a GiftDesk backup").format(path=source))
        target = sqlite3.connect(staged)
        try:
            src.backup(target)  # a consistent copy, whatever its -wal holds
            target.execute("PRAGMA journal_mode = DELETE")  # no new page size in WAL
            if target.execute("PRAGMA page_size").fetchone()[0] != page_size:
                target.execute(f"PRAGMA page_size = {int(page_size)}")
            # Rebuilt (VACUUM): in the database's page size, and with nothing deleted in
            # the backup carried into the wallet.
            _leave_out_deleted(target)
        finally:
            target.close()
    except sqlite3.OperationalError as e:
        if "full" in str(e) or "disk I/O" in str(e):  # the disk here, not the backup
            raise StorageError(
                _(
                    "no room beside the database to check the backup ({reason}); nothing was "
                    "restored"
                ).format(reason=e)
            ) from None
        raise InvalidPath(_damaged(source)) from None
    except sqlite3.DatabaseError:
        raise InvalidPath(_damaged(source)) from None
    finally:
        src.close()
    try:
        return open_db(staged)
    except NotAGiftDeskDatabase:
        raise InvalidPath(_damaged(source)) from None


def put_in_place(store: Store, staged: Store, *, now: Callable[[], dt.datetime]) -> Path | None:
    """Copy the staged backup over the contents of the database `store` has open, keeping
    the contents it replaces, as they are, beside the database as `<name>.before-restore-<UTC
    time by now()>` (returned; None in memory).

    SQLite's online backup holds the database's write lock from its first step until it
    commits, and other windows see either the old ledger or the restored one, never a mix.
    The copy of the current contents is taken inside that lock, from a second connection
    that reads the last commit: nothing can commit between the two, so a gift sent while a
    restore runs is in the restored file or in the copy, never lost between them. A purchase
    or payout made after the backup was staged refuses the restore (RestoreWouldForget).
    """
    kept: list[Path] = []

    def first_step(_status: int, _remaining: int, _total: int) -> None:
        if store.in_memory or kept:
            return
        reader = open_reader(store)
        try:
            # Under the lock, nothing can move now: the staged copy must hold all that had.
            _nothing_moved_since(reader, staged)
            # Named under the lock too: two restores at once take two names, one after the
            # other.
            saved = _before_restore_name(store.path, now())
            _copy_as_it_is(reader, saved)
        finally:
            reader.close()
        kept.append(saved)

    try:
        # One page a step: the first step takes the lock and leaves the rest to do, so the
        # copy above runs under the lock, before anything is committed.
        staged.conn.backup(store.conn, pages=1, progress=first_step)
    except sqlite3.Error as e:
        raise StorageError(
            _("the restore failed ({reason}); nothing was restored").format(reason=e)
        ) from None
    return kept[0] if kept else None


def _nothing_moved_since(wallet: sqlite3.Connection, staged: Store) -> None:
    """Refuse the restore if a purchase or payout happened in the wallet after the backup
    was staged (the staged copy has not got it)."""
    check = sqlite3.connect(Path(staged.path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        left = carry.plan(wallet, check)
        if left.moved or left.refused:
            raise RestoreWouldForget(
                _(
                    "a purchase or payout was made while the restore was being prepared; "
                    "nothing was restored. Restore again to keep it too"
                )
            )
    finally:
        check.close()


def _before_restore_name(path: str, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    saved = Path(f"{path}.before-restore-{stamp}")
    n = 1
    while saved.exists():  # two restores within a second keep both states
        n += 1
        saved = Path(f"{path}.before-restore-{stamp}-{n}")
    return saved


def _copy_as_it_is(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the database to a new private file at `dest`, checked by nobody: what a restore
    keeps of the contents it replaces. Written under a hidden name first and named `dest`
    only when complete, as a backup is: a restore killed half-way leaves no empty or partial
    file that looks like a saved ledger."""
    with part_file(
        dest,
        lambda reason: _(
            "cannot keep the current contents in {path}: {reason}; nothing was restored"
        ).format(path=dest, reason=reason),
    ) as part:
        try:
            target = sqlite3.connect(part)
            try:
                with _one_snapshot(conn):
                    conn.backup(target)
                # Not rebuilt as a backup is: it stays beside the wallet, as private as the
                # wallet file itself, and it is made under the restore's write lock, which
                # every other window waits for.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            take_name(part, dest)
        except sqlite3.Error as e:
            raise StorageError(
                _(
                    "cannot keep the current contents in {path} ({reason}); nothing was restored"
                ).format(path=dest, reason=e)
            ) from None
