"""Every tab and the welcome dialog, in each language, show their text whole at the window's
smallest size and at the screenshots' size: no label, button, group title or tab narrower than
its words, no wrapped label shorter than its lines (tests/ui/clipping.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from giftdesk import i18n
from giftdesk.services.demo import DEMO_VIEWER, seed_demo
from giftdesk.ui import language, theme
from giftdesk.ui.main_window import TABS
from giftdesk.ui.profile_dialog import ProfileDialog

sys.path.insert(0, str(Path(__file__).parent))
from clipping import clipped  # noqa: E402

SIZES = ((1024, 700), (1280, 800))  # the window's smallest, and the screenshots'


@pytest.fixture(params=["de", "es", "pt_BR", "en"])
def speaking(request, qapp):
    """The window's words and numbers in that language, in the style sheet's fonts and
    padding (what the text has to fit in); English and no style sheet again after the test."""
    sheet, pal = qapp.styleSheet(), qapp.palette()
    shown = (theme._shown.choice, theme._shown.tokens, theme._shown.applied)
    theme.apply_theme(qapp, "light")
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    language.install_language(qapp, request.param)
    yield request.param
    theme._shown.choice, theme._shown.tokens, theme._shown.applied = shown
    qapp.setStyleSheet(sheet)
    qapp.setPalette(pal)
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    i18n.set_language(i18n.SOURCE)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_tab_clips_its_text(speaking, size, make_window, fresh_services):
    seed_demo(fresh_services)
    window = make_window()
    window.resize(*size)
    viewer = fresh_services.profiles.find(DEMO_VIEWER[0])
    creator = next(p for p in fresh_services.profiles.list() if p.is_creator)
    found = {}
    for name in TABS:
        window.select_profile((creator if name == "earnings" else viewer).id)
        window.tabs.setCurrentWidget(window.tab_widget(name))
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()  # a wrapped label's height: a second pass
        if problems := clipped(window):
            found[name] = problems
    assert found == {}


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_welcome_dialog_wraps_rather_than_clips(speaking, qtbot, fresh_services):
    dialog = ProfileDialog(fresh_services, welcome=True)
    qtbot.addWidget(dialog)
    dialog.show()  # at its natural size, as the window shows it
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
