"""What a --db value names (storage/targets.py): a file, or a PostgreSQL database; and the
one-line refusal of a URL that cannot be used, never showing a password."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import InvalidDatabaseTarget, InvalidInput
from giftdesk.storage.targets import (
    KEYWORDS,
    SECRETS,
    PostgresTarget,
    SqliteTarget,
    parse_target,
)


@pytest.mark.parametrize(
    "value",
    [
        "wallet.sqlite3",
        "/home/vera/GiftDesk/giftdesk.sqlite3",
        "My Wallet (old).db",
        "C:\\Users\\vera\\wallet.db",
        "file.db?mode=ro",
        "postgresql.db",
        "postgres",
        ":memory:",
    ],
)
def test_anything_but_a_url_is_a_file(value):
    assert parse_target(value) == SqliteTarget(value)


def test_memory_is_a_file_in_memory():
    assert parse_target(":memory:").in_memory
    assert not parse_target("wallet.sqlite3").in_memory


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "postgresql://cleo@db.example/gifts",
            PostgresTarget(dbname="gifts", user="cleo", host="db.example"),
        ),
        (
            "postgres://cleo@db.example:5433/gifts",
            PostgresTarget(dbname="gifts", user="cleo", host="db.example", port=5433),
        ),
        (
            "POSTGRESQL://cleo@DB.example/Gifts",  # the scheme in any case; names kept as written
            PostgresTarget(dbname="Gifts", user="cleo", host="DB.example"),
        ),
        (
            "postgresql://cleo@/gifts?host=/var/run/postgresql",
            PostgresTarget(dbname="gifts", user="cleo", host="/var/run/postgresql"),
        ),
        (
            "postgresql://cleo@%2Fvar%2Frun%2FPostgreSQL/gifts",
            PostgresTarget(dbname="gifts", user="cleo", host="/var/run/PostgreSQL"),
        ),
        (
            "postgresql://cleo@[::1]:5432/gifts",
            PostgresTarget(dbname="gifts", user="cleo", host="::1", port=5432),
        ),
        ("postgresql:///gifts", PostgresTarget(dbname="gifts")),
        (
            "postgresql://j%C3%BCrgen@h/gift%20club",
            PostgresTarget(dbname="gift club", user="jürgen", host="h"),
        ),
        (
            "postgresql://cleo@h/gifts?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"
            "&connect_timeout=5&application_name=giftdesk",
            PostgresTarget(
                dbname="gifts",
                user="cleo",
                host="h",
                options=(
                    ("sslmode", "verify-full"),
                    ("sslrootcert", "/etc/ssl/ca.pem"),
                    ("connect_timeout", "5"),
                    ("application_name", "giftdesk"),
                ),
            ),
        ),
        (
            "postgresql://cleo@/gifts?host=/tmp/pg&port=6543",
            PostgresTarget(dbname="gifts", user="cleo", host="/tmp/pg", port=6543),
        ),
    ],
)
def test_a_postgresql_url_names_a_database_on_a_server(value, expected):
    target = parse_target(value)
    assert target == expected
    assert parse_target(target.url) == target  # what messages show reads back as the same


def test_the_connection_parameters_are_libpqs_keywords_without_a_password():
    target = parse_target("postgresql://cleo@db.example:5433/gifts?sslmode=require")
    assert target.connect_params() == {
        "dbname": "gifts",
        "user": "cleo",
        "host": "db.example",
        "port": "5433",
        "sslmode": "require",
    }
    assert parse_target("postgresql:///gifts").connect_params() == {"dbname": "gifts"}


def test_the_url_shown_is_a_plain_one():
    assert parse_target("postgres://cleo@h:5433/gifts").url == "postgresql://cleo@h:5433/gifts"
    assert (
        parse_target("postgresql://cleo@/gifts?host=/run/pg").url
        == "postgresql://cleo@/gifts?host=/run/pg"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("postgresql://cleo@db.example", "names no database"),
        ("postgresql://cleo@db.example/", "names no database"),
        ("postgresql://cleo@db.example/?sslmode=require", "names no database"),
        ("postgresql://cleo@h:abc/gifts", "port is not a number from 1 to 65535"),
        ("postgresql://cleo@h:0/gifts", "port is not a number"),
        ("postgresql://cleo@h:65536/gifts", "port is not a number"),
        ("postgresql://cleo@h:/gifts", "port is not a number"),
        ("postgresql://cleo@h:5432x/gifts", "port is not a number"),
        ("postgresql://cleo@h:٥٤٣٢/gifts", "not a number"),  # Arabic-Indic digits
        ("postgresql://cleo@/gifts?host=/s&port=-1", "port is not a number"),
        ("postgresq://cleo@h/gifts", "postgresq:// is not a kind of database"),
        ("mysql://cleo@h/gifts", "mysql:// is not a kind of database"),
        ("sqlite://wallet.db", "sqlite:// is not a kind of database"),
        ("postgresql:cleo@h/gifts", "must start with postgresql://"),
        ("postgres:/gifts", "must start with postgresql://"),
        ("postgresql://cleo@h/gifts?sslmod=require", "'sslmod' is not a connection parameter"),
        ("postgresql://cleo@h/gifts?replication=1", "'replication' is not a connection"),
        ("postgresql://cleo@h/gifts?sslmode=always", "sslmode must be one of"),
        ("postgresql://cleo@h/gifts?sslmode=require&sslmode=disable", "gives sslmode twice"),
        ("postgresql://cleo@h/gifts?sslmode", "not KEY=VALUE"),
        ("postgresql://cleo@h/gifts?host=/run/pg", "names the host twice"),
        ("postgresql://cleo@h:5432/gifts?port=5433", "names the port twice"),
        ("postgresql://cleo@h1,h2/gifts", "one server"),
        ("postgresql://cleo@h/gifts?dbname=other", "give the dbname in the URL itself"),
        ("postgresql://h/gifts?user=cleo", "give the user in the URL itself"),
        ("postgresql://cleo@h/gifts#top", "a # has no meaning"),
        ("postgresql://cleo@h/gifts/more", "cannot hold a /"),
        ("postgresql://@h/gifts", "user name before @ is empty"),
        ("postgresql://cleo@[::1/gifts", "closing ]"),
        ("postgresql://cleo@[::1]x/gifts", "only :PORT"),
        ("postgresql://cleo@h/gi\nfts", "control character"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_a_url_that_cannot_be_used_is_refused_in_one_line(value, message):
    with pytest.raises(InvalidDatabaseTarget, match=message.replace("?", r"\?")) as refused:
        parse_target(value)
    assert "\n" not in str(refused.value)
    assert isinstance(refused.value, InvalidInput)
    assert refused.value.exit_code == 2  # a request that cannot mean anything


@pytest.mark.parametrize(
    "value",
    [
        "postgresql://cleo:hunter2@db.example/gifts",
        "postgres://cleo:hunter2@db.example:5432/gifts",
        "postgresql://cleo:@db.example/gifts",  # an empty one is still one
        "postgresql://cleo@db.example/gifts?password=hunter2",
        "postgresql://cleo@db.example/gifts?sslmode=require&sslpassword=hunter2",
        "postgresql://cleo@db.example/gifts?pass%77ord=hunter2",
        "postgresql://cleo@db.example/gifts?oauth_client_secret=hunter2",
    ],
)
def test_a_password_in_the_url_is_refused_and_points_at_pgpassword(value):
    with pytest.raises(InvalidDatabaseTarget) as refused:
        parse_target(value)
    message = str(refused.value)
    assert "PGPASSWORD" in message and "~/.pgpass" in message
    assert "hunter2" not in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "value",
    [
        # Not a password to libpq (it reads u:hunter2/x as a host and a port), but it may be
        # one to the user: whatever is refused, it is not echoed.
        "postgresql://cleo:hunter2/x@db.example/gifts",
        "postgresql://cleo:hunt?er2@db.example/gifts",
        "postgresql://cleo:hunt#er2@db.example/gifts",
        "postgresql://cleo@h/gifts?PASSWORD=hunter2",
    ],
)
def test_what_may_be_a_password_is_never_shown(value):
    with pytest.raises(InvalidDatabaseTarget) as refused:
        parse_target(value)
    assert "er2" not in str(refused.value)


def test_every_parameter_passed_on_is_one_libpq_knows():
    import psycopg

    known = {d.keyword.decode() for d in psycopg.pq.Conninfo.get_defaults()}
    assert KEYWORDS <= known
    assert SECRETS <= known  # refused by name, so the names must be right


def test_a_parsed_url_connects_to_its_database(pg_url):
    import psycopg

    target = parse_target(pg_url)
    assert isinstance(target, PostgresTarget)
    with psycopg.connect(**target.connect_params()) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == target.dbname
