"""`giftdesk copy SOURCE DEST`: a whole wallet moved between engines (a file to a PostgreSQL
database, back, or file to file, server to server), every row kept with its id, `verify`
passing on both (DESIGN 12).

SOURCE is read in one snapshot and never written (a wallet of an older GiftDesk is brought up
to date first, as any open does). DEST must be new: a file that does not exist yet, written
under a hidden name beside it and named only once complete and verified; or a PostgreSQL
database that is empty or holds GiftDesk's schema and nothing else, filled in one transaction
under GiftDesk's write lock and committed only once complete and verified.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from giftdesk.domain.errors import InvalidPath, PasswordNeeded, StorageError
from giftdesk.domain.rules import Rules
from giftdesk.i18n import _
from giftdesk.services.retries import retried
from giftdesk.storage import copy_tables, copying
from giftdesk.storage.backup_files import part_file, take_name
from giftdesk.storage.db import AnyStore, open_db, open_store, read_snapshot
from giftdesk.storage.targets import PostgresTarget, SqliteTarget, Target, parse_target
from giftdesk.storage.verify import Check, run_checks

T = TypeVar("T")
# Asked for a server's password when PGPASSWORD and ~/.pgpass gave none (the CLI types it).
PasswordFor = Callable[[PasswordNeeded], str]


@dataclass(frozen=True, slots=True)
class Copied:
    source: str
    dest: str
    counts: copy_tables.Counts  # rows of each table, the same in both
    source_checks: list[Check]
    dest_checks: list[Check]

    @property
    def verified(self) -> bool:
        return all(c.ok for c in self.source_checks + self.dest_checks)

    def as_dict(self) -> dict[str, Any]:
        c = self.counts
        return {
            "source": self.source,
            "dest": self.dest,
            "profiles": c["profiles"],
            "transactions": c["transactions"],
            "transfers": c["transfers"],
            "lives": c["lives"],
            "lots": c["lots"],
            "gifts": c["gifts"],
            "payouts": c["payouts"],
            "tables": dict(c.rows),
            "verified": self.verified,
            "source_checks": [{"name": x.name, "ok": x.ok} for x in self.source_checks],
            "dest_checks": [{"name": x.name, "ok": x.ok} for x in self.dest_checks],
        }


def copy_wallet(
    source: str,
    dest: str,
    *,
    rules: Rules | None = None,
    password_for: PasswordFor | None = None,
) -> Copied:
    """Copy the wallet at `source` into the new database `dest` (a path or a postgresql://
    URL each) and verify both; nothing is left at `dest` when it fails."""
    if rules is None:
        from giftdesk.resources import load_rules

        rules = load_rules()
    src, dst = parse_target(source), parse_target(dest)
    _refuse_same_or_memory(src, dst, source, dest)
    if isinstance(src, SqliteTarget):
        _refuse_missing_source(Path(src.path))
    else:
        _with_password(lambda pw: copying.refuse_empty_server(src, password=pw), password_for)
    if isinstance(dst, SqliteTarget):
        _refuse_taken_file(Path(dst.path))
    store = _with_password(lambda pw: open_store(src, password=pw), password_for)
    try:
        with read_snapshot(store) as snapshot:
            theirs = _checks(snapshot.conn, rules)
            failed = [c.name for c in theirs if not c.ok]
            if failed:
                raise StorageError(
                    _("{source} fails verification ({checks}); nothing was copied").format(
                        source=source, checks=", ".join(failed)
                    )
                )
            if isinstance(dst, SqliteTarget):
                ours = _to_new_file(snapshot.conn, Path(dst.path), rules)
            else:
                target = dst
                into = _with_password(lambda pw: open_store(target, password=pw), password_for)
                try:
                    ours = _fill(snapshot.conn, into, dest, rules)
                finally:
                    into.close()
            counts = copy_tables.count_rows(snapshot.conn)
    finally:
        store.close()
    return Copied(source, dest, counts, theirs, ours)


def _checks(conn: Any, rules: Rules) -> list[Check]:
    return run_checks(conn, rules.diamond_rate, value=rules.diamond_value_rate)


@retried
def _fill(source: Any, into: AnyStore, name: str, rules: Rules) -> list[Check]:
    """Copy every row into the new store `into`, in one write transaction, and verify it
    before that commits: a difference or a failed check rolls it all back."""
    with into.write() as conn:
        copying.refuse_unless_new(conn, source, name)
        copying.copy_all(source, conn)
        copying.move_identities(conn)
        found = copy_tables.differences(source, conn)
        if found:
            raise StorageError(
                _("the copy in {dest} differs from its source ({what}); nothing was kept").format(
                    dest=name, what="; ".join(found[:3])
                )
            )
        checks = _checks(conn, rules)
        failed = [c.name for c in checks if not c.ok]
        if failed:
            raise StorageError(
                _("the copy in {dest} fails verification ({checks}); nothing was kept").format(
                    dest=name, checks=", ".join(failed)
                )
            )
    return checks


def _to_new_file(source: Any, dest: Path, rules: Rules) -> list[Check]:
    """A new wallet file at `dest`: made (migrations, pragmas) and filled under a hidden name
    beside it, named `dest` only once complete and verified (backup_files' part files)."""
    with part_file(
        dest, lambda reason: _("cannot create {path}: {reason}").format(path=dest, reason=reason)
    ) as part:
        store = open_db(part)
        try:
            checks = _fill(source, store, str(dest), rules)
        finally:
            store.close()  # the last connection: SQLite folds its log into the file
        if Path(f"{part}-wal").exists():  # it could not: the file alone is not the copy
            for log in (Path(f"{part}-wal"), Path(f"{part}-shm")):
                log.unlink(missing_ok=True)
            raise StorageError(
                _("the copy in {dest} could not be completed; nothing was kept").format(dest=dest)
            )
        take_name(part, dest, exists=_exists)
    return checks


def _with_password(open_: Callable[[str | None], T], password_for: PasswordFor | None) -> T:
    """Open with libpq's own password (PGPASSWORD, ~/.pgpass); when the server asks for one
    it was not given, once more with the one `password_for` gives."""
    try:
        return open_(None)
    except PasswordNeeded as needed:
        if password_for is None:
            raise
        return open_(password_for(needed))


def _refuse_same_or_memory(src: Target, dst: Target, source: str, dest: str) -> None:
    for target, given in ((src, source), (dst, dest)):
        if isinstance(target, SqliteTarget) and target.in_memory:
            raise InvalidPath(
                _("{name} is a database in memory, which no other process can see").format(
                    name=given
                )
            )
    same = False
    if isinstance(src, SqliteTarget) and isinstance(dst, SqliteTarget):
        same = Path(src.path).resolve() == Path(dst.path).resolve()
    elif isinstance(src, PostgresTarget) and isinstance(dst, PostgresTarget):
        same = _server_database(src) == _server_database(dst)
    if same:
        raise InvalidPath(_("SOURCE and DEST are the same database ({dest})").format(dest=dest))


def _server_database(target: PostgresTarget) -> tuple[Any, ...]:
    """Which database a URL names, whoever logs in: its host, port and name (libpq's
    defaults for those not given)."""
    params = target.connect_params()
    return (
        params.get("host") or os.environ.get("PGHOST"),
        params.get("port") or os.environ.get("PGPORT") or "5432",
        target.dbname,
    )


def _refuse_missing_source(path: Path) -> None:
    if not path.exists():
        raise InvalidPath(_("there is no file {path}").format(path=path))
    if not path.is_file():
        raise InvalidPath(_("{path} is a folder, not a wallet file").format(path=path))


def _exists(path: Path) -> str:
    return _("{path} already exists; copy never writes over a file").format(path=path)


def _refuse_taken_file(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise InvalidPath(_exists(path))
    if not path.parent.is_dir():
        raise InvalidPath(_("the folder {path} does not exist").format(path=path.parent))
