"""Run the window on a real X server and measure what only a real platform shows; print JSON.

    QT_QPA_PLATFORM=xcb DISPLAY=:N [QT_SCALE_FACTOR=F] python driver.py \
        popups|focus|fit --theme light|dark [--lang en|de|...] [--shots DIR]

pytest-qt's application in the test process is offscreen and cannot change platform, so the
tests (test_real_screen.py) run this script in a process of its own, on the Xvfb they start.
Every measurement is made from the screen's pixels (QScreen.grabWindow on the root window),
which is what someone looking at the screen sees: popups, hover and focus included.

- popups: opens every drop-down of the window, highlights a row that is not the current one
  (the pointer on it, as a mouse would), and measures that row's text against its background.
- focus: for each kind of focusable control, the pixels that change when it gets the keyboard
  focus, and by how much (WCAG 2.x contrast between the unfocused and the focused pixel).
- fit: every part of each tab scrolled to, and every dialog a user meets (fit.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))  # tests/ui, for wcag

import fit  # noqa: E402  (beside this file: tests/ui/xcb)
from PySide6.QtCore import QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QCursor, QGuiApplication, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from wcag import contrast, hex_of  # noqa: E402

from giftdesk.services import Services  # noqa: E402
from giftdesk.services.demo import seed_demo  # noqa: E402
from giftdesk.ui.launch import make_app  # noqa: E402
from giftdesk.ui.main_window import MainWindow  # noqa: E402
from giftdesk.ui.theme import apply_theme  # noqa: E402

SETTLE_S = 5.0  # the longest wait for the screen to show a change


class Driver:
    def __init__(self, theme: str, shots: Path | None, work: Path, lang: str = "en") -> None:
        self.app = make_app(theme, lang)
        apply_theme(self.app, theme)
        self.shots = shots
        self.shot_number = 0
        self.work = work  # a folder of its own, for files a step needs
        self.services = Services.open(work / "demo.sqlite3")
        seed_demo(self.services)
        self.settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.services, settings=self.settings)
        self.first_size = self.window.size()  # with no size saved yet
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.window.move(screen.topLeft())
        self.window.show()
        self.window.activateWindow()
        self.wait_until(lambda: self.window.isActiveWindow(), "the window to be active")
        self.park_pointer()

    # --- waiting and looking --------------------------------------------------------------

    def wait_until(self, condition, what: str) -> None:
        deadline = time.monotonic() + SETTLE_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting for {what}")
            self.app.processEvents()
            time.sleep(0.01)  # a script, not a test: nothing to wait on but the X server

    def grab(self, rect: QRect) -> QImage:
        """The screen's pixels in `rect` (global coordinates), once they stop changing."""
        screen = QGuiApplication.primaryScreen()
        last = None
        deadline = time.monotonic() + SETTLE_S
        while True:
            self.app.processEvents()
            image = (
                screen.grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height())
                .toImage()
                .convertToFormat(QImage.Format.Format_RGB32)
            )
            if image == last or time.monotonic() > deadline:
                return image
            last = image
            time.sleep(0.05)

    def shot(self, name: str) -> None:
        if self.shots is None:
            return
        self.shot_number += 1
        geometry = QGuiApplication.primaryScreen().geometry()
        self.grab(geometry).save(str(self.shots / f"{self.shot_number:02d}-{name}.png"))

    def park_pointer(self) -> None:
        """The pointer off the window, so that no hover colour shows where none is wanted."""
        corner = QGuiApplication.primaryScreen().geometry().bottomRight()
        QCursor.setPos(corner)
        self.wait_until(lambda: QCursor.pos() == corner, "the pointer to move")

    def show_tab(self, name: str | None, profile_id: int | None = None) -> None:
        if profile_id is not None:
            self.window.select_profile(profile_id)
        if name is not None:
            self.window.tabs.setCurrentWidget(self.window.tab_widget(name))
        self.app.processEvents()

    def profile(self, *, creator: bool) -> int:
        """A demo viewer with coins, or a creator with diamonds."""
        unit = "diamonds" if creator else "coins"
        return next(
            p.id
            for p in self.services.profiles.list()
            if p.is_creator == creator and getattr(self.services.balance(p.id), unit)
        )

    @staticmethod
    def global_rect(widget: QWidget, rect: QRect | None = None) -> QRect:
        rect = rect if rect is not None else widget.rect()
        return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())

    # --- drop-downs -----------------------------------------------------------------------

    def combos(self) -> list[tuple[str, object, str | None, int | None]]:
        w = self.window
        creator, viewer = self.profile(creator=True), self.profile(creator=False)
        return [
            ("profile", w.header.profile_combo, None, viewer),
            ("payment method", w.recharge_tab.method_combo, "recharge", viewer),
            ("creator", w.gifts_tab.creator_combo, "gifts", viewer),
            ("price filter", w.gifts_tab.gift_list.price_combo, "gifts", viewer),
            ("payout to", w.earnings_tab.method_combo, "earnings", creator),
            ("activity show", w.activity_tab.kind_combo, "activity", viewer),
        ]

    def popups(self) -> list[dict]:
        results = []
        for name, combo, tab, profile_id in self.combos():
            self.show_tab(tab, profile_id)
            self.park_pointer()
            combo.showPopup()
            view = combo.view()
            popup = view.window()
            self.wait_until(lambda p=popup: _exposed(p), name)
            count = combo.count()
            row = (combo.currentIndex() + 1) % count
            other = (row + 1) % count
            index = view.model().index(row, combo.modelColumn())
            # The pointer on the row, as a mouse would highlight it; and the view's current
            # row set too, as the arrow keys would.
            spot = view.viewport().mapToGlobal(view.visualRect(index).center())
            QCursor.setPos(spot)
            view.setCurrentIndex(index)
            self.wait_until(lambda v=view, i=index: v.currentIndex() == i, f"{name}: row {row}")
            highlighted = self.measure_row(view, row)
            plain = (
                self.measure_row(view, other) if other not in (row, combo.currentIndex()) else None
            )
            self.shot(f"popup-{name.replace(' ', '-')}")
            results.append(
                {
                    "combo": name,
                    "rows": count,
                    "highlighted": highlighted,
                    "plain": plain,
                    "highlight_vs_plain": (
                        round(contrast(highlighted["background"], plain["background"]), 2)
                        if plain
                        else None
                    ),
                }
            )
            combo.hidePopup()
            self.wait_until(lambda v=view: not v.isVisible(), f"{name} to close")
        return results

    def measure_row(self, view, row: int) -> dict:
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        rect.setWidth(view.viewport().width())
        image = self.grab(self.global_rect(view.viewport(), rect))
        return text_on_background(image, inset=3)

    # --- focus ----------------------------------------------------------------------------

    def focus_targets(self) -> list[tuple[str, QWidget, str, int, QRect]]:
        """(name, control, tab, profile, the area to look at in global coordinates)."""
        w = self.window
        viewer, creator = self.profile(creator=False), self.profile(creator=True)
        recharge, gifts = w.recharge_tab, w.gifts_tab
        checked = next(b for b in recharge.package_box.package_buttons.values() if b.isChecked())
        unchecked = next(
            b for b in recharge.package_box.package_buttons.values() if not b.isChecked()
        )
        tabs = w.tabs.tabBar()
        grid = gifts.gift_list
        targets = [
            ("line edit", recharge.card_form.number_edit, "recharge", viewer),
            ("drop-down", recharge.method_combo, "recharge", viewer),
            ("button", recharge.quote_box.find_button, "recharge", viewer),
            ("primary button", recharge.buy_button, "recharge", viewer),
            ("package card", unchecked, "recharge", viewer),
            ("chosen package card", checked, "recharge", viewer),
            ("radio button", recharge.channel_box.web_radio, "recharge", viewer),
            ("tab", tabs, "recharge", viewer),
            ("gift grid", grid, "gifts", viewer),
            ("gift tile", grid, "gifts", viewer),
            ("spin box", gifts.count_spin, "gifts", viewer),
            ("table", w.activity_tab.table, "activity", viewer),
            ("payout button", w.earnings_tab.payout_button, "earnings", creator),
        ]
        areas = []
        for name, widget, tab, profile_id in targets:
            self.show_tab(tab, profile_id)
            if name == "tab":
                area = self.global_rect(widget, widget.tabRect(widget.currentIndex()))
            elif name == "gift tile":  # the current tile, whose own ring shows focus
                area = self.global_rect(grid.viewport(), grid.visualRect(grid.currentIndex()))
            else:
                area = self.global_rect(widget)
            areas.append((name, widget, tab, profile_id, area))
        return areas

    def focus(self) -> list[dict]:
        results = []
        for name, widget, tab, profile_id, area in self.focus_targets():
            self.show_tab(tab, profile_id)
            self.park_pointer()
            rect = area.adjusted(-4, -4, 4, 4)
            self.window.setFocus(Qt.FocusReason.OtherFocusReason)  # nothing of the tab's
            self.wait_until(lambda w=widget: not w.hasFocus(), f"{name} to lose focus")
            before = self.grab(rect)
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            self.wait_until(lambda w=widget: w.hasFocus(), f"{name} to get focus")
            after = self.grab(rect)
            self.shot(f"focus-{name.replace(' ', '-')}")
            results.append({"control": name, **focus_change(before, after, area.size())})
        return results


def _exposed(widget: QWidget) -> bool:
    handle = widget.windowHandle()
    return widget.isVisible() and handle is not None and handle.isExposed()


def text_on_background(image: QImage, *, inset: int) -> dict:
    """The most common colour of the image (less `inset` pixels of edge) as the background, and
    the pixel that differs most from it as the text: anti-aliasing only ever lowers contrast,
    so the farthest pixel is the text's own colour."""
    pixels = [
        image.pixel(x, y) & 0xFFFFFF
        for y in range(inset, image.height() - inset)
        for x in range(inset, image.width() - inset)
    ]
    background = Counter(pixels).most_common(1)[0][0]
    text = max(pixels, key=lambda p: contrast(p, background))
    return {
        "background": hex_of(background),
        "text": hex_of(text),
        "contrast": round(contrast(text, background), 2),
        # Pixels at 3:1 or more from the background: a row whose text vanished has none.
        "text_pixels": sum(contrast(p, background) >= 3 for p in pixels),
    }


def focus_change(before: QImage, after: QImage, size) -> dict:
    """How the focus shows: the pixels whose colour changed by 3:1 or more (WCAG 2.x contrast
    between the unfocused and the focused pixel), against the control's perimeter."""
    strong = 0
    best = 1.0
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixel(x, y) & 0xFFFFFF, after.pixel(x, y) & 0xFFFFFF
            if a != b:
                ratio = contrast(a, b)
                best = max(best, ratio)
                strong += ratio >= 3
    perimeter = 2 * (size.width() + size.height())
    return {
        "changed_3_to_1": strong,
        "perimeter": perimeter,
        "ring_px": round(strong / perimeter, 2),  # about the ring's thickness, in pixels
        "max_change": round(best, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("popups", "focus", "fit"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    # German is the longest of the languages: dialogs are widest in it.
    parser.add_argument("--lang", default="en")
    parser.add_argument("--shots", type=Path, help="save the whole screen at each step here")
    args = parser.parse_args()
    if QApplication.platformName() not in ("", "xcb") or os.environ.get("QT_QPA_PLATFORM") != "xcb":
        print("driver.py: run with QT_QPA_PLATFORM=xcb", file=sys.stderr)
        return 2
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="giftdesk-xcb-") as work:
        driver = Driver(args.theme, args.shots, Path(work), args.lang)
        try:
            result = fit.fit(driver) if args.what == "fit" else getattr(driver, args.what)()
        finally:
            driver.window.close()
            driver.services.close()
            # Written now: at exit, with the folder gone, Qt would make it again to write them.
            driver.settings.sync()
    print(json.dumps({"theme": args.theme, args.what: result}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
