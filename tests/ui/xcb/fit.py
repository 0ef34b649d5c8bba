"""What driver.py measures of sizes (`fit`): every part of each tab, scrolled to at the
window's least size, and every dialog a user meets, met the way a user meets it.

- reach: at the window's least size and at its first one, on each tab, every control and
  label is scrolled to (through each scroll area it is in, innermost first) and what of it
  then shows on the screen is measured.
- sizes: the screen's room, the window's first and least size, and each dialog's size once on
  screen: welcome, a new profile, Security and budget while two-step is being turned on, About,
  the confirmations (a big gift, too few coins, what to export), the restore's question (with
  money moved since the backup) and its result, the unlock box, the payout's and a purchase's
  two-step code; and what of the receipt of a purchase shows at the window's least size, once
  scrolled to. (It writes: gifts, purchases, a restore, a profile, a password, two-step; so it
  comes last.)
"""

from __future__ import annotations

import time

import pyotp
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from giftdesk.ui.main_window import TABS
from giftdesk.ui.prompter import TITLE_BAR_EXTRAS_PX

PASSWORD = "correct horse battery"
# A long name, as people have: the unlock box's title says it ("... is locked").
LONG_NAME = "Maximiliane Rosenthal-Bergmann"
SETTLE_S = 10  # the longest a dialog due may take to come up
CONTROLS = (QAbstractButton, QAbstractSpinBox, QAbstractItemView, QComboBox, QLabel, QLineEdit)


def _size(rect: QRect) -> dict:
    return {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height()}


class Meetings:
    """Opens the modal dialogs a trigger leads to, one after the other as they come: each is
    measured and grabbed once on screen, then answered (closed by default)."""

    def __init__(self, driver) -> None:
        self.driver = driver
        self.met: dict[str, dict] = {}
        self._queue: list[tuple[str, object]] = []
        # The dialogs met, kept: an id() of one gone could come back as another's.
        self._seen: list[QWidget] = []
        self._deadline = 0.0

    def meet(self, trigger, *dialogs: tuple[str, object]) -> None:
        """Run `trigger`; the modal dialogs it opens are, in order, `dialogs`: (name, answer),
        where answer(dialog) prepares and closes it, or None to close it unanswered."""
        self._queue = list(dialogs)
        self._deadline = time.monotonic() + SETTLE_S
        QTimer.singleShot(0, self._look)
        trigger()
        self.driver.wait_until(lambda: not self._queue, f"the dialogs {dialogs}")

    def _look(self) -> None:
        """Polled while dialogs are due: a modal dialog nobody has met yet, on screen."""
        if not self._queue:
            return
        dialog = QApplication.activeModalWidget()
        handle = dialog.windowHandle() if dialog is not None else None
        if dialog is None or dialog in self._seen or handle is None or not handle.isExposed():
            if time.monotonic() > self._deadline and dialog is not None:
                # Not the dialog awaited, or never on screen: close it rather than hang in its
                # exec(); the wait for the dialogs due then says which never came.
                dialog.reject()
            QTimer.singleShot(20, self._look)
            return
        self._seen.append(dialog)
        name, answer = self._queue[0]
        if isinstance(answer, tuple):  # (prepare, answer): something to do before measuring
            prepare, answer = answer
            prepare(dialog)
        # Twice: a word-wrapped label's height is settled on the second pass.
        self.driver.app.processEvents()
        self.driver.app.processEvents()
        self.driver.grab(dialog.frameGeometry())  # waits until the screen stops changing
        self.met[name] = {
            **_size(dialog.frameGeometry()),
            "title": dialog.windowTitle(),
            "title_fits": _title_fits(dialog),
        }
        self.driver.shot(f"dialog-{name.replace(' ', '-')}")
        self._queue.pop(0)
        if answer is None:
            dialog.reject()
        else:
            answer(dialog)
        QTimer.singleShot(0, self._look)


def _title_fits(dialog: QWidget) -> bool:
    """Whether a title bar as wide as the dialog has room for its whole title (in bold, as
    title bars mostly show it) beside the icon and buttons. Xvfb has no window manager to draw
    one: this is the width such a bar needs."""
    bold = QFont(dialog.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRAS_PX
    return dialog.frameGeometry().width() >= needed


def _yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def fit(driver) -> dict:
    return {"reach": reach(driver), "sizes": sizes(driver)}


def sizes(driver) -> dict:
    w, services = driver.window, driver.services
    viewer, creator = driver.profile(creator=False), driver.profile(creator=True)
    meetings = Meetings(driver)
    meet = meetings.meet
    driver.show_tab("recharge", viewer)

    meet(lambda: w.new_profile(welcome=True), ("welcome", None))
    enrol = (lambda d: d.two_step_box.enable_button.click(), None)
    meet(w.open_security, ("security and budget", enrol))
    meet(w.about, ("about", None))
    meet(w.new_profile, ("new profile", None))

    # The questions a user meets on the way: a gift of 1,000 coins or more, a gift beyond the
    # balance, an export while the Activity filter hides some rows. Each answered No.
    driver.show_tab("gifts", viewer)
    balance = services.balance(viewer).coins
    catalog = sorted(services.gifts.catalog(), key=lambda g: g.coins)
    big = next(g for g in catalog if services.rules.confirm_at_coins <= g.coins <= balance)
    beyond = next(g for g in catalog if g.coins > balance)
    for gift, name in ((big, "gift confirmation"), (beyond, "not enough coins")):
        w.gifts_tab.select_gift(gift.name)
        meet(w.gifts_tab.send_bar.send_button.click, (name, None))
    driver.show_tab("activity", viewer)
    w.activity_tab.search_edit.setText(big.name)
    meet(w.export_csv, ("export choice", None))
    w.activity_tab.search_edit.clear()
    receipt = _receipt(driver, viewer)

    # A restore of a backup made before a month of purchases: the question lists them, and
    # says the restore worked (with where the contents replaced are kept) before asking more.
    backup = driver.work / "backup.sqlite3"
    services.maintenance.backup(backup)
    for _ in range(30):
        services.recharge.recharge(viewer, coins=70, channel="web", method="paypal")
    w.prompter.open_path = lambda *args: backup
    meet(w.restore, ("restore question", _yes), ("restore done", None))

    # Someone with a long name and a password: the box that unlocks them.
    long = services.profiles.add(LONG_NAME, birthdate="1990-04-12")
    services.security.set_password(long.id, PASSWORD)
    w.refresh()
    meet(lambda: w.select_profile(long.id), ("unlock", None))

    # A creator with two-step on asks for a code before a payout.
    secret = services.security.start_totp(creator).secret
    services.security.confirm_totp(creator, secret, pyotp.TOTP(secret).now())
    driver.show_tab("earnings", creator)
    w.earnings_tab.payout_edit.set_amount(services.rules.payout_min_diamonds)
    meet(w.earnings_tab.payout_button.click, ("payout code", None))

    # A viewer with two-step on, and a code asked for every purchase.
    services.security.set_purchase_threshold(viewer, 0)
    secret = services.security.start_totp(viewer).secret
    services.security.confirm_totp(viewer, secret, pyotp.TOTP(secret).now())
    driver.show_tab("recharge", viewer)
    meet(w.recharge_tab.buy_button.click, ("purchase code", None))

    return {
        "receipt": receipt,
        "room": _size(QGuiApplication.primaryScreen().availableGeometry()),
        "window": {"width": driver.first_size.width(), "height": driver.first_size.height()},
        "window_minimum": {
            "width": w.minimumSize().width(),
            "height": w.minimumSize().height(),
        },
        "dialogs": meetings.met,
    }


def _receipt(driver, viewer: int) -> dict | None:
    """Buy coins (PayPal, no card to type), then, at the window's least size, scroll to the
    receipt: None if it all shows, else what of it does (as _scrolled_to says)."""
    w = driver.window
    tab = w.recharge_tab
    driver.show_tab("recharge", viewer)
    tab.method_combo.setCurrentIndex(tab.method_combo.findData("paypal"))
    before = tab.receipt_label.text()
    tab.buy_button.click()
    driver.wait_until(lambda: tab.receipt_label.text() != before, "the receipt")
    first = w.size()
    w.resize(w.minimumSize())
    driver.wait_until(lambda: w.size() == w.minimumSize(), "the window at its least size")
    room = QGuiApplication.primaryScreen().availableGeometry()
    cut = _scrolled_to(driver, tab.receipt_label, room)
    driver.shot("receipt-least")
    w.resize(first)
    driver.wait_until(lambda: w.size() == first, "the window at its first size")
    return cut


def reach(driver) -> dict:
    w = driver.window
    viewer, creator = driver.profile(creator=False), driver.profile(creator=True)
    room = QGuiApplication.primaryScreen().availableGeometry()
    found = {}
    for size_name, size in (("least", w.minimumSize()), ("first", driver.first_size)):
        w.resize(size)
        driver.wait_until(lambda s=size: w.size() == s, f"the window at {size}")
        tabs = {}
        for name in TABS:
            driver.show_tab(name, creator if name == "earnings" else viewer)
            driver.app.processEvents()
            tab = w.tab_widget(name)
            parts = [c for c in tab.findChildren(QWidget) if _is_part(c, tab)]
            overlaps = _overlaps(parts, tab)
            cut = [m for m in (_scrolled_to(driver, part, room) for part in parts) if m]
            driver.shot(f"reach-{size_name}-{name}")
            tabs[name] = {"parts": len(parts), "cut": cut, "overlaps": overlaps}
        found[size_name] = {
            "window": _size(w.frameGeometry()),
            "tabs": tabs,
        }
    return {"room": _size(room), **found}


def _overlaps(parts: list[QWidget], tab: QWidget) -> list[str]:
    """The pairs of parts drawn over one another (neither inside the other), in the tab's
    coordinates: a squeezed layout puts a label behind a row of buttons."""
    rects = [(part, _shown_in(part, tab)) for part in parts]
    found = []
    for i, (a, rect_a) in enumerate(rects):
        for b, rect_b in rects[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            both = rect_a.intersected(rect_b)
            if both.width() > 1 and both.height() > 1:
                found.append(f"{_name(a)} and {_name(b)} share {both.width()}x{both.height()}")
    return found


def _shown_in(part: QWidget, tab: QWidget) -> QRect:
    """`part`'s rectangle in `tab`'s coordinates, clipped by the scroll areas it is in: what
    a scroll area has scrolled out of its view is not drawn over anything."""
    rect = QRect(part.mapTo(tab, part.rect().topLeft()), part.size())
    parent = part.parentWidget()
    while parent is not None and parent is not tab:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            rect = rect.intersected(
                QRect(viewport.mapTo(tab, viewport.rect().topLeft()), viewport.size())
            )
        parent = parent.parentWidget()
    return rect


def _name(part: QWidget) -> str:
    return f"{type(part).__name__} {part.objectName() or part.accessibleName() or _text(part)}"


def _is_part(widget: QWidget, tab: QWidget) -> bool:
    """A control or label a user sees on the tab (not the inside of a combo box, a spin box
    or a table, nor a scroll bar)."""
    if not isinstance(widget, CONTROLS) or not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not tab:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QScrollBar)):
            return False
        parent = parent.parentWidget()
    return True


def _scrolled_to(driver, part: QWidget, room: QRect) -> dict | None:
    """Scroll `part` into view through every scroll area it is in, innermost first; None if
    then as much of it shows on the screen as the areas it is in can show, else what shows."""
    areas = []
    parent = part.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            areas.append(parent)
        parent = parent.parentWidget()
    for area in areas:
        content = area.widget()
        if not content.isAncestorOf(part):
            continue
        top_left = part.mapTo(content, part.rect().topLeft())
        viewport = area.viewport().size()
        _show_span(area.horizontalScrollBar(), top_left.x(), part.width(), viewport.width())
        _show_span(area.verticalScrollBar(), top_left.y(), part.height(), viewport.height())
    for _ in range(3):  # each scroll moves the next area's content: a pass for each
        driver.app.processEvents()
    rect = QRect(part.mapToGlobal(part.rect().topLeft()), part.size())
    window = driver.window
    seen = rect.intersected(room).intersected(
        QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
    )
    can_show = QRect(rect)
    for area in areas:
        viewport = area.viewport()
        view = QRect(viewport.mapToGlobal(viewport.rect().topLeft()), viewport.size())
        seen = seen.intersected(view)
        # A part larger than the areas it is in shows as much as they can hold.
        can_show = QRect(
            0, 0, min(can_show.width(), view.width()), min(can_show.height(), view.height())
        )
    if seen.width() >= can_show.width() and seen.height() >= can_show.height():
        return None
    what = part.objectName() or part.accessibleName() or _text(part)
    return {
        "part": f"{type(part).__name__} {what}",
        "size": [rect.width(), rect.height()],
        "shows": [seen.width(), seen.height()],
    }


def _show_span(bar: QScrollBar, start: int, length: int, view: int) -> None:
    """Scroll the least that shows [start, start + length) in a view `view` long, or as much
    of it from its start as fits."""
    value = bar.value()
    if start < value or length > view:
        value = start
    elif start + length > value + view:
        value = start + length - view
    bar.setValue(value)


def _text(part: QWidget) -> str:
    text = getattr(part, "text", None)
    return text()[:40] if callable(text) else ""
