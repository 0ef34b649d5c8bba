"""Crash trials: a writer is killed with SIGKILL at random moments.

After each kill the database opens, integrity_check is ok, every invariant holds, every
acknowledged transaction is there, and retrying the killed request with its key applies it
exactly once. GIFTDESK_CRASH_TRIALS sets the number of trials (default 50).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from giftdesk.services import Services

TRIALS = int(os.environ.get("GIFTDESK_CRASH_TRIALS", "50"))
WRITER = Path(__file__).with_name("writer.py")
sys.path.insert(0, str(Path(__file__).parent))
from writer import step  # noqa: E402


def _setup(db: Path) -> None:
    services = Services.open(db)
    viewer = services.profiles.add("Vera", birthdate="1990-04-12")
    services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(viewer.id, coins=17_500, channel="web", method="paypal")
    services.close()


def _kill_writer_at_random(db: Path, prefix: str, rng: random.Random) -> list[tuple[str, int]]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), "Vera", "Cleo", prefix, "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    acked: list[tuple[str, int]] = []
    # Wait for the writer to start committing, then let it run a random while.
    first = proc.stdout.readline()
    assert first.startswith("ack "), proc.stderr.read()
    acked.append((first.split()[1], int(first.split()[2])))
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":  # a line cut by the kill is not an ack
            acked.append((parts[1], int(parts[2])))
    assert proc.returncode == -signal.SIGKILL
    return acked


def test_sigkill_mid_write_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(20261125)
    db = tmp_path / "crash.db"
    _setup(db)
    for trial in range(TRIALS):
        prefix = f"t{trial}"
        acked = _kill_writer_at_random(db, prefix, rng)
        services = Services.open(db)
        try:
            checks = services.maintenance.verify()
            assert all(c.ok for c in checks), (trial, [c for c in checks if not c.ok])
            conn = services.store.conn
            for key, txn in acked:
                row = conn.execute(
                    "SELECT id FROM transactions WHERE idem_key = ?", (key,)
                ).fetchone()
                assert row == (txn,), (trial, key)
            # Retry the request that was in flight when the kill came, with its key.
            i = len(acked)
            key = f"{prefix}-{i}"
            vera = services.profiles.find("Vera").id
            cleo = services.profiles.find("Cleo").id
            before = conn.execute(
                "SELECT count(*) FROM transactions WHERE idem_key = ?", (key,)
            ).fetchone()[0]
            first = step(services, vera, cleo, key, i)
            again = step(services, vera, cleo, key, i)
            assert first.transaction_id == again.transaction_id
            after = conn.execute(
                "SELECT count(*) FROM transactions WHERE idem_key = ?", (key,)
            ).fetchone()[0]
            assert before in (0, 1) and after == 1
            assert all(c.ok for c in services.maintenance.verify())
        finally:
            services.close()
    # Every transaction that exists belongs to exactly one key (no double application).
    services = Services.open(db)
    keys = services.store.conn.execute(
        "SELECT count(*), count(DISTINCT idem_key) FROM transactions"
    ).fetchone()
    services.close()
    assert keys[0] == keys[1]
