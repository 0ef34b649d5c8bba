"""A throwaway PostgreSQL server for the tests (a pytest plugin, registered in conftest.py).

`pg_server` (one a test session) makes a new cluster with Debian's `initdb` in a temporary
folder, starts it with `pg_ctl` listening on a Unix socket in that folder only (no TCP port),
and stops it and removes the folder at the end, whatever happened: a failed test, an error in
a fixture, Ctrl+C. `pg_url` (one a test) is a new, empty database on it, dropped afterwards,
as the `postgresql://` URL GiftDesk takes.

fsync stays on: the server is as durable as a real one, because durability is under test.
initdb refuses to run as root; as root (CI, this machine) the server runs as the unprivileged
`postgres` user Debian's package makes, and the tests connect as a role made here that may
create databases and nothing more (no superuser), as a community's app role would.

The server outlives a killed test run (pg_ctl puts it in a session of its own), so a small
watchdog process, in a session of its own too, stops it and removes its folder when the
tests' process is gone without doing so itself (kill -9, a SIGTERM pytest does not handle).

PostgreSQL missing is a failure, not a skip: `bash resources/scripts/setup.sh --test`
installs it.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import psycopg

BIN_GLOB = "/usr/lib/postgresql/*/bin"
SUPERUSER = "postgres"  # the cluster's bootstrap superuser, used only to make ROLE
ROLE = "giftdesk_tests"  # what the tests connect as
# Names the socket file (.s.PGSQL.5432) inside the private folder; nothing listens on TCP unless
# a PgServer is given a tcp_port (then that port names the socket too).
PORT = 5432
SOCKET_PATH_MAX = 100  # a Unix socket's path must fit in 108 bytes (sun_path)
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
INSTALL_HINT = "run `bash resources/scripts/setup.sh --test`, which installs Debian's postgresql"
WATCH_EVERY_S = 0.5

# The watchdog: argv is the tests' pid, the server's folder, then the pg_ctl command that stops
# it. It ends by itself once the folder is gone (the tests stopped the server).
WATCHDOG = f"""
import os, shutil, subprocess, sys, time
pid, root, stop = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while os.path.exists(root):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        subprocess.run(stop, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
        break
    time.sleep({WATCH_EVERY_S})
"""


def find_bin_dir(pattern: str = BIN_GLOB) -> Path:
    """The newest PostgreSQL's programs (/usr/lib/postgresql/<version>/bin), or a failure that
    says how to install it."""
    found = []
    for path in Path("/").glob(pattern.lstrip("/")):
        version = re.fullmatch(r"\d+(?:\.\d+)?", path.parent.name)
        if version and (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            found.append((tuple(int(p) for p in path.parent.name.split(".")), path))
    if not found:
        pytest.fail(f"PostgreSQL's initdb and pg_ctl are not in {pattern}: {INSTALL_HINT}")
    return max(found)[1]


class PgServer:
    """One throwaway cluster: its folder, its socket, and how to reach it.

    By default it listens on its socket only. With `tcp_port` it also listens on 127.0.0.1 at
    that port, and takes connections there with TLS only, each role logging in with its
    password (scram-sha-256), as a community's server does (docs/community.md); `ssl_cert` and
    `ssl_key` are then the server's certificate and key (PEM files, copied into its folder)."""

    def __init__(
        self,
        bin_dir: Path,
        *,
        tcp_port: int | None = None,
        ssl_cert: Path | None = None,
        ssl_key: Path | None = None,
    ) -> None:
        if (tcp_port is None) != (ssl_cert is None) or (ssl_cert is None) != (ssl_key is None):
            raise ValueError("a TCP port goes with a certificate and its key: TLS only")
        self.bin_dir = bin_dir
        self.tcp_port = tcp_port
        self._ssl_files = (ssl_cert, ssl_key) if ssl_cert and ssl_key else None
        # The port names the socket file too (.s.PGSQL.PORT).
        self.port = tcp_port if tcp_port is not None else PORT
        # The server runs as this user: initdb refuses root.
        self.run_as = "postgres" if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix="giftdesk-pg-"))
        if len(str(root)) + len("/socket/.s.PGSQL.65535") > SOCKET_PATH_MAX:
            shutil.rmtree(root)  # a long TMPDIR: the socket's path would not fit
            root = Path(tempfile.mkdtemp(prefix="giftdesk-pg-", dir="/tmp"))
        self.root = root
        self.data = root / "data"
        self.socket_dir = root / "socket"
        self.log = root / "server.log"
        self._started = False
        self._stopped = False
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._admin: psycopg.Connection | None = None
        self._dropper: psycopg.Connection | None = None
        self._names = itertools.count(1)

    # --- the server's life -----------------------------------------------------------------

    def start(self) -> None:
        self.socket_dir.mkdir(mode=0o700)
        if self.run_as is not None:
            user = pwd.getpwnam(self.run_as)
            for path in (self.root, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            SUPERUSER,
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
            # Who may connect: anyone who can open the socket, which is in a folder only the
            # server's user (and root) can enter; nothing over TCP.
            "--auth-local",
            "trust",
            "--auth-host",
            "reject",
        )
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# tests/pg_server.py\n"
                f"listen_addresses = '{'127.0.0.1' if self.tcp_port is not None else ''}'\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                f"port = {self.port}\n"
                "fsync = on\n"
                "synchronous_commit = on\n"
                "full_page_writes = on\n"
            )
            if self._ssl_files is not None:
                conf.write(self._tls_settings(*self._ssl_files))
        self._started = True  # from here on, stop() has a server (or its remains) to stop
        self._watchdog = subprocess.Popen(
            [
                sys.executable,
                "-c",
                WATCHDOG,
                str(os.getpid()),
                str(self.root),
                *self._command("pg_ctl", "stop", "--pgdata", str(self.data), "--mode", "immediate"),
            ],
            start_new_session=True,  # not ended with the tests' process group
            cwd="/",  # wherever the server's user may be
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._pg_ctl_start()
        with self._connect(SUPERUSER, "postgres") as conn:
            conn.execute(f"CREATE ROLE {ROLE} LOGIN CREATEDB")

    def _tls_settings(self, cert: Path, key: Path) -> str:
        """Copy the certificate and key where the server's user may read them (the key, it
        alone: the server refuses a key others may read), let TLS logins with a password in
        over TCP before initdb's line that rejects every TCP login, and return the settings."""
        tls = self.root / "tls"
        tls.mkdir(mode=0o700)
        shutil.copyfile(cert, tls / "server.crt")
        shutil.copyfile(key, tls / "server.key")
        (tls / "server.key").chmod(0o600)
        if self.run_as is not None:
            user = pwd.getpwnam(self.run_as)
            for path in (tls, tls / "server.crt", tls / "server.key"):
                os.chown(path, user.pw_uid, user.pw_gid)
        hba = self.data / "pg_hba.conf"
        hba.write_text(
            "hostssl all all 127.0.0.1/32 scram-sha-256\n" + hba.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        return (
            "ssl = on\n"
            f"ssl_cert_file = '{tls / 'server.crt'}'\n"
            f"ssl_key_file = '{tls / 'server.key'}'\n"
            "password_encryption = 'scram-sha-256'\n"
        )

    def stop(self) -> None:
        """Stop the server and remove its folder; safe to call again, and from atexit."""
        if self._stopped:
            return
        self._stopped = True
        self.forget_connections()
        if self._started and (self.data / "postmaster.pid").exists():
            # fast: roll back what is open and shut down cleanly; immediate if that hangs; a
            # kill if even that fails, so no server outlives the tests.
            for mode in ("fast", "immediate"):
                done = self._run(
                    "pg_ctl",
                    "stop",
                    "--pgdata",
                    str(self.data),
                    "--mode",
                    mode,
                    "--wait",
                    "--timeout",
                    str(STOP_TIMEOUT_S),
                    check=False,
                )
                if done.returncode == 0:
                    break
            else:
                self._kill_postmaster()
        shutil.rmtree(self.root, ignore_errors=True)
        if self._watchdog is not None:  # it sees the folder gone and ends
            try:
                self._watchdog.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._watchdog.kill()
                self._watchdog.wait()

    def forget_connections(self) -> None:
        """Close the connections kept for making and dropping databases (the server is going,
        or was restarted); the next use opens new ones."""
        for connection in (self._admin, self._dropper):
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()
        self._admin = self._dropper = None

    def _kill_postmaster(self) -> None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int((self.data / "postmaster.pid").read_text().split()[0])
            os.kill(pid, signal.SIGKILL)

    def _command(self, program: str, *args: str) -> list[str]:
        command = [str(self.bin_dir / program), *args]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return command

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        # In the server's own folder: it may not be allowed into the tests' working folder.
        done = subprocess.run(
            self._command(program, *args),
            cwd=self.root,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=START_TIMEOUT_S + 30,
            check=False,
        )
        if check and done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            pytest.fail(
                f"the test PostgreSQL server: {program} {' '.join(args[:1])} failed"
                f" ({done.returncode}):\n{done.stdout}{done.stderr}{log}"
            )
        return done

    # --- databases -------------------------------------------------------------------------

    def url(self, name: str, *, user: str = ROLE) -> str:
        """The URL of database `name`, through the server's socket folder."""
        return f"postgresql://{user}@/{name}?host={self.socket_dir}&port={self.port}"

    def _connect(self, user: str, name: str) -> psycopg.Connection:
        import psycopg

        return psycopg.connect(self.url(name, user=user), autocommit=True)

    def superuser(self, name: str = "postgres") -> psycopg.Connection:
        """A connection to database `name` as the cluster's superuser (autocommit), for a test
        that makes roles, as a community's administrator would."""
        return self._connect(SUPERUSER, name)

    def psql(self, *args: str, user: str = SUPERUSER, dbname: str = "postgres") -> str:
        """Run the cluster's own psql as `user` on database `dbname` through the socket, with
        ON_ERROR_STOP (an error fails it), and return what it printed; a failure shows it."""
        done = subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "--no-psqlrc",  # what the file says, not a ~/.psqlrc
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                user,
                "-d",
                dbname,
                *args,
            ],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=START_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"psql {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
        return done.stdout

    @property
    def admin(self) -> psycopg.Connection:
        """A connection as ROLE that makes and drops the tests' databases (autocommit:
        CREATE DATABASE cannot run inside a transaction)."""
        if self._admin is None:
            self._admin = self._connect(ROLE, "postgres")
        return self._admin

    def create_database(self, *, template: str = "template0") -> str:
        """A new database owned by ROLE, a copy of `template` (by default an empty one); its
        name."""
        name = f"giftdesk_test_{next(self._names)}"
        # template0: nothing a test put in template1 (or a server's own additions) comes along.
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def recreate_database(self, name: str, *, template: str) -> None:
        """Database `name` again as a fresh copy of `template` (whatever it held is dropped):
        a test that must start over from its seed, under the same URL."""
        self.drop_database(name)
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")

    def kill_postmaster(self) -> int:
        """kill -9 the server (its postmaster) and wait until it is gone; its pid. Its backends
        end by themselves once they find their postmaster dead; `restart()` brings it back."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        self.forget_connections()
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
        return pid

    def restart(self) -> None:
        """Start the server again after a kill (crash recovery runs as it starts). The killed
        postmaster's backends end by themselves, but not at once: until they have, the server
        refuses to start (its shared memory is still in use), so it is tried again a while."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._pg_ctl_start(check=False).returncode == 0:
                return
            time.sleep(0.5)
        self._pg_ctl_start()  # a last try, which fails the test with the server's log

    def _pg_ctl_start(self, *, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run(
            "pg_ctl",
            "start",
            "--pgdata",
            str(self.data),
            "--log",
            str(self.log),
            "--wait",
            "--timeout",
            str(START_TIMEOUT_S),
            check=check,
        )

    def configure(self, **settings: str | None) -> None:
        """ALTER SYSTEM SET each setting to its value (None: RESET it), as the cluster's
        superuser, and reload: sessions take it at their next command, new ones at once.
        For a server of a test's own (`own_server`)."""
        with self._connect(SUPERUSER, "postgres") as conn:
            for name, value in settings.items():
                assert re.fullmatch(r"[a-z_]+", name), name
                if value is None:
                    conn.execute(f"ALTER SYSTEM RESET {name}".encode())
                else:
                    quoted = value.replace("'", "''")
                    conn.execute(f"ALTER SYSTEM SET {name} TO '{quoted}'".encode())
            conn.execute("SELECT pg_reload_conf()")

    def drop_database(self, name: str) -> None:
        # FORCE: a connection the test left open does not keep its database alive. As the
        # superuser: FORCE ends every backend on the database, an autovacuum worker's too,
        # which ROLE may not signal (a teardown failed so, now and then, under load).
        if self._dropper is None:
            self._dropper = self.superuser()
        self._dropper.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run_giftdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The giftdesk command in a process of its own, from the checkout the tests import, as a
    server's administrator runs it (`env`: variables to add, PGPASSWORD say)."""
    return subprocess.run(
        [sys.executable, "-m", "giftdesk", *args],
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=START_TIMEOUT_S * 2,
        check=False,
    )


def database_name(url: str) -> str:
    """The database a URL made by `PgServer.url` names."""
    return url.split("?", 1)[0].rsplit("/", 1)[1]


@contextlib.contextmanager
def own_server() -> Iterator[PgServer]:
    """A server of the caller's own (one it may kill -9 and restart), stopped and removed at
    the end whatever happened: a failure, an error, Ctrl+C."""
    server = PgServer(find_bin_dir())
    # atexit as well as the block's own end: a session that ends without tearing its fixtures
    # down (an interpreter exit mid-run) still stops the server.
    atexit.register(server.stop)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        atexit.unregister(server.stop)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server of the tests' own, for the whole session."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail(
            "psycopg is not installed: run `bash resources/scripts/setup.sh --test`"
            " (the test extra brings giftdesk[postgres])"
        )
    with own_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_giftdesk_template(pg_server: PgServer) -> str:
    """A database GiftDesk has opened once (its migrations applied and recorded), made once a
    session: copying it is a few times quicker than migrating each test's database anew."""
    from giftdesk.storage.db import open_store

    name = pg_server.create_database()
    open_store(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_giftdesk_url(pg_server: PgServer, pg_giftdesk_template: str) -> Iterator[str]:
    """A fresh database with GiftDesk's schema (a copy of `pg_giftdesk_template`) for one
    test, as a postgresql:// URL; dropped after. Opening it checks its schema as any open
    does, so a copy that differed from what the migrations make would fail the test."""
    name = pg_server.create_database(template=pg_giftdesk_template)
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, as a postgresql:// URL; dropped after."""
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)
