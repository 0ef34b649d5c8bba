"""The window and its dialogs on small and scaled screens: the least size follows the screen,
the tabs scroll, and a dialog taller than the screen scrolls with its buttons in sight.
(tests/ui/xcb measures them on real X screens, at 100%, 150% and 200%.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea

from giftdesk.ui import screen_fit
from giftdesk.ui.main_window import TABS
from giftdesk.ui.screen_fit import least_size, room
from giftdesk.ui.security_dialog import SecurityDialog


@pytest.mark.parametrize(
    ("space", "least"),
    [
        ((1366, 704), (960, 600)),  # a 1366x768 laptop, less a panel and a title bar
        ((1280, 656), (960, 600)),
        ((911, 459), (911, 459)),  # the same laptop at 150%: 910x512 logical pixels
        ((683, 352), (683, 352)),  # and at 200%
    ],
)
def test_the_least_window_is_960x600_or_what_the_screen_has_room_for(space, least):
    assert least_size(QSize(*space)) == QSize(*least)


def test_the_window_may_be_made_as_small_as_the_screen_allows(make_window, economy):
    window = make_window()
    assert window.minimumSize() == least_size(room(window))
    space = room(window)
    assert window.width() <= space.width() and window.height() <= space.height()


def test_each_tab_scrolls_in_an_area_that_is_no_tab_stop(make_window, economy):
    window = make_window()
    for index, name in enumerate(TABS):
        page = window.tabs.page(index)
        assert isinstance(page, QScrollArea) and page.widget() is window.tab_widget(name)
        assert page.widgetResizable() and page.focusPolicy() == Qt.FocusPolicy.NoFocus
        # The tab widget speaks of the tabs, as before they scrolled.
        assert window.tabs.widget(index) is window.tab_widget(name)
        window.tabs.setCurrentWidget(window.tab_widget(name))
        assert window.tabs.currentWidget() is window.tab_widget(name)
        assert window.tabs.currentIndex() == index


@pytest.fixture
def short_screen(monkeypatch):
    """A screen with 900x480 of room (a 1366x768 laptop at 150%, less panel and title)."""
    monkeypatch.setattr(screen_fit, "room", lambda widget: QSize(900, 480))


def test_security_and_budget_scrolls_on_a_short_screen_its_close_button_in_sight(
    qtbot, fresh_services, prompter, economy, short_screen
):
    _, vera, _ = economy
    dialog = SecurityDialog(fresh_services, vera.id, prompter)
    qtbot.addWidget(dialog)
    dialog.two_step_box.enable_button.click()  # the QR code: 750 px tall in all
    assert dialog.scroll_area.sizeHint().height() > 480
    assert dialog.height() <= 480 and dialog.width() <= 900
    # The parts scroll; Close is outside what scrolls.
    assert dialog.scroll_area.widget().isAncestorOf(dialog.budget_box)
    assert not dialog.scroll_area.isAncestorOf(dialog.buttons)


def test_security_and_budget_grows_for_the_qr_code_and_shrinks_after(
    qtbot, fresh_services, prompter, economy, monkeypatch
):
    monkeypatch.setattr(screen_fit, "room", lambda widget: QSize(1366, 1000))
    _, vera, _ = economy
    dialog = SecurityDialog(fresh_services, vera.id, prompter)
    qtbot.addWidget(dialog)
    before = dialog.height()
    dialog.two_step_box.enable_button.click()
    enrolling = dialog.height()
    assert enrolling > before + 100  # its natural size: nothing scrolls where there is room
    assert enrolling >= dialog.scroll_area.sizeHint().height()
    dialog.two_step_box.cancel_button.click()
    assert dialog.height() == before
