"""`giftdesk --screenshot DIR`: every tab and every dialog, in the theme and language asked for."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, qGray

from giftdesk.services import Services
from giftdesk.services.demo import seed_demo
from giftdesk.ui.main_window import TABS
from giftdesk.ui.screenshots import DIALOGS

FILES = [f"{tab}.png" for tab in TABS] + [f"dialog-{name}.png" for name in DIALOGS]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Runs(dict):
    """DIR by (theme, language), and the balances before any run."""

    balances: dict


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """DIR for each (theme, language) rendered, of a demo wallet: three runs in all."""
    root = tmp_path_factory.mktemp("shots")
    db = root / "g.db"
    services = Services.open(db)
    seed_demo(services)
    balances = {p.name: services.balance(p.id) for p in services.profiles.list()}
    services.close()
    made = Runs()
    made.balances = balances
    for theme, lang in (("light", "en"), ("dark", "en"), ("light", "de")):
        directory = root / f"{theme}-{lang}"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(root / "cfg"))
        done = subprocess.run(
            [sys.executable, "-m", "giftdesk", "--db", str(db), "--screenshot", str(directory)]
            + ["--theme", theme, "--lang", lang],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""  # not even the offscreen platform's noise
        made[theme, lang] = directory
    return made


def mean_luminance(image: QImage) -> float:
    """0 (black) to 1 (white), over the whole picture."""
    small = image.scaled(64, 64, mode=Qt.TransformationMode.SmoothTransformation)
    grays = [qGray(small.pixel(x, y)) for x in range(small.width()) for y in range(small.height())]
    return sum(grays) / len(grays) / 255


@pytest.mark.parametrize("run", [("light", "en"), ("dark", "en"), ("light", "de")])
def test_every_tab_and_dialog_is_a_png_of_its_natural_size(shots, run):
    directory = shots[run]
    assert sorted(p.name for p in directory.iterdir()) == sorted(FILES)
    for name in FILES:
        path = directory / name
        assert path.read_bytes()[:8] == PNG_SIGNATURE, name
        image = QImage(str(path))
        assert not image.isNull(), name
        if name.startswith("dialog-"):
            # Its natural size: neither a speck nor a runaway. (Whether each fits a laptop's
            # screen is for tests/ui/xcb, on a real screen.)
            assert 150 <= image.width() <= 1600 and 60 <= image.height() <= 1200, (name, image)
        else:
            assert (image.width(), image.height()) == (1280, 800), name


def test_dark_screenshots_are_dark_and_light_ones_light(shots):
    for name in FILES:
        light = mean_luminance(QImage(str(shots["light", "en"] / name)))
        dark = mean_luminance(QImage(str(shots["dark", "en"] / name)))
        assert light > 0.6, (name, light)
        # The QR code keeps its white quiet zone in the dark: the security dialog's is
        # the lightest dark picture, and still far darker than any light one.
        assert dark < 0.35, (name, dark)


def test_german_screenshots_are_in_german(shots):
    for name in ("dialog-welcome.png", "recharge.png", "gifts.png", "activity.png"):
        english = QImage(str(shots["light", "en"] / name))
        german = QImage(str(shots["light", "de"] / name))
        assert english != german, name


def test_the_screenshots_leave_the_database_alone(shots):
    # The dialogs buy, set a password and turn on two-step on a scratch database of their own.
    services = Services.open(next(iter(shots.values())).parent / "g.db")
    try:
        profiles = services.profiles.list()
        assert services.security.with_password() == []
        assert not any(services.security.totp_enabled(p.id) for p in profiles)
        assert {p.name: services.balance(p.id) for p in profiles} == shots.balances
    finally:
        services.close()
