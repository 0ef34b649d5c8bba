"""The window's look: its icon, and the light or dark theme (style sheet and QPalette, from the
tokens of palettes.py), chosen by the system, View > Theme or --theme, and switched live.

Kept apart from the gift artwork (art.py), whose SVG rendering pulls in QtSvg: the window's
frame is shown before that is imported.
"""

from __future__ import annotations

from functools import cache
from string import Template
from typing import TYPE_CHECKING

from giftdesk.resources import resource_path
from giftdesk.ui.palettes import LIGHT, PALETTES

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QIcon, QPalette
    from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

THEMES = ("system", "light", "dark")  # what View > Theme and --theme offer
SETTING = "theme"  # its QSettings key


class _Shown:
    """The theme chosen and the palette on show (light until a theme is applied: tests that
    build widgets without the app's start-up paint with the light one)."""

    choice = "system"
    tokens: dict[str, str] = LIGHT
    applied: str | None = None  # the palette whose style sheet the application has
    following: object = None  # the QApplication whose colour scheme changes are followed


_shown = _Shown()


@cache
def app_icon() -> QIcon:
    # Qt reads the SVG through its own icon plug-in; no QtSvg import is needed for this. Made
    # with the tabs, not before the frame shows: loading that plug-in took 4 ms.
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "giftdesk.svg")))


@cache
def _template() -> Template:
    path = resource_path("qss", "giftdesk.qss")
    try:
        return Template(path.read_text(encoding="utf-8"))
    except OSError:
        return Template("")


def style_sheet(name: str = "light") -> str:
    """The style sheet with the `name` palette's colours filled in, and the folder of the
    images it uses (arrows, the check mark)."""
    return _template().substitute(PALETTES[name], qss_dir=resource_path("qss").as_posix())


def palette(name: str = "light") -> QPalette:
    """A QPalette of the same colours, for what the style sheet does not style: message boxes,
    menus, scroll bars, check marks, file dialogs, the completer's list."""
    from PySide6.QtGui import QColor, QPalette

    tokens = PALETTES[name]
    role = QPalette.ColorRole
    roles = {
        role.Window: "window",
        role.WindowText: "text",
        role.Base: "surface",
        role.AlternateBase: "surface_alt",
        role.Text: "text",
        role.Button: "surface",
        role.ButtonText: "text",
        role.BrightText: "surface",
        role.Highlight: "selection",
        role.HighlightedText: "selection_text",
        role.ToolTipBase: "tooltip",
        role.ToolTipText: "tooltip_text",
        role.PlaceholderText: "placeholder",
        role.Link: "link",
        role.LinkVisited: "link",
        # Fusion draws bevels, frames and separators with these.
        role.Light: "surface",
        role.Midlight: "border_subtle",
        role.Mid: "border_control",
        role.Dark: "border_control",
        role.Shadow: "border_control",
    }
    if hasattr(role, "Accent"):  # Qt 6.6
        roles[role.Accent] = "accent"
    result = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for each, token in roles.items():
            result.setColor(group, each, QColor(tokens[token]))
    for each, token in roles.items():
        result.setColor(QPalette.ColorGroup.Disabled, each, QColor(tokens[token]))
    for each in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, each, QColor(tokens["disabled_text"]))
    result.setColor(QPalette.ColorGroup.Disabled, role.Base, QColor(tokens["disabled_bg"]))
    result.setColor(QPalette.ColorGroup.Disabled, role.Button, QColor(tokens["disabled_bg"]))
    return result


def color(token: str) -> QColor:
    """A colour of the palette on show, for widgets that paint themselves."""
    from PySide6.QtGui import QColor

    return QColor(_shown.tokens[token])


def chosen() -> str:
    """The theme chosen: system, light or dark."""
    return _shown.choice


def is_dark() -> bool:
    return _shown.tokens is PALETTES["dark"]


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _platform_looks_dark(app: QApplication) -> bool:
    """Whether the platform's own palette (before ours replaces it) is light text on dark:
    a first guess at the system's scheme that, unlike colorScheme(), costs nothing. Reading any
    enum of Qt's namespace makes PySide6 build them, some 20 ms before the frame could show."""
    from PySide6.QtGui import QPalette

    platform = app.palette()
    window = platform.color(QPalette.ColorRole.Window).lightness()
    return window < platform.color(QPalette.ColorRole.WindowText).lightness()


def saved_choice(settings: QSettings) -> str:
    value = settings.value(SETTING, "system")
    return value if value in THEMES else "system"


def show_first(app: QApplication, choice: str) -> None:
    """Before the window's frame shows: the `choice` theme, the system's guessed from the
    platform's palette. apply_theme(app, chosen()) settles it once the frame is up."""
    if choice not in THEMES:
        raise ValueError(f"no theme {choice!r}")
    _shown.choice = choice
    dark = choice == "dark" or (choice == "system" and _platform_looks_dark(app))
    _show(app, "dark" if dark else "light")


def apply_theme(app: QApplication, choice: str) -> None:
    """Show the `choice` theme (system, light or dark) now, and with "system" keep following
    the system's colour scheme as it changes."""
    if choice not in THEMES:
        raise ValueError(f"no theme {choice!r}")
    _shown.choice = choice
    _follow_system(app)
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: title bars and native dialogs follow too
        from PySide6.QtCore import Qt

        if choice == "system":
            hints.unsetColorScheme()
        else:
            scheme = Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light
            hints.setColorScheme(scheme)
    _show(app, "dark" if choice == "dark" or (choice == "system" and system_is_dark()) else "light")


def _show(app: QApplication, name: str) -> None:
    if _shown.applied == name and app.styleSheet():
        return  # on show already: re-polishing every widget is not free
    _shown.tokens = PALETTES[name]
    _shown.applied = name
    # The palette first: the style sheet's re-polish then starts from it.
    app.setPalette(palette(name))
    app.setStyleSheet(style_sheet(name))


def _follow_system(app: QApplication) -> None:
    if _shown.following is app:
        return
    _shown.following = app
    app.styleHints().colorSchemeChanged.connect(_on_color_scheme_changed)


def _on_color_scheme_changed(_scheme) -> None:
    from PySide6.QtWidgets import QApplication

    if _shown.choice == "system":  # a theme chosen in the menu stays
        _show(QApplication.instance(), "dark" if system_is_dark() else "light")


def add_theme_menu(window: QMainWindow, view_menu: QMenu) -> QMenu:
    """View > Theme: System, Light, Dark. The choice is shown at once and kept in the window's
    settings for the next start."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QActionGroup
    from PySide6.QtWidgets import QApplication

    menu = view_menu.addMenu(QCoreApplication.translate("theme", "&Theme"))
    group = QActionGroup(menu)
    labels = {
        "system": QCoreApplication.translate("theme", "&System"),
        "light": QCoreApplication.translate("theme", "&Light"),
        "dark": QCoreApplication.translate("theme", "&Dark"),
    }
    for choice in THEMES:
        action = QAction(labels[choice], group)
        action.setObjectName(f"theme-{choice}")
        action.setCheckable(True)
        action.setChecked(choice == _shown.choice)
        action.triggered.connect(lambda _checked=False, c=choice: pick(c))
        menu.addAction(action)

    def pick(choice: str) -> None:
        apply_theme(QApplication.instance(), choice)
        window.settings.setValue(SETTING, choice)

    return menu
