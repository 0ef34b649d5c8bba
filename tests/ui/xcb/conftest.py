"""Real X servers for the tests that need one: Xvfb with a laptop's screen, and the driver run
on it.

Not skipped when Xvfb is missing: resources/scripts/setup.sh --test installs it, and a check
that silently does not run is how the blank drop-down rows got through.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

DRIVER = Path(__file__).with_name("driver.py")
START_S = 20  # how long Xvfb may take to say which display it took


class Screen(NamedTuple):
    """An X screen: its size in device pixels, and the desktop panel at its top."""

    width: int
    height: int
    panel: int  # px

    @property
    def name(self) -> str:
        return f"{self.width}x{self.height}"


# Laptop screens the window and its dialogs are made for (DESIGN.md section 6), and a screen
# twice as dense as the first, for 200%. A panel as desktops have (32 px, 48 at 150%, 64 at
# 200%): Xvfb has none, so the work area (_NET_WORKAREA, which Qt's available geometry reads)
# is set to the screen less the panel.
# Each as the tests name it: (screen, QT_SCALE_FACTOR).
SETUPS = {
    "1366x768": (Screen(1366, 768, 32), 1.0),
    "1280x720": (Screen(1280, 720, 32), 1.0),
    "1366x768 at 150%": (Screen(1366, 768, 48), 1.5),
    "2732x1536 at 200%": (Screen(2732, 1536, 64), 2.0),
}


@pytest.fixture(scope="session")
def xvfb(tmp_path_factory) -> Iterator:
    """xvfb(screen): the display (":N") of an Xvfb server with that screen, started on a free
    display number at first use and stopped at the end of the session whatever happened."""
    xprop = shutil.which("xprop")
    assert xprop, "xprop is not installed: run bash resources/scripts/setup.sh --test"
    servers: dict[Screen, tuple[str, subprocess.Popen]] = {}

    def display(screen: Screen) -> str:
        if screen not in servers:
            servers[screen] = _start(screen, tmp_path_factory.mktemp("xvfb"))
            workarea = f"0, {screen.panel}, {screen.width}, {screen.height - screen.panel}"
            subprocess.run(
                [xprop, "-display", servers[screen][0], "-root", "-format", "_NET_WORKAREA"]
                + ["32c", "-set", "_NET_WORKAREA", workarea],
                check=True,
                timeout=START_S,
            )
        return servers[screen][0]

    try:
        yield display
    finally:
        for _, server in servers.values():
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _start(screen: Screen, folder: Path) -> tuple[str, subprocess.Popen]:
    exe = shutil.which("Xvfb")
    assert exe, "Xvfb is not installed: run bash resources/scripts/setup.sh --test"
    # -displayfd: Xvfb takes the first free display number and writes it to this pipe, so no
    # number is guessed and two runs side by side do not collide. -noreset: the work area set
    # on the root window stays when a client disconnects.
    read_end, write_end = os.pipe()
    log = folder / "xvfb.log"
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [exe, "-displayfd", str(write_end), "-screen", "0", f"{screen.name}x24"]
            + ["-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + START_S
        while not number.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(left, 0))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                server.kill()
                raise RuntimeError(f"Xvfb did not start: {log.read_text(errors='replace')}")
            number += chunk
    finally:
        os.close(read_end)
    return f":{int(number)}", server


@pytest.fixture(scope="session")
def run_driver(xvfb, tmp_path_factory):
    """run_driver(WHAT, THEME, SETUP="1366x768", LANG="en"): driver.py WHAT in THEME and LANG
    on an Xvfb with the screen and scale of SETUPS[SETUP]: its JSON ({WHAT: ..., "theme":
    THEME}), with "shots", the folder of its screen grabs, to look at when a test fails. Run
    once a session for each set of arguments."""
    results: dict[tuple, dict] = {}
    work = tmp_path_factory.mktemp("xcb")

    def run(what: str, theme: str, setup: str = "1366x768", lang: str = "en") -> dict:
        screen, scale = SETUPS[setup]
        key = (what, theme, setup, lang)
        if key not in results:
            env = dict(
                os.environ,
                QT_QPA_PLATFORM="xcb",
                DISPLAY=xvfb(screen),
                XDG_CONFIG_HOME=str(work / "config"),
                XDG_DATA_HOME=str(work / "data"),
                XDG_STATE_HOME=str(work / "state"),
                XDG_CACHE_HOME=str(work / "cache"),
            )
            env.pop("WAYLAND_DISPLAY", None)
            for name in ("QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR"):
                env.pop(name, None)
            env["QT_SCALE_FACTOR"] = str(scale)
            shots = work / "shots" / f"{what}-{theme}-{lang}-{setup.replace(' ', '-')}"
            done = subprocess.run(
                [sys.executable, str(DRIVER), what, "--theme", theme, "--lang", lang]
                + ["--shots", str(shots)],
                capture_output=True,
                text=True,
                timeout=180,
                env=env,
            )
            assert done.returncode == 0, f"driver.py {what} failed:\n{done.stderr}"
            results[key] = {**json.loads(done.stdout), "shots": str(shots)}
        return results[key]

    return run
