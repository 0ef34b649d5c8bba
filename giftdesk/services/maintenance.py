"""Whole-file operations: verify every invariant, and back up to a verified copy."""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from giftdesk.domain.errors import (
    Cancelled,
    InvalidPath,
    NotAGiftDeskDatabase,
    RestoreWouldForget,
    StorageError,
)
from giftdesk.services.context import Context
from giftdesk.storage import carry, schema
from giftdesk.storage.db import (
    Store,
    check_sqlite_header,
    is_giftdesk_database,
    open_db,
    open_reader,
)
from giftdesk.storage.verify import QUICK_CHECKS, Check, Progress, run_checks

# Pages copied per step of the online backup: a few steps a second on a large ledger, each a
# progress report and a chance to cancel.
BACKUP_STEP_PAGES = 2048


def _copy_progress(progress: Progress | None):
    """SQLite's backup progress (status, pages left, pages in all) as ours, able to cancel."""
    if progress is None:
        return None

    def copied(_status: int, remaining: int, total: int) -> None:
        if not progress(total - remaining, total, "copy"):
            raise Cancelled("the backup was cancelled")  # sqlite3 ends the backup with it

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
            raise Cancelled("the backup was cancelled") from None
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


def _remove_orphans(folder: Path, pattern: str) -> None:
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
def _part_file(dest: Path, cannot: Callable[[str], str]) -> Iterator[Path]:
    """A new private file beside `dest`, hidden and named for this process, for a copy that
    takes `dest`'s name (`_take_name`) only once complete: an interrupted or failed copy
    never leaves a file at `dest` that looks like a good one, nor blocks a retry. It goes
    when the block ends, whatever happened; one a killed process left is cleared here."""
    part = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    _remove_orphans(dest.parent, f".{glob.escape(dest.name)}.part-*")
    try:
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as e:
        raise StorageError(cannot(e.strerror)) from None
    try:
        yield part
    finally:  # failed, cancelled, interrupted (Ctrl+C): the copy goes
        part.unlink(missing_ok=True)
        Path(f"{part}-journal").unlink(missing_ok=True)


def _take_name(part: Path, dest: Path) -> None:
    """Give the verified copy its name, never over a file that appeared there meanwhile."""
    try:
        os.link(part, dest)  # fails if dest exists: no overwrite, even in a race
    except FileExistsError:
        raise InvalidPath(f"{dest} already exists; backup never overwrites a file") from None
    except OSError:  # a file system without hard links (FAT on a USB stick)
        if dest.exists():
            raise InvalidPath(f"{dest} already exists; backup never overwrites a file") from None
        os.rename(part, dest)


class MaintenanceService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def verify(self, *, progress: Progress | None = None) -> list[Check]:
        """Every check of the ledger; `progress` as for `run_checks` (False cancels)."""
        return run_checks(self._ctx.conn, self._ctx.rules.diamond_rate, progress=progress)

    def quick_verify(self) -> list[Check]:
        """The checks cheap enough for every start-up (see QUICK_CHECKS)."""
        return run_checks(self._ctx.conn, self._ctx.rules.diamond_rate, only=QUICK_CHECKS)

    @property
    def read_only(self) -> bool:
        return self._ctx.store.read_only

    @property
    def disk_full(self) -> bool:
        """Opened read-only because its disk was too full even to read it as usual."""
        return self._ctx.store.disk_full

    def file_problem(self) -> str | None:
        """Why the database file can no longer be used as the one open, or None."""
        return self._ctx.store.file_problem()

    def changed_elsewhere(self) -> bool:
        """Whether another window or the command line wrote to the database since last asked."""
        return self._ctx.store.changed_elsewhere()

    def backup(self, dest: Path, *, progress: Progress | None = None) -> list[Check]:
        """Copy the database with SQLite's online backup, then verify the copy.

        Refuses to overwrite an existing file; a copy that fails verification is removed.
        `progress(done, total, what)` hears of the copy ("copy", in pages) and then of each
        check (by name, as `verify` reports them); if it returns False the backup stops, the
        copy is removed and Cancelled is raised.
        """
        dest = Path(dest)
        if dest.is_dir():
            raise InvalidPath(f"{dest} is a folder; give the backup a file name in it")
        if dest.exists():
            raise InvalidPath(f"{dest} already exists; backup never overwrites a file")
        if not dest.parent.is_dir():
            raise InvalidPath(f"the folder {dest.parent} does not exist")
        # The copy is made and verified under a hidden name beside DEST, and named only once
        # verified.
        with _part_file(dest, lambda reason: f"cannot create {dest}: {reason}") as part:
            try:
                target = sqlite3.connect(part)
                try:
                    with _one_snapshot(self._ctx.conn):
                        self._ctx.conn.backup(
                            target, pages=BACKUP_STEP_PAGES, progress=_copy_progress(progress)
                        )
                    target.execute("PRAGMA journal_mode = DELETE")
                    _leave_out_deleted(target, progress)
                    checks = run_checks(target, self._ctx.rules.diamond_rate, progress=progress)
                finally:
                    target.close()
                if not all(c.ok for c in checks):
                    failed = ", ".join(c.name for c in checks if not c.ok)
                    raise StorageError(
                        f"the backup copy failed verification ({failed}); it was removed"
                    )
                _take_name(part, dest)
            except sqlite3.Error as e:
                raise StorageError(f"the backup to {dest} failed: {e}") from None
        return checks

    def restore(self, source: Path) -> Restored:
        """Replace this database's contents with a verified backup: `stage_restore`, then
        `finish_restore`, then every check on the result."""
        if self._ctx.store.read_only:
            raise StorageError(
                f"the database {self._ctx.store.path} is read-only; nothing was restored"
            )
        with self.stage_restore(source) as staged:
            saved = self.finish_restore(staged)
        return Restored(saved, self.verify(), staged.carried)

    def stage_restore(self, source: Path, *, progress: Progress | None = None) -> StagedRestore:
        """Check a backup before anything is replaced; the slow half of a restore, which may
        run on a snapshot in another thread (it changes nothing here).

        The backup is copied aside and brought up to this version's schema there (a backup
        made by an earlier GiftDesk restores too). Its schema must then be exactly the one
        GiftDesk makes, triggers and checks included: a file whose append-only triggers were
        dropped, say, would pass every check today and break the ledger tomorrow. Then it must
        pass every check; `progress` hears of each, as for `verify`, and False cancels.
        """
        source = Path(source)
        if not source.exists():
            raise InvalidPath(f"there is no file {source}")
        if not source.is_file():
            raise InvalidPath(f"{source} is a folder, not a backup file")
        if source.stat().st_size == 0:
            raise InvalidPath(f"{source} is empty, not a backup")
        store = self._ctx.store
        if not store.in_memory and source.resolve() == Path(store.path).resolve():
            raise InvalidPath(f"{source} is the database itself; restore from a backup of it")
        check_sqlite_header(source)
        folder = None if store.in_memory else Path(store.path).parent
        if folder is not None:
            _remove_orphans(folder, ".giftdesk-restore-*")
            _remove_orphans(folder, f".{glob.escape(Path(store.path).name)}.before-restore-*")
        try:
            scratch = tempfile.TemporaryDirectory(
                prefix=f".giftdesk-restore-{os.getpid()}-", dir=folder
            )
        except OSError as e:
            raise StorageError(
                f"cannot make room beside the database to check the backup: "
                f"{e.strerror}; nothing was restored"
            ) from None
        page_size = self._ctx.conn.execute("PRAGMA page_size").fetchone()[0]
        try:
            staged = _staged_copy(source, Path(scratch.name) / "backup.sqlite3", page_size)
            try:
                changed = schema.differences(staged.conn)
                if changed:
                    raise InvalidPath(
                        f"{source} does not have the tables, triggers and checks GiftDesk makes "
                        f"({', '.join(changed[:3])}{', ...' if len(changed) > 3 else ''}: it "
                        "was changed outside GiftDesk, or made by a newer one); nothing was "
                        "restored"
                    )
                checks = run_checks(staged.conn, self._ctx.rules.diamond_rate, progress=progress)
                failed = [c.name for c in checks if not c.ok]
                if failed:
                    raise InvalidPath(
                        f"{source} fails verification ({', '.join(failed)}); nothing was restored"
                    )
                # What the backup itself holds, as the question about it says; then what it
                # lacks of the money that moved since.
                profiles, transactions, last = staged.conn.execute(
                    "SELECT (SELECT count(*) FROM profiles), count(*), max(created_at)"
                    " FROM transactions"
                ).fetchone()
                carried = self._carry_money_moved(source, staged)
            except BaseException:
                staged.close()
                raise
        except BaseException:  # refused, cancelled or interrupted: the staged copy goes
            scratch.cleanup()
            raise
        return StagedRestore(source, staged, scratch, checks, profiles, transactions, last, carried)

    def _carry_money_moved(self, source: Path, staged: Store) -> tuple[carry.Moved, ...]:
        """Give the staged backup what already happened outside GiftDesk since it was made
        (storage/carry.py): purchases charged, payouts paid or pending. Refused, naming each,
        when one cannot be carried."""
        outside = carry.plan(self._ctx.conn, staged.conn)
        if outside.refused:
            raise RestoreWouldForget(
                f"{source} was made before money moved that it cannot take back: "
                f"{'; '.join(outside.refused)}. Nothing was restored; restore a newer backup"
            )
        if outside.moved:
            with staged.write() as conn:
                carry.carry(self._ctx.conn, conn, outside.moved)
            failed = [
                c.name
                for c in run_checks(staged.conn, self._ctx.rules.diamond_rate, only=CARRY_CHECKS)
                if not c.ok
            ]
            if failed:  # the copies broke what the triggers do not guard: say, do nothing
                raise StorageError(
                    f"what {source} lacks could not be carried into it "
                    f"({', '.join(failed)}); nothing was restored"
                )
        return outside.moved

    def finish_restore(self, staged: StagedRestore) -> Path | None:
        """Put a staged backup in place of this database's contents; quick, and for the thread
        that owns the database. The current contents are copied, as they are, beside the
        database as `<name>.before-restore-<UTC time>` (returned), so a restore can itself be
        undone; as they are, because a damaged ledger is what a restore is often for.

        SQLite's online backup holds the database's write lock from its first step until it
        commits, and other windows see either the old ledger or the restored one, never a mix.
        The copy of the current contents is taken inside that lock, from a second connection
        that reads the last commit: nothing can commit between the two, so a gift sent while
        a restore runs is in the restored file or in the copy, never lost between them.
        """
        store = self._ctx.store
        if store.read_only:
            raise StorageError(f"the database {store.path} is read-only; nothing was restored")
        problem = store.file_problem()
        if problem is not None:
            raise StorageError(problem)
        # A new number tells every window that has this file open that the whole ledger was
        # replaced, not added to. Stamped on the staged copy, it arrives in the same commit;
        # random, so that two restores at once cannot stamp the same one.
        taken = {
            self.contents_generation(),
            staged.store.conn.execute("PRAGMA user_version").fetchone()[0],
        }
        generation = next(
            g for g in iter(lambda: secrets.randbelow(2**31 - 1) + 1, None) if g not in taken
        )
        staged.store.conn.execute(f"PRAGMA user_version = {generation}")

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
                saved = _before_restore_name(store.path, self._ctx.clock)
                _copy_as_it_is(reader, saved)
            finally:
                reader.close()
            kept.append(saved)

        try:
            # One page a step: the first step takes the lock and leaves the rest to do, so the
            # copy above runs under the lock, before anything is committed.
            staged.store.conn.backup(self._ctx.conn, pages=1, progress=first_step)
        except sqlite3.Error as e:
            raise StorageError(f"the restore failed ({e}); nothing was restored") from None
        if store.expected_generation is not None:
            store.expected_generation = generation  # these services made the change
        store.judge_schema()  # the restored file's, checked when it was staged
        self._ctx.forget_system_accounts()  # the same in every GiftDesk file, but read anew
        return kept[0] if kept else None

    def contents_generation(self) -> int:
        """A number that changes when a restore replaces the database's contents, and at no
        other time. (SQLite's header field user_version, which GiftDesk uses for nothing else;
        a read of the header, cheap enough for every few seconds.)"""
        return self._ctx.conn.execute("PRAGMA user_version").fetchone()[0]

    def pin_contents(self) -> int:
        """Refuse, from now on, every write through these services to contents that a restore
        elsewhere put in place of the ones there now; return their generation. A window pins
        what it shows, and pins again once it shows the restored contents."""
        generation = self.contents_generation()
        self._ctx.store.expected_generation = generation
        return generation


@dataclass(frozen=True, slots=True)
class Restored:
    previous: Path | None  # where the contents it replaced were kept (None in memory)
    checks: list[Check]  # every check, on the restored contents
    carried: tuple[carry.Moved, ...]  # money moved after the backup, kept in the restored ledger


@dataclass
class StagedRestore:
    """A backup copied aside, brought up to date and verified, ready to take the database's
    place. Use it in a `with` block, or `discard()` it: it holds a file in a hidden folder."""

    source: Path
    store: Store
    _scratch: tempfile.TemporaryDirectory
    checks: list[Check]
    profiles: int
    transactions: int
    last_at: str | None  # when its newest transaction was made, ISO 8601 UTC
    # Money that moved after the backup was made, carried into it (purchases, payouts).
    carried: tuple[carry.Moved, ...] = ()

    def discard(self) -> None:
        self.store.close()
        self._scratch.cleanup()

    def __enter__(self) -> StagedRestore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()


# What carrying can get wrong that the schema's triggers do not refuse by themselves.
CARRY_CHECKS = (
    "debits_equal_credits",
    "no_negative_balances",
    "payout_holds_match_pending",
    "transfers_match_records",
    "idempotency_keys_unique",
)


def _nothing_moved_since(wallet: sqlite3.Connection, staged: StagedRestore) -> None:
    """Refuse the restore if a purchase or payout happened in the wallet after the backup
    was staged (the staged copy has not got it)."""
    check = sqlite3.connect(Path(staged.store.path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        left = carry.plan(wallet, check)
        if left.moved or left.refused:
            raise RestoreWouldForget(
                "a purchase or payout was made while the restore was being prepared; nothing "
                "was restored. Restore again to keep it too"
            )
    finally:
        check.close()


def _before_restore_name(path: str, clock) -> Path:
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
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
    with _part_file(
        dest,
        lambda reason: (
            f"cannot keep the current contents in {dest}: {reason}; nothing was restored"
        ),
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
            _take_name(part, dest)
        except sqlite3.Error as e:
            raise StorageError(
                f"cannot keep the current contents in {dest} ({e}); nothing was restored"
            ) from None


def _staged_copy(source: Path, staged: Path, page_size: int) -> Store:
    """A private copy of the backup at `staged`, opened as a GiftDesk database: its schema
    brought up to this version by the migrations, as opening an older file does, and its page
    size the database's (SQLite cannot copy a file with another page size into a WAL
    database: the restore failed only after asking)."""
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise InvalidPath(f"cannot open {source}: {e}") from None
    try:
        if not is_giftdesk_database(src):  # an empty or another app's file is no backup
            raise InvalidPath(f"{source} is not a GiftDesk backup")
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
                f"no room beside the database to check the backup ({e}); nothing was restored"
            ) from None
        raise InvalidPath(f"{source} is not a GiftDesk backup, or it is damaged") from None
    except sqlite3.DatabaseError:
        raise InvalidPath(f"{source} is not a GiftDesk backup, or it is damaged") from None
    finally:
        src.close()
    try:
        return open_db(staged)
    except NotAGiftDeskDatabase:
        raise InvalidPath(f"{source} is not a GiftDesk backup, or it is damaged") from None
