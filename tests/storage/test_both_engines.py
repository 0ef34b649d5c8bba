"""Storage functions on both engines: the same calls, on a SQLite connection and on a
PostgreSQL one (storage/pg_connection.py), give the same results. These are the functions
whose SQL was written so that both engines run it (the upserts name their table's columns,
subqueries have aliases, `IS DISTINCT FROM` rather than `IS NOT` between values); the rest
of the storage layer joins them as it is ported (docs/community.md, For developers)."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from giftdesk.domain.units import Rate
from giftdesk.storage import (
    history,
    journal,
    leaderboards,
    ledger,
    lives,
    lots,
    notifications,
    pg_migrations,
    security,
    spending,
    totals,
    verify,
)
from giftdesk.storage.db import MEMORY, open_db
from giftdesk.storage.pg_connection import PgConnection

DAY = dt.date(2026, 11, 25)
VERA, CLEO = 1, 2

# Two profiles, their accounts, and a purchase and a gift in the ledger (explicit ids: the
# functions under test read them, and both engines must hold the same).
_LEDGER = (
    "INSERT INTO profiles (id, name, name_key, birthdate, is_creator, created_at)"
    " VALUES (1, 'Vera', 'vera', '1990-04-12', 0, 'x'), (2, 'Cleo', 'cleo', '1988-02-03', 1, 'x')",
    "INSERT INTO accounts (id, code, unit, profile_id) VALUES (10, 'profile:1:coin', 'COIN', 1),"
    " (11, 'profile:2:coin', 'COIN', 2), (12, 'profile:2:diamond', 'DIAMOND', 2)",
    "INSERT INTO transactions (id, kind, profile_id, counterparty_id, created_at, created_us,"
    " rules_version, idem_key, request_hash) VALUES"
    " (1, 'recharge', 1, NULL, '2026-11-25T10:00:00+00:00', 1, '2026.1', 'k1', 'h'),"
    " (2, 'gift', 1, 2, '2026-11-25T11:00:00+00:00', 2, '2026.1', 'k2', 'h')",
    "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount) VALUES"
    " (1, 1, 10, 'COIN', 1000), (2, 10, 2, 'COIN', 100), (2, 3, 12, 'DIAMOND', 50)",
    "INSERT INTO lives (id, creator_id, title, started_at, started_us)"
    " VALUES (1, 2, 'Morning', 'x', 1)",
)


@pytest.fixture(params=["sqlite", "postgres"])
def conn(request):
    """A connection to a database with GiftDesk's schema and the small ledger above, in
    autocommit mode on both engines."""
    if request.param == "sqlite":
        store = open_db(MEMORY)
        conn = store.conn
        close = store.close
    else:
        url = request.getfixturevalue("pg_url")
        conn = PgConnection(psycopg.connect(url, autocommit=True))
        pg_migrations.migrate(conn.raw)
        close = conn.close
    for sql in _LEDGER:
        conn.execute(sql)
    yield conn
    close()


def test_budget_spending_adds_up_per_day_and_month(conn):
    spending.add_spending(conn, VERA, DAY, 100)
    spending.add_spending(conn, VERA, DAY, 25)  # the upsert's second time: adds
    spending.add_spending(conn, VERA, DAY + dt.timedelta(days=1), 5)
    spending.add_spending(conn, VERA, DAY, -25)  # an undo gives back
    assert spending.spent_in(conn, VERA, DAY) == (100, 105)


def test_earnings_totals_add_up_and_read_back(conn):
    for _ in range(2):
        totals.add_to_earnings_totals(
            conn,
            creator_id=CLEO,
            sender_id=VERA,
            day="2026-11-25",
            context="live",
            gifts=3,
            coins=30,
            diamonds=15,
        )
    assert totals.gifts_received(conn, CLEO) == 6
    assert totals.day_totals(conn, CLEO, since="2026-11-01") == {"2026-11-25": (30, 6)}
    assert totals.diamonds_by_context(conn, CLEO) == {"live": 30}
    assert totals.top_supporters(conn, CLEO, limit=5) == [("Vera", 60, 6)]
    assert totals.newest_day(conn, CLEO) == "2026-11-25"


def test_leaderboard_days_add_up(conn):
    leaderboards.add_to_days(conn, [(CLEO, "2026-11-25", VERA, 1, 10)] * 2)
    leaderboards.add_to_days(conn, [(CLEO, "2026-11-26", VERA, 2, 20)])
    leaderboards.add_to_days(conn, [(CLEO, "2026-11-26", VERA, -1, -5)])
    top = leaderboards.top_between(conn, CLEO, first="2026-11-01", last="2026-11-30", limit=3)
    assert top == [("Vera", 35, 3)]


def test_a_lives_supporters_add_up(conn):
    lives.add_to_supporters(conn, [(1, VERA, 10, 1), (1, VERA, 15, 2)])
    assert lives.ranking(conn, 1, limit=3) == [("Vera", 25, 3)]
    assert lives.rank_of(conn, 1, VERA) is not None


def test_monthly_spending_trails_add_up(conn):
    row = (VERA, "2026-11", CLEO, 1, 10, 11, 3, 5)
    lots.add_to_spending(conn, [row, row])
    months = lots.spending_between(conn, VERA, "2026-11", "2026-11")
    assert [tuple(m) for m in months] == [("2026-11", CLEO, "Cleo", 2, 20, 22, 6, 10)]


def test_the_seen_mark_never_moves_back(conn):
    notifications.mark_seen(conn, CLEO, 2)
    notifications.mark_seen(conn, CLEO, 1)
    assert notifications.last_seen(conn, CLEO) == 2
    notifications.start_news(conn, CLEO, 0)  # a creator shown before keeps the mark
    assert notifications.last_seen(conn, CLEO) == 2
    assert notifications.unseen_count(conn, CLEO, after=0, at_most=10) == 1
    assert notifications.newest_gift_to(conn, CLEO) == 2


def test_security_settings_get_their_row_once(conn):
    security.set_failures(conn, VERA, failed_attempts=2, locked_until_us=5)
    security.set_failures(conn, VERA, failed_attempts=3, locked_until_us=9)
    row = security.read(conn, VERA)
    assert (row.failed_attempts, row.locked_until_us) == (3, 9)


def test_a_profiles_history_pages_and_counts(conn):
    newest = history.newest_first(conn, VERA, before_txn_id=history.NEWEST, limit=10)
    assert [(r[0], r[2], r[7]) for r in newest] == [(2, "gift", -100), (1, "recharge", 1000)]
    oldest = history.oldest_first(conn, VERA, after_txn_id=0, limit=1)
    assert [r[0] for r in oldest] == [1]
    assert history.count(conn, VERA) == 2
    assert history.count(conn, CLEO) == 1  # the gift names her as its counterparty


def test_the_journal_reads_a_profiles_transactions(conn):
    rows = [row for chunk in journal.rows(conn, profile_id=VERA, chunk=1) for row in chunk]
    assert [(r.transaction_id, r.unit, r.amount) for r in rows] == [
        (1, "COIN", 1000),
        (2, "COIN", 100),
        (2, "DIAMOND", 50),
    ]
    assert ledger.profile_balance(conn, VERA, ledger.COIN) == 900


# verify's checks of the ledger (all but the engine's own: the schema digest, SQLite's
# integrity and foreign-key checks).
_SQL_CHECKS = [
    (name, fn)
    for name, fn in verify.checks(Rate(1, 2))
    if name not in ("schema_matches", "integrity_check", "foreign_key_check")
]


def test_verify_runs_every_check_of_the_ledger_on_both_engines(conn):
    """On a ledger made only of records verify can match (none here but the transfers
    themselves, which it finds without their purchase and gift records)."""
    found = {name: fn(conn) for name, fn in _SQL_CHECKS}
    assert found["debits_equal_credits"] == (True, "")
    assert found["balances_match_transfers"] == (True, "")
    assert found["no_negative_balances"] == (True, "")
    assert found["idempotency_keys_unique"] == (True, "")
    # Transfers with no purchase or gift record behind them: both engines say so alike.
    assert found["transfers_match_records"][0] is False


def test_verify_finds_a_running_total_off_on_both_engines(conn):
    totals.add_to_earnings_totals(
        conn,
        creator_id=CLEO,
        sender_id=VERA,
        day="2026-11-25",
        context="live",
        gifts=1,
        coins=10,
        diamonds=5,
    )  # with no gift behind it
    check = dict(_SQL_CHECKS)["earnings_totals_match_gifts"]
    ok, detail = check(conn)
    assert not ok and "day 2" in detail
