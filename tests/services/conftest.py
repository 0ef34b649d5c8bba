"""Service fixtures beyond tests/conftest.py: other rules or providers, rich profiles."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from giftdesk.services import Services
from giftdesk.storage.connection import is_sqlite
from giftdesk.storage.db import MEMORY


@pytest.fixture
def open_services(clock):
    """Open more Services (a file, other rules, another provider); each is verified and closed."""
    opened: list[Services] = []

    def open_(path=MEMORY, **kwargs) -> Services:
        kwargs.setdefault("clock", clock)
        services = Services.open(path, **kwargs)
        opened.append(services)
        return services

    yield open_
    failed = []
    for services in opened:
        failed += [c for c in services.maintenance.verify() if not c.ok]
        services.close()
    assert not failed, f"ledger invariants broken after the test: {failed}"


@pytest.fixture
def rich_viewer(fresh_services, viewer):
    """Vera with a custom 1,000,000-coin web purchase plus her 100,000 first-purchase bonus."""
    fresh_services.recharge.recharge(
        viewer.id, coins=1_000_000, channel="web", method="paypal", custom=True
    )
    return viewer


@pytest.fixture
def earning_creator(fresh_services, rich_viewer, creator):
    """Cleo after five TikTok Universes from Vera: 224,995 coins -> 112,497 diamonds."""
    for _ in range(5):
        fresh_services.gifts.send(rich_viewer.id, creator.id, "TikTok Universe")
    assert fresh_services.balance(creator.id).diamonds == 112_497
    return creator


def _rows(conn, table: str, besides: Collection[str]) -> list[tuple]:
    """A table's rows without the columns `besides` names ("table.column"), sorted by every
    column: the same rows compare equal whatever order a query plan reads them in."""
    if is_sqlite(conn):
        names = conn.execute("SELECT name FROM pragma_table_info(?)", (table,))
    else:
        names = conn.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
    columns = [f'"{name}"' for (name,) in names if f"{table}.{name}" not in besides]
    listed = ", ".join(columns)
    return conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}').fetchall()


class Probe:
    """Read-only looks into a Services' database (test modules cannot import conftest)."""

    # What a refused password or code writes on purpose: the count towards the wait.
    WRONG_TRIES = ("profile_security.failed_attempts", "profile_security.locked_until_us")

    @staticmethod
    def account(services: Services, code: str) -> int:
        return services.ctx.conn.execute(
            "SELECT balance FROM accounts WHERE code = ?", (code,)
        ).fetchone()[0]

    @staticmethod
    def count(services: Services, table: str) -> int:
        return services.ctx.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    @staticmethod
    def state(services: Services, *, besides: Collection[str] = ()) -> dict:
        """Every row a failed action must leave untouched: every table of the database, as
        sqlite_master (or PostgreSQL's pg_tables) names them, so that a table a migration adds
        is covered without a word here; the migrations' own table too, as no action may run
        or undo a migration.
        `besides` leaves out columns ("table.column") that a refusal changes on purpose, such
        as `WRONG_TRIES`."""
        conn = services.ctx.conn
        if is_sqlite(conn):
            tables = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        else:
            tables = conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
            )
        return {table: _rows(conn, table, besides) for (table,) in tables.fetchall()}

    @staticmethod
    def totals(services: Services, creator_id: int) -> tuple[int, int]:
        return services.ctx.conn.execute(
            "SELECT coins_received, diamonds_minted FROM creator_totals WHERE profile_id = ?",
            (creator_id,),
        ).fetchone()


@pytest.fixture
def probe() -> type[Probe]:
    return Probe


def _without_migration_stamps(conn, data: str | bytes) -> str | bytes:
    """`data` (text or bytes read out of the database) with sqlite-utils' record of when each
    migration ran taken out: those times are the real clock's, to the microsecond, so any short
    string of digits (a CVC, a one-time code) turns up in them now and then by chance."""
    for (stamp,) in conn.execute("SELECT applied_at FROM _sqlite_migrations"):
        data = (
            data.replace(stamp.encode(), b"")
            if isinstance(data, bytes)
            else data.replace(stamp, "")
        )
    return data


@pytest.fixture
def unstamped():
    return _without_migration_stamps


def _as_before_references(path) -> None:
    """Turn a wallet back into what GiftDesk made before migration 0009: no references."""
    import sqlite3

    from giftdesk.storage import migrations

    conn = sqlite3.connect(path, isolation_level=None)
    for name in (
        "recharges_have_references",
        "payouts_have_references",
        "payouts_settle_once",
        "recharges_no_update",
    ):
        conn.execute(f"DROP TRIGGER {name}")
    for name in ("recharges_reference", "payouts_reference"):
        conn.execute(f"DROP INDEX {name}")
    conn.execute("ALTER TABLE recharges DROP COLUMN reference")
    conn.execute("ALTER TABLE payouts DROP COLUMN reference")
    # As migrations 0001 and 0003 made them:
    conn.execute("""CREATE TRIGGER recharges_no_update BEFORE UPDATE ON recharges
BEGIN SELECT RAISE(ABORT, 'purchase records are append-only'); END""")
    conn.execute("""CREATE TRIGGER payouts_settle_once BEFORE UPDATE ON payouts
WHEN OLD.status <> 'pending' OR NEW.status = 'pending'
  OR NEW.diamonds IS NOT OLD.diamonds OR NEW.cents IS NOT OLD.cents
  OR NEW.creator_id IS NOT OLD.creator_id OR NEW.request_txn_id IS NOT OLD.request_txn_id
BEGIN SELECT RAISE(ABORT, 'a payout is settled once'); END""")
    conn.execute(f"DELETE FROM {migrations.TABLE} WHERE name = 'm0009_provider_references'")
    conn.close()


@pytest.fixture
def before_references():
    """Turn a wallet file back into one GiftDesk made before migration 0009."""
    return _as_before_references


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> str:
    """Every test here runs on both engines (tests/conftest.py's `fresh_services`)."""
    return str(request.param)
