"""The storage functions that carry more than a statement: what they refuse, what they keep
from going below zero, what a missing row reads as. (The rest is covered through the services
that call them, in tests/services.)"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from engines import INTEGRITY_ERRORS

from giftdesk.domain.errors import DamagedDatabase, StorageError
from giftdesk.storage import (
    gifts,
    notifications,
    payouts,
    profile_names,
    profiles,
    security,
    spending,
    totals,
)
from giftdesk.storage.errors import Taken, engine_errors
from giftdesk.storage.security import SecurityRow

DAY = dt.date(2026, 11, 25)


# --- profiles ---------------------------------------------------------------------------------


def test_a_name_key_held_already_is_taken(fresh_db, people):
    with pytest.raises(Taken), fresh_db.write() as conn:
        profiles.insert(
            conn,
            name="VERA",
            name_key="vera",
            birthdate="1990-01-01",
            is_creator=False,
            created_at="2026-11-25T12:00:00+00:00",
            time_zone="UTC",
        )
    assert [p[1] for p in profiles.all_by_name(fresh_db.conn)] == ["Cleo", "Vera"]


def test_a_look_alike_key_held_by_another_profile_is_taken(fresh_db, people):
    with fresh_db.write() as conn:
        profile_names.claim(conn, people.vera, {"v3ra"})
    with pytest.raises(Taken), fresh_db.write() as conn:
        profile_names.claim(conn, people.cleo, {"cl3o", "v3ra"})
    assert profile_names.holder(fresh_db.conn, {"v3ra"}) == people.vera
    assert profile_names.holder(fresh_db.conn, {"cl3o"}) is None  # all or nothing


def test_profiles_are_read_one_two_or_all_at_once(fresh_db, people):
    conn = fresh_db.conn
    assert profiles.get(conn, people.vera) == (
        people.vera,
        "Vera",
        "1990-04-12",
        0,
        None,
        None,
        "UTC",
    )
    assert profiles.get(conn, 99) is None
    assert set(profiles.get_pair(conn, people.vera, 99)) == {people.vera}
    assert profiles.with_name_key(conn, "cleo")[0] == people.cleo
    assert [p[1] for p in profiles.all_by_name(conn)] == ["Cleo", "Vera"]


# --- spending ---------------------------------------------------------------------------------


def test_spending_adds_to_the_day_and_the_month_and_gives_back(fresh_db, people):
    with fresh_db.write() as conn:
        spending.add_spending(conn, people.vera, DAY, 30)
        spending.add_spending(conn, people.vera, DAY + dt.timedelta(days=1), 5)
        spending.add_spending(conn, people.vera, DAY, -10)  # an undo
    assert spending.spent_in(fresh_db.conn, people.vera, DAY) == (20, 25)
    assert spending.spent_in(fresh_db.conn, people.vera, DAY + dt.timedelta(days=1)) == (5, 25)
    assert spending.spent_in(fresh_db.conn, people.vera, dt.date(2026, 12, 1)) == (0, 0)


def test_spending_never_goes_below_zero(fresh_db, people):
    with fresh_db.write() as conn:
        spending.add_spending(conn, people.vera, DAY, 3)
    with pytest.raises(INTEGRITY_ERRORS), fresh_db.write() as conn:
        spending.add_spending(conn, people.vera, DAY, -4)  # the schema's CHECK refuses it
    assert spending.spent_in(fresh_db.conn, people.vera, DAY) == (3, 3)


# --- gifts and the Earnings totals ------------------------------------------------------------


def test_a_profile_without_creator_totals_reads_as_nothing_received(fresh_db, people):
    assert gifts.read_creator_totals(fresh_db.conn, people.vera) == (0, 0)
    with fresh_db.write() as conn:
        gifts.write_creator_totals(conn, people.cleo, 7, 3)
    assert gifts.read_creator_totals(fresh_db.conn, people.cleo) == (7, 3)


def test_earnings_totals_add_up_and_an_undo_takes_off_what_its_gift_added(fresh_db, people):
    day = DAY.isoformat()
    with fresh_db.write() as conn:
        for context, count in (("live", 3), ("video", 1)):
            totals.add_to_earnings_totals(
                conn,
                creator_id=people.cleo,
                sender_id=people.vera,
                day=day,
                context=context,
                gifts=count,
                coins=10 * count,
                diamonds=5 * count,
            )
        totals.add_to_earnings_totals(
            conn,
            creator_id=people.cleo,
            sender_id=people.vera,
            day=day,
            context="live",
            gifts=-1,
            coins=-10,
            diamonds=0,
        )
        # One more diamond than the live row's own gift minted: the rest comes off another row.
        totals.take_back_diamonds(
            conn, creator_id=people.cleo, day=day, context="live", diamonds=16
        )
    conn = fresh_db.conn
    assert totals.gifts_received(conn, people.cleo) == 3
    assert totals.diamonds_by_context(conn, people.cleo) == {"live": 0, "video": 4}
    assert totals.day_totals(conn, people.cleo, since=day) == {day: (4, 3)}
    assert totals.day_totals(conn, people.cleo, since="2026-11-26") == {}
    assert totals.newest_day(conn, people.cleo) == day
    assert totals.newest_day(conn, people.vera) is None
    assert totals.top_supporters(conn, people.cleo, limit=5) == [("Vera", 30, 3)]


def test_an_undone_gift_is_read_with_its_undo_and_left_out_of_the_received(fresh_db, people, rows):
    sent = []
    for _ in range(2):
        txn = rows.transaction(fresh_db, "gift", people.vera, people.cleo)
        with fresh_db.write() as conn:
            gifts.insert_gifts(
                conn,
                [
                    (
                        txn,
                        people.vera,
                        people.cleo,
                        "Rose",
                        1,
                        5,
                        5,
                        2,
                        "video",
                        "x",
                        1,
                        None,
                        "2026-11-25",
                        0,  # coins from no lot cost nothing: the creator's 2 cents are a loss
                        0,
                        -2,
                        2,
                    )
                ],
            )
        sent.append(txn)
    undo = rows.transaction(fresh_db, "gift_undo", people.vera, people.cleo, reverses_id=sent[0])
    conn = fresh_db.conn
    assert gifts.sender_of(conn, sent[0]) == people.vera
    assert gifts.sender_of(conn, undo) is None  # an undo is no gift
    assert gifts.sent_gift(conn, sent[0]).undone_by == undo
    assert gifts.sent_gift(conn, sent[1]).undone_by is None
    page = gifts.received_page(conn, people.cleo, before_txn_id=None, limit=5)
    assert [r.transaction_id for r in page] == [sent[1]]
    assert gifts.received_page(conn, people.cleo, before_txn_id=sent[1], limit=5) == []
    assert notifications.unseen_count(conn, people.cleo, after=0, at_most=5) == 1
    assert notifications.newest_gift_to(conn, people.cleo) == sent[1]


# --- notifications ----------------------------------------------------------------------------


def test_the_seen_mark_never_moves_back(fresh_db, people):
    assert notifications.last_seen(fresh_db.conn, people.cleo) is None  # never shown
    with fresh_db.write() as conn:
        notifications.mark_seen(conn, people.cleo, 9)
        notifications.mark_seen(conn, people.cleo, 4)
    assert notifications.last_seen(fresh_db.conn, people.cleo) == 9


# --- payouts ----------------------------------------------------------------------------------


def test_a_failed_payout_does_not_count_against_the_days_cap(fresh_db, people, rows):
    ids = []
    for status in ("pending", "pending"):
        txn = rows.transaction(fresh_db, "payout", people.cleo, None)
        with fresh_db.write() as conn:
            ids.append(
                payouts.insert(
                    conn,
                    request_txn_id=txn,
                    creator_id=people.cleo,
                    diamonds=1_000,
                    cents=1_000,
                    method="bank",
                    utc_day="2026-11-25",
                    status=status,
                    reference=f"PO-{txn:016d}",
                )
            )
    settled = rows.transaction(fresh_db, "payout_failed", people.cleo, None)
    with fresh_db.write() as conn:
        payouts.settle(conn, ids[0], status="failed", settle_txn_id=settled)
    conn = fresh_db.conn
    assert payouts.requested_on(conn, people.cleo, utc_day="2026-11-25") == 1_000
    assert payouts.held_diamonds(conn, people.cleo, status="pending") == 1_000
    assert [p.status for p in payouts.of_creator(conn, people.cleo)] == ["pending", "failed"]
    assert payouts.to_settle(conn, 99) is None


# --- security ---------------------------------------------------------------------------------


def test_a_profile_without_security_settings_reads_as_nothing_set(fresh_db, people):
    assert security.read(fresh_db.conn, people.vera) == SecurityRow()


def test_a_code_resets_the_wrong_tries_only_when_asked(fresh_db, people):
    with fresh_db.write() as conn:
        security.set_failures(conn, people.vera, failed_attempts=3, locked_until_us=5)
        security.use_totp_step(conn, people.vera, 100, reset_failures=False)
    row = security.read(fresh_db.conn, people.vera)
    assert (row.totp_last_step, row.failed_attempts, row.locked_until_us) == (100, 3, 5)
    with fresh_db.write() as conn:
        security.use_totp_step(conn, people.vera, 101, reset_failures=True)
    row = security.read(fresh_db.conn, people.vera)
    assert (row.totp_last_step, row.failed_attempts, row.locked_until_us) == (101, 0, 0)


def test_a_rehash_does_not_overwrite_a_password_changed_meanwhile(fresh_db, people):
    with fresh_db.write() as conn:
        security.set_password_hash(conn, people.vera, "new")
        security.replace_password_hash(conn, people.vera, old="old", new="rehashed-old")
    assert security.read(fresh_db.conn, people.vera).password_hash == "new"
    assert security.with_password(fresh_db.conn) == [people.vera]


def test_an_unreadable_security_table_is_a_storage_error(fresh_db, people):
    fresh_db.conn.execute("DROP TABLE profile_security")  # as far as SQL can tell, damaged
    with pytest.raises(StorageError, match="security settings"):
        security.with_password(fresh_db.conn)


# --- the engine's errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "expected", "message"),
    [
        (sqlite3.DatabaseError("database disk image is malformed"), DamagedDatabase, "damaged"),
        (sqlite3.OperationalError("no such table: x"), StorageError, "database error: no such"),
        (sqlite3.InterfaceError("bad parameter"), StorageError, "database error: bad"),
    ],
)
def test_engine_errors_become_storage_errors(raised, expected, message):
    with pytest.raises(expected, match=message) as caught, engine_errors():
        raise raised
    assert type(caught.value) is expected
    if expected is DamagedDatabase:
        assert caught.value.detail == "database disk image is malformed"
        assert caught.value.exit_code == 2
