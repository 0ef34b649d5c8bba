"""Helpers for the command-line tests: `Cli` runs `giftdesk --db DB ARGS...` and returns a
`Result(code, out, err)`, in one of two ways.

- In this process, by default: `giftdesk.app.main(argv)`, the very function `python -m giftdesk`
  runs (`cli.main` would skip the window's own reading of the options), with stdout and stderr
  captured, stdin not a terminal, and the environment, working folder and process-wide state a
  new process would start with; all of them are put back afterwards. 5 to 10 ms a command
  instead of 0.1 to 0.3 s. As they share sys.stdout, os.environ and the working folder, they
  run one at a time: the thread pool that once ran a table's cases side by side is gone, as
  its cases in this process take no longer one after another.
- As a real `python -m giftdesk` process, for what only a process shows: its exit status and
  streams as the interpreter writes them (a traceback, a failing stdout, a closed pipe), the
  command line and environment as a new process reads them (bytes that are not UTF-8, TZ,
  PYTHONIOENCODING), a terminal. A test marked `@pytest.mark.real_process` runs every command
  so; a single call asks with `process=True`. Each module says at its top which of its tests
  do, and why.

What a new process would not share with the last command, an in-process run does not either:
`paths._process_card_key` (the card key used where none can be kept) and the language chosen
(`i18n`, with its locale and catalog: each command decides it from its environment) start fresh
for each command. Caches of what no test varies are kept, as
they only make later commands quicker: the zone database's names and tzinfo objects
(`zones`), ICU's spoof checker (`domain.names`), the argon2 hasher, the expected schema, the
resources folder. The CLI closes its Services itself (`cli.run`); each in-process run checks
that it left no file open under the test's folder (a connection, a -wal file).

Both engines: `engine` (a session-scoped parameter here) gives every test that uses `cli`,
`seeded` or `seeded_copy` a SQLite case (a file) and a PostgreSQL case (`--db
postgresql://...` on the tests' own server, tests/pg_server.py), whose database is a copy of a
template made once a session (CREATE DATABASE ... TEMPLATE). `Cli.db` is a Path on SQLite and a
URL on PostgreSQL; `digest`, `snapshot`, `untouched`, `inspect` and `on_one_day` work on both (on
PostgreSQL the digest is of every table's rows). A test about a file is marked `sqlite_only`; one
that never opens its fixture's database, `no_database` (tests/conftest.py); a PostgreSQL case
that never opened its database fails, as a reminder of the latter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

import pytest
from pg_server import PgServer, database_name

from giftdesk import i18n, paths
from giftdesk.zones import day_in, system_zone

ERROR_PREFIX = "giftdesk: error: "
TIMEOUT_S = 60
# Read by the interpreter or the C library as a process starts (or once, on first use): a
# command given one of these must be a real process to be told it.
STARTUP_VARIABLES = ("TZ", "LANG", "LANGUAGE", "LC_", "PYTHON")
T = TypeVar("T")
SQLITE, POSTGRES = "sqlite", "postgres"  # as tests/conftest.py names them
# The worktree's giftdesk, not whichever one the interpreter has installed: a command run as a
# process starts in the test's home folder, where `python -m giftdesk` would not find it.
SOURCE_ROOT = Path(__file__).resolve().parents[2]


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
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SOURCE_ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    return env


def pg_digest(url: str) -> str:
    """A digest of every row of every table of a PostgreSQL database (its contents generation
    and the migrations' record included): what the file's digest is on SQLite. Sequences are
    left out: PostgreSQL does not roll back a nextval(), so a refused write may move one."""
    import psycopg

    found = hashlib.sha256()
    with psycopg.connect(url, autocommit=True) as conn:
        tables = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        ).fetchall()
        for (table,) in tables:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"'))
            found.update(f"{table}\n{len(rows)}\n".encode())
            for row in rows:
                found.update(row.encode() + b"\n")
    return found.hexdigest()


def _calendar_days() -> tuple[dt.date, dt.date]:
    """Today for the profiles the tests make (in the system's zone, whatever TZ says), and
    the UTC day of the payout cap."""
    now = dt.datetime.now(dt.UTC)
    return day_in(now, system_zone()), now.date()


# --- one command in this process ----------------------------------------------------------------


class _Pipe(io.StringIO):
    """What a child's stdout and stderr are here: UTF-8 (the CLI writes names unescaped where
    stdout takes UTF-8), not a terminal, and with no file descriptor to point elsewhere."""

    encoding = "utf-8"

    def text(self) -> str:
        # As `subprocess.run(text=True)` reads a child's output: universal newlines.
        return self.getvalue().replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    """os.environ exactly `env` for the block, then as it was."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _stdin_not_a_terminal() -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.StringIO()  # as /dev/null: empty, and no terminal to ask a password at
    try:
        yield
    finally:
        sys.stdin = saved


@contextlib.contextmanager
def _fresh_process_state() -> Iterator[None]:
    """The module-level state a new process starts with, for the block, then as it was."""
    chosen = i18n._chosen
    saved = paths._process_card_key, (chosen.language, chosen.locale, chosen.catalog)
    paths._process_card_key, chosen.language = None, None
    try:
        yield
    finally:
        paths._process_card_key, (chosen.language, chosen.locale, chosen.catalog) = saved


def _open_under(folder: Path) -> set[tuple[str, str]]:
    """(descriptor, file) of each file under `folder` this process holds open (Linux only)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return set()
    found = set()
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):  # the one that listed /proc/self/fd, closed since
            target = os.readlink(fd)
            if target.startswith(f"{folder}{os.sep}"):
                found.add((fd.name, target))
    return found


def _exit_code(exit: SystemExit, err: io.StringIO) -> int:
    """The status a process ends with when SystemExit reaches the interpreter."""
    if exit.code is None:
        return 0
    if isinstance(exit.code, int):
        return exit.code
    err.write(f"{exit.code}\n")
    return 1


def run_in_process(argv: list[str], env: dict[str, str], cwd: Path) -> Result:
    """`python -m giftdesk ARGV` in this process. An exception the CLI lets out is raised here,
    where a process would print a traceback and exit 1: the test fails either way."""
    from giftdesk import app

    if app.window_options(argv) is not None:
        raise AssertionError(f"{argv} opens the window: give it process=True")
    out, err = _Pipe(), _Pipe()
    held = _open_under(cwd.parent)  # the test's own connections, if any
    with (
        _environment(env),
        contextlib.chdir(cwd),
        _stdin_not_a_terminal(),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        _fresh_process_state(),
    ):
        try:
            code = app.main(argv)
        except SystemExit as e:  # argparse's --help, for one
            code = _exit_code(e, err)
    left_open = sorted(file for _, file in _open_under(cwd.parent) - held)
    assert not left_open, f"giftdesk {' '.join(argv)} left these open: {left_open}"
    return Result(code, out.text(), err.text())


# --- the runner the tests use -------------------------------------------------------------------


class Cli:
    """Runs `giftdesk --db DB ARGS...`, in this process unless `process` (see the top)."""

    def __init__(
        self,
        db: Path | str,
        home: Path,
        *,
        process: bool = False,
        reseed: Callable[[], None] | None = None,
    ) -> None:
        self._db = db
        self.home = home
        self.env = _env(home)
        self.process = process
        self.seed: dict[str, tuple[int, int]] = {}
        self.template: Path | str | None = None
        self._reseed = reseed  # on PostgreSQL: the database back to its template
        self.used = False  # whether the test asked for its database (see `db`)

    @property
    def db(self) -> Path | str:
        """The database: a file's Path on SQLite, a postgresql:// URL on PostgreSQL."""
        self.used = True
        return self._db

    @property
    def on_postgres(self) -> bool:
        return isinstance(self._db, str)

    def raw(self, *args: str | bytes, process: bool | None = None, **env: str) -> Result:
        """No `--db` added: the test places the global options itself. `env` adds environment
        variables for this command (GIFTDESK_PASSWORD=...)."""
        if self.process if process is None else process:
            return self._spawn(args, env)
        startup = [k for k in env if k.startswith(STARTUP_VARIABLES)]
        assert not startup, f"{startup} are read when a process starts: give process=True"
        assert all(isinstance(a, str) for a in args), "argv bytes: a process decodes them"
        return run_in_process(list(args), self.env | env, self.home)

    def _spawn(self, args, env: dict[str, str]) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "giftdesk", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
            env=self.env | env,
            cwd=self.home,
            stdin=subprocess.DEVNULL,  # never a terminal: no command waits for a typed password
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def __call__(
        self, *args: str, db: Path | str | None = None, process: bool | None = None, **env: str
    ) -> Result:
        return self.raw("--db", str(self.db if db is None else db), *args, process=process, **env)

    def ok(
        self, *args: str, db: Path | str | None = None, process: bool | None = None, **env: str
    ) -> dict:
        """Run with --json, insist on success, return the one JSON object."""
        r = self("--json", *args, db=db, process=process, **env)
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
            if self._reseed is not None:
                self._reseed()
                continue
            assert isinstance(self.template, Path) and isinstance(self._db, Path)
            for leftover in (self._db, Path(f"{self._db}-wal"), Path(f"{self._db}-shm")):
                leftover.unlink(missing_ok=True)
            shutil.copyfile(self.template, self._db)
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

    def execute(self, sql: str) -> None:
        """One statement on the database behind GiftDesk's back (tampering, as a test
        needs), on either engine."""
        if self.on_postgres:
            import psycopg

            with psycopg.connect(str(self.db), autocommit=True) as pg:
                pg.execute(sql.encode())  # as is: no placeholders in it
            return
        conn = sqlite3.connect(self.db)
        try:
            with conn:
                conn.execute(sql)
        finally:
            conn.close()

    def digest(self, path: Path | str | None = None) -> str:
        """The file's digest; on PostgreSQL, that of every table's rows (pg_digest)."""
        path = self.db if path is None else path
        if isinstance(path, str) and path.startswith("postgresql://"):
            return pg_digest(path)
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()

    # In-process checks: the same verify code `giftdesk verify` runs, without a 0.3 s process.

    @staticmethod
    def inspect(path: Path | str) -> dict[str, tuple[int, int]]:
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

    def snapshot(self, path: Path | str | None = None) -> tuple[str, dict]:
        """(digest, balances) of a database that verifies."""
        path = self.db if path is None else path
        balances = self.inspect(path)
        return self.digest(path), balances

    def untouched(self, before: tuple[str, dict] | str, path: Path | str | None = None) -> None:
        """Byte-for-byte the same file, no -wal left beside it (on PostgreSQL: the same rows in
        every table), still verifies, same balances."""
        path = self.db if path is None else path
        digest, balances = before if isinstance(before, tuple) else (before, None)
        assert self.digest(path) == digest, f"{path} changed"
        if not self.on_postgres:
            assert not Path(f"{path}-wal").exists(), "a -wal file was left next to the database"
        after = self.inspect(path)
        if balances is not None:
            assert after == balances


def _real_process(request) -> bool:
    return request.node.get_closest_marker("real_process") is not None


@pytest.fixture(scope="session", params=[SQLITE, POSTGRES])
def engine(request: pytest.FixtureRequest) -> str:
    """Every test here that uses `cli`, `seeded` or `seeded_copy` runs on both engines (see
    the top). Session-scoped, so that the seeded templates are made once for each engine."""
    return str(request.param)


def _server(request: pytest.FixtureRequest) -> PgServer:
    server = request.getfixturevalue("pg_server")
    assert isinstance(server, PgServer)
    return server


def _used_its_database(cli: Cli, engine: str) -> None:
    if engine == POSTGRES and not cli.used:
        pytest.fail(
            "this PostgreSQL case never opened its database, so it repeats the SQLite one:"
            " mark the test `no_database` (tests/conftest.py)",
            pytrace=False,
        )


@pytest.fixture
def cli(request, tmp_path: Path, engine: str) -> Iterator[Cli]:
    """A `Cli` on a new database: a file not made yet on SQLite; on PostgreSQL, a new database
    with GiftDesk's schema (a copy of pg_server's template, which the migrations made)."""
    home = tmp_path / "home"
    home.mkdir()
    if engine == SQLITE:
        yield Cli(tmp_path / "g.db", home, process=_real_process(request))
        return
    url = request.getfixturevalue("pg_giftdesk_url")
    cli = Cli(url, home, process=_real_process(request))
    yield cli
    _used_its_database(cli, engine)


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
def seeded_template(request, tmp_path_factory, engine: str) -> Path | str:
    """The seeded database, made once a session for each engine: a file on SQLite, a database
    on PostgreSQL (a template for CREATE DATABASE, given as its URL)."""
    base = tmp_path_factory.mktemp("seed")
    home = base / "home"
    home.mkdir()
    if engine == POSTGRES:
        server = _server(request)
        schema = request.getfixturevalue("pg_giftdesk_template")
        run = Cli(server.url(server.create_database(template=schema)), home)
    else:
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
    if not run.on_postgres:
        assert not Path(f"{run.db}-wal").exists()
    return run.db


def _seeded_copy(
    base: Path, template: Path | str, *, process: bool = False, server: PgServer | None = None
) -> Cli:
    """A `Cli` in `base` on a copy of `template`: a file copied, or on PostgreSQL (`template`
    a URL, `server` its server) a new database made from it, which the caller drops."""
    home = base / "home"
    home.mkdir(parents=True, exist_ok=True)
    if isinstance(template, str):
        assert server is not None
        source = database_name(template)
        name = server.create_database(template=source)
        cli = Cli(
            server.url(name),
            home,
            process=process,
            reseed=lambda: server.recreate_database(name, template=source),
        )
    else:
        cli = Cli(base / "g.db", home, process=process)
        shutil.copyfile(template, cli._db)
    cli.seed = dict(SEEDED)  # {name: (coins, diamonds)} as seeded
    cli.template = template
    return cli


def _drop(cli: Cli, server: PgServer | None) -> None:
    if server is not None and isinstance(cli._db, str):
        server.drop_database(database_name(cli._db))


@pytest.fixture
def seeded(request, tmp_path: Path, seeded_template: Path | str, engine: str) -> Iterator[Cli]:
    """A `Cli` on a private copy of the seeded database."""
    server = _server(request) if engine == POSTGRES else None
    cli = _seeded_copy(tmp_path, seeded_template, process=_real_process(request), server=server)
    try:
        yield cli
    finally:
        _drop(cli, server)
    _used_its_database(cli, engine)


@pytest.fixture(scope="session")
def seeded_copy(request, seeded_template: Path | str, engine: str) -> Iterator[Callable[..., Cli]]:
    """`seeded_copy(folder, template=seeded_template)`: a `Cli` in `folder` on a copy of
    `template`, for a test module's own template seeded further (made once, copied per test).
    On PostgreSQL the copies are dropped at the end of the session."""
    server = _server(request) if engine == POSTGRES else None
    made: list[Cli] = []

    def copy(base: Path, template: Path | str = seeded_template, *, process: bool = False) -> Cli:
        cli = _seeded_copy(base, template, process=process, server=server)
        made.append(cli)
        return cli

    yield copy
    for cli in made:
        _drop(cli, server)
