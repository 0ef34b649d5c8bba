"""Start the desktop app: QApplication, database, main window; also --screenshot and --quit-after."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from giftdesk.domain.errors import GiftDeskError
from giftdesk.paths import default_db_path, log_unexpected
from giftdesk.services import Services
from giftdesk.ui.actions import sentence
from giftdesk.ui.art import app_icon, style_sheet
from giftdesk.ui.main_window import TABS, MainWindow

SCREENSHOT_SIZE = (1280, 800)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("GiftDesk")
    app.setApplicationName("GiftDesk")
    app.setDesktopFileName("giftdesk")
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    app.setWindowIcon(app_icon())
    return app


def install_exception_hook(parent_getter) -> None:
    """An unexpected exception in a slot is logged and shown as a readable dialog; the app goes on."""

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        where = log_unexpected(error.with_traceback(tb))
        QMessageBox.critical(
            parent_getter(), QCoreApplication.translate("launch", "GiftDesk"),
            QCoreApplication.translate(
                "launch", "Something went wrong: {error}\n\nNothing you saved is lost. "
                "The details were written to {where}.").format(error=error, where=where))

    sys.excepthook = hook


def screenshot(window: MainWindow, directory: Path) -> int:
    """Render the window on each tab to DIR/<tab>.png, each as the profile that tab suits."""
    directory.mkdir(parents=True, exist_ok=True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    services = window.services
    profiles = services.profiles.list()
    balances = {p.id: services.balance(p.id) for p in profiles}
    spender = max(profiles, key=lambda p: (balances[p.id]["coins"], -p.id), default=None)
    earner = max((p for p in profiles if p.is_creator),
                 key=lambda p: (balances[p.id]["diamonds"] + services.earnings.received_count(p.id)),
                 default=None)
    app = QApplication.instance()
    for name in TABS:
        who = earner if name == "earnings" and earner else spender
        if who is not None:
            window.select_profile(who.id)
        window.tabs.setCurrentWidget(window.tab_widget(name))
        app.processEvents()
        if not window.grab().save(str(directory / f"{name}.png")):
            print(f"giftdesk: error: cannot write {directory / name}.png", file=sys.stderr)
            return 1
    window.close()
    return 0


def run_gui(db: str | None, *, quit_after_ms: int | None = None,
            screenshot_dir: str | None = None) -> int:
    app = make_app()
    headless = quit_after_ms is not None or screenshot_dir is not None
    try:
        services = Services.open(db or default_db_path())
    except GiftDeskError as e:
        message = str(e)
        print(f"giftdesk: error: {message}", file=sys.stderr)
        if not headless:
            QMessageBox.critical(None, QCoreApplication.translate("launch", "GiftDesk"),
                                 sentence(message))
        return e.exit_code
    window = MainWindow(services)
    window.check_on_start()
    install_exception_hook(lambda: window)
    try:
        if screenshot_dir is not None:
            return screenshot(window, Path(screenshot_dir))
        window.show()
        if quit_after_ms is not None:
            QTimer.singleShot(quit_after_ms, app.quit)
        elif not services.profiles.list():
            QTimer.singleShot(0, lambda: window.new_profile(welcome=True))
        return app.exec()
    finally:
        services.close()
