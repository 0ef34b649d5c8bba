"""Processes writing the same database at once, on SQLite and on PostgreSQL: no lost update,
no 'database is locked', and every coin and diamond accounted for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from giftdesk.services import Services

WRITER = Path(__file__).with_name("writer.py")
STEPS = 150
SENDERS = 8  # processes sending at once
SENDER_STEPS = 40  # steps of each (every 10th a recharge); every 5th key is sent twice
START_COINS = 17_500 + 1_750  # the web purchase each viewer starts with, and its bonus


def _writers(db: str, env: dict[str, str], runs: list[tuple[str, str, int, bool]]) -> list[str]:
    """Start a writer.py for each (sender, key prefix, steps, again) at once; wait for all;
    each one's stdout."""
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), db, sender, "Cleo", prefix, str(steps)]
            + (["again"] if again else []),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for sender, prefix, steps, again in runs
    ]
    outputs = [p.communicate(timeout=600) for p in procs]  # all end before asserting
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err, err
    return [out for out, _ in outputs]


def _acks(out: str) -> dict[str, int]:
    """{key: transaction} of each `ack` line; a key acknowledged twice names one transaction."""
    acked: dict[str, int] = {}
    for line in out.splitlines():
        word, key, txn = line.split()
        assert word in ("ack", "again"), line
        assert acked.setdefault(key, int(txn)) == int(txn), f"{key} was written twice"
    return acked


def _seed(db: str, viewers: list[str]) -> None:
    services = Services.open(db)
    services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    for name in viewers:
        viewer = services.profiles.add(name, birthdate="1990-01-01")
        services.recharge.recharge(viewer.id, coins=17_500, channel="web", method="paypal")
    services.close()


def test_two_writers_at_once_lose_nothing(shared_db, spawn_env):
    _seed(shared_db, ["Ann", "Bob"])
    outputs = _writers(
        shared_db, spawn_env, [("Ann", "Ann", STEPS, False), ("Bob", "Bob", STEPS, False)]
    )
    for out in outputs:
        assert len(out.splitlines()) == STEPS

    services = Services.open(shared_db)
    roses = STEPS - STEPS // 10
    recharges = STEPS // 10
    for name in ("Ann", "Bob"):
        viewer = services.profiles.find(name).id
        assert services.balance(viewer).coins == START_COINS - roses + 70 * recharges
    assert services.balance(services.profiles.find("Cleo").id).diamonds == (2 * roses) // 2
    assert all(c.ok for c in services.maintenance.verify())
    services.close()


def test_eight_processes_sending_at_once_account_for_every_unit(shared_db, spawn_env):
    """Eight writers at once: four viewers, two key series each, and two writers replaying
    another's series at the same time (the same requests, the same keys); every 5th key is
    sent twice in a row as well. Each key is written once, every coin and diamond is where the
    ledger says, and `verify` passes."""
    viewers = ["Ann", "Bob", "Cat", "Dan"]
    _seed(shared_db, viewers)
    runs = [(name, f"{name}-1", SENDER_STEPS, True) for name in viewers]
    runs += [("Ann", "Ann-2", SENDER_STEPS, True), ("Bob", "Bob-2", SENDER_STEPS, True)]
    runs += [("Ann", "Ann-1", SENDER_STEPS, True), ("Cat", "Cat-1", SENDER_STEPS, True)]
    assert len(runs) == SENDERS
    acked: dict[str, int] = {}
    for out in _writers(shared_db, spawn_env, runs):
        for key, txn in _acks(out).items():
            assert acked.setdefault(key, txn) == txn, f"{key}: two transactions"
    series = {prefix: sender for sender, prefix, _, _ in runs}  # 6 distinct series
    assert len(acked) == len(series) * SENDER_STEPS
    recharges_each = SENDER_STEPS // 10
    roses_each = SENDER_STEPS - recharges_each

    services = Services.open(shared_db)
    try:
        failed = [c for c in services.maintenance.verify() if not c.ok]
        assert not failed, failed
        conn = services.store.conn
        kinds = dict(conn.execute("SELECT kind, count(*) FROM transactions GROUP BY kind"))
        assert kinds == {
            "recharge": len(viewers) + len(series) * recharges_each,
            "gift": len(series) * roses_each,
        }
        keys = conn.execute(
            "SELECT count(*), count(DISTINCT idem_key) FROM transactions"
        ).fetchone()
        assert keys[0] == keys[1] == len(viewers) + len(acked)
        for key, txn in acked.items():
            row = conn.execute("SELECT id FROM transactions WHERE idem_key = ?", (key,)).fetchone()
            assert row == (txn,), key

        # What each viewer holds: the start, 70 a recharge (no second bonus), 1 a Rose.
        per_viewer = {name: [0, 0] for name in viewers}
        for sender in series.values():
            per_viewer[sender][0] += recharges_each
            per_viewer[sender][1] += roses_each
        wallets = 0
        for name, (recharges, roses) in per_viewer.items():
            coins = services.balance(services.profiles.find(name).id).coins
            assert coins == START_COINS + 70 * recharges - roses, name
            wallets += coins
        issued = len(viewers) * START_COINS + 70 * len(series) * recharges_each
        spent = len(series) * roses_each

        def account(code: str) -> int:
            return conn.execute("SELECT balance FROM accounts WHERE code = ?", (code,)).fetchone()[
                0
            ]

        # Coins recharged = coins in wallets + coins spent, by the ledger's own accounts too.
        assert -account("coin:issuance") == issued == wallets + spent
        assert account("coin:spent") == spent
        # Diamonds: half the coins Cleo received, rounded down, all of them in her wallet.
        cleo = services.profiles.find("Cleo").id
        received, minted = conn.execute(
            "SELECT coins_received, diamonds_minted FROM creator_totals WHERE profile_id = ?",
            (cleo,),
        ).fetchone()
        assert received == spent and minted == spent // 2
        assert services.balance(cleo).diamonds == minted == -account("diamond:issuance")
    finally:
        services.close()


def test_two_cli_processes_on_a_fresh_database(fresh_shared_db, spawn_env):
    """Both create the schema at the same moment: one waits, neither fails."""
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "giftdesk",
                "--db",
                fresh_shared_db,
                "profiles",
                "add",
                name,
                "--birthdate",
                "1990-01-01",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=spawn_env,
        )
        for name in ("First", "Second")
    ]
    errors = [proc.communicate(timeout=120)[1] for proc in procs]  # both end before asserting
    for proc, err in zip(procs, errors, strict=False):
        assert proc.returncode == 0, err
    services = Services.open(fresh_shared_db)
    assert {p.name for p in services.profiles.list()} == {"First", "Second"}
    assert all(c.ok for c in services.maintenance.verify())
    services.close()


def test_second_window_sees_changes_on_refresh(qtbot, tmp_path, shared_db):
    from PySide6.QtCore import QSettings

    from giftdesk.ui.main_window import MainWindow

    first = Services.open(shared_db)
    vera = first.profiles.add("Vera", birthdate="1990-04-12")
    second = Services.open(shared_db)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(second, settings=settings)
    qtbot.addWidget(window)
    window.select_profile(vera.id)
    cleo = first.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    first.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    assert window.activity_tab.model.rowCount() == 0  # another process wrote; no signal here
    window.refresh_action.trigger()
    assert window.activity_tab.model.rowCount() == 1
    assert "770" in window.header.coins_label.text()
    assert window.gifts_tab.creator_combo.findData(cleo.id) >= 0
    first.close()
    second.close()
