"""Storage fixtures: a fresh in-memory database (sqlite-utils' `fresh_db`, as STYLE.md asks),
and a few rows made through the storage functions themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pytest

from giftdesk.storage import gifts, ledger, profiles
from giftdesk.storage.db import AnyStore, open_store

NOW = "2026-11-25T12:00:00.000000+00:00"
NOW_US = 1_795_608_000_000_000


@pytest.fixture
def fresh_db(engine: str, request: pytest.FixtureRequest) -> Iterator[AnyStore]:
    """A fresh database: in memory on SQLite, a new database on the tests' PostgreSQL server."""
    store = open_store(
        request.getfixturevalue("pg_giftdesk_url") if engine == "postgres" else ":memory:"
    )
    yield store
    store.close()


class Rows:
    """Rows made through the storage functions (test modules cannot import conftest)."""

    @staticmethod
    def profile(store: AnyStore, name: str, *, creator: bool = False) -> int:
        return _add_profile(store, name, creator=creator)

    @staticmethod
    def transaction(
        store: AnyStore,
        kind: str,
        profile_id: int,
        counterparty_id: int | None = None,
        *,
        reverses_id: int | None = None,
    ) -> int:
        with store.write() as conn:
            return ledger.insert_transaction(
                conn,
                kind=kind,
                profile_id=profile_id,
                counterparty_id=counterparty_id,
                created_at=NOW,
                created_us=NOW_US,
                rules_version="2026.1",
                idem_key=f"key-{ledger.last_transaction_id(conn) + 1}",
                request_hash="-",
                reverses_id=reverses_id,
            )


@pytest.fixture
def rows() -> type[Rows]:
    return Rows


def _add_profile(store: AnyStore, name: str, *, creator: bool = False) -> int:
    with store.write() as conn:
        pid = profiles.insert(
            conn,
            name=name,
            name_key=name.casefold(),
            birthdate="1990-04-12",
            is_creator=creator,
            created_at=NOW,
            time_zone="UTC",
        )
        ledger.create_profile_account(conn, pid, ledger.COIN)
        if creator:
            ledger.create_profile_account(conn, pid, ledger.DIAMOND)
            gifts.start_creator_totals(conn, pid)
    return pid


class People(NamedTuple):
    vera: int
    cleo: int


@pytest.fixture
def people(fresh_db: AnyStore) -> People:
    """Vera, a viewer, and Cleo, a creator."""
    return People(_add_profile(fresh_db, "Vera"), _add_profile(fresh_db, "Cleo", creator=True))


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> str:
    """Every test here runs on both engines (tests/conftest.py's `fresh_services`)."""
    return str(request.param)
