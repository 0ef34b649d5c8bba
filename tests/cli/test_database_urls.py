"""`--db postgresql://USER@HOST[:PORT]/NAME` and GIFTDESK_DB: a shared ledger on a server for
every command. A malformed URL is a usage error (exit 2) in one line, a refused connection
exit 1 with the server's reason, a password never read from the command line; and a whole
gift flow runs on the tests' own PostgreSQL server (tests/pg_server.py) as it does on a file.
All in this process (tests/cli/conftest.py), except where a test says otherwise."""

from __future__ import annotations

import sys

import pytest

# Each test names its own database (a malformed URL, a server with nobody there, a database of
# its own on the tests' server): the `cli` fixture's engine case is not theirs to repeat.
pytestmark = pytest.mark.no_database

MALFORMED = [
    ("postgresq://cleo@localhost/gifts", "postgresq://"),  # a typo in the scheme
    ("postgresql:cleo@localhost/gifts", "postgresql://"),  # the slashes missing
    ("postgresql://cleo@localhost/", "database"),  # no database named
    ("postgresql://cleo@localhost:99999/gifts", "port"),
]


@pytest.mark.parametrize(("url", "said"), MALFORMED)
def test_a_malformed_url_is_refused_in_one_line(cli, url, said):
    r = cli.raw("--db", url, "profiles", "list")
    cli.failed(r, 2)
    assert said in r.err
    data = cli.raw("--json", "--db", url, "profiles", "list").json()
    assert data["ok"] is False and data["exit_code"] == 2


def test_a_password_in_the_url_is_refused_and_never_repeated(cli):
    for r in (
        cli.raw("--db", "postgresql://cleo:hunter22@localhost/gifts", "profiles", "list"),
        cli.raw("profiles", "list", GIFTDESK_DB="postgresql://cleo:hunter22@localhost/gifts"),
    ):
        cli.failed(r, 2)
        assert "hunter22" not in r.err + r.out
        assert "PGPASSWORD" in r.err and ".pgpass" in r.err


def test_a_refused_connection_says_the_servers_reason(cli, tmp_path):
    # A socket folder with no server in it: libpq's own reason, in one line, exit 1.
    url = f"postgresql://nobody@/gifts?host={tmp_path}"
    r = cli.raw("--db", url, "profiles", "list")
    cli.failed(r, 1)
    assert "gifts" in r.err and "connect" in r.err
    assert "No such file or directory" in r.err  # the reason libpq gave


def test_a_login_the_server_refuses_says_so(cli, pg_url):
    refused = pg_url.replace("postgresql://", "postgresql://nobody_here_at_all@", 1)
    refused = refused.replace("@giftdesk_tests@", "@", 1)  # whichever user the URL named
    r = cli.raw("--db", refused, "profiles", "list")
    cli.failed(r, 1)
    assert "nobody_here_at_all" in r.err


def test_a_gift_flow_on_the_server(cli, pg_url):
    """The flow a new community tries first, every command on the server's ledger."""
    ok = cli.ok
    ok("profiles", "add", "Vera", "--birthdate", "1990-05-01", db=pg_url)
    ok("profiles", "add", "Cleo", "--birthdate", "1988-02-01", "--creator", db=pg_url)
    bought = ok(
        "recharge", "Vera", "--package", "700", "--channel", "web", "--method", "paypal", db=pg_url
    )
    assert bought["credited_coins"] >= 700
    sent = ok("send", "Vera", "Cleo", "Rose", "--count", "30", db=pg_url)
    assert sent["coins_spent"] == 30
    assert sent["money_trail"]["paid_cents"] > 0
    undone = ok("undo", str(sent["transaction_id"]), db=pg_url)
    assert undone["coins_refunded"] == 30
    again = ok("send", "Vera", "Cleo", "Rose", "--count", "5", db=pg_url)
    balances = cli.balances(db=pg_url)
    assert balances["Vera"][0] == bought["credited_coins"] - 5
    assert balances["Cleo"][1] == again["diamonds_credited"]
    cli.verifies(db=pg_url)
    # On the server, not in a file named like the URL.
    import psycopg

    from giftdesk.storage.targets import parse_target

    with psycopg.connect(**parse_target(pg_url).connect_params()) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM profiles ORDER BY id")]
    assert names == ["Vera", "Cleo"]
    assert not any(cli.home.rglob("*gifts*")) and not list(cli.home.glob("postgres*"))
    # The same through GIFTDESK_DB, for a shell that sets it once.
    r = cli.raw("--json", "balance", "Vera", GIFTDESK_DB=pg_url)
    assert r.code == 0, r.err
    assert r.json()["coins"] == balances["Vera"][0]


def test_without_psycopg_the_url_says_what_to_install(cli, monkeypatch):
    """An install without the postgres extra (pip install giftdesk) cannot reach a server: it
    says what to install, in one line, rather than a traceback. (The .deb bundles psycopg.)"""
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    r = cli.raw("--db", "postgresql://cleo@localhost/gifts", "profiles", "list")
    cli.failed(r, 1)
    assert "giftdesk[postgres]" in r.err
