"""Shared fixtures. Qt must run offscreen, and that must be set before Qt is imported."""

from __future__ import annotations

import os
from pathlib import Path

# A 1920x1200 offscreen screen: the default 800x800 one is smaller than the window's minimum
# size, and Qt would clamp restored geometry to it.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

# Nothing a test runs in this process writes to the real user folders (the card key, the
# error log, the default database): they all live under one temporary home, gone at exit.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_home = Path(tempfile.mkdtemp(prefix="giftdesk-tests-"))
atexit.register(shutil.rmtree, _home, ignore_errors=True)
for _name in ("DATA", "STATE", "CONFIG", "CACHE"):
    os.environ[f"XDG_{_name}_HOME"] = str(_home / _name.lower())

# English, whatever language the machine running the tests speaks: the tests read the English
# text (the translations' own tests choose their language themselves).
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from giftdesk.services import Services  # noqa: E402
from giftdesk.services.clock import UTC, FixedClock  # noqa: E402

# A throwaway PostgreSQL server (`pg_server`) and a fresh database on it per test (`pg_url`,
# empty; `pg_giftdesk_url`, with GiftDesk's schema).
pytest_plugins = ["pg_server"]


@pytest.fixture
def clock() -> FixedClock:
    """2026-11-25 12:00 UTC, local calendar = UTC; tests move it with `advance()`."""
    return FixedClock(dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC))


SQLITE = "sqlite"
POSTGRES = "postgres"


@pytest.fixture
def engine() -> str:
    """The engine `fresh_services` runs on: SQLite here; tests/services and tests/storage
    parametrize it over both (their conftest.py); a test marked `sqlite_only` keeps only
    SQLite's case (pytest_collection_modifyitems)."""
    return SQLITE


def database(engine: str, request: pytest.FixtureRequest) -> str:
    """What Services.open and open_store take for a fresh database on `engine`."""
    return request.getfixturevalue("pg_giftdesk_url") if engine == POSTGRES else ":memory:"


@pytest.fixture
def fresh_services(clock, engine, request):
    """Services on a fresh database: in memory on SQLite, a new database on the tests'
    PostgreSQL server on PostgreSQL. Every invariant is checked after the test."""
    services = Services.open(database(engine, request), clock=clock)
    yield services
    failed = [c for c in services.maintenance.verify() if not c.ok]
    services.close()
    assert not failed, f"ledger invariants broken after the test: {failed}"


@pytest.fixture
def viewer(fresh_services):
    """An adult viewer with no coins."""
    return fresh_services.profiles.add("Vera", birthdate="1990-04-12")


@pytest.fixture
def creator(fresh_services):
    return fresh_services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)


@pytest.fixture
def funded_viewer(fresh_services, viewer):
    """Vera with 17,500 coins bought on the web plus her 1,750 first-purchase bonus."""
    fresh_services.recharge.recharge(viewer.id, coins=17_500, channel="web", method="paypal")
    return viewer


# Besides `sqlite_only` (pyproject.toml): the other reason a test has no PostgreSQL case.
NO_DATABASE = "no_database"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{NO_DATABASE}: the test never opens the database its `engine` case gives it"
        " (argument parsing, --help, --version, a URL of its own): its PostgreSQL case would"
        " repeat the SQLite one, and is deselected (tests/conftest.py)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the PostgreSQL case of a test marked `sqlite_only` (it tests what only a file
    has: PRAGMAs, backups, the file's own checks) or `no_database` (it opens none), so that it
    is neither run nor reported as a skip that could pass for a success."""
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("engine") == POSTGRES
        sqlite_case_only = item.get_closest_marker("sqlite_only") or item.get_closest_marker(
            NO_DATABASE
        )
        (dropped if on_postgres and sqlite_case_only else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
