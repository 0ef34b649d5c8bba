"""Helpers for the command-line tests: every test runs the real `python -m giftdesk`.

Each subprocess costs about 0.3 s, so tests that need people and money start from a copy of a
database seeded once per session (`seeded`) instead of building it again, and the long
tables of refusals run their cases side by side in threads (`table`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple, TypeVar

import pytest

from giftdesk.zones import day_in, system_zone

ERROR_PREFIX = "giftdesk: error: "
TIMEOUT_S = 60
WORKERS = min(8, (os.cpu_count() or 2) + 1)  # the children are CPU-bound; +1 covers their I/O
T = TypeVar("T")


class Result(NamedTuple):
    """(code, stdout, stderr), with a few helpers."""

    code: int
    out: str
    err: str

    def json(self) -> dict:
        """stdout must be exactly one JSON object."""
        data = json.loads(self.out)
        assert isinstance(data, dict), f"stdout is not one JSON object: {self.out!r}"
        return data


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIFTDESK_", "XDG_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),  # the default database and the error log stay inside the test
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    # Let the child cache bytecode (in the git-ignored __pycache__): each run is ~20% quicker.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _calendar_days() -> tuple[dt.date, dt.date]:
    """Today for the profiles the tests make (in the system's zone, whatever TZ says), and
    the UTC day of the payout cap."""
    now = dt.datetime.now(dt.UTC)
    return day_in(now, system_zone()), now.date()


class Cli:
    """Runs `python -m giftdesk --db DB ARGS...` and returns a `Result`."""

    def __init__(self, db: Path, home: Path) -> None:
        self.db = db
        self.home = home
        self.env = _env(home)
        self.seed: dict[str, tuple[int, int]] = {}
        self.template: Path | None = None

    def raw(self, *args: str) -> Result:
        """No `--db` added: the test places the global options itself."""
        proc = subprocess.run(
            [sys.executable, "-m", "giftdesk", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            env=self.env,
            cwd=self.home,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def __call__(self, *args: str, db: Path | str | None = None) -> Result:
        return self.raw("--db", str(self.db if db is None else db), *args)

    def ok(self, *args: str, db: Path | str | None = None) -> dict:
        """Run with --json, insist on success, return the one JSON object."""
        r = self("--json", *args, db=db)
        assert r.code == 0, f"giftdesk {' '.join(args)} failed with {r.code}: {r.err}"
        assert r.err == "", r.err
        return r.json()

    def on_one_day(self, case: Callable[[], T]) -> T:
        """Run `case`, which starts from the seeded database and whose outcome depends on a
        daily cap (a budget by the local day, the payout cap by the UTC day). If a midnight
        passed while it ran, the cap started again part-way: put the seed back and run the
        case once more, so that the real clock cannot decide the test."""
        for _ in range(2):
            days = _calendar_days()
            outcome = case()
            if _calendar_days() == days:
                return outcome
            for leftover in (self.db, Path(f"{self.db}-wal"), Path(f"{self.db}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(self.template, self.db)
        return outcome

    # --- checks shared by the test files ---------------------------------------------------

    def verifies(self, db: Path | str | None = None) -> None:
        r = self("--json", "verify", db=db)
        assert r.code == 0, r.err
        data = r.json()
        assert data["ok"] is True, data
        assert all(c["ok"] is True for c in data["checks"]), data

    def balances(self, db: Path | str | None = None) -> dict[str, tuple[int, int]]:
        """{name: (coins, diamonds)} of every profile, from one `profiles list`."""
        data = self.ok("profiles", "list", db=db)
        return {p["profile"]: (p["coins"], p["diamonds"]) for p in data["profiles"]}

    @staticmethod
    def failed(r: Result, code: int | tuple[int, ...]) -> None:
        """The failure contract: the exit code, one `giftdesk: error: ...` line, no traceback."""
        codes = code if isinstance(code, tuple) else (code,)
        assert r.code in codes, (
            f"exit {r.code}, expected {codes}; stderr={r.err!r} stdout={r.out!r}"
        )
        assert "Traceback" not in r.err and "Traceback" not in r.out, r.err
        assert r.err.endswith("\n") and r.err.count("\n") == 1, f"not exactly one line: {r.err!r}"
        assert r.err.startswith(ERROR_PREFIX), r.err
        assert len(r.err.strip()) > len(ERROR_PREFIX), "the error line says nothing"
        # the line cannot move the cursor, ring the bell or reorder text on the terminal
        hidden = [ch for ch in r.err[:-1] if unicodedata.category(ch) in ("Cc", "Cf")]
        assert not hidden, f"control or format characters in the error line: {r.err!r}"

    def digest(self, path: Path | None = None) -> str:
        return hashlib.sha256(Path(path or self.db).read_bytes()).hexdigest()

    # In-process checks: the same verify code `giftdesk verify` runs, without a 0.3 s process.

    @staticmethod
    def inspect(path: Path) -> dict[str, tuple[int, int]]:
        """Verify the database in this process; return {name: (coins, diamonds)}."""
        from giftdesk.services import Services

        services = Services.open(path)
        try:
            failed = [c for c in services.maintenance.verify() if not c.ok]
            assert not failed, f"verify fails on {path}: {failed}"
            balances = {}
            for p in services.profiles.list():
                b = services.balance(p.id)
                balances[p.name] = (b.coins, b.diamonds)
            return balances
        finally:
            services.close()

    def snapshot(self, path: Path | None = None) -> tuple[str, dict]:
        """(file digest, balances) of a database that verifies."""
        path = Path(path or self.db)
        balances = self.inspect(path)
        return self.digest(path), balances

    def untouched(self, before: tuple[str, dict] | str, path: Path | None = None) -> None:
        """Byte-for-byte the same file, no -wal left beside it, still verifies, same balances."""
        path = Path(path or self.db)
        digest, balances = before if isinstance(before, tuple) else (before, None)
        assert self.digest(path) == digest, f"{path} changed"
        assert not Path(f"{path}-wal").exists(), "a -wal file was left next to the database"
        after = self.inspect(path)
        if balances is not None:
            assert after == balances


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    home.mkdir()
    return Cli(tmp_path / "g.db", home)


# --- a seeded database, built once per session -----------------------------------------------

ADULT_BIRTHDATE = "1990-04-12"
CREATOR_BIRTHDATE = "1988-02-03"


def minor_birthdate() -> str:
    """Someone who turns 10 this year: a minor whatever the local or UTC date."""
    today = dt.date.today()
    return f"{today.year - 10:04d}-06-15"


# Vera: adult viewer, bought 300,000 custom web coins (+30,000 first-purchase bonus) and sent
# Cleo five TikTok Universes (224,995 coins -> 112,497 diamonds).
# Wes: adult viewer with one 700-coin web package (+70 bonus) and nothing spent yet.
# Minnie: a 10-year-old viewer. Cleo and Carl: adult creators; Carl has nothing yet.
SEEDED = {
    "Vera": (330_000 - 224_995, 0),
    "Wes": (770, 0),
    "Minnie": (0, 0),
    "Cleo": (0, 112_497),
    "Carl": (0, 0),
}


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("seed")
    home = base / "home"
    home.mkdir()
    run = Cli(base / "seed.db", home)
    run.ok("profiles", "add", "Vera", "--birthdate", ADULT_BIRTHDATE)
    run.ok("profiles", "add", "Wes", "--birthdate", ADULT_BIRTHDATE)
    run.ok("profiles", "add", "Minnie", "--birthdate", minor_birthdate())
    run.ok("profiles", "add", "Cleo", "--birthdate", CREATOR_BIRTHDATE, "--creator")
    run.ok("profiles", "add", "Carl", "--birthdate", CREATOR_BIRTHDATE, "--creator")
    run.ok("recharge", "Vera", "--custom", "300000", "--channel", "web", "--method", "paypal")
    run.ok("recharge", "Wes", "--package", "700", "--channel", "web", "--method", "paypal")
    for _ in range(5):
        run.ok("send", "Vera", "Cleo", "TikTok Universe")
    assert run.balances() == SEEDED
    assert not Path(f"{run.db}-wal").exists()
    return run.db


def _seeded_copy(base: Path, template: Path) -> Cli:
    home = base / "home"
    home.mkdir(parents=True, exist_ok=True)
    cli = Cli(base / "g.db", home)
    shutil.copyfile(template, cli.db)
    cli.seed = dict(SEEDED)  # {name: (coins, diamonds)} as seeded
    cli.template = template
    return cli


@pytest.fixture
def seeded(tmp_path: Path, seeded_template: Path) -> Cli:
    """A `Cli` on a private copy of the seeded database."""
    return _seeded_copy(tmp_path, seeded_template)


@pytest.fixture(scope="module")
def _table_outcomes() -> dict:
    return {}


@pytest.fixture
def table(request, _table_outcomes, seeded_template, tmp_path_factory):
    """Run a table-driven test's cases side by side: `table(body)`.

    The first case of a parametrized test to call it runs `body(seeded_cli, **params)` for
    every selected case of that test at once, in threads, each on its own copy of the seeded
    database; then every case re-raises its own failure, if any, as if it had run alone.
    """

    def check(body) -> None:
        name = request.node.originalname
        if name not in _table_outcomes:
            items = [
                i
                for i in request.session.items
                if i.module is request.module and i.originalname == name
            ]
            bases = [tmp_path_factory.mktemp(name[:40]) for _ in items]

            def one(job) -> BaseException | None:
                item, base = job
                try:
                    body(_seeded_copy(base, seeded_template), **item.callspec.params)
                except Exception as e:  # noqa: BLE001 - reported by the case's own test
                    return e
                return None

            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                outcomes = list(pool.map(one, zip(items, bases, strict=False)))
            _table_outcomes[name] = {i.nodeid: o for i, o in zip(items, outcomes, strict=False)}
        outcome = _table_outcomes[name][request.node.nodeid]
        if outcome is not None:
            raise outcome

    return check
