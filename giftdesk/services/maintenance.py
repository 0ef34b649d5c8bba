"""Whole-file operations: verify every invariant, back up to a verified copy, and restore one.

What these do to files (part files, staged copies, the copy a restore keeps aside) is
storage/backup_files.py's; here is what a backup and a restore are: which checks, what a
backup must hold, and what money it must be given back.
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from giftdesk.domain.errors import InvalidPath, RestoreWouldForget, StorageError
from giftdesk.i18n import _
from giftdesk.services.context import Context
from giftdesk.storage import backup_files, carry, db, ledger, schema
from giftdesk.storage.db import Store
from giftdesk.storage.verify import QUICK_CHECKS, Check, Progress, run_checks

# What a restore carried (a purchase, a payout, a settlement), as the faces name it: they see
# services, not storage.
Moved = carry.Moved

# What carrying can get wrong that the schema's triggers do not refuse by themselves.
CARRY_CHECKS = (
    "debits_equal_credits",
    "no_negative_balances",
    "payout_holds_match_pending",
    "transfers_match_records",
    "idempotency_keys_unique",
)


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
    _scratch: tempfile.TemporaryDirectory[str]
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


class MaintenanceService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def verify(self, *, progress: Progress | None = None) -> list[Check]:
        """Every check of the ledger; `progress` as for `run_checks` (False cancels)."""
        return run_checks(
            self._ctx.conn,
            self._ctx.rules.diamond_rate,
            progress=progress,
            value=self._ctx.rules.diamond_value_rate,
        )

    def quick_verify(self) -> list[Check]:
        """The checks cheap enough for every start-up (see QUICK_CHECKS)."""
        return run_checks(self._ctx.conn, self._ctx.rules.diamond_rate, only=QUICK_CHECKS)

    def engine_version(self) -> str:
        """The version of the database engine (SQLite) the file is read with, for About."""
        return db.engine_version()

    def database_server(self) -> str | None:
        """ "PostgreSQL 16.4" for a database on a server, None for a wallet file (About)."""
        store = self._ctx.store
        return None if isinstance(store, Store) else f"PostgreSQL {store.server_version}"

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
        return backup_files.backup(
            self._sqlite().conn, Path(dest), rate=self._ctx.rules.diamond_rate, progress=progress
        )

    def restore(self, source: Path) -> Restored:
        """Replace this database's contents with a verified backup: `stage_restore`, then
        `finish_restore`, then every check on the result."""
        if self._sqlite().read_only:
            raise StorageError(_read_only(self._ctx.store.path))
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
        store = self._sqlite()
        source = Path(source)
        if not source.exists():
            raise InvalidPath(_("there is no file {path}").format(path=source))
        if not source.is_file():
            raise InvalidPath(_("{path} is a folder, not a backup file").format(path=source))
        if source.stat().st_size == 0:
            raise InvalidPath(_("{path} is empty, not a backup").format(path=source))
        if not store.in_memory and source.resolve() == Path(store.path).resolve():
            raise InvalidPath(
                _("{path} is the database itself; restore from a backup of it").format(path=source)
            )
        backup_files.refuse_other_files(source)
        scratch = backup_files.scratch_beside(store)
        page_size = db.page_size(store.conn)
        try:
            staged = backup_files.staged_copy(source, Path(scratch.name), page_size)
            try:
                changed = schema.differences(staged.conn)
                if changed:
                    raise InvalidPath(
                        _(
                            "{path} does not have the tables, triggers and checks GiftDesk makes "
                            "({changes}: it was changed outside GiftDesk, or made by a newer "
                            "one); nothing was restored"
                        ).format(
                            path=source,
                            changes=", ".join(changed[:3]) + (", ..." if len(changed) > 3 else ""),
                        )
                    )
                checks = run_checks(staged.conn, self._ctx.rules.diamond_rate, progress=progress)
                failed = [c.name for c in checks if not c.ok]
                if failed:
                    raise InvalidPath(
                        _("{path} fails verification ({checks}); nothing was restored").format(
                            path=source, checks=", ".join(failed)
                        )
                    )
                # What the backup itself holds, as the question about it says; then what it
                # lacks of the money that moved since.
                profiles, transactions, last = ledger.contents(staged.conn)
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
        wallet = self._sqlite().conn
        outside = carry.plan(wallet, staged.conn)
        if outside.refused:
            raise RestoreWouldForget(
                _(
                    "{path} was made before money moved that it cannot take back: {what}. "
                    "Nothing was restored; restore a newer backup"
                ).format(path=source, what="; ".join(outside.refused))
            )
        if outside.moved:
            with staged.write() as conn:
                carry.carry(wallet, conn, outside.moved)
            failed = [
                c.name
                for c in run_checks(staged.conn, self._ctx.rules.diamond_rate, only=CARRY_CHECKS)
                if not c.ok
            ]
            if failed:  # the copies broke what the triggers do not guard: say, do nothing
                raise StorageError(
                    _(
                        "what {path} lacks could not be carried into it ({checks}); nothing was "
                        "restored"
                    ).format(path=source, checks=", ".join(failed))
                )
        return outside.moved

    def finish_restore(self, staged: StagedRestore) -> Path | None:
        """Put a staged backup in place of this database's contents; quick, and for the thread
        that owns the database. The current contents are copied, as they are, beside the
        database as `<name>.before-restore-<UTC time>` (returned), so a restore can itself be
        undone; as they are, because a damaged ledger is what a restore is often for. Other
        windows see either the old ledger or the restored one, never a mix, and a gift sent
        while a restore runs is in one or the other (backup_files.put_in_place).
        """
        store = self._sqlite()
        if store.read_only:
            raise StorageError(_read_only(store.path))
        problem = store.file_problem()
        if problem is not None:
            raise StorageError(problem)
        # A new number tells every window that has this file open that the whole ledger was
        # replaced, not added to. Stamped on the staged copy, it arrives in the same commit;
        # random, so that two restores at once cannot stamp the same one.
        taken = {self.contents_generation(), db.contents_generation(staged.store.conn)}
        generation = next(
            g for g in iter(lambda: secrets.randbelow(2**31 - 1) + 1, None) if g not in taken
        )
        db.set_contents_generation(staged.store.conn, generation)
        saved = backup_files.put_in_place(store, staged.store, now=self._ctx.clock.now)
        if store.expected_generation is not None:
            store.expected_generation = generation  # these services made the change
        store.judge_schema()  # the restored file's, checked when it was staged
        self._ctx.forget_system_accounts()  # the same in every GiftDesk file, but read anew
        return saved

    def _sqlite(self) -> Store:
        """The SQLite store behind these services; a one-line StorageError on PostgreSQL, whose
        backups are the server's (pg_dump and pg_restore, docs/community.md)."""
        store = self._ctx.store
        if not isinstance(store, Store):
            raise StorageError(
                _(
                    "backup and restore are for a wallet file; for a PostgreSQL database "
                    "({path}) use pg_dump and pg_restore (see docs/community.md)"
                ).format(path=store.path)
            )
        return store

    def contents_generation(self) -> int:
        """A number that changes when a restore replaces the database's contents, and at no
        other time (see storage.db.contents_generation)."""
        return db.contents_generation(self._ctx.conn)

    def pin_contents(self) -> int:
        """Refuse, from now on, every write through these services to contents that a restore
        elsewhere put in place of the ones there now; return their generation. A window pins
        what it shows, and pins again once it shows the restored contents."""
        generation = self.contents_generation()
        self._ctx.store.expected_generation = generation
        return generation


def _read_only(path: str) -> str:
    return _("the database {path} is read-only; nothing was restored").format(path=path)
