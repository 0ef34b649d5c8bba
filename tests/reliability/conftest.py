"""The reliability trials on both engines: a `shared_db` that other processes open too (a file
in the test's folder, or a database on the tests' PostgreSQL server, tests/pg_server.py), and
what a process they start needs to import this tree's giftdesk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SQLITE, POSTGRES = "sqlite", "postgres"  # as tests/conftest.py names them
SOURCE_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=[SQLITE, POSTGRES])
def engine(request: pytest.FixtureRequest) -> str:
    """The trials that are not about a file run on both engines (tests/conftest.py)."""
    return str(request.param)


@pytest.fixture
def shared_db(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new database that several processes open: a file not made yet, or a new database with
    GiftDesk's schema on the tests' server. As Services.open and `--db` take it."""
    if engine == POSTGRES:
        return str(request.getfixturevalue("pg_giftdesk_url"))
    return str(tmp_path / "shared.db")


@pytest.fixture
def fresh_shared_db(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """As `shared_db`, but with nothing in it yet, not even the schema: the first to open it
    makes it."""
    if engine == POSTGRES:
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "fresh.db")


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a process a trial starts: this tree's giftdesk first on its path (a
    script's own folder, or a home folder, is what Python would look in otherwise)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SOURCE_ROOT), env.get("PYTHONPATH")) if p)
    return env | extra


@pytest.fixture
def spawn_env() -> dict[str, str]:
    return child_env()
