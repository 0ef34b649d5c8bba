"""The LIVE benchmarks (issue 16): a room open in a window while another process sends a
burst into its LIVE, and a week's leaderboard on the large ledger.

  live_feed_latency_ms  p95, from a gift's commit in the simulator's process to the room's
                        feed painting it, while the simulator sends 1,000 gifts a second in
                        batches of 100 every 100 ms                                    <= 500
  live_ui_max_stall_ms  the longest gap between two turns of the window's event loop
                        during that burst                                              <= 100
  leaderboard_ms        a week's leaderboard of the busiest creator on the large ledger <= 50

A gift's commit is taken as the moment its transaction records (created_us, taken just
before its batch's write began), so each latency is slightly over-counted, never under.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock

CHECKOUT = Path(__file__).resolve().parent.parent.parent
BURST_RATE = 1_000  # gifts a second
TICK_MS = 1  # the event-loop probe: a timer this often, its longest gap is the stall


def live_room(
    work: Path,
    *,
    seconds: int,
    database: str | None = None,
    simulator: list[str] | None = None,
    simulator_database: str | None = None,
) -> dict:
    """The room in this process's window, on `database` (a file in `work` by default); the
    simulator in a process of its own, started with `simulator` (default: this Python) on
    `simulator_database` (default: the same). machines.py runs them on two machines."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from giftdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    path = database or str(work / "live.db")
    services = Services.open(path)
    creator = services.profiles.add("Bench Creator", birthdate="1985-01-01", creator=True)
    services.lives.start(creator.id, title="Benchmark LIVE", goal_diamonds=1_000_000)
    settings = QSettings(str(work / "live.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings=settings)
    window.resize(1280, 800)
    window.show()
    window.select_profile(creator.id)
    window.tabs.setCurrentWidget(window.live_tab)
    app.processEvents()
    room = window.live_tab.room

    # Gifts reach the model in add_gifts; they count as shown when the feed next paints.
    waiting: list[int] = []  # created_us of gifts in the model, not painted yet
    latencies_ms: list[float] = []
    real_add = room.feed_model.add_gifts

    def add_gifts(gifts):
        waiting.extend(g.created_us for g in gifts)
        return real_add(gifts)

    room.feed_model.add_gifts = add_gifts

    class Painted(QObject):
        def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and waiting:
                now_us = time.time_ns() // 1_000
                latencies_ms.extend((now_us - us) / 1_000 for us in waiting)
                waiting.clear()
            return False

    painted = Painted()
    room.feed_view.viewport().installEventFilter(painted)

    turns: list[float] = []
    probe = QTimer()
    probe.setInterval(TICK_MS)
    probe.timeout.connect(lambda: turns.append(time.perf_counter()))
    simulator = subprocess.Popen(
        [
            *(simulator or [sys.executable]),
            "-m",
            "giftdesk",
            "--db",
            simulator_database or path,
            "live",
            "simulate",
            "Bench Creator",
            "--seconds",
            str(seconds),
            "--rate",
            str(BURST_RATE),
            "--seed",
            "16",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # This checkout's giftdesk, wherever the simulator starts.
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(CHECKOUT)),
        cwd=CHECKOUT,
    )
    # The window runs its own event loop, as it does for a person; the stall is measured from
    # the burst's first gift in the room to a second after the simulator's end.
    loop = QEventLoop()
    marks: dict[str, float] = {}

    def watch() -> None:
        if "began" not in marks and latencies_ms:
            marks["began"] = time.perf_counter()
            probe.start()
        if simulator.poll() is not None and "ended" not in marks:
            marks["ended"] = time.perf_counter()
            QTimer.singleShot(1_000, loop.quit)  # the last batch reaches the room

    watcher = QTimer()
    watcher.setInterval(20)
    watcher.timeout.connect(watch)
    watcher.start()
    loop.exec()
    watcher.stop()
    probe.stop()
    burst_s = marks["ended"] - marks.get("began", marks["ended"])
    if simulator.returncode != 0:
        raise RuntimeError(f"the simulator failed: {simulator.stderr.read()[-500:]}")
    live = services.lives.on_air(creator.id)
    # What the room's header and the window's header show once the burst is over, against
    # the server's figures: a notice must have brought every gift, not just the feed's.
    shown = [_digits(room.diamonds_label.text()), _digits(window.header.diamonds_label.text())]
    balance = services.balance(creator.id).diamonds
    window.close()
    services.close()
    gaps = [b - a for a, b in zip(turns, turns[1:], strict=False)]
    latencies_ms.sort()
    return {
        "live_feed_latency_ms": latencies_ms[int(0.95 * (len(latencies_ms) - 1))],
        "live_feed_latency_median_ms": statistics.median(latencies_ms),
        "live_feed_latency_max_ms": latencies_ms[-1],
        "live_feed_gifts_timed": len(latencies_ms),
        "live_burst_gifts": live.gifts if live else 0,
        "live_burst_s": burst_s,
        "live_ui_max_stall_ms": max(gaps) * 1_000,
        "live_header_matches": int(live is not None and shown == [live.diamonds, balance]),
    }


def _digits(text: str) -> int | None:
    """The number a figure's label shows in bold ("<b>12.345</b> Diamanten" in German)."""
    bold = text.split("<b>", 1)[-1].split("</b>", 1)[0]
    digits = "".join(c for c in bold if c.isdigit())
    return int(digits) if digits else None


def leaderboard_ms(big_path: str, creator: int, *, runs: int) -> dict:
    """The week's leaderboard in the middle of the large ledger's 90 days (a full week of
    gifts), best of `runs` as the other read figures are."""
    clock = FixedClock(dt.datetime(2026, 9, 16, 12, 0, tzinfo=UTC))
    services = Services.open(big_path, clock=clock)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        board = services.leaderboards.leaderboard(creator, "week")
        times.append((time.perf_counter() - start) * 1_000)
    services.close()
    if not board.supporters:
        raise RuntimeError("the week's leaderboard of the large ledger is empty")
    return {
        "leaderboard_ms": min(times),
        "leaderboard_median_ms": statistics.median(times),
        "leaderboard_supporters": len(board.supporters),
    }
