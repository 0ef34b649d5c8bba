"""GiftDesk benchmarks: each figure a ratio against a baseline measured in the same run.

    python tests/benchmarks/run.py [--engine sqlite|postgres] [--only GROUP,...] [--quick]
                                   [--json] [--rows N]

Not collected by pytest (no test_ prefix). `--quick` uses fewer repetitions and finishes in
under three minutes on two cores; `--json` prints one JSON object as the last line. The
checkout's own giftdesk is measured (the one beside tests/, whatever the venv installed).

`--engine postgres` runs the sends on a throwaway PostgreSQL server of the run's own
(postgres.py: against raw psycopg on the same server) and the concurrent senders there
(senders.py) and the LIVE room across machines (machines.py); its groups are durable, burst,
concurrent and live. `--engine sqlite` (the default) runs everything below; its groups are
durable, burst, concurrent and ledger (the rest, on the large ledger). `--only` runs the
groups named, as `--engine postgres --only concurrent`.

Ratios and their targets (issue 6):
  durable_send_ratio     gifts/s through GiftService.send (each its own durable transaction)
                         / raw sqlite3 doing 2 balance updates + 2 entry inserts per commit  >= 0.35
                         (the 0.8 first set is retired by decision: measured at 0.40 here)
  burst_send_ratio       gifts/s through GiftService.send_batch (one transaction; a viewer's
                         repeated roses recorded as one combo, as on a LIVE)
                         / the same raw sqlite3 work in one transaction                       >= 0.5
  balance_scaling_ratio  time to read a balance with --rows ledger transactions / with 1,000  <= 1.2
  history_first_page_ms  Activity and Earnings tables on the large ledger, until first page   <= 50
  startup_ratio          process start to window shown (and closed) / a bare QMainWindow  <= 1.3
  live_feed_latency_ms   p95 from a gift's commit in another process to an open LIVE room's
                         feed painting it, during a 1,000 gifts/s burst (live_room.py)     <= 500
  live_ui_max_stall_ms   the longest gap between two turns of the window's event loop then <= 100
  leaderboard_ms         a week's leaderboard of the busiest creator, large ledger         <= 50
and, reported without a target: the durable sends again with synchronous=OFF on both sides
(unsynced_send_ratio: the processor's share of a commit, without the disk's), the burst with
every gift its own ledger transaction (burst_no_streaks_ratio), peak memory of the app on the
large ledger against the bare window, the CSV export rate of the top creator's history (every
one of the --rows gifts), `verify` time on the large ledger, and the rate of its hledger export
(export_hledger_rows_per_s: ledger transactions written a second), and the time Debian's
hledger takes to check that export and give its balances (hledger_bal_s), each wallet's compared
with GiftDesk's: a refusal or a difference fails the run. With a target:
  spending_ms            a year of spending figures (12 months, by creator, where the money
                         went) for the busiest viewer on the large ledger                     <= 100
and the concurrent senders' gifts/s with 1, 4 and 8 processes (senders.py), without a target
on SQLite, which lets one writer in at a time by design.

On PostgreSQL (issue 19; postgres.py and senders.py say what each side does):
  durable_send_ratio     GiftService.send / raw psycopg, a gift a transaction     (no target)
                         (with the statements a gift sends and its share of time inside the
                         store's write(): durable_statements_per_gift, durable_in_write_share)
  burst_send_ratio       GiftService.send_batch / raw psycopg's executemany burst     >= 0.5
  concurrent_growth_4    gifts/s of 4 sending processes / of 1, all to one creator    >= 1.2
and beside them, without a target, the same concurrent senders as raw psycopg processes
(concurrent_raw_*: how far this server and machine let one creator's gifts grow), and in a
full run the senders each to a creator of their own (concurrent_distinct_*). And the LIVE
room on one machine with the gifts sent from another (machines.py, network namespaces):
  live_feed_latency_ms   p95, a gift's commit there to its paint here               <= 500
  live_ui_max_stall_ms   the room's window's longest event-loop gap meanwhile        <= 100
  live_header_matches    the room's and the window's headers show the server's figures  1
"""

from __future__ import annotations

import argparse
import compileall
import csv
import io
import json
import os
import platform
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# This checkout's giftdesk, not whichever one the venv was installed from (an editable install
# of another worktree would be found first from here, the script's folder being sys.path[0]).
sys.path[:0] = [str(HERE), str(HERE.parent.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from big_ledger import build  # noqa: E402
from live_room import leaderboard_ms, live_room  # noqa: E402
from machines import live_across_machines  # noqa: E402
from senders import concurrent_gifts  # noqa: E402
from sends import burst_figures, funded  # noqa: E402
from wal import until_the_log_is_reused  # noqa: E402

import giftdesk  # noqa: E402
from giftdesk.history_csv import export_csv  # noqa: E402
from giftdesk.services import Services  # noqa: E402
from giftdesk.services.gifting import GiftRequest  # noqa: E402
from giftdesk.services.results import GiftSent  # noqa: E402

TARGETS = {
    "durable_send_ratio": (">=", 0.35),
    "burst_send_ratio": (">=", 0.5),
    "balance_scaling_ratio": ("<=", 1.2),
    "history_first_page_ms": ("<=", 50.0),
    "startup_ratio": ("<=", 1.3),
    "live_feed_latency_ms": ("<=", 500.0),
    "live_ui_max_stall_ms": ("<=", 100.0),
    "leaderboard_ms": ("<=", 50.0),
    "spending_ms": ("<=", 100.0),
}
# PostgreSQL's (issue 19). No target for its durable sends: the ratio follows the disk's load
# more than GiftDesk (0.14 to 0.74 within a quarter of an hour), see docs/performance.md.
# Growth from 1 to 4 senders must be clear of the noise: 1.2. With one writer at a time (the
# write lock held for 98% of a gift) the growth cannot pass 1.02, yet one run read 1.16 and
# others 0.56 to 1.01; raw psycopg senders to one creator reached 1.2 to 2.0 on the same
# server (0.96 once, the processors busy with other work: read the two side by side).
PG_TARGETS = {
    "burst_send_ratio": (">=", 0.5),
    "concurrent_growth_4": (">=", 1.2),
    # The LIVE room on one machine, the simulator on another (machines.py).
    "live_feed_latency_ms": ("<=", 500.0),
    "live_ui_max_stall_ms": ("<=", 100.0),
    "live_header_matches": (">=", 1),
}
GROUPS = {
    "sqlite": ("durable", "burst", "concurrent", "ledger"),
    "postgres": ("durable", "burst", "concurrent", "live"),
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the raw sqlite3 floor ------------------------------------------------------------------


def raw_db(path: Path, accounts: int) -> sqlite3.Connection:
    """The minimal equivalent of a gift, with GiftDesk's pragmas: balances and entries."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE balances (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL) STRICT")
    conn.execute(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, txn INTEGER NOT NULL,"
        " account INTEGER NOT NULL, amount INTEGER NOT NULL) STRICT"
    )
    conn.executemany(
        "INSERT INTO balances VALUES (?, 1000000000)", [(i,) for i in range(accounts + 1)]
    )
    return conn


def raw_gift(conn: sqlite3.Connection, i: int, sender: int, creator: int) -> None:
    conn.execute("UPDATE balances SET balance = balance - 1 WHERE id = ?", (sender,))
    conn.execute("UPDATE balances SET balance = balance + 1 WHERE id = ?", (creator,))
    conn.execute("INSERT INTO entries (txn, account, amount) VALUES (?, ?, -1)", (i, sender))
    conn.execute("INSERT INTO entries (txn, account, amount) VALUES (?, ?, 1)", (i, creator))


# --- the measures ---------------------------------------------------------------------------


def durable_send(work: Path, *, gifts: int, rounds: int, synchronous: str = "FULL") -> dict:
    ours_path = work / f"durable-{synchronous}.db"
    raw_path = work / f"durable-raw-{synchronous}.db"
    services, viewers, (creator,) = funded(ours_path, 1)
    raw = raw_db(raw_path, 2)
    for conn in (services.ctx.conn, raw):
        conn.execute(f"PRAGMA synchronous = {synchronous}")

    def raw_commit(txn: int = 0) -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw_gift(raw, txn, 1, 2)
        raw.execute("COMMIT")

    until_the_log_is_reused(lambda: services.gifts.send(viewers[0], creator, "Rose"), ours_path)
    until_the_log_is_reused(raw_commit, raw_path)
    ours_rates, raw_rates = [], []
    for r in range(rounds):  # interleaved, so both see the same disk and the same neighbours
        start = time.perf_counter()
        for _ in range(gifts):
            services.gifts.send(viewers[0], creator, "Rose")
        ours_rates.append(gifts / (time.perf_counter() - start))
        start = time.perf_counter()
        for i in range(gifts):
            raw_commit(r * gifts + i)
        raw_rates.append(gifts / (time.perf_counter() - start))
    services.close()
    raw.close()
    ours, floor = statistics.median(ours_rates), statistics.median(raw_rates)
    if synchronous != "FULL":
        return {
            "unsynced_send_ratio": ours / floor,
            "unsynced_send_us": 1e6 / ours,
            "unsynced_raw_us": 1e6 / floor,
        }
    return {
        "durable_send_ratio": ours / floor,
        "durable_sends_per_s": ours,
        "durable_raw_per_s": floor,
    }


def burst_send(work: Path, *, gifts: int, rounds: int) -> dict:
    """A LIVE's burst: `gifts` roses from 100 viewers to one creator in one send_batch call.

    As on a LIVE, each viewer's roses become one combo transaction (every rule still checked
    per gift). The same burst with `streaks=False`, every gift its own ledger transaction, is
    reported beside it without a target.
    """
    viewers_n = 100
    services, viewers, (creator,) = funded(work / "burst.db", viewers_n)
    raw = raw_db(work / "burst-raw.db", viewers_n + 1)
    rates: dict[str, list[float]] = {"ours": [], "single": [], "raw": []}
    for r in range(rounds):
        burst = [GiftRequest(viewers[i % viewers_n], creator, "Rose") for i in range(gifts)]
        for name, streaks in (("ours", True), ("single", False)):
            start = time.perf_counter()
            results = services.gifts.send_batch(burst, streaks=streaks)
            rates[name].append(gifts / (time.perf_counter() - start))
            assert all(isinstance(x, GiftSent) for x in results), "a burst gift was refused"
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        for i in range(gifts):
            raw_gift(raw, r * gifts + i, i % viewers_n, viewers_n + 1)
        raw.execute("COMMIT")
        rates["raw"].append(gifts / (time.perf_counter() - start))
    services.close()
    raw.close()
    return burst_figures(rates)


def balance_read_s(path: str, profile_ids: list[int], reads: int) -> float:
    services = Services.open(path)
    for pid in profile_ids[:50]:  # warm the page cache alike for both sizes
        services.balance(pid)
    start = time.perf_counter()
    for i in range(reads):
        services.balance(profile_ids[i % len(profile_ids)])
    elapsed = (time.perf_counter() - start) / reads
    services.close()
    return elapsed


def history_first_page_ms(path: str, viewer: int, creator: int) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from giftdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    services = Services.open(path)
    settings = QSettings(str(Path(path).with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(services, settings=settings)
    window.show()
    app.processEvents()
    figures: dict[str, float] = {}
    other = {viewer: creator, creator: viewer}
    for _ in range(3):  # the best of three, as for start-up: a busy neighbour only adds time
        for name, profile, tab in (
            ("activity", viewer, window.activity_tab),
            ("earnings", creator, window.earnings_tab),
        ):
            window.tabs.setCurrentWidget(tab)
            window.select_profile(other[profile])  # away first, so the table loads afresh
            app.processEvents()
            start = time.perf_counter()
            window.select_profile(profile)  # the tab loads and shows its first page
            app.processEvents()
            elapsed_ms = (time.perf_counter() - start) * 1000
            key = f"{name}_first_page_ms"
            figures[key] = min(figures.get(key, elapsed_ms), elapsed_ms)
    window.close()
    services.close()
    figures["history_first_page_ms"] = max(figures.values())
    return figures


# The bare window marks "shown" at the same point as the app (giftdesk.ui.launch.run_gui):
# after show() and one pass of the event loop, so that the window has been painted.
_BARE = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
log = os.environ.get("GIFTDESK_STARTUP_LOG")
if log:
    with open(log, "a", encoding="ascii") as f:
        f.write(f"shown {time.time():.6f}\\n")
QTimer.singleShot(0, app.quit)
app.exec()
"""


# Linux carries a process's peak-memory figure across fork and exec, so a child started from
# this (by now large) process would report our peak. A small Python in between starts the
# measured program from a process of ~10 MB and reports only what that program reached.
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(done.returncode)
"""


def _child(args: list[str], **env_extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-500:]}")
    return done


def _startup_marks(args: list[str], work: Path) -> dict[str, float]:
    """Seconds from spawn to each stage the program marks ("shown", "ready"), and to "exit"."""
    log = work / "startup.log"
    log.unlink(missing_ok=True)
    spawned = time.time()
    _child(args, GIFTDESK_STARTUP_LOG=str(log))
    marks = {"exit": time.time() - spawned}
    for line in log.read_text(encoding="ascii").splitlines():
        stage, at = line.split()
        marks[stage] = float(at) - spawned
    return marks


def _peak_kib(args: list[str]) -> int:
    """The program's peak resident memory, measured through the small launcher above."""
    return int(_child([sys.executable, "-c", _MEASURE, *args]).stdout.split()[-1])


def startup(work: Path, big_path: str, *, runs: int) -> dict:
    """Spawn to window shown, ours against a bare QMainWindow, both marking the moment alike.

    The app shows its frame first and loads the services and tabs right after (the issue's
    "heavy imports after the window is shown"); `startup_ready_s` is when the tabs show the
    profile's data, reported beside the ratio.
    """
    # Byte-compiled as an installed app is (pip and the bundle compile at install time): a
    # checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every module each start.
    compileall.compile_dir(Path(giftdesk.__file__).parent, quiet=1)
    small = work / "startup.db"
    services = Services.open(small)
    vid = services.profiles.add("Vera", birthdate="1990-01-01").id
    services.recharge.recharge(vid, coins=700, channel="web", method="paypal")
    services.close()
    app_cmd = [sys.executable, "-m", "giftdesk", "--db", str(small), "--quit-after", "0"]
    bare_cmd = [sys.executable, "-c", _BARE]
    _startup_marks(app_cmd, work)  # first runs fill the OS file cache for both
    _startup_marks(bare_cmd, work)
    ours, bare = [], []
    for _ in range(runs):  # interleaved, so both see the same neighbours
        ours.append(_startup_marks(app_cmd, work))
        bare.append(_startup_marks(bare_cmd, work))
    # The best of the interleaved runs: noise from other work on a shared machine only ever
    # adds time, and it came and went by half the figure between runs when medians were used.
    shown = min(m["shown"] for m in ours)
    bare_shown = min(m["shown"] for m in bare)
    app_rss = _peak_kib([sys.executable, "-m", "giftdesk", "--db", big_path, "--quit-after", "0"])
    bare_rss = _peak_kib(bare_cmd)
    return {
        "startup_ratio": shown / bare_shown,
        "startup_shown_s": shown,
        "bare_window_shown_s": bare_shown,
        "startup_shown_median_s": statistics.median(m["shown"] for m in ours),
        "bare_window_shown_median_s": statistics.median(m["shown"] for m in bare),
        "startup_ready_s": min(m["ready"] for m in ours),
        "startup_exit_s": min(m["exit"] for m in ours),
        "bare_window_exit_s": min(m["exit"] for m in bare),
        "peak_memory_large_kib": app_rss,
        "peak_memory_bare_kib": bare_rss,
        "peak_memory_ratio": app_rss / bare_rss,
    }


def export_and_verify(work: Path, big_path: str, creator: int, rows: int) -> dict:
    services = Services.open(big_path)
    out = work / "export.csv"
    start = time.perf_counter()
    written = export_csv(services.history, creator, out)
    export_s = time.perf_counter() - start
    start = time.perf_counter()
    checks = services.maintenance.verify()
    verify_s = time.perf_counter() - start
    services.close()
    failed = [c.name for c in checks if not c.ok]
    if failed:
        raise RuntimeError(f"the large ledger fails verification: {failed}")
    return {
        "csv_export_rows": written,
        "csv_export_rows_per_s": written / export_s,
        "verify_s": verify_s,
        "verify_ledger_transactions": rows,
    }


def accounting(work: Path, big_path: str, viewer: int, *, runs: int) -> dict:
    """The whole large ledger as an hledger journal (transactions written a second), and a
    year of spending figures for its busiest viewer (best of `runs`, in ms)."""
    from giftdesk.accounting_export import export_journal

    services = Services.open(big_path)
    journal = work / "all.journal"
    try:
        start = time.perf_counter()
        written = export_journal(services.accounting.journal(), str(journal), "hledger")
        export_s = time.perf_counter() - start
        wallets = {p.id: services.profiles.balance(p.id) for p in services.profiles.list()}
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            year = services.spending.months(viewer, count=12)
            best = min(best, time.perf_counter() - start)
        assert sum(m.coins for m in year) > 0, "the busiest viewer spent nothing"
    finally:
        services.close()
    start = time.perf_counter()
    found = hledger_balances(journal)
    hledger_s = time.perf_counter() - start
    for pid, balance in wallets.items():
        for unit, held in (("Coin", balance.coins), ("Diamond", balance.diamonds)):
            if found.get(f"Assets:Wallets:P{pid}:{unit}", 0) != held:
                raise RuntimeError(f"hledger's {unit} balance of profile {pid} is not {held}")
    return {
        "export_hledger_rows": written,
        "export_hledger_rows_per_s": written / export_s,
        "hledger_bal_s": hledger_s,
        "spending_ms": best * 1000,
    }


def hledger_balances(journal: Path) -> dict[str, int]:
    """Every account's balance as Debian's hledger reads the journal. `bal` runs hledger's
    default checks first, as `hledger check` does (the journal parses, every transaction
    balances, every balance assertion holds), and fails the benchmark if one fails. On the
    million-transaction ledger it takes about 70 s and 9 GB here; the tests run `check` on
    the smaller ordinary and nasty ledgers (tests/cli/test_accounting_export.py)."""
    run = subprocess.run(
        ["hledger", "-f", str(journal), "bal", "--flat", "--no-total", "-O", "csv"],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"hledger refused the export: {run.stderr.strip()}")
    found = {}
    for account, amount in list(csv.reader(io.StringIO(run.stdout)))[1:]:
        number = amount.split()[0].replace(",", "")
        if amount.split()[-1] in ("COIN", "DIAMOND"):
            found[account] = int(number.rstrip("."))
    return found


# --- main -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (< 3 minutes)")
    parser.add_argument("--json", action="store_true", help="end with one JSON object")
    parser.add_argument(
        "--engine",
        choices=tuple(GROUPS),
        default="sqlite",
        help="the database engine measured (default sqlite; postgres starts a server of its own)",
    )
    parser.add_argument(
        "--only",
        type=lambda text: tuple(g.strip() for g in text.split(",")),
        help="only these groups, comma-separated: for sqlite durable, burst, concurrent, "
        "ledger; for postgres durable, burst, concurrent, live (default all)",
    )
    parser.add_argument(
        "--rows",
        type=int,
        default=1_000_000,
        help="ledger transactions in the large database (default 1,000,000)",
    )
    args = parser.parse_args()
    groups = args.only or GROUPS[args.engine]
    unknown = set(groups) - set(GROUPS[args.engine])
    if unknown:
        parser.error(f"no group {', '.join(sorted(unknown))} for {args.engine}")
    # A SIGTERM (a CI job's timeout) unwinds as an exit does, so the server is stopped.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    results: dict = {}
    began = time.perf_counter()
    if args.engine == "postgres":
        results |= postgres_figures(groups, quick=args.quick)
        targets = PG_TARGETS
    else:
        results |= sqlite_figures(groups, quick=args.quick, rows=args.rows)
        targets = TARGETS
    results["seconds"] = time.perf_counter() - began
    results["quick"] = args.quick
    results["engine"] = args.engine
    results["machine"] = {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
    }
    if "postgresql" in results:
        results["machine"]["postgresql"] = results.pop("postgresql")
    results["targets"] = {
        name: {
            "target": f"{op} {value}",
            "met": (results[name] >= value if op == ">=" else results[name] <= value),
        }
        for name, (op, value) in targets.items()
        if name in results  # --only measured it
    }
    for name in sorted(k for k in results if k.startswith("concurrent_")):
        if not name.endswith("rounds"):
            log(f"{name:40} {results[name]:10.3f}")
    for name, target in results["targets"].items():
        log(
            f"{name:24} {results[name]:10.3f}   target {target['target']:8} "
            f"{'met' if target['met'] else 'NOT MET'}"
        )
    if args.json:
        print(json.dumps(results, sort_keys=True))
    return 0


def sqlite_figures(groups: tuple[str, ...], *, quick: bool, rows: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="giftdesk-bench-", dir=Path.cwd()))
    results: dict = {}
    sends, rounds = (150, 3) if quick else (500, 5)
    try:
        if "durable" in groups:
            log("durable sends...")
            results |= durable_send(work, gifts=sends, rounds=rounds)
            # The same without waiting for the disk: what each side's commit costs the processor.
            results |= durable_send(work, gifts=sends, rounds=rounds, synchronous="OFF")
        if "burst" in groups:
            log("burst sends...")
            results |= burst_send(work, gifts=3_000 if quick else 20_000, rounds=3)
        if "concurrent" in groups:
            log("concurrent senders...")
            results |= concurrent_gifts(
                str(work / "senders.db"), seconds=2 if quick else 5, rounds=3 if quick else 5
            )
        if "ledger" in groups:
            results |= large_ledger_figures(work, quick=quick, rows=rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def postgres_figures(groups: tuple[str, ...], *, quick: bool) -> dict:
    from postgres import burst_send as pg_burst_send
    from postgres import cluster
    from postgres import durable_send as pg_durable_send

    results: dict = {}
    log("starting a PostgreSQL server of the run's own...")
    with cluster() as server:
        results["postgresql"] = str(server.admin.execute("SHOW server_version").fetchone()[0])
        if "durable" in groups:
            log("durable sends on PostgreSQL...")
            results |= pg_durable_send(
                server, gifts=150 if quick else 500, rounds=3 if quick else 5
            )
        if "burst" in groups:
            log("burst sends on PostgreSQL...")
            results |= pg_burst_send(server, gifts=3_000 if quick else 20_000, rounds=3)
        if "concurrent" in groups:
            log("concurrent senders on PostgreSQL, all to one creator...")
            seconds, rounds = (2, 3) if quick else (5, 5)
            url = server.url(server.create_database())
            results |= concurrent_gifts(url, seconds=seconds, rounds=rounds)
            log("concurrent raw psycopg senders on PostgreSQL, all to one creator...")
            url = server.url(server.create_database())
            results |= concurrent_gifts(url, seconds=seconds, rounds=rounds, raw=True)
            if not quick:
                log("concurrent senders on PostgreSQL, each to a creator of its own...")
                url = server.url(server.create_database())
                results |= concurrent_gifts(
                    url, seconds=seconds, rounds=rounds, distinct_creators=True
                )
        if "live" in groups:  # last: it restarts the server to listen to the machines
            log("a LIVE room on one machine, gifts from another (network namespaces)...")
            work = Path(tempfile.mkdtemp(prefix="giftdesk-bench-", dir=Path.cwd()))
            try:
                results |= live_across_machines(server, work, seconds=5 if quick else 10)
            finally:
                shutil.rmtree(work, ignore_errors=True)
    return results


def large_ledger_figures(work: Path, *, quick: bool, rows: int) -> dict:
    results: dict = {}
    log(f"building ledgers of 1,000 and {rows:,} transactions...")
    small = build(str(work / "small.db"), gifts=1_000, viewers=100, creators=10)
    start = time.perf_counter()
    # Every gift to one creator: her history is the --rows rows the CSV export writes.
    big = build(str(work / "big.db"), gifts=rows, top_creator_every=1)
    results["build_large_s"] = time.perf_counter() - start
    reads = 5_000 if quick else 20_000
    results["balance_read_small_us"] = balance_read_s(small.path, small.viewers, reads) * 1e6
    results["balance_read_large_us"] = balance_read_s(big.path, big.viewers, reads) * 1e6
    results["balance_scaling_ratio"] = (
        results["balance_read_large_us"] / results["balance_read_small_us"]
    )
    log("first pages of history...")
    results |= history_first_page_ms(big.path, big.busiest_viewer, big.top_creator)
    log("a LIVE room during a burst from another process...")
    results |= live_room(work, seconds=5 if quick else 10)
    results |= leaderboard_ms(big.path, big.top_creator, runs=5 if quick else 20)
    log("start-up and memory...")
    results |= startup(work, big.path, runs=7 if quick else 15)
    log("CSV export and verify on the large ledger...")
    results |= export_and_verify(work, big.path, big.top_creator, rows)
    log("hledger export and a year of spending on the large ledger...")
    results |= accounting(work, big.path, big.busiest_viewer, runs=5 if quick else 20)
    return results


if __name__ == "__main__":
    sys.exit(main())
