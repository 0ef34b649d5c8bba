"""What only a real X server shows, measured from its pixels: drop-down highlights, focus
rings, and whether the window and its dialogs fit a 1366x768 laptop. driver.py does the
looking, in a process of its own on the Xvfb of conftest.py; a failure names the folder of
its screen grabs."""

from __future__ import annotations

import pytest

# What a window's inside has on a 1366x768 laptop: the screen less a desktop panel and a title
# bar, about 32 px each (Xvfb has neither, so they are taken off here).
PANEL_AND_TITLE_PX = 64


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_drop_downs_highlighted_row_reads_as_well_as_text_must(run_driver, theme):
    """Under xcb the highlighted row of every drop-down was a blank white box: white text on
    white (offscreen never showed it). Its text must reach 4.5:1, and the highlight must
    stand out from the other rows."""
    out = run_driver("popups", theme)
    assert len(out["popups"]) == 6
    failures = []
    for popup in out["popups"]:
        row = popup["highlighted"]
        if row["contrast"] < 4.5 or row["text_pixels"] < 20:
            failures.append(f"{popup['combo']}: {row}")
        if popup["plain"] is not None and popup["highlight_vs_plain"] < 3.0:
            failures.append(f"{popup['combo']}: the highlight barely differs: {popup}")
    assert not failures, "\n".join(failures) + f"\n(screen grabs in {out['shots']})"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_shows_on_every_kind_of_control(run_driver, theme):
    """Getting the keyboard focus changes, by 3:1 or more, at least a 1 px ring's worth of
    the control's pixels (its perimeter, less a little for rounded corners)."""
    out = run_driver("focus", theme)
    failures = [
        f"{c['control']}: {c}" for c in out["focus"] if c["changed_3_to_1"] < 0.8 * c["perimeter"]
    ]
    assert not failures, "\n".join(failures) + f"\n(screen grabs in {out['shots']})"


@pytest.mark.parametrize(
    "name",
    [
        "window",
        "welcome",
        pytest.param(
            "security and budget",
            marks=pytest.mark.xfail(
                strict=True,
                reason="750 px tall while two-step is turned on (the QR code): more than a "
                "1366x768 laptop (the smallest screen the window is made for) has room for; "
                "it should scroll or be split",
            ),
        ),
        "about",
    ],
)
def test_the_window_and_its_dialogs_fit_a_1366x768_laptop(run_driver, xvfb, name):
    out = run_driver("sizes", "light")["sizes"]
    assert (out["screen"]["width"], out["screen"]["height"]) == (xvfb.width, xvfb.height)
    size = out["window"] if name == "window" else out["dialogs"][name]
    room = (xvfb.width, xvfb.height - PANEL_AND_TITLE_PX)
    assert size["width"] <= room[0] and size["height"] <= room[1], (
        f"{name} is {size['width']}x{size['height']}, the room {room[0]}x{room[1]}"
    )
