"""One user action is one write transaction: a failure in the middle leaves nothing behind."""

from __future__ import annotations

import sqlite3

import pytest

from giftdesk.storage import gifts, ledger


class Boom(Exception):
    """An unexpected failure injected in the middle of a write."""


def explode(*args, **kwargs):
    raise Boom("injected failure")


def fail_on_call(n: int, real):
    """A stand-in for `real` that works n - 1 times and then raises."""
    calls = {"count": 0}

    def wrapper(*args, **kwargs):
        calls["count"] += 1
        if calls["count"] == n:
            raise Boom(f"injected failure on call {n}")
        return real(*args, **kwargs)

    return wrapper


def fail_at_row(n: int, real):
    """A stand-in for a many-rows writer that writes the first n - 1 rows and then raises."""

    def wrapper(conn, rows):
        rows = list(rows)
        assert len(rows) >= n, "the failure must fall between rows"
        real(conn, rows[: n - 1])
        raise Boom(f"injected failure at row {n}")

    return wrapper


@pytest.fixture
def scene(fresh_services, funded_viewer, creator):
    """Vera (funded, with a budget), Cleo with 1,494 diamonds, one recent gift to undo."""
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=10_000, monthly_coins=15_000)
    s.gifts.send(funded_viewer.id, creator.id, "Motorcycle")  # 1,494 diamonds
    recent = s.gifts.send(funded_viewer.id, creator.id, "Rose", count=7)
    return s, funded_viewer, creator, recent.transaction_id


def actions(s, vera, cleo, recent):
    return {
        "recharge": lambda: s.recharge.recharge(
            vera.id, coins=700, channel="app", method="app-store", key="k-recharge"
        ),
        "send": lambda: s.gifts.send(vera.id, cleo.id, "Rosa", count=3, key="k-send"),
        "undo": lambda: s.gifts.undo(recent, key="k-undo"),
        "payout": lambda: s.payouts.request(cleo.id, 1_000, method="bank", key="k-payout"),
    }


def assert_untouched(s, probe, before, vera, cleo, balances, budget_left):
    assert probe.state(s) == before
    assert [s.balance(p.id) for p in (vera, cleo)] == balances
    assert s.profiles.budget_left_today(vera.id) == budget_left
    assert [c.name for c in s.maintenance.verify() if not c.ok] == []


@pytest.mark.parametrize("action", ["recharge", "send", "undo", "payout"])
def test_a_failure_when_recording_the_result_leaves_nothing(scene, probe, monkeypatch, action):
    s, vera, cleo, recent = scene
    before = probe.state(s)
    balances = [s.balance(p.id) for p in (vera, cleo)]
    budget_left = s.profiles.budget_left_today(vera.id)
    seen = []
    s.subscribe(seen.append)
    run = actions(s, vera, cleo, recent)[action]
    with monkeypatch.context() as patch:
        if action == "send":
            # A gift writes its result with its transaction row; its last write is the
            # creator's running totals, at the very end of the transaction.
            patch.setattr(gifts, "write_creator_totals", explode)
        else:
            patch.setattr(ledger, "record_result", explode)
        with pytest.raises(Boom):
            run()
    assert_untouched(s, probe, before, vera, cleo, balances, budget_left)
    assert seen == []
    # The key was not used up: the same request now goes through, once.
    result = run()
    assert not result.replayed
    assert probe.count(s, "transactions") == len(before["transactions"]) + 1


@pytest.mark.parametrize(
    ("action", "nth"),
    [
        ("recharge", 2),
        ("recharge", 3),  # after the payment, after the store fee
        ("send", 2),  # coins moved, diamonds not yet
        ("undo", 2),  # coins refunded, diamonds not yet reversed
    ],
)
def test_a_failure_between_transfers_leaves_nothing(scene, probe, monkeypatch, action, nth):
    s, vera, cleo, recent = scene
    before = probe.state(s)
    balances = [s.balance(p.id) for p in (vera, cleo)]
    budget_left = s.profiles.budget_left_today(vera.id)
    with monkeypatch.context() as patch:
        if action == "send":  # a gift's transfers are written together, after its rules
            patch.setattr(ledger, "insert_transfers", fail_at_row(nth, ledger.insert_transfers))
        else:
            patch.setattr(ledger, "transfer", fail_on_call(nth, ledger.transfer))
        with pytest.raises(Boom):
            actions(s, vera, cleo, recent)[action]()
    assert_untouched(s, probe, before, vera, cleo, balances, budget_left)


def test_a_failure_after_the_transfers_of_a_send_leaves_nothing(scene, probe, monkeypatch):
    s, vera, cleo, recent = scene
    before = probe.state(s)
    balances = [s.balance(p.id) for p in (vera, cleo)]
    budget_left = s.profiles.budget_left_today(vera.id)
    # add_spending runs after the transfers, the gift row and the creator totals.
    monkeypatch.setattr("giftdesk.storage.spending.add_spending", explode)
    with pytest.raises(Boom):
        actions(s, vera, cleo, recent)["send"]()
    assert_untouched(s, probe, before, vera, cleo, balances, budget_left)


@pytest.mark.sqlite_only
def test_a_failing_gifts_insert_leaves_nothing(scene, probe):
    s, vera, cleo, recent = scene
    before = probe.state(s)
    balances = [s.balance(p.id) for p in (vera, cleo)]
    budget_left = s.profiles.budget_left_today(vera.id)
    conn = s.ctx.conn
    conn.execute(
        "CREATE TEMP TRIGGER gifts_boom BEFORE INSERT ON main.gifts"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    try:
        with pytest.raises(sqlite3.IntegrityError, match="injected failure"):
            actions(s, vera, cleo, recent)["send"]()
    finally:
        conn.execute("DROP TRIGGER temp.gifts_boom")
    assert not conn.in_transaction
    assert_untouched(s, probe, before, vera, cleo, balances, budget_left)


def test_a_failing_payout_settlement_leaves_it_pending(scene, probe, monkeypatch):
    s, vera, cleo, recent = scene
    request = s.payouts.request(cleo.id, 1_000, method="bank")
    before = probe.state(s)
    with monkeypatch.context() as patch:
        patch.setattr(ledger, "record_result", explode)
        with pytest.raises(Boom):
            s.payouts.settle(request.payout_id)
    assert probe.state(s) == before
    assert s.payouts.list(cleo.id)[0].status == "pending"
    assert probe.account(s, "diamond:payout_hold") == 1_000
    assert s.payouts.settle(request.payout_id).status == "paid"
    assert probe.account(s, "diamond:payout_hold") == 0


def test_a_failure_while_adding_a_creator_leaves_no_profile(fresh_services, probe, monkeypatch):
    s = fresh_services
    before = probe.state(s)
    # the COIN account is created, then the DIAMOND account fails
    monkeypatch.setattr(
        ledger, "create_profile_account", fail_on_call(2, ledger.create_profile_account)
    )
    with pytest.raises(Boom):
        s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    assert probe.state(s) == before
    monkeypatch.undo()
    assert s.profiles.add("Cleo", birthdate="1988-02-03", creator=True).is_creator


def test_a_failed_write_releases_the_transaction(scene, monkeypatch):
    s, vera, cleo, recent = scene
    with monkeypatch.context() as patch:
        patch.setattr(gifts, "write_creator_totals", explode)
        with pytest.raises(Boom):
            s.gifts.send(vera.id, cleo.id, "Rose")
    assert not s.ctx.conn.in_transaction
