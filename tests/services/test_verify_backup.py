"""`verify` on a busy ledger and on a corrupted one; `backup` to a verified copy."""

from __future__ import annotations

import sqlite3

import pytest

from giftdesk.domain.errors import Cancelled, InvalidPath, StorageError
from giftdesk.services import Services
from giftdesk.services.payments import CardDetails
from giftdesk.storage import backup_files

CHECKS = [
    "schema_matches",
    "debits_equal_credits",
    "transfer_units_match",
    "balances_match_transfers",
    "no_negative_balances",
    "diamonds_match_rule",
    "transactions_have_transfers",
    "transfers_match_records",
    "idempotency_keys_unique",
    "payout_holds_match_pending",
    "budget_spending_matches_gifts",
    "earnings_totals_match_gifts",
    "live_figures_match_gifts",
    "gifts_name_consistent_lives",
    "leaderboard_days_match_gifts",
    "money_trails_match_lots",
    "spending_trails_match_gifts",
    "integrity_check",
    "foreign_key_check",
]


class AlternatingPayoutProvider:
    """Pays every other payout."""

    def __init__(self) -> None:
        self.calls = 0

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        self.calls += 1
        return self.calls % 2 == 1


def make_busy(s: Services, clock) -> dict:
    """Several profiles doing everything the services offer."""
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    otto = s.profiles.add("Otto", birthdate="1975-07-07")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    max_ = s.profiles.add("Max", birthdate="1999-09-09", creator=True)
    s.profiles.add("Kid", birthdate="2015-01-01")
    s.recharge.recharge(vera.id, coins=17_500, channel="app", method="app-store")
    s.recharge.recharge(vera.id, coins=250_000, channel="web", method="paypal", custom=True)
    s.recharge.recharge(
        otto.id,
        coins=3_500,
        channel="web",
        method="card",
        card=CardDetails("5555555555554444", "02/29", "999"),
    )
    s.recharge.recharge(max_.id, coins=70, channel="app", method="app-store")
    s.profiles.set_budget(otto.id, daily_coins=2_000, monthly_coins=3_000)
    for day in range(3):
        # Cleo is LIVE each day: the gifts to her without a context are sent during it, and
        # the Universe is taken back after it ended, within the undo window.
        s.lives.start(cleo.id, title=f"Day {day + 1}", goal_diamonds=20_000)
        for _ in range(3):
            s.gifts.send(vera.id, cleo.id, "Rose")
        s.gifts.send(vera.id, max_.id, "Lion", context="video")
        s.gifts.send(vera.id, cleo.id, "Interstellar")
        s.gifts.send(otto.id, cleo.id, "Doughnut", count=7)
        sent = s.gifts.send(vera.id, cleo.id, "TikTok Universe")
        s.lives.end(cleo.id)
        clock.advance(seconds=3)
        s.gifts.undo(sent.transaction_id)
        s.gifts.send(max_.id, cleo.id, "Finger Heart")
        clock.advance(hours=20)
    for diamonds in (1_000, 2_000, 3_000):
        s.payouts.request(cleo.id, diamonds, method="bank")
        s.payouts.request(max_.id, diamonds, method="paypal")
    s.payouts.settle_pending(cleo.id)
    s.payouts.settle_pending(max_.id)
    s.payouts.request(max_.id, 1_000, method="bank")  # left pending
    return {"vera": vera, "otto": otto, "cleo": cleo, "max": max_}


@pytest.fixture
def busy(open_services, clock):
    s = open_services(payout_provider=AlternatingPayoutProvider())
    return s, make_busy(s, clock)


def test_every_check_passes_on_a_busy_ledger(busy):
    s, people = busy
    checks = s.maintenance.verify()
    assert [c.name for c in checks] == CHECKS
    assert [c.name for c in checks if not c.ok] == []
    conn = s.ctx.conn
    statuses = dict(conn.execute("SELECT status, count(*) FROM payouts GROUP BY status"))
    assert statuses == {"paid": 3, "failed": 3, "pending": 1}
    assert (
        conn.execute("SELECT count(*) FROM transactions WHERE kind = 'gift_undo'").fetchone()[0]
        == 3
    )


@pytest.fixture
def loose(clock):
    """Services that the test corrupts on purpose: not verified on the way out."""
    s = Services.open(clock=clock)
    yield s
    s.close()


def failing(s: Services) -> set[str]:
    return {c.name for c in s.maintenance.verify() if not c.ok}


def test_a_corrupted_balance_fails_balances_match_transfers(loose, clock):
    people = make_busy(loose, clock)
    assert failing(loose) == set()
    loose.ctx.conn.execute(
        "UPDATE accounts SET balance = balance + 5 WHERE profile_id = ? AND unit = 'COIN'",
        (people["vera"].id,),
    )
    checks = {c.name: c for c in loose.maintenance.verify()}
    assert not checks["balances_match_transfers"].ok
    assert f"profile:{people['vera'].id}:coin" in checks["balances_match_transfers"].detail
    assert not checks["debits_equal_credits"].ok
    assert "COIN is off by 5" in checks["debits_equal_credits"].detail
    assert failing(loose) == {"balances_match_transfers", "debits_equal_credits"}


def test_a_balanced_corruption_is_still_caught(loose, clock):
    people = make_busy(loose, clock)
    conn = loose.ctx.conn
    # Move 10 diamonds between two creators behind the ledger's back: units still sum to 0.
    conn.execute(
        "UPDATE accounts SET balance = balance - 10 WHERE profile_id = ? AND unit = 'DIAMOND'",
        (people["cleo"].id,),
    )
    conn.execute(
        "UPDATE accounts SET balance = balance + 10 WHERE profile_id = ? AND unit = 'DIAMOND'",
        (people["max"].id,),
    )
    assert failing(loose) == {"balances_match_transfers"}


def test_coins_from_nowhere_added_to_a_real_purchase_are_caught(loose, clock):
    people = make_busy(loose, clock)
    conn = loose.ctx.conn
    vera = people["vera"].id
    purchase = conn.execute(
        "SELECT min(id) FROM transactions WHERE kind = 'recharge' AND profile_id = ?", (vera,)
    ).fetchone()[0]
    # Through the ledger's own trigger: the balances follow, every sum adds up.
    conn.execute(
        "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
        " SELECT ?, i.id, w.id, 'COIN', 100000 FROM accounts i, accounts w"
        " WHERE i.code = 'coin:issuance' AND w.profile_id = ? AND w.unit = 'COIN'",
        (purchase, vera),
    )
    checks = {c.name: c for c in loose.maintenance.verify()}
    assert failing(loose) == {"transfers_match_records"}
    assert str(purchase) in checks["transfers_match_records"].detail


def test_a_gift_whose_diamonds_went_elsewhere_is_caught(loose, clock):
    make_busy(loose, clock)
    conn = loose.ctx.conn
    gift = conn.execute("SELECT max(txn_id) FROM gifts WHERE diamonds > 0").fetchone()[0]
    # One more diamond to the creator in the gift's own transaction, taken back elsewhere:
    # balances, the rule's totals and every sum still agree.
    conn.execute(
        "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
        " SELECT ?, i.id, c.id, 'DIAMOND', 1 FROM accounts i, accounts c, gifts g"
        " WHERE i.code = 'diamond:issuance' AND g.txn_id = ?"
        " AND c.profile_id = g.creator_id AND c.unit = 'DIAMOND'",
        (gift, gift),
    )
    assert "transfers_match_records" in failing(loose)


def test_wrong_creator_totals_fail_the_diamond_rule(loose, clock):
    people = make_busy(loose, clock)
    loose.ctx.conn.execute(
        "UPDATE creator_totals SET coins_received = coins_received + 2 WHERE profile_id = ?",
        (people["cleo"].id,),
    )
    checks = {c.name: c for c in loose.maintenance.verify()}
    assert not checks["diamonds_match_rule"].ok and "Cleo" in checks["diamonds_match_rule"].detail
    assert failing(loose) == {"diamonds_match_rule"}


def test_wrong_budget_spending_is_caught(loose, clock):
    make_busy(loose, clock)
    loose.ctx.conn.execute("UPDATE spending SET coins = coins + 1 WHERE period LIKE 'M%'")
    assert failing(loose) == {"budget_spending_matches_gifts"}


def test_a_tampered_live_figure_is_caught(loose, clock):
    make_busy(loose, clock)
    # (An ended LIVE's figures can only go down: an increase is refused by the schema.)
    loose.ctx.conn.execute("UPDATE lives SET diamonds = diamonds - 1 WHERE id = 2")
    assert failing(loose) == {"live_figures_match_gifts"}


def test_a_tampered_live_ranking_is_caught(loose, clock):
    make_busy(loose, clock)
    loose.ctx.conn.execute("UPDATE live_supporters SET coins = coins + 1")
    assert failing(loose) == {"live_figures_match_gifts"}


def test_a_gift_moved_to_another_live_is_caught(loose, clock):
    make_busy(loose, clock)
    conn = loose.ctx.conn
    conn.execute("DROP TRIGGER gifts_no_update")  # as anyone who can write the file can
    conn.execute("UPDATE gifts SET live_id = 1 WHERE live_id = 3")
    assert failing(loose) == {
        "schema_matches",
        "live_figures_match_gifts",
        "gifts_name_consistent_lives",
    }


def test_tampered_leaderboard_days_are_caught(loose, clock):
    make_busy(loose, clock)
    loose.ctx.conn.execute(
        "UPDATE supporter_days SET coins = coins + 1 WHERE day = (SELECT max(day)"
        " FROM supporter_days)"
    )
    assert failing(loose) == {"leaderboard_days_match_gifts"}


def test_a_transaction_without_transfers_is_caught(loose, clock):
    people = make_busy(loose, clock)
    loose.ctx.conn.execute(
        "INSERT INTO transactions (kind, profile_id, created_at, created_us, rules_version,"
        " idem_key, request_hash) VALUES ('gift', ?, 'x', 1, '2026.1', 'orphan', 'h')",
        (people["vera"].id,),
    )
    assert failing(loose) == {"transactions_have_transfers"}


def test_a_hold_that_differs_from_pending_payouts_is_caught(loose, clock):
    make_busy(loose, clock)
    loose.ctx.conn.execute(
        "UPDATE accounts SET balance = balance + 1 WHERE code = 'diamond:payout_hold'"
    )
    assert {"payout_holds_match_pending", "balances_match_transfers"} <= failing(loose)


# --- backup -------------------------------------------------------------------------------


def test_backup_writes_a_verified_copy(busy, tmp_path, clock):
    s, people = busy
    dest = tmp_path / "backup.sqlite3"
    checks = s.maintenance.backup(dest)
    assert [c.name for c in checks] == CHECKS and all(c.ok for c in checks)
    assert dest.read_bytes()[:16] == b"SQLite format 3\x00"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.sqlite3"]  # one file, no WAL
    copy = Services.open(dest, clock=clock)
    try:
        for person in people.values():
            assert copy.balance(person.id) == s.balance(person.id)
        assert copy.history.rows(people["cleo"].id) == s.history.rows(people["cleo"].id)
        assert all(c.ok for c in copy.maintenance.verify())
    finally:
        copy.close()


def test_backup_of_a_file_database(open_services, tmp_path, clock):
    s = open_services(tmp_path / "live.sqlite3")
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    s.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    dest = tmp_path / "copy" / "backup.sqlite3"
    dest.parent.mkdir()
    s.maintenance.backup(dest)
    check = sqlite3.connect(dest)
    try:
        assert check.execute(
            "SELECT balance FROM accounts WHERE code = ?", (f"profile:{vera.id}:coin",)
        ).fetchone() == (770,)
        assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        check.close()


def test_backup_refuses_an_existing_destination(busy, tmp_path):
    s, _ = busy
    dest = tmp_path / "backup.sqlite3"
    dest.write_bytes(b"an older backup")
    with pytest.raises(InvalidPath, match="already exists"):
        s.maintenance.backup(dest)
    assert dest.read_bytes() == b"an older backup"


def test_backup_into_a_missing_folder_is_a_readable_error(busy, tmp_path):
    s, _ = busy
    with pytest.raises(InvalidPath, match="folder .*nope does not exist"):
        s.maintenance.backup(tmp_path / "nope" / "backup.sqlite3")


def test_a_backup_that_fails_verification_is_removed(loose, clock, tmp_path):
    make_busy(loose, clock)
    loose.ctx.conn.execute("UPDATE accounts SET balance = balance + 1 WHERE code = 'coin:spent'")
    dest = tmp_path / "backup.sqlite3"
    with pytest.raises(StorageError, match="failed verification.*balances_match_transfers"):
        loose.maintenance.backup(dest)
    assert not dest.exists()


def test_backup_reports_the_copy_then_each_check(busy, tmp_path, monkeypatch):
    s, _ = busy
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 4)  # several steps on a small file
    reports = []
    s.maintenance.backup(
        tmp_path / "backup.sqlite3", progress=lambda *report: reports.append(report) or True
    )
    copying = [(done, total) for done, total, what in reports if what == "copy"]
    assert len(copying) > 1 and copying[-1][0] == copying[-1][1]
    assert [done for done, _ in copying] == sorted(done for done, _ in copying)
    assert [what for _, _, what in reports if what != "copy"] == CHECKS


@pytest.mark.parametrize("stop_at", ["copy", "integrity_check"])
def test_a_cancelled_backup_leaves_no_file(busy, tmp_path, monkeypatch, stop_at):
    s, _ = busy
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 4)
    dest = tmp_path / "backup.sqlite3"
    with pytest.raises(Cancelled):
        s.maintenance.backup(dest, progress=lambda done, total, what: what != stop_at)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("stop_at", ["copy", "integrity_check"])
def test_an_interrupted_backup_leaves_no_file(busy, tmp_path, monkeypatch, stop_at):
    s, _ = busy
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 4)

    def interrupted(done, total, what):
        if what == stop_at:
            raise KeyboardInterrupt  # Ctrl+C in the CLI
        return True

    with pytest.raises(KeyboardInterrupt):
        s.maintenance.backup(tmp_path / "backup.sqlite3", progress=interrupted)
    assert list(tmp_path.iterdir()) == []  # no unverified copy at DEST, no hidden part


def test_a_backup_finishes_while_another_window_keeps_writing(
    open_services, tmp_path, clock, monkeypatch
):
    s = open_services(tmp_path / "live.sqlite3")
    make_busy(s, clock)
    other = open_services(tmp_path / "live.sqlite3")  # a second window on the same file
    vera = other.profiles.find("Vera")
    cleo = other.profiles.find("Cleo")
    monkeypatch.setattr(backup_files, "BACKUP_STEP_PAGES", 4)
    steps = []

    def a_gift_every_step(done, total, what):
        if what == "copy":
            steps.append(done)
            if len(steps) < 200:  # SQLite restarts a copy that sees another's commit
                other.gifts.send(vera.id, cleo.id, "Rose")
        return True

    before = s.balance(vera.id).coins
    s.maintenance.backup(tmp_path / "backup.sqlite3", progress=a_gift_every_step)
    pages = s.ctx.conn.execute("PRAGMA page_count").fetchone()[0]
    assert len(steps) <= -(-pages // 4) + 1  # one pass: it never started over
    copy = sqlite3.connect(tmp_path / "backup.sqlite3")
    try:  # the copy is the ledger as it was when the backup began
        wallet = f"profile:{vera.id}:coin"
        assert copy.execute(
            "SELECT balance FROM accounts WHERE code = ?", (wallet,)
        ).fetchone() == (before,)
    finally:
        copy.close()
