"""The least-privilege roles docs/community.md sets a community's server up with
(resources/postgres/roles.sql, then grants.sql): made from those very files on the tests'
server, the schema made by the owner's first `verify`, every service run as the app role, and
what the app role must not do refused by the server itself (permission denied, SQLSTATE 42501,
not a GiftDesk trigger)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pyotp
import pytest
from pg_community import Community, new_community, verified
from pg_server import PgServer, run_giftdesk

from giftdesk.services import Services

PASSWORD = "correct horse battery"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # a fixed TOTP secret: the same codes every run


@pytest.fixture
def community(pg_server: PgServer) -> Iterator[Community]:
    with new_community(pg_server) as made:
        yield made


@pytest.fixture(scope="module")
def untouched_community(pg_server: PgServer) -> Iterator[Community]:
    """One for the tests that change nothing (every statement they try is refused)."""
    with new_community(pg_server) as made:
        yield made


def test_every_service_runs_as_the_app_role_and_verify_passes(community, clock):
    services = Services.open(community.url(community.app), clock=clock)
    try:
        vera = services.profiles.add("Vera", birthdate="1990-04-12")
        cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
        services.profiles.set_time_zone(vera.id, "Europe/Paris")
        services.profiles.set_budget(vera.id, daily_coins=600_000, monthly_coins=900_000)
        services.recharge.recharge(
            vera.id, coins=1_000_000, channel="web", method="paypal", custom=True
        )
        live = services.lives.start(cleo.id, title="Friday night", goal_diamonds=50_000)
        services.earnings.start_news(cleo.id)
        for _ in range(5):  # 224,995 coins: enough diamonds for a payout
            services.gifts.send(vera.id, cleo.id, "TikTok Universe")
        rose = services.gifts.send(vera.id, cleo.id, "Rose", count=3)
        services.gifts.undo(rose.transaction_id, sender_id=vera.id)
        services.earnings.mark_seen(cleo.id)
        ended = services.lives.end(cleo.id)
        assert ended.live_id == live.live_id and ended.diamonds == 112_497
        board = services.leaderboards.leaderboard(cleo.id)
        assert [s.coins for s in board.supporters] == [224_995]
        # A password, then two-step, then a payout that needs its code, settled.
        services.security.set_password(cleo.id, PASSWORD)
        services.security.check_password(cleo.id, PASSWORD)
        services.security.confirm_totp(
            cleo.id, SECRET, pyotp.TOTP(SECRET).at(clock.now()), password=PASSWORD
        )
        clock.advance(seconds=30)  # the enrolment's code is used up
        payout = services.payouts.request(
            cleo.id, 1_000, method="bank", second_factor=pyotp.TOTP(SECRET).at(clock.now())
        )
        services.payouts.settle(payout.payout_id)
        assert services.balance(cleo.id).diamonds == 112_497 - 1_000
        assert services.balance(vera.id).coins == 1_100_000 - 224_995
        assert all(c.ok for c in services.maintenance.verify())
    finally:
        services.close()
    # The command line as the app and as the reader: the same ledger, every check passing.
    verified(community.url(community.app))
    verified(community.url(community.reader))


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM transactions",
        "DELETE FROM profiles",
        "UPDATE transfers SET amount = amount + 1",
        "UPDATE transactions SET kind = 'recharge'",
        "UPDATE accounts SET code = 'coin:mine'",
        "UPDATE accounts SET balance = balance + 1000",  # only through a transfer
        "UPDATE lots SET coins_taken = 0",  # only through a gift's takes
        "INSERT INTO lots (txn_id, profile_id, coins, price_cents, store_fee_cents)"
        " VALUES (1, 1, 1, 1, 0)",
        "UPDATE payouts SET cents = 0",
        "UPDATE profiles SET birthdate = '2000-01-01'",
        "TRUNCATE transactions",
        "TRUNCATE spending",
        "DROP TRIGGER transactions_no_delete ON transactions",
        "ALTER TABLE transfers DISABLE TRIGGER USER",
        "CREATE TRIGGER spy AFTER INSERT ON gifts"
        " FOR EACH ROW EXECUTE FUNCTION giftdesk_refuse('x')",
        "ALTER FUNCTION transfers_apply() SECURITY DEFINER",
        "CREATE TABLE notes (id BIGINT)",
        "CREATE TEMPORARY TABLE notes (id BIGINT)",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "DROP TABLE gift_notifications",
        "UPDATE giftdesk_contents SET generation = generation + 1",
        "INSERT INTO giftdesk_migrations (number, name) VALUES (99, 'mine')",
    ],
)
def test_the_app_role_is_refused_what_it_must_not_do(untouched_community, statement):
    with psycopg.connect(untouched_community.url(untouched_community.app), autocommit=True) as app:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            app.execute(statement)


def test_the_reader_may_read_and_nothing_else(untouched_community):
    reader_url = untouched_community.url(untouched_community.reader)
    with psycopg.connect(reader_url, autocommit=True) as reader:
        assert reader.execute("SELECT count(*) FROM accounts").fetchone()[0] == 9
        for statement in (
            "INSERT INTO profile_look_keys (look_key, profile_id) VALUES ('x', 1)",
            "UPDATE accounts SET balance = 0",
            "DELETE FROM profile_look_keys",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                reader.execute(statement)
    services = Services.open(reader_url)
    try:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            services.profiles.add("Vera", birthdate="1990-04-12")
    finally:
        services.close()


def test_a_migration_only_the_owner_may_run_is_said_in_one_line(community):
    """An upgraded GiftDesk whose new migration the owner has not run yet: the app role
    cannot run it (it may not change the schema) and says so, without a traceback; the
    owner's verify runs it, grants.sql again, and the app works."""
    with psycopg.connect(community.url(community.owner), autocommit=True) as owner:
        # The database as a GiftDesk before migration 2 left it.
        owner.execute("DROP TABLE giftdesk_contents")
        owner.execute("DELETE FROM giftdesk_migrations WHERE number = 2")
    app_url = community.url(community.app)
    refused = run_giftdesk("--db", app_url, "verify")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    said = refused.stderr.strip()
    assert "Traceback" not in refused.stderr and len(said.splitlines()) == 1, said
    assert "cannot be used until its schema is brought up to date" in said, said
    assert "its owner runs giftdesk verify" in said and "permission denied" in said, said
    verified(community.url(community.owner))  # the owner upgrades
    community.grant()  # and gives the app the new table
    verified(app_url)
