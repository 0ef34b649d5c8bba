"""A community's backup, as docs/community.md has its administrator make and restore it: the
owner dumps the database with the server's pg_dump (-Fc), roles.sql makes a new empty database
for the same roles, the owner restores the dump into it with pg_restore, and `giftdesk verify`
passes there, every row and balance what it was, the app role writing on as before."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_community import Community, new_community, verified
from pg_server import PgServer

from giftdesk.services import Services


@pytest.fixture
def community(pg_server: PgServer) -> Iterator[Community]:
    with new_community(pg_server) as made:
        yield made


def seed(url: str, clock) -> tuple[int, int]:
    """A little of everything a ledger holds: purchases, gifts (one undone), a LIVE, a
    payout settled, a budget. Vera's and Cleo's ids."""
    services = Services.open(url, clock=clock)
    try:
        vera = services.profiles.add("Vera", birthdate="1990-04-12")
        zoe = services.profiles.add("Zoë", birthdate="1995-07-30")
        cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
        services.recharge.recharge(
            vera.id, coins=1_000_000, channel="web", method="paypal", custom=True
        )
        services.recharge.recharge(zoe.id, coins=700, channel="app", method="app-store")
        services.profiles.set_budget(zoe.id, daily_coins=500, monthly_coins=None)
        services.lives.start(cleo.id)
        for _ in range(5):
            services.gifts.send(vera.id, cleo.id, "TikTok Universe")
        rose = services.gifts.send(zoe.id, cleo.id, "Rose", count=7)
        services.gifts.undo(rose.transaction_id, sender_id=zoe.id)
        services.gifts.send(zoe.id, cleo.id, "Rose", count=3)
        services.lives.end(cleo.id)
        payout = services.payouts.request(cleo.id, 1_000, method="bank")
        services.payouts.settle(payout.payout_id)
        return vera.id, cleo.id
    finally:
        services.close()


def contents(server: PgServer, dbname: str) -> dict[str, list[tuple]]:
    """Every table's rows, in a fixed order, read by the superuser."""
    with server.superuser(dbname) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        # Sorted here: a table keyed by several columns has no one column to order by.
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }


def run(server: PgServer, program: str, *args: str) -> None:
    """One of the cluster's own programs (pg_dump, pg_restore); a failure fails the test."""
    done = subprocess.run(
        [str(server.bin_dir / program), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"{program} failed ({done.returncode}): {done.stderr}"


def test_a_dump_restored_into_a_new_database_is_the_same_ledger(
    community, pg_server, clock, tmp_path: Path
):
    vera, cleo = seed(community.url(community.app), clock)
    before = contents(pg_server, community.dbname)
    dump = tmp_path / "giftdesk.dump"
    run(pg_server, "pg_dump", "-Fc", "-f", str(dump), "-d", community.url(community.owner))

    restored = f"{community.dbname}_restored"
    community.make_database(restored)
    run(
        pg_server,
        "pg_restore",
        "--exit-on-error",
        "--single-transaction",
        "-d",
        community.url(community.owner, restored),
        str(dump),
    )
    verified(community.url(community.app, restored))
    after = contents(pg_server, restored)
    assert {t: len(rows) for t, rows in after.items()} == {
        t: len(rows) for t, rows in before.items()
    }
    assert after == before  # every row, every balance among them
    balances = {code: balance for _id, code, *_rest, balance in after["accounts"]}
    assert balances["coin:spent"] == 224_995 + 3 and balances["diamond:redeemed"] == 1_000

    # The app role writes on as before: its grants came with the dump, and so did where the
    # transfers' ids go on from (their identity column's sequence).
    services = Services.open(community.url(community.app, restored), clock=clock)
    try:
        services.gifts.send(vera, cleo, "Rose", count=2)
        assert all(c.ok for c in services.maintenance.verify())
    finally:
        services.close()
