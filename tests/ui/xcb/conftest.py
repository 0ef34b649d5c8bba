"""A real X server for the tests that need one: Xvfb at 1366x768, and the driver run on it.

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
    display: str  # ":N"
    width: int
    height: int


@pytest.fixture(scope="session")
def xvfb(tmp_path_factory) -> Iterator[Screen]:
    """An Xvfb server at 1366x768 (a common laptop screen, the smallest the window is made
    for) on a free display number, stopped at the end of the session whatever happened."""
    width, height = 1366, 768
    exe = shutil.which("Xvfb")
    assert exe, "Xvfb is not installed: run bash resources/scripts/setup.sh --test"
    # -displayfd: Xvfb takes the first free display number and writes it to this pipe, so no
    # number is guessed and two runs side by side do not collide.
    read_end, write_end = os.pipe()
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [exe, "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"]
            + ["-nolisten", "tcp"],
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
                raise RuntimeError(f"Xvfb did not start: {log.read_text(errors='replace')}")
            number += chunk
        yield Screen(f":{int(number)}", width, height)
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="session")
def run_driver(xvfb, tmp_path_factory):
    """driver.py WHAT in THEME on the Xvfb: its JSON ({WHAT: ..., "theme": THEME}), with
    "shots", the folder of its screen grabs, to look at when a test fails. Run once a session
    for each WHAT and THEME."""
    results: dict[tuple[str, str], dict] = {}
    work = tmp_path_factory.mktemp("xcb")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        DISPLAY=xvfb.display,
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_STATE_HOME=str(work / "state"),
        XDG_CACHE_HOME=str(work / "cache"),
    )
    env.pop("WAYLAND_DISPLAY", None)

    def run(what: str, theme: str) -> dict:
        if (what, theme) not in results:
            shots = work / "shots" / f"{what}-{theme}"
            done = subprocess.run(
                [sys.executable, str(DRIVER), what, "--theme", theme, "--shots", str(shots)],
                capture_output=True,
                text=True,
                timeout=180,
                env=env,
            )
            assert done.returncode == 0, f"driver.py {what} failed:\n{done.stderr}"
            results[what, theme] = {**json.loads(done.stdout), "shots": str(shots)}
        return results[what, theme]

    return run
