"""The window's chrome and its dialogs by keyboard and screen reader: every control named,
focus somewhere from the start, Tab round every dialog and out of none, Escape closing it,
and the focus back where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWidget

from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.profile_dialog import ProfileDialog
from giftdesk.ui.prompter import secret_dialog
from giftdesk.ui.security_dialog import SecurityDialog

# The offscreen platform cannot resize a window it shows (the security dialog's size follows
# its content): known noise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab stops at in `window`: each control that takes focus by Tab, but of a group of
    radio buttons only the checked one (the arrow keys move within the group)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not (isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked())
    ]


def unnamed(window: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()}" for w in tab_stops(window) if not name_of(w)]


def round_by_tab(qtbot, window: QWidget) -> list[QWidget]:
    """Press Tab from the first stop until the focus is back there (or has gone round twice
    the stops without): the stops it went through, in order."""
    stops = tab_stops(window)
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is stops[0])
    seen = [stops[0]]
    # A date edit takes a Tab for each of its fields (year, month, day) before it lets go.
    for _ in range(3 * len(stops)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is stops[0]:
            return seen
        if QApplication.focusWidget() is not seen[-1]:
            seen.append(QApplication.focusWidget())
    pytest.fail(f"Tab never came back round: it went {[type(w).__name__ for w in seen]}")


@pytest.fixture
def shown(qtbot):
    """Show a dialog and wait until it has the keyboard."""

    def show(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return show


def test_the_tabs_are_named_and_the_tab_bar_says_which_is_current(make_window, economy):
    window = make_window()
    bar = window.tabs.tabBar()
    assert name_of(window.tabs) == "Sections"
    assert [name_of(window.tabs.page(i)) for i in range(4)] == [
        "Recharge",
        "Gifts",
        "Earnings",
        "Activity",
    ]
    assert name_of(bar) == "Recharge"
    window.tabs.setCurrentWidget(window.gifts_tab)
    assert name_of(bar) == "Gifts"
    # Said, not only changed: a screen reader went on calling it "Recharge". Qt says a name
    # changed when a widget's accessible name is set, and the bar's is.
    assert bar.accessibleName() == "Gifts"


def test_the_profile_switcher_has_the_focus_from_the_start(qtbot, economy, prompter, settings):
    services, _, _ = economy
    window = MainWindow(prompter=prompter, settings=settings)  # the frame, as at start-up
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.attach(services)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.header.profile_combo)


def test_every_control_of_the_window_chrome_is_named(make_window, economy):
    window = make_window()
    assert unnamed(window.header) == []
    assert name_of(window.header.new_profile_button) == "New profile..."


def test_every_control_of_the_dialogs_is_named(qtbot, fresh_services, prompter, economy, shown):
    _, vera, _ = economy
    security = shown(SecurityDialog(fresh_services, vera.id, prompter))
    security.two_step_box.enable_button.click()
    welcome = shown(ProfileDialog(fresh_services, welcome=True))
    unlock = shown(secret_dialog(None, "Vera is locked", "Password for Vera:"))
    assert (unnamed(security), unnamed(welcome), unnamed(unlock)) == ([], [], [])
    assert name_of(unlock.findChild(type(security.password_box.new_edit))) == ("Password for Vera:")


@pytest.mark.parametrize("dialog_kind", ["security", "security enrolling", "welcome", "unlock"])
def test_tab_goes_round_every_stop_of_a_dialog_and_traps_nowhere(
    qtbot, fresh_services, prompter, economy, shown, dialog_kind
):
    _, vera, _ = economy
    if dialog_kind.startswith("security"):
        dialog = shown(SecurityDialog(fresh_services, vera.id, prompter))
        if dialog_kind.endswith("enrolling"):
            dialog.two_step_box.enable_button.click()
    elif dialog_kind == "welcome":
        dialog = shown(ProfileDialog(fresh_services, welcome=True))
    else:
        dialog = shown(secret_dialog(None, "Vera is locked", "Password for Vera:"))
    went = round_by_tab(qtbot, dialog)
    assert sorted(map(id, went)) == sorted(map(id, tab_stops(dialog)))


@pytest.mark.parametrize("opens", ["security", "new profile", "lock", "unlock"])
def test_escape_closes_a_dialog_and_the_focus_goes_back(
    qtbot, fresh_services, economy, settings, opens
):
    from giftdesk.ui.prompter import Prompter, run_modal  # the real one: its dialogs are modal

    services, vera, _ = economy
    window = MainWindow(services, prompter=Prompter(), settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_profile(vera.id)
    window.activateWindow()
    combo = window.header.profile_combo
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    closed = []

    def escape() -> None:  # on the dialog, once it has the keyboard
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(10, escape)
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        closed.append(dialog.isHidden())

    QTimer.singleShot(0, escape)
    {
        "security": window.open_security,
        "new profile": window.new_profile,
        "lock": window.lock_profile,  # Vera has no password: a message box says so
        # The password box (the real Prompter asks nothing offscreen, where nobody types).
        "unlock": lambda: run_modal(secret_dialog(window, "Cleo is locked", "Password:")),
    }[opens]()
    assert closed == [True]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
