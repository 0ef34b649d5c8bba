"""The schema refuses invalid states by itself, and open_db refuses files that are not ours."""

from __future__ import annotations

import sqlite3

import pytest
from engines import INTEGRITY_ERRORS

from giftdesk.domain.errors import InvalidPath, NotAGiftDeskDatabase
from giftdesk.domain.references import PAYOUT, PURCHASE, new_reference
from giftdesk.domain.units import Rate
from giftdesk.storage import ledger
from giftdesk.storage.db import open_db
from giftdesk.storage.verify import run_checks


@pytest.fixture
def store():
    store = open_db()
    yield store
    store.close()


@pytest.fixture
def conn(store):
    return store.conn


def _profile(conn, name="Vera", *, creator=False) -> int:
    pid = conn.execute(
        "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at)"
        " VALUES (?, ?, '1990-04-12', ?, '2026-11-25T12:00:00+00:00')",
        (name, name.casefold(), int(creator)),
    ).lastrowid
    ledger.create_profile_account(conn, pid, ledger.COIN)
    if creator:
        ledger.create_profile_account(conn, pid, ledger.DIAMOND)
    return pid


_keys = iter(range(10**6))


def _txn(conn, profile_id, kind="recharge") -> int:
    return ledger.insert_transaction(
        conn,
        kind=kind,
        profile_id=profile_id,
        counterparty_id=None,
        created_at="2026-11-25T12:00:00+00:00",
        created_us=1,
        rules_version="2026.1",
        idem_key=f"key-{next(_keys)}",
        request_hash="h",
    )


def _insert_transfer(conn, txn, src, dst, unit, amount):
    conn.execute(
        "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
        " VALUES (?, ?, ?, ?, ?)",
        (txn, src, dst, unit, amount),
    )


@pytest.fixture
def vera(conn):
    """A profile with 100 coins in her wallet, bought by a valid transfer."""
    pid = _profile(conn)
    txn = _txn(conn, pid)
    wallet = ledger.profile_account(conn, pid, ledger.COIN)
    _insert_transfer(
        conn, txn, ledger.system_account(conn, ledger.COIN_ISSUANCE), wallet, ledger.COIN, 100
    )
    # The purchase's record and its money, as a recharge writes them (verify matches them).
    conn.execute(
        "INSERT INTO recharges (txn_id, profile_id, channel, method, is_custom, coins,"
        " bonus_coins, price_cents, store_fee_cents, reference) VALUES (?, ?, 'web',"
        " 'paypal', 1, 100, 0, 106, 0, ?)",
        (txn, pid, new_reference(PURCHASE)),
    )
    _insert_transfer(
        conn,
        txn,
        ledger.system_account(conn, ledger.USD_PAYMENT_CLEARING),
        ledger.system_account(conn, ledger.USD_REVENUE),
        ledger.USD,
        106,
    )
    return pid


def _wallet(conn, pid):
    return ledger.profile_account(conn, pid, ledger.COIN)


def test_a_valid_transfer_moves_both_balances(conn, vera):
    assert ledger.profile_balance(conn, vera, ledger.COIN) == 100
    assert ledger.balance(conn, ledger.system_account(conn, ledger.COIN_ISSUANCE)) == -100
    assert all(c.ok for c in run_checks(conn, Rate(1, 2)))


def test_a_transfer_that_would_make_a_wallet_negative_is_refused(conn, vera):
    spent = ledger.system_account(conn, ledger.COIN_SPENT)
    txn = _txn(conn, vera, "gift")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert_transfer(conn, txn, _wallet(conn, vera), spent, ledger.COIN, 101)
    assert ledger.profile_balance(conn, vera, ledger.COIN) == 100
    assert ledger.balance(conn, spent) == 0
    _insert_transfer(conn, txn, _wallet(conn, vera), spent, ledger.COIN, 100)  # to exactly 0
    assert ledger.profile_balance(conn, vera, ledger.COIN) == 0


@pytest.mark.parametrize(
    "code",
    [
        ledger.COIN_SPENT,
        ledger.DIAMOND_PAYOUT_HOLD,
        ledger.DIAMOND_REDEEMED,
        ledger.USD_APP_STORE_FEES,
        ledger.USD_CREATOR_PAYOUTS,
    ],
)
def test_system_sinks_cannot_go_negative(conn, vera, code):
    unit = {"coin": ledger.COIN, "diamond": ledger.DIAMOND, "usd": ledger.USD}[code.split(":")[0]]
    issuer = {
        ledger.COIN: ledger.COIN_ISSUANCE,
        ledger.DIAMOND: ledger.DIAMOND_ISSUANCE,
        ledger.USD: ledger.USD_REVENUE,
    }[unit]
    txn = _txn(conn, vera)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert_transfer(
            conn,
            txn,
            ledger.system_account(conn, code),
            ledger.system_account(conn, issuer),
            unit,
            1,
        )


@pytest.mark.parametrize("amount", [0, -1, -100])
def test_a_zero_or_negative_transfer_is_refused(conn, vera, amount):
    txn = _txn(conn, vera)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert_transfer(
            conn,
            txn,
            ledger.system_account(conn, ledger.COIN_ISSUANCE),
            _wallet(conn, vera),
            ledger.COIN,
            amount,
        )
    assert ledger.profile_balance(conn, vera, ledger.COIN) == 100


def test_a_transfer_to_the_same_account_is_refused(conn, vera):
    txn = _txn(conn, vera)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert_transfer(conn, txn, _wallet(conn, vera), _wallet(conn, vera), ledger.COIN, 1)


def test_a_transfer_whose_unit_differs_from_its_accounts_is_refused(conn, vera):
    creator = _profile(conn, "Cleo", creator=True)
    diamonds = ledger.profile_account(conn, creator, ledger.DIAMOND)
    txn = _txn(conn, vera)
    # a COIN transfer into a DIAMOND account
    with pytest.raises(sqlite3.IntegrityError, match="unit differs"):
        _insert_transfer(conn, txn, _wallet(conn, vera), diamonds, ledger.COIN, 1)
    # a DIAMOND transfer between two COIN accounts
    with pytest.raises(sqlite3.IntegrityError, match="unit differs"):
        _insert_transfer(
            conn,
            txn,
            _wallet(conn, vera),
            ledger.system_account(conn, ledger.COIN_SPENT),
            ledger.DIAMOND,
            1,
        )
    # a USD transfer out of a COIN wallet
    with pytest.raises(sqlite3.IntegrityError, match="unit differs"):
        _insert_transfer(
            conn,
            txn,
            _wallet(conn, vera),
            ledger.system_account(conn, ledger.USD_REVENUE),
            ledger.USD,
            1,
        )
    assert ledger.profile_balance(conn, vera, ledger.COIN) == 100
    assert ledger.profile_balance(conn, creator, ledger.DIAMOND) == 0


def test_an_unknown_unit_is_refused(conn, vera):
    txn = _txn(conn, vera)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        _insert_transfer(
            conn,
            txn,
            ledger.system_account(conn, ledger.COIN_ISSUANCE),
            _wallet(conn, vera),
            "EUR",
            1,
        )


def test_a_transfer_needs_a_real_transaction(conn, vera):
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        _insert_transfer(
            conn,
            999,
            ledger.system_account(conn, ledger.COIN_ISSUANCE),
            _wallet(conn, vera),
            ledger.COIN,
            1,
        )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE transfers SET amount = 1",
        "UPDATE transfers SET to_account_id = from_account_id",
        "DELETE FROM transfers",
    ],
)
def test_transfers_are_append_only(conn, vera, sql):
    before = conn.execute("SELECT * FROM transfers").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(sql)
    assert conn.execute("SELECT * FROM transfers").fetchall() == before


@pytest.mark.parametrize("recorded", [False, True], ids=["before-result", "after-result"])
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE transactions SET kind = 'gift'",
        "UPDATE transactions SET profile_id = profile_id + 1",
        "UPDATE transactions SET created_at = 'later'",
        "UPDATE transactions SET created_us = 2",
        "UPDATE transactions SET idem_key = 'other'",
        "UPDATE transactions SET rules_version = '2027.1'",
        "UPDATE transactions SET request_hash = 'x'",
        "DELETE FROM transactions",
    ],
)
def test_transactions_are_append_only(conn, vera, sql, recorded):
    _profile(conn, "Cleo")  # so that profile_id + 1 is a real profile
    if recorded:
        ledger.record_result(conn, 1, {"ok": True})
    before = conn.execute("SELECT * FROM transactions").fetchall()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(sql)
    assert conn.execute("SELECT * FROM transactions").fetchall() == before


def test_once_a_result_is_recorded_even_a_no_op_update_is_refused(conn, vera):
    conn.execute("UPDATE transactions SET profile_id = profile_id")  # allowed before
    ledger.record_result(conn, 1, {"ok": True})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE transactions SET profile_id = profile_id")


def test_a_transaction_result_is_recorded_once(conn, vera):
    txn = _txn(conn, vera)
    ledger.record_result(conn, txn, {"first": 1})
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ledger.record_result(conn, txn, {"second": 2})
    assert ledger.find_by_key(
        conn, conn.execute("SELECT idem_key FROM transactions WHERE id = ?", (txn,)).fetchone()[0]
    ).result == {"first": 1}


def test_an_idempotency_key_is_unique(conn, vera):
    (used,) = conn.execute("SELECT idem_key FROM transactions").fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        ledger.insert_transaction(
            conn,
            kind="recharge",
            profile_id=vera,
            counterparty_id=None,
            created_at="x",
            created_us=1,
            rules_version="2026.1",
            idem_key=used,
            request_hash="h",
        )


def test_accounts_are_never_deleted(conn, vera):
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        conn.execute("DELETE FROM accounts WHERE profile_id = ?", (vera,))


def test_a_self_gift_row_is_refused(conn):
    creator = _profile(conn, "Cleo", creator=True)
    txn = _txn(conn, creator, "gift")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute(
            "INSERT INTO gifts (txn_id, sender_id, creator_id, gift_name, unit_coins, count,"
            " coins, diamonds, context, local_day, created_us, creator_day)"
            " VALUES (?, ?, ?, 'Rose', 1, 1, 1, 0, 'live', '2026-11-25', 1, '2026-11-25')",
            (txn, creator, creator),
        )


def _payout(conn) -> tuple[int, int]:
    creator = _profile(conn, "Cleo", creator=True)
    request = _txn(conn, creator, "payout")
    payout = conn.execute(
        "INSERT INTO payouts (request_txn_id, creator_id, diamonds, cents, method, utc_day,"
        " status, reference) VALUES (?, ?, 1000, 1000, 'bank', '2026-11-25', 'pending', ?)",
        (request, creator, new_reference(PAYOUT)),
    ).lastrowid
    return creator, payout


def test_a_payout_is_settled_once(conn):
    creator, payout = _payout(conn)
    paid = _txn(conn, creator, "payout_paid")
    conn.execute(
        "UPDATE payouts SET status = 'paid', settle_txn_id = ? WHERE id = ?", (paid, payout)
    )
    failed = _txn(conn, creator, "payout_failed")
    with pytest.raises(sqlite3.IntegrityError, match="settled once"):
        conn.execute(
            "UPDATE payouts SET status = 'failed', settle_txn_id = ? WHERE id = ?", (failed, payout)
        )
    with pytest.raises(sqlite3.IntegrityError, match="settled once"):
        conn.execute(
            "UPDATE payouts SET status = 'paid', settle_txn_id = ? WHERE id = ?", (failed, payout)
        )
    assert conn.execute("SELECT status, settle_txn_id FROM payouts").fetchone() == ("paid", paid)


def test_a_pending_payout_cannot_change_its_amount_or_stay_pending(conn):
    _, payout = _payout(conn)
    with pytest.raises(sqlite3.IntegrityError, match="settled once"):
        conn.execute("UPDATE payouts SET diamonds = 1 WHERE id = ?", (payout,))
    with pytest.raises(sqlite3.IntegrityError, match="settled once"):
        conn.execute("UPDATE payouts SET status = 'pending' WHERE id = ?", (payout,))


def test_a_settled_payout_needs_its_settle_transaction(conn):
    _, payout = _payout(conn)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE payouts SET status = 'paid' WHERE id = ?", (payout,))


def test_tables_are_strict(conn):
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at)"
            " VALUES ('Ann', 'ann', '1990-04-12', 'yes', 'now')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE accounts SET balance = '12.5' WHERE code = 'coin:issuance'")


# --- the file -------------------------------------------------------------------------------


def test_a_file_database_uses_wal_full_sync_and_foreign_keys(tmp_path):
    path = tmp_path / "giftdesk.sqlite3"
    store = open_db(path)
    try:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
        assert (path.stat().st_mode & 0o777) == 0o600
    finally:
        store.close()


def test_reopening_a_database_keeps_its_data_and_does_not_migrate_again(tmp_path):
    path = tmp_path / "giftdesk.sqlite3"
    store = open_db(path)
    try:
        _profile(store.conn)
    finally:
        store.close()
    store = open_db(path)
    try:
        assert store.conn.execute("SELECT name FROM profiles").fetchall() == [("Vera",)]
        assert (
            store.conn.execute("SELECT count(*) FROM accounts WHERE profile_id IS NULL").fetchone()[
                0
            ]
            == 9
        )
    finally:
        store.close()


def test_an_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    store = open_db(path)
    try:
        assert store.conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0
    finally:
        store.close()


def _refused_unchanged(path):
    before = path.read_bytes()
    with pytest.raises(NotAGiftDeskDatabase, match="not a GiftDesk database"):
        open_db(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Shopping list: roses, doughnuts, a lion.\n" * 200)
    _refused_unchanged(path)


def test_a_short_non_sqlite_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "short.bin"
    path.write_bytes(b"\x00\x01\x02")
    _refused_unchanged(path)


@pytest.fixture
def real_db_bytes(tmp_path) -> bytes:
    source = tmp_path / "source" / "giftdesk.sqlite3"
    store = open_db(source)
    try:
        pid = _profile(store.conn)
        txn = _txn(store.conn, pid)
        _insert_transfer(
            store.conn,
            txn,
            ledger.system_account(store.conn, ledger.COIN_ISSUANCE),
            _wallet(store.conn, pid),
            ledger.COIN,
            100,
        )
    finally:
        store.close()
    return source.read_bytes()


@pytest.mark.parametrize("keep", [100, 511, 600, 4096, 8192, 0.5, -4096])
def test_a_truncated_database_is_refused_and_left_alone(tmp_path, real_db_bytes, keep):
    size = len(real_db_bytes)
    cut = int(size * keep) if isinstance(keep, float) else keep % size
    assert 0 < cut < size
    path = tmp_path / "cut" / "giftdesk.sqlite3"
    path.parent.mkdir()
    path.write_bytes(real_db_bytes[:cut])
    _refused_unchanged(path)


def test_a_foreign_sqlite_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    other.execute("INSERT INTO recipes (title) VALUES ('soup')")
    other.commit()
    other.close()
    _refused_unchanged(path)
    check = sqlite3.connect(path)
    try:
        assert check.execute("SELECT title FROM recipes").fetchall() == [("soup",)]
        assert (
            check.execute("SELECT count(*) FROM sqlite_master WHERE name = 'transfers'").fetchone()[
                0
            ]
            == 0
        )
    finally:
        check.close()


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(InvalidPath, match="is a folder"):
        open_db(tmp_path)


def test_records_beside_the_ledger_are_append_only(fresh_services, funded_viewer, creator):

    services = fresh_services
    services.gifts.send(funded_viewer.id, creator.id, "Rose")
    conn = services.store.conn
    for sql in (
        "UPDATE gifts SET coins = 2, unit_coins = 2",
        "DELETE FROM gifts",
        "UPDATE recharges SET price_cents = 1",
        "DELETE FROM recharges",
        "DELETE FROM profiles WHERE id = 1",
    ):
        with pytest.raises(INTEGRITY_ERRORS):
            conn.execute(sql)


def test_a_settled_payout_keeps_its_terms(fresh_services, funded_viewer, creator):

    services = fresh_services
    for _ in range(3):
        services.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    payout = services.payouts.request(creator.id, 1_000, method="bank")
    conn = services.store.conn
    for sql in (
        "UPDATE payouts SET method = 'paypal'",
        "UPDATE payouts SET utc_day = '2000-01-01'",
        "DELETE FROM payouts",
    ):
        with pytest.raises(INTEGRITY_ERRORS):
            conn.execute(sql)
    assert services.payouts.settle(payout.payout_id).status == "paid"


def test_verify_notices_a_gift_missing_from_budget_spending(fresh_services, funded_viewer, creator):
    services = fresh_services
    services.gifts.send(funded_viewer.id, creator.id, "Rose", count=5)
    conn = services.store.conn
    conn.execute("DELETE FROM spending")
    failed = {c.name for c in services.maintenance.verify() if not c.ok}
    assert failed == {"budget_spending_matches_gifts"}
    from giftdesk.storage.spending import add_spending

    add_spending(conn, funded_viewer.id, funded_viewer.today(services.ctx.moment()), 5)


def test_verify_notices_earnings_totals_that_drifted(fresh_services, funded_viewer, creator):
    services = fresh_services
    services.gifts.send(funded_viewer.id, creator.id, "Rose", count=5)
    conn = services.store.conn
    conn.execute("UPDATE supporter_totals SET coins = coins + 1")
    failed = {c.name for c in services.maintenance.verify() if not c.ok}
    assert failed == {"earnings_totals_match_gifts"}
    conn.execute("UPDATE supporter_totals SET coins = coins - 1")
