"""The window's language: chosen in View > Language (or --lang), else the system's, and the
translations installed for it when the application starts.

One choice feeds both catalogs: giftdesk.i18n speaks it for the text made outside the window
(the domain's refusals the window shows, the history's words) and this module installs Qt's
translators for the window's own strings (resources/i18n/giftdesk_<lang>.qm) and for Qt's
standard dialogs' buttons (qtbase_<lang>.qm, shipped with PySide6), and makes it Qt's default
locale, so that numbers in Qt's own widgets follow it too.

A new choice takes effect the next time GiftDesk starts: every part of the window sets its
words once, when it is built, and re-setting them all live would need a retranslation in every
tab and dialog, for a choice made once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from giftdesk import i18n

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QMainWindow, QMenu

SETTING = "language"  # its QSettings key
SYSTEM = "system"
CHOICES = (SYSTEM, *i18n.LANGUAGES)  # what View > Language and --lang offer


def saved_choice(settings: QSettings) -> str:
    value = settings.value(SETTING, SYSTEM)
    return value if value in CHOICES else SYSTEM


def install_language(app: QCoreApplication, choice: str = SYSTEM) -> str:
    """Speak `choice` (a language, or "system") in this process; returns the language."""
    language = i18n.set_language(None if choice == SYSTEM else choice)
    if language == i18n.SOURCE:
        return language  # the strings' own language: nothing to load before the frame shows
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(i18n.locale()))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in ((str(i18n.catalog_dir()), "giftdesk"), (qt_translations, "qtbase")):
        translator = QTranslator(app)
        # A missing file (Qt has no qtbase_<lang>.qm for some languages) leaves English.
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
    return language


def restart_note(language: str) -> str:
    """That a new language shows at the next start, said in that language (its catalog read
    for this sentence alone, as it is not installed yet)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    text = QCoreApplication.translate(
        "Language", "GiftDesk will speak {language} the next time it starts."
    )
    translator = QTranslator()
    if language != i18n.SOURCE and translator.load(f"giftdesk_{language}", str(i18n.catalog_dir())):
        text = (
            translator.translate(
                "Language", "GiftDesk will speak {language} the next time it starts."
            )
            or text
        )
    return text.format(language=i18n.LANGUAGES[language])


def add_language_menu(window: QMainWindow, view_menu: QMenu) -> QMenu:
    """View > Language: System, then each language in its own name. The choice is kept in the
    window's settings and shown from the next start (see the module's note)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QActionGroup

    menu = view_menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    saved = saved_choice(window.settings)
    for choice in CHOICES:
        label = (
            QCoreApplication.translate("Language", "&System")
            if choice == SYSTEM
            else i18n.LANGUAGES[choice]  # a language's own name is not translated
        )
        action = QAction(label, group)
        action.setObjectName(f"language-{choice}")
        action.setCheckable(True)
        action.setChecked(choice == saved)
        action.triggered.connect(lambda _checked=False, c=choice: pick(c))
        menu.addAction(action)

    def pick(choice: str) -> None:
        if choice == saved_choice(window.settings):
            return
        window.settings.setValue(SETTING, choice)
        language = i18n.language_of(i18n.system_locale()) if choice == SYSTEM else choice
        window.prompter.info(
            window, QCoreApplication.translate("Language", "Language"), restart_note(language)
        )

    return menu
