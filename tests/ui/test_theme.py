"""The theme: light, dark or the system's, from View > Theme, --theme or the saved choice, and
switched live; painted widgets follow it, the QR code does not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from giftdesk import cli
from giftdesk.app import window_options
from giftdesk.ui import theme
from giftdesk.ui.palettes import DARK, LIGHT


@pytest.fixture
def restore_look(qapp):
    """The application as the other tests know it (no style sheet, Qt's palette), after."""
    sheet, pal = qapp.styleSheet(), qapp.palette()
    shown = (theme._shown.choice, theme._shown.tokens, theme._shown.applied)
    yield qapp
    theme._shown.choice, theme._shown.tokens, theme._shown.applied = shown
    qapp.setStyleSheet(sheet)
    qapp.setPalette(pal)
    hints = qapp.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()


def _window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_dark_is_dark_and_light_is_light(restore_look):
    app = restore_look
    theme.apply_theme(app, "dark")
    assert theme.is_dark() and _window_colour(app) == DARK["window"]
    assert DARK["window"] in app.styleSheet() and LIGHT["window"] not in app.styleSheet()
    assert theme.color("price").name() == DARK["price"]
    theme.apply_theme(app, "light")
    assert not theme.is_dark() and _window_colour(app) == LIGHT["window"]
    assert theme.color("price").name() == LIGHT["price"]


def test_system_follows_the_colour_scheme_as_it_changes(restore_look, monkeypatch):
    app = restore_look
    system_dark = [False]
    monkeypatch.setattr(theme, "system_is_dark", lambda: system_dark[0])
    theme.apply_theme(app, "system")
    assert _window_colour(app) == LIGHT["window"]
    system_dark[0] = True
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _window_colour(app) == DARK["window"]
    # A theme chosen in the menu stays when the system's changes.
    theme.apply_theme(app, "light")
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _window_colour(app) == LIGHT["window"]


def test_before_the_frame_shows_the_systems_scheme_is_guessed_from_its_palette(restore_look):
    """show_first() reads no enum of Qt's namespace (20 ms of PySide6 start-up): a dark
    platform palette means dark, and apply_theme() settles it once the frame is up."""
    app = restore_look
    app.setPalette(theme.palette("dark"))  # as a platform in dark mode hands it over
    theme.show_first(app, "system")
    assert theme.is_dark() and theme.chosen() == "system"
    app.setPalette(QPalette())
    theme.show_first(app, "system")
    assert not theme.is_dark()
    theme.show_first(app, "dark")
    assert theme.is_dark()


def test_the_view_menu_switches_theme_and_remembers_it(restore_look, make_window, settings):
    window = make_window()
    actions = {c: window.findChild(QAction, f"theme-{c}") for c in theme.THEMES}
    assert all(actions.values()) and actions["system"].isChecked()
    actions["dark"].trigger()
    assert theme.is_dark() and _window_colour(restore_look) == DARK["window"]
    assert settings.value(theme.SETTING) == "dark"
    assert actions["dark"].isChecked() and not actions["system"].isChecked()
    assert theme.saved_choice(settings) == "dark"
    actions["light"].trigger()
    assert settings.value(theme.SETTING) == "light" and not theme.is_dark()


def test_a_saved_choice_that_is_no_theme_means_the_systems(settings):
    settings.setValue(theme.SETTING, "purple")
    assert theme.saved_choice(settings) == "system"
    with pytest.raises(ValueError):
        theme.apply_theme(QApplication.instance(), "purple")


@pytest.mark.parametrize("choice", theme.THEMES)
def test_theme_on_the_command_line_reads_alike_in_both_parsers(choice):
    fast = window_options(["--theme", choice])
    assert fast is not None and fast.theme == choice == cli.parse(["--theme", choice]).theme


def test_a_theme_that_is_none_goes_to_the_full_parser_and_is_refused():
    assert window_options(["--theme", "purple"]) is None
    with pytest.raises(cli.UsageError):
        cli.parse(["--theme", "purple"])


def test_gift_tiles_are_painted_in_the_theme(restore_look, qtbot, economy):
    from giftdesk.ui.models.gift_catalog import GiftCatalogModel
    from giftdesk.ui.widgets.gift_tile import TILE, GiftTileDelegate

    services, _, _ = economy
    model = GiftCatalogModel(services.gifts.catalog())
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, TILE.width(), TILE.height())
    for name, tokens in (("dark", DARK), ("light", LIGHT)):
        theme.apply_theme(restore_look, name)
        image = QImage(TILE, QImage.Format.Format_RGB32)
        image.fill(QColor("magenta"))
        painter = QPainter(image)
        GiftTileDelegate().paint(painter, option, model.index(0, 0, QModelIndex()))
        painter.end()
        # Inside the card, left of the artwork: the card's own colour.
        assert image.pixelColor(12, 40).name() == tokens["surface"], name
    option.state |= QStyle.StateFlag.State_HasFocus
    image = QImage(TILE, QImage.Format.Format_RGB32)
    image.fill(QColor(LIGHT["surface"]))
    painter = QPainter(image)
    GiftTileDelegate().paint(painter, option, model.index(0, 0, QModelIndex()))
    painter.end()
    assert image.pixelColor(TILE.width() // 2, 1).name() == LIGHT["focus"]  # the ring


def test_the_qr_code_stays_black_on_white_in_the_dark(restore_look):
    from giftdesk.ui.widgets.qr import paint_matrix

    theme.apply_theme(restore_look, "dark")
    image = paint_matrix([[True, False], [False, True]], module_px=4).toImage()
    assert image.pixelColor(1, 1).name() == "#000000"
    assert image.pixelColor(5, 1).name() == "#ffffff"


def test_a_refusal_shown_when_the_theme_switches_takes_the_new_red(
    restore_look, make_window, economy
):
    """The budget refusal under the gift kept the light theme's red on the dark background
    (2.9:1) until something else re-wrote it."""
    services, vera, _cleo = economy
    services.profiles.set_budget(vera.id, daily_coins=10, monthly_coins=None)
    theme.apply_theme(restore_look, "light")
    window = make_window()
    window.select_profile(vera.id)
    window.tabs.setCurrentWidget(window.gifts_tab)
    tab = window.gifts_tab
    tab.select_creator("Cleo")
    tab.select_gift("Doughnut")  # 30 coins: over a 10-coin day
    assert f"color:{LIGHT['error']}" in tab.cost_label.text()
    theme.apply_theme(restore_look, "dark")
    QApplication.processEvents()
    assert f"color:{DARK['error']}" in tab.cost_label.text()
    assert LIGHT["error"] not in tab.cost_label.text()
