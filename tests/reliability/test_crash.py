"""Crash trials, on SQLite and on PostgreSQL: a writer is killed with SIGKILL at random moments;
on PostgreSQL also while the server commits its transaction, and the server itself (its
postmaster) mid-send, in a cluster of the test's own.

After each kill the database opens, every invariant holds (`verify`), every acknowledged
transaction is there, and retrying the killed request with its key applies it exactly once: 0
units lost or invented. GIFTDESK_CRASH_TRIALS sets the number of writer trials (default 50),
GIFTDESK_SERVER_CRASH_TRIALS that of server kills (default 8).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from pg_server import PgServer, own_server

from giftdesk.services import Services

TRIALS = int(os.environ.get("GIFTDESK_CRASH_TRIALS", "50"))
SERVER_TRIALS = int(os.environ.get("GIFTDESK_SERVER_CRASH_TRIALS", "8"))
COMMIT_TRIALS = 3
WRITER = Path(__file__).with_name("writer.py")
sys.path.insert(0, str(Path(__file__).parent))
from writer import step  # noqa: E402

WAIT_S = 30
# How a writer whose server was killed ends: giftdesk's StorageError when the kill came in a
# write, psycopg's own error in a read (the writer calls the services directly; the CLI and the
# window turn both into one line, storage/errors.py). Anything else fails the trial.
LOST = ("giftdesk.domain.errors.StorageError: ", "psycopg.OperationalError: ")


def _setup(db: str) -> None:
    services = Services.open(db)
    viewer = services.profiles.add("Vera", birthdate="1990-04-12")
    services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(viewer.id, coins=17_500, channel="web", method="paypal")
    services.close()


def _start_writer(db: str, prefix: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), db, "Vera", "Cleo", prefix, "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
        env=env,
    )


def _first_ack(proc: subprocess.Popen[str]) -> tuple[str, int]:
    """Wait for the writer to start committing: its first acknowledgement."""
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    assert first.startswith("ack "), proc.stderr.read()
    return first.split()[1], int(first.split()[2])


def _rest(proc: subprocess.Popen[str], timeout_s: float | None = None) -> tuple[str, str]:
    """(stdout, stderr) of a writer that ends (or was killed), read through the same text
    streams as `_first_ack`: communicate() reads the pipes themselves and would miss the
    acknowledgements `readline()` had already buffered."""
    assert proc.stdout is not None and proc.stderr is not None
    proc.wait(timeout=timeout_s)
    with proc.stdout, proc.stderr:
        return proc.stdout.read(), proc.stderr.read()


def _acks(out: str) -> list[tuple[str, int]]:
    acked = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":  # a line cut by the kill is not an ack
            acked.append((parts[1], int(parts[2])))
    return acked


def _kill_writer_at_random(
    db: str, prefix: str, rng: random.Random, env: dict[str, str]
) -> list[tuple[str, int]]:
    proc = _start_writer(db, prefix, env)
    acked = [_first_ack(proc)]
    time.sleep(rng.uniform(0.0, 0.25))  # let it run a random while
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = _rest(proc)
    assert proc.returncode == -signal.SIGKILL
    return acked + _acks(out)


def _recover(db: str, prefix: str, acked: list[tuple[str, int]], trial: object) -> int:
    """After a crash: verify, find every acknowledged transaction, and retry the request that
    was in flight with its key, twice: it is written exactly once. Whether it had been written
    before the retry (committed, but never acknowledged): 0 or 1."""
    services = Services.open(db)
    try:
        checks = services.maintenance.verify()
        assert all(c.ok for c in checks), (trial, [c for c in checks if not c.ok])
        conn = services.store.conn
        for key, txn in acked:
            row = conn.execute("SELECT id FROM transactions WHERE idem_key = ?", (key,)).fetchone()
            assert row == (txn,), (trial, key)
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
        assert before in (0, 1) and after == 1, (trial, before, after)
        # Nothing after it: a kill cannot have let a later request through.
        later = conn.execute(
            "SELECT count(*) FROM transactions WHERE idem_key = ?", (f"{prefix}-{i + 1}",)
        ).fetchone()[0]
        assert later == 0, trial
        assert all(c.ok for c in services.maintenance.verify())
        return int(before)
    finally:
        services.close()


def _accounted(db: str, prefixes: list[str]) -> None:
    """Every transaction belongs to exactly one key, and every unit is accounted for: Vera's
    coins are her purchases less her Roses, Cleo's diamonds half the coins she received."""
    services = Services.open(db)
    try:
        conn = services.store.conn
        keys = conn.execute("SELECT count(*), count(DISTINCT idem_key) FROM transactions")
        total, distinct = keys.fetchone()
        assert total == distinct
        # Every written key is one of the writers' series, numbered without a gap.
        written: dict[str, set[int]] = {p: set() for p in prefixes}
        for (key,) in conn.execute("SELECT idem_key FROM transactions"):
            prefix, _, number = key.rpartition("-")
            if prefix in written:
                written[prefix].add(int(number))
        roses = recharges = 0
        for prefix, numbers in written.items():
            assert numbers == set(range(len(numbers))), (prefix, sorted(numbers))
            recharges += sum(1 for i in numbers if i % 10 == 9)
            roses += sum(1 for i in numbers if i % 10 != 9)
        vera = services.profiles.find("Vera").id
        cleo = services.profiles.find("Cleo").id
        assert services.balance(vera).coins == 17_500 + 1_750 + 70 * recharges - roses
        assert services.balance(cleo).diamonds == roses // 2
        assert all(c.ok for c in services.maintenance.verify())
    finally:
        services.close()


def test_sigkill_mid_write_loses_nothing_acknowledged(shared_db, spawn_env):
    rng = random.Random(20261125)
    _setup(shared_db)
    for trial in range(TRIALS):
        prefix = f"t{trial}"
        acked = _kill_writer_at_random(shared_db, prefix, rng, spawn_env)
        _recover(shared_db, prefix, acked, trial)
    _accounted(shared_db, [f"t{trial}" for trial in range(TRIALS)])


def _syncrep_waiter(watch: psycopg.Connection) -> int | None:
    row = watch.execute(
        "SELECT pid FROM pg_stat_activity"
        " WHERE wait_event = 'SyncRep' AND datname = current_database()"
    ).fetchone()
    return None if row is None else int(row[0])


def _until(what, timeout_s: float = WAIT_S):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = what()
        if found:
            return found
        time.sleep(0.01)
    raise AssertionError(f"{what.__doc__ or what} did not happen in {timeout_s} s")


def _own_database(server: PgServer) -> str:
    db = server.url(server.create_database())
    _setup(db)  # an empty database: GiftDesk's migrations make it
    return db


def test_a_sender_killed_while_the_server_commits_is_written_once(spawn_env):
    """The moment between the server receiving COMMIT and the client hearing it, made to last:
    with a synchronous standby required that never comes, the server has written the commit
    and waits; the sender is killed there; then the wait is lifted and the commit goes
    through. The request was never acknowledged, yet is written: its retry by key finds it
    and writes nothing again."""
    with own_server() as server:
        db = _own_database(server)
        with psycopg.connect(db, autocommit=True) as watch:
            for trial in range(COMMIT_TRIALS):
                prefix = f"c{trial}"
                proc = _start_writer(db, prefix, spawn_env)
                acked = [_first_ack(proc)]
                server.configure(synchronous_standby_names="giftdesk_nobody")
                waiter = _until(lambda: _syncrep_waiter(watch))
                os.kill(proc.pid, signal.SIGKILL)
                out, _ = _rest(proc)
                assert proc.returncode == -signal.SIGKILL
                acked += _acks(out)
                key = f"{prefix}-{len(acked)}"
                written = "SELECT count(*) FROM transactions WHERE idem_key = %s"
                # Still waiting: the sender died before it could hear the commit. (Whether others
                # see the gift meanwhile is the store's choice: a commit that releases its locks
                # before the disk write and waits after it shows it, one that waits does not.)
                assert _syncrep_waiter(watch) == waiter
                server.configure(synchronous_standby_names=None)
                _until(lambda: watch.execute(written, (key,)).fetchone() == (1,))  # noqa: B023
                assert _recover(db, prefix, acked, trial) == 1
        _accounted(db, [f"c{trial}" for trial in range(COMMIT_TRIALS)])


def test_the_server_killed_mid_send_loses_and_invents_nothing(spawn_env):
    """kill -9 the postmaster while a sender writes; the sender fails (its connection is
    gone); the server is started again (crash recovery) and the request retried by key."""
    rng = random.Random(20261205)
    with own_server() as server:
        db = _own_database(server)
        for trial in range(SERVER_TRIALS):
            prefix = f"s{trial}"
            proc = _start_writer(db, prefix, spawn_env)
            try:
                acked = [_first_ack(proc)]
                time.sleep(rng.uniform(0.0, 0.25))
                server.kill_postmaster()
                out, err = _rest(proc, WAIT_S)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.communicate()
            # The connection lost, and nothing else (LOST).
            assert proc.returncode == 1, err
            raised = [line for line in err.splitlines() if line[:1].isalpha()]
            assert raised and raised[-1].startswith(LOST), err  # the last exception's own line
            acked += _acks(out)
            server.restart()
            _recover(db, prefix, acked, trial)
        _accounted(db, [f"s{trial}" for trial in range(SERVER_TRIALS)])


def test_a_connection_lost_at_commit_does_not_say_the_gift_was_not_saved(spawn_env, tmp_path):
    """`giftdesk send --key K` whose connection is lost after the server has committed, before
    the answer reaches the CLI (its backend ended while it waits at COMMIT): the gift is
    written. What the CLI says must not be that it was not: a user told so sends it again,
    without the key, and Vera pays twice. (Retrying with K finds it, as it must.)"""
    with own_server() as server:
        db = _own_database(server)
        with psycopg.connect(db, autocommit=True) as watch:
            server.configure(synchronous_standby_names="giftdesk_nobody")
            send = subprocess.Popen(
                [sys.executable, "-m", "giftdesk", "--db", db, "send", "Vera", "Cleo", "Rose"]
                + ["--key", "lost-at-commit"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=spawn_env,
                cwd=tmp_path,
            )
            try:
                waiter = _until(lambda: _syncrep_waiter(watch))
                assert watch.execute("SELECT pg_terminate_backend(%s)", (waiter,)).fetchone()
                _, err = send.communicate(timeout=WAIT_S)
            finally:
                if send.poll() is None:
                    send.kill()
                    send.communicate()
            server.configure(synchronous_standby_names=None)
            written = watch.execute(
                "SELECT count(*) FROM transactions WHERE idem_key = 'lost-at-commit'"
            ).fetchone()
        assert send.returncode == 1, err
        assert written == (1,)  # committed: the server had written it before the loss
        assert "Traceback" not in err, err
        assert "was not saved" not in err, f"the gift was saved, but the CLI says: {err}"


CLI_TRIALS = int(os.environ.get("GIFTDESK_CLI_CRASH_TRIALS", "12"))


def _cli_send(db: str, key: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "giftdesk", "--json", "--db", db]
        + ["send", "Vera", "Cleo", "Rose", "--key", key],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
    )


def test_giftdesk_send_killed_at_random_then_run_again_with_its_key(shared_db, spawn_env, tmp_path):
    """The command line as a user scripts it: `giftdesk send ... --key K` killed with SIGKILL at
    a random moment of its run (from its start to past its usual end), then run again with K,
    twice: one gift for each key, whatever the kill interrupted."""
    rng = random.Random(20261206)
    _setup(shared_db)
    timed = time.monotonic()
    done = _cli_send(shared_db, "cli-timing", spawn_env, tmp_path)
    assert done.wait(timeout=WAIT_S) == 0, done.communicate()[1]
    done.communicate()
    full_s = time.monotonic() - timed
    keys = ["cli-timing"] + [f"cli-{trial}" for trial in range(CLI_TRIALS)]
    for key in keys[1:]:
        proc = _cli_send(shared_db, key, spawn_env, tmp_path)
        time.sleep(rng.uniform(0.0, full_s * 1.2))
        proc.kill()
        proc.communicate()
        answers = []
        for _ in range(2):
            again = _cli_send(shared_db, key, spawn_env, tmp_path)
            out, err = again.communicate(timeout=WAIT_S)
            assert again.returncode == 0, err
            answers.append(json.loads(out)["transaction_id"])
        assert answers[0] == answers[1], key
    services = Services.open(shared_db)
    try:
        assert all(c.ok for c in services.maintenance.verify())
        conn = services.store.conn
        for key in keys:
            count = conn.execute("SELECT count(*) FROM transactions WHERE idem_key = ?", (key,))
            assert count.fetchone() == (1,), key
        gifts = conn.execute("SELECT count(*) FROM transactions WHERE kind = 'gift'").fetchone()
        assert gifts == (len(keys),)
        vera = services.profiles.find("Vera").id
        cleo = services.profiles.find("Cleo").id
        assert services.balance(vera).coins == 17_500 + 1_750 - len(keys)
        assert services.balance(cleo).diamonds == len(keys) // 2
    finally:
        services.close()
