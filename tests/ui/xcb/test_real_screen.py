"""What only a real X server shows, measured from its pixels: drop-down highlights, focus
rings, and whether the window and its dialogs fit laptop screens, at 100%, 150% and 200%.
driver.py does the looking, in a process of its own on an Xvfb of conftest.py; a failure
names the folder of its screen grabs."""

from __future__ import annotations

import pytest

# A window manager's title bar, which a screen's work area (its room, less the panel) still
# includes. In logical pixels, as the driver measures.
TITLE_BAR_PX = 32
# The screens the window is made for (DESIGN.md section 6), and the same laptop at 150%
# (910x512 logical pixels, less than the window's 960x600) and a screen twice as dense at 200%.
SETUPS = ["1366x768", "1280x720", "1366x768 at 150%", "2732x1536 at 200%"]
# Each setup in English, and the smallest screens in German too, whose words are the longest.
RUNS = [
    *(pytest.param(setup, "en", id=setup) for setup in SETUPS),
    *(pytest.param(setup, "de", id=f"{setup} de") for setup in ("1280x720", "1366x768 at 150%")),
]
DIALOGS = [
    "welcome",
    "new profile",
    "security and budget",  # while two-step is being turned on, with the QR code
    "about",
    "gift confirmation",  # 1,000 coins or more
    "not enough coins",  # and recharge the difference?
    "export choice",  # what the Activity filter shows, or everything?
    "restore question",  # with a month of purchases made since the backup
    "restore done",
    "unlock",
    "payout code",
    "purchase code",
]


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


def _fits(size: dict, room: dict) -> bool:
    return size["width"] <= room["width"] and size["height"] + TITLE_BAR_PX <= room["height"]


@pytest.mark.parametrize("name", ["window", "least window", *DIALOGS])
@pytest.mark.parametrize(("setup", "lang"), RUNS)
def test_the_window_and_every_dialog_a_user_meets_fit_the_screen(run_driver, setup, lang, name):
    """Each once on screen, met as a user meets it: the Security and budget dialog was 750 px
    tall with the QR code (more than a 1366x768 laptop has room for), and now scrolls."""
    out = run_driver("fit", "light", setup, lang)
    sizes, room = out["fit"]["sizes"], out["fit"]["sizes"]["room"]
    size = {
        "window": sizes["window"],
        "least window": sizes["window_minimum"],
        **sizes["dialogs"],
    }[name]
    assert _fits(size, room), (
        f"{name} is {size['width']}x{size['height']}; the room on {setup} is "
        f"{room['width']}x{room['height']} less a {TITLE_BAR_PX} px title bar "
        f"(screen grabs in {out['shots']})"
    )


def test_the_least_window_is_960x600_where_the_screen_has_room(run_driver):
    out = run_driver("fit", "light", "1280x720")["fit"]["sizes"]
    assert out["window_minimum"] == {"width": 960, "height": 600}


@pytest.mark.parametrize(("setup", "lang"), RUNS)
def test_the_receipt_shows_whole_once_scrolled_to_at_the_least_window(run_driver, setup, lang):
    run = run_driver("fit", "light", setup, lang)
    cut = run["fit"]["sizes"]["receipt"]
    assert cut is None, f"{cut} (screen grabs in {run['shots']})"


def test_the_unlock_box_shows_its_whole_title(run_driver):
    """A window manager cuts a title longer than its window ("Alice i... ocked")."""
    run = run_driver("fit", "light", "1280x720")
    unlock = run["fit"]["sizes"]["dialogs"]["unlock"]
    assert unlock["title_fits"], f"{unlock} (screen grabs in {run['shots']})"


@pytest.mark.parametrize(("setup", "lang"), RUNS)
def test_every_part_of_each_tab_can_be_scrolled_to(run_driver, setup, lang):
    """At the window's least size (910x459 at 150% on a 1366x768 laptop, whose Pay section
    and Buy coins were off the screen) and at its first: the window fits the screen, every
    control and label of each tab shows once scrolled to, and none is drawn over another."""
    run = run_driver("fit", "light", setup, lang)
    out, room = run["fit"]["reach"], run["fit"]["reach"]["room"]
    failures = []
    for size in ("least", "first"):
        window = out[size]["window"]
        if not _fits(window, room):
            failures.append(f"the window at its {size} size is {window}, the room {room}")
        for tab, found in out[size]["tabs"].items():
            assert found["parts"] > 5, f"{tab}: too few parts found to believe the check"
            failures += [f"{size} size, {tab}: {cut}" for cut in found["cut"]]
            failures += [f"{size} size, {tab}: {both}" for both in found["overlaps"]]
    assert not failures, "\n".join(failures) + f"\n(screen grabs in {run['shots']})"
