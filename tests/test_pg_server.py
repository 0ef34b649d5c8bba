"""The tests' throwaway PostgreSQL server (tests/pg_server.py): private, durable, fresh for
each test, and gone afterwards whatever happened."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest
from pg_server import ROLE, PgServer, find_bin_dir


def test_each_test_gets_an_empty_database_of_its_own(pg_url):
    with psycopg.connect(pg_url) as conn:
        user, name, superuser = conn.execute(
            "SELECT current_user, current_database(), current_setting('is_superuser')"
        ).fetchone()
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
    assert (user, superuser) == (ROLE, "off")  # the tests run as a plain role, as the app will
    assert name.startswith("giftdesk_test_")
    assert tables == 0


def test_the_server_is_durable_and_reached_only_through_its_socket(pg_server, pg_url):
    with psycopg.connect(pg_url) as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN"
                " ('fsync', 'synchronous_commit', 'full_page_writes', 'listen_addresses')"
            ).fetchall()
        )
        on_socket = conn.execute("SELECT inet_server_addr() IS NULL").fetchone()[0]
    assert settings == {
        "fsync": "on",
        "synchronous_commit": "on",
        "full_page_writes": "on",
        "listen_addresses": "",
    }
    assert on_socket
    assert pg_server.socket_dir.stat().st_mode & 0o077 == 0  # nobody else may open the socket
    if os.geteuid() == 0:  # initdb refuses root: the server runs as an unprivileged user
        assert pg_server.data.stat().st_uid != 0


def test_a_tests_database_is_dropped_after_it(pg_server):
    name = pg_server.create_database()
    with psycopg.connect(pg_server.url(name)):  # left open: the drop must not wait for it
        pg_server.drop_database(name)
    found = pg_server.admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
    assert found.fetchone() is None


def test_a_missing_postgresql_fails_with_how_to_install_it(tmp_path):
    with pytest.raises(pytest.fail.Exception, match="setup.sh --test"):
        find_bin_dir(f"{tmp_path}/*/bin")


def test_the_newest_installed_version_is_used(tmp_path):
    for version in ("9.6", "15", "13"):
        (tmp_path / version / "bin").mkdir(parents=True)
        for program in ("initdb", "pg_ctl"):
            (tmp_path / version / "bin" / program).touch()
    assert find_bin_dir(f"{tmp_path}/*/bin") == tmp_path / "15" / "bin"


def _server_processes(root: Path) -> list[str]:
    """The command lines of running processes that use the server folder `root`."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if str(root) in cmdline:
            found.append(cmdline)
    return found


def test_a_stopped_server_leaves_no_process_and_no_folder():
    server = PgServer(find_bin_dir())
    try:
        server.start()
        assert _server_processes(server.root)
    finally:
        server.stop()
    assert not server.root.exists()
    assert not _server_processes(server.root)
    server.stop()  # again (the atexit hook after the fixture's own stop): nothing to do


def test_a_server_that_died_is_cleaned_up_too():
    server = PgServer(find_bin_dir())
    try:
        server.start()
        server._kill_postmaster()  # as a crash (or the OOM killer) would
    finally:
        server.stop()
    assert not server.root.exists()


def _pytest_that_dies(tmp_path: Path, how: signal.Signals) -> tuple[int, str, Path]:
    """Run a pytest whose one test takes the server and a database, then gets `how`; its
    exit code, its output, and the server's folder."""
    seen = tmp_path / "root"
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["pg_server"]\n')
    (tmp_path / "test_dies.py").write_text(
        textwrap.dedent(f"""
        import os, signal
        def test_dies(pg_server, pg_url):
            open({str(seen)!r}, "w").write(str(pg_server.root))
            os.kill(os.getpid(), signal.{how.name})
        """)
    )
    tests = Path(__file__).resolve().parent
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tests)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr, Path(seen.read_text())


def test_ctrl_c_in_the_middle_of_a_test_still_stops_the_server(tmp_path):
    """A pytest run interrupted while a test uses the server: the fixture's teardown stops
    it and removes its folder."""
    code, output, root = _pytest_that_dies(tmp_path, signal.SIGINT)
    assert code == 2, output  # pytest's "interrupted"
    assert "KeyboardInterrupt" in output
    assert not root.exists()
    assert not _server_processes(root)


def test_a_killed_test_run_leaves_no_server_behind(tmp_path):
    """kill -9 runs no teardown at all: the watchdog stops the server and removes its folder."""
    code, output, root = _pytest_that_dies(tmp_path, signal.SIGKILL)
    assert code == -signal.SIGKILL, output
    deadline = time.monotonic() + 30
    while (root.exists() or _server_processes(root)) and time.monotonic() < deadline:
        time.sleep(0.1)  # the watchdog looks twice a second; an immediate stop is quick
    assert not root.exists()
    assert not _server_processes(root)
