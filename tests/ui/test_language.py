"""The window's language: the translators installed for the choice (the window's strings, Qt's
standard buttons, the domain's messages through gettext, Qt's number locale), and View >
Language, which keeps a choice for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel

from giftdesk import formatting as fmt
from giftdesk import i18n
from giftdesk.ui import language


def test_german_reaches_the_window_qts_buttons_the_domain_and_the_numbers(qapp, restore_language):
    assert language.install_language(qapp, "de") == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    # Qt's own dialogs' buttons, from the qtbase catalog PySide6 ships
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert i18n._("that card has expired") == "diese Karte ist abgelaufen"
    assert fmt.usd(123_450) == "1.234,50\xa0$"
    assert QLocale().toString(1234567) == "1.234.567"


def test_english_installs_nothing(qapp, restore_language):
    before = len(qapp.findChildren(QTranslator))
    assert language.install_language(qapp, "en") == "en"
    assert len(qapp.findChildren(QTranslator)) == before
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_system_choice_follows_the_locale(qapp, restore_language, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert language.install_language(qapp, language.SYSTEM) == "es"
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Salir"


def test_view_language_keeps_the_choice_and_says_so_in_that_language(
    make_window, settings, prompter
):
    window = make_window()
    actions = {c: window.findChild(QAction, f"language-{c}") for c in language.CHOICES}
    assert [actions[c].text() for c in language.CHOICES] == [
        "&System",
        "English",
        "Español",
        "Português (Brasil)",
        "Deutsch",
    ]
    assert actions["system"].isChecked()
    actions["de"].trigger()
    assert settings.value(language.SETTING) == "de"
    assert prompter.infos == ["GiftDesk spricht beim nächsten Start Deutsch."]
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # until the restart
    actions["pt_BR"].trigger()
    assert (
        prompter.infos[-1]
        == "O GiftDesk falará Português (Brasil) na próxima vez que for iniciado."
    )


def test_a_saved_choice_that_is_no_language_means_the_systems(settings):
    settings.setValue(language.SETTING, "tlh")
    assert language.saved_choice(settings) == "system"
    settings.setValue(language.SETTING, "pt_BR")
    assert language.saved_choice(settings) == "pt_BR"


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("code", ["en", "es", "pt_BR", "de"])
def test_no_two_mnemonics_of_a_tab_and_the_menu_bar_share_a_letter(
    qapp, restore_language, make_window, economy, code
):
    """Alt+letter reaches one thing: a menu of the bar, a tab, or a field of the tab on show
    (Alt+P was both the Profile menu and the Gifts tab's price filter)."""
    language.install_language(qapp, code)
    _, vera, _ = economy
    window = make_window()
    window.select_profile(vera.id)
    bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    tabs = [_mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    for i in range(window.tabs.count()):
        page = window.tabs.widget(i)
        fields = [_mnemonic(w.text()) for w in page.findChildren(QLabel) if w.buddy()]
        fields += [_mnemonic(w.text()) for w in page.findChildren(QAbstractButton)]
        letters = [m for m in bar + tabs + fields if m is not None]
        clashes = sorted({m for m in letters if letters.count(m) > 1})
        assert clashes == [], f"{code}, {window.tabs.tabText(i)}: {clashes}"
