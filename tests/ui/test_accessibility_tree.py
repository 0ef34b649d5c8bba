"""The window as a screen reader sees it, walked through Qt's QAccessible interfaces in process
(what the AT-SPI bridge hands a screen reader on Linux), on every tab, with a demo economy: no
focusable control without a usable name, and no label whose shown text is hidden behind an
accessible name (a live figure whose text is not in the tree)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from giftdesk.services.demo import seed_demo
from giftdesk.ui.widgets.live_label import plain_text

Role = QAccessible.Role
# On Linux a combo box's accessible name is its current text; what it is for comes from the
# label linked to it (a buddy), as a "labelled by" relation.
NAMED_BY_LABEL = {Role.ComboBox}
# A table's cells are read with their column's heading; an empty one is a blank, as it should
# be (no money moved, say), not a control without a name.
CELLS = {Role.Cell, Role.RowHeader, Role.ColumnHeader, Role.Row}


@dataclass(frozen=True)
class Finding:
    where: str  # the tab it is on, or "window" for what is outside the tabs
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _describe(face) -> str:
    obj = face.object()
    kind = type(obj).__name__ if obj is not None else "-"
    name = obj.objectName() if isinstance(obj, QWidget) and obj.objectName() else ""
    return f"{face.role().name} {kind}{'#' + name if name else ''}"


def _problem(face) -> str | None:
    state = face.state()
    name = face.text(QAccessible.Text.Name).strip()
    obj = face.object()
    if state.focusable and face.role() in NAMED_BY_LABEL:
        labels = [
            o.text(QAccessible.Text.Name) for o, _ in face.relations(QAccessible.Relation.Label)
        ]
        if not any(label.strip() for label in labels):
            return f"{_describe(face)} {name!r} has no label linked to it (setBuddy)"
    elif state.focusable and not name and face.role() not in CELLS:
        return f"{_describe(face)} is focusable and has no name"
    if isinstance(obj, QLabel) and obj.accessibleName():
        shown = plain_text(obj.text())
        said = face.text(QAccessible.Text.Name) + " " + face.text(QAccessible.Text.Description)
        if shown and shown not in said:
            return f"{_describe(face)} {obj.accessibleName()!r} hides its text {shown[:40]!r}"
    return None


def walk(window) -> list[Finding]:
    tabs = {window.recharge_tab: "recharge", window.gifts_tab: "gifts"}
    tabs |= {window.earnings_tab: "earnings", window.activity_tab: "activity"}
    findings = []

    def where(obj) -> str:
        for tab, label in tabs.items():
            if isinstance(obj, QWidget) and (obj is tab or tab.isAncestorOf(obj)):
                return label
        return "window"

    def visit(face, depth: int, owner: str) -> None:
        if face is None or face.state().invisible or depth > 40:
            return
        obj = face.object()
        owner = where(obj) if isinstance(obj, QWidget) else owner  # a cell is its table's
        problem = _problem(face)
        if problem:
            findings.append(Finding(owner, problem))
        for i in range(face.childCount()):
            visit(face.child(i), depth + 1, owner)

    visit(QAccessible.queryAccessibleInterface(window), 0, "window")
    return findings


@pytest.fixture
def demo_window(make_window, fresh_services, qtbot):
    """The window on the demo economy, shown on each tab in a state that has every live figure
    in it: a gift sent (its status and Undo), a purchase's receipt, a quote, a card error."""
    seed_demo(fresh_services)
    window = make_window()
    QAccessible.setActive(True)
    yield window, fresh_services


def _every_tab(window, services, profile: str) -> list[Finding]:
    window.select_profile(services.profiles.find(profile).id)
    recharge, gifts = window.recharge_tab, window.gifts_tab
    findings = []
    window.tabs.setCurrentWidget(recharge)
    recharge.method_combo.setCurrentIndex(recharge.method_combo.findData("paypal"))
    recharge.buy_button.click()
    recharge.quote_box.coins_edit.setText("5000")
    recharge.quote_box.find_button.click()
    recharge.method_combo.setCurrentIndex(recharge.method_combo.findData("card"))
    recharge.card_form.number_edit.setText("4242")
    findings += walk(window)
    window.tabs.setCurrentWidget(gifts)
    gifts.select_gift("Rose")
    gifts.send_bar.send_button.click()
    findings += walk(window)
    for tab in (window.earnings_tab, window.activity_tab):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        findings += walk(window)
    return findings


def _unique(findings: list[Finding]) -> list[Finding]:
    return list(dict.fromkeys(findings))


@pytest.mark.parametrize("profile", ["Demo Viewer", "Mia Beats"])
def test_the_recharge_gifts_and_activity_tabs_are_named_and_their_figures_exposed(
    demo_window, profile
):
    window, services = demo_window
    mine = [
        f
        for f in _every_tab(window, services, profile)
        if f.where in ("recharge", "gifts", "activity")
    ]
    assert not mine, "\n".join(map(str, _unique(mine)))


@pytest.mark.parametrize("profile", ["Demo Viewer", "Mia Beats"])
def test_the_rest_of_the_window(demo_window, profile):
    window, services = demo_window
    rest = [f for f in _every_tab(window, services, profile) if f.where in ("window", "earnings")]
    assert not rest, "\n".join(map(str, _unique(rest)))
