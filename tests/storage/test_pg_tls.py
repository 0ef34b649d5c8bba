"""TLS between GiftDesk and a community's server, set up as docs/community.md says: a
certificate authority of the community's own and a server certificate made with openssl, the
server taking TCP logins with TLS only, and GiftDesk insisting on the server's certificate
(`?sslmode=verify-full&sslrootcert=...` in its URL). A server of its own, on 127.0.0.1 at a
free port, stopped whatever happens (tests/pg_server.py's stop() and watchdog)."""

from __future__ import annotations

import atexit
import shutil
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pg_server import ROLE, PgServer, find_bin_dir, run_giftdesk

from giftdesk.storage.db import open_store
from giftdesk.storage.pg_store import PgStore

PASSWORD = "tls-test-password"  # the tests' role's, over TCP (the socket needs none)
SERVER_NAME = "db.example.org"  # the name in the server's certificate, besides 127.0.0.1


def openssl(folder: Path, *args: str) -> None:
    """Debian's openssl, in `folder`; a failure (openssl missing included) fails the test."""
    program = shutil.which("openssl")
    if program is None:
        pytest.fail("openssl is not installed: run `bash resources/scripts/setup.sh --test`")
    done = subprocess.run([program, *args], cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"openssl {args[0]} failed: {done.stderr}")


def make_ca(folder: Path, name: str) -> Path:
    """A certificate authority (name.crt, name.key): the commands docs/community.md shows."""
    openssl(
        folder,
        "req", "-new", "-x509", "-days", "3650", "-nodes", "-newkey", "rsa:2048",
        "-subj", f"/CN={name}", "-keyout", f"{name}.key", "-out", f"{name}.crt",
    )  # fmt: skip
    return folder / f"{name}.crt"


def make_server_certificate(folder: Path, ca: str) -> tuple[Path, Path]:
    """The server's key and its certificate signed by `ca`, for SERVER_NAME and 127.0.0.1."""
    (folder / "server.ext").write_text(
        f"subjectAltName = DNS:{SERVER_NAME}, IP:127.0.0.1\n", encoding="utf-8"
    )
    openssl(
        folder,
        "req", "-new", "-nodes", "-newkey", "rsa:2048", "-subj", f"/CN={SERVER_NAME}",
        "-keyout", "server.key", "-out", "server.csr",
    )  # fmt: skip
    openssl(
        folder,
        "x509", "-req", "-in", "server.csr", "-CA", f"{ca}.crt", "-CAkey", f"{ca}.key",
        "-CAcreateserial", "-days", "825", "-extfile", "server.ext", "-out", "server.crt",
    )  # fmt: skip
    return folder / "server.crt", folder / "server.key"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class TlsServer:
    server: PgServer
    dbname: str
    ca: Path
    other_ca: Path

    def url(self, host: str = "127.0.0.1", **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{ROLE}@{host}:{self.server.port}/{self.dbname}?{query}"

    def verify_full(self, ca: Path | None = None, host: str = "127.0.0.1") -> str:
        return self.url(host, sslmode="verify-full", sslrootcert=str(ca or self.ca))


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    folder = tmp_path_factory.mktemp("tls")
    ca = make_ca(folder, "community-ca")
    other_ca = make_ca(folder, "someone-elses-ca")
    cert, key = make_server_certificate(folder, "community-ca")
    server = PgServer(find_bin_dir(), tcp_port=free_port(), ssl_cert=cert, ssl_key=key)
    atexit.register(server.stop)  # as pg_server's fixture: stopped even if teardown is skipped
    try:
        server.start()
        with server.superuser() as admin:
            admin.execute(f"ALTER ROLE {ROLE} PASSWORD '{PASSWORD}'")
        dbname = server.create_database()
        open_store(server.url(dbname)).close()  # GiftDesk's schema, made over the socket
        yield TlsServer(server, dbname, ca, other_ca)
    finally:
        server.stop()
        atexit.unregister(server.stop)


def one_line_error(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, done.stdout + done.stderr
    said = done.stderr.strip()
    assert len(said.splitlines()) == 1 and "Traceback" not in said, said
    return said


def test_giftdesk_insists_on_the_certificate_and_the_server_sees_tls(tls_server):
    store = open_store(tls_server.verify_full(), password=PASSWORD)
    try:
        assert isinstance(store, PgStore)
        pid = store.conn.raw.info.backend_pid
        with tls_server.server.superuser() as admin:
            ssl, version = admin.execute(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = %s", (pid,)
            ).fetchone()
        assert ssl is True and version.startswith("TLSv1."), (ssl, version)
        assert store.conn.raw.pgconn.ssl_in_use  # and GiftDesk's end says the same
    finally:
        store.close()
    done = run_giftdesk("--db", tls_server.verify_full(), "verify", env={"PGPASSWORD": PASSWORD})
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_password_file_named_in_the_url_logs_in(tls_server, tmp_path):
    passfile = tmp_path / "pgpass"
    passfile.write_text(
        f"127.0.0.1:{tls_server.server.port}:{tls_server.dbname}:{ROLE}:{PASSWORD}\n",
        encoding="utf-8",
    )
    passfile.chmod(0o600)  # libpq ignores a password file others may read
    url = tls_server.verify_full() + f"&passfile={passfile}"
    done = run_giftdesk("--db", url, "profiles", "list", env={"PGPASSWORD": ""})
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_server_certificate_from_another_authority_is_refused(tls_server):
    url = tls_server.verify_full(ca=tls_server.other_ca)
    said = one_line_error(run_giftdesk("--db", url, "verify", env={"PGPASSWORD": PASSWORD}), 1)
    assert "cannot connect" in said and "certificate verify failed" in said, said
    assert PASSWORD not in said


def test_a_host_name_the_certificate_does_not_hold_is_refused(tls_server):
    url = tls_server.verify_full(host="localhost")  # the certificate says 127.0.0.1, not this
    said = one_line_error(run_giftdesk("--db", url, "verify", env={"PGPASSWORD": PASSWORD}), 1)
    assert 'does not match host name "localhost"' in said, said


def test_the_server_refuses_a_login_without_tls(tls_server):
    url = tls_server.url(sslmode="disable")
    said = one_line_error(run_giftdesk("--db", url, "verify", env={"PGPASSWORD": PASSWORD}), 1)
    assert "no encryption" in said, said


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("sslmode=verify-full&password=hunter2", "holds a password"),
        ("sslmode=verify-full&sslpassword=hunter2", "holds a sslpassword"),
        ("sslmod=verify-full", "'sslmod' is not a connection parameter"),
        ("sslmode=verify", "sslmode must be one of"),
    ],
)
def test_a_url_with_a_secret_or_an_unknown_parameter_is_refused(query, said):
    done = run_giftdesk("--db", f"postgresql://cleo@{SERVER_NAME}/gifts?{query}", "verify")
    message = one_line_error(done, 2)
    assert said in message and "hunter2" not in message, message
