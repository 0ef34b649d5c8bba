"""Start the desktop app: QApplication, database, main window; --screenshot and --quit-after."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from giftdesk.domain.errors import GiftDeskError, PasswordNeeded
from giftdesk.paths import chosen_db, log_unexpected
from giftdesk.ui.actions import sentence
from giftdesk.ui.language import install_language
from giftdesk.ui.main_window import MainWindow
from giftdesk.ui.theme import app_icon, apply_theme, chosen, saved_choice, show_first

if TYPE_CHECKING:
    from giftdesk.services import Services


def make_app(theme: str | None = None, lang: str | None = None) -> QApplication:
    """The application, in the `theme` given (system, light or dark), else the one chosen
    last in View > Theme; `apply_theme(app, chosen())` then settles it (see show_first). In
    the language `lang` (a language or "system"), else the one chosen in View > Language."""
    app = QApplication.instance()
    if app is None:
        # Fusion everywhere, for one look. Asked for on Qt's command line rather than with
        # setStyle(), whose returned QStyle makes PySide6 build that class and its enums:
        # 10 ms before the window could show.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setOrganizationName("GiftDesk")
    app.setApplicationName("GiftDesk")
    app.setDesktopFileName("giftdesk")
    if theme is None or lang is None:
        from PySide6.QtCore import QSettings

        from giftdesk.ui import language

        theme = theme or saved_choice(QSettings())
        lang = lang or language.saved_choice(QSettings())
    install_language(app, lang)
    show_first(app, theme)
    return app


class UnexpectedErrors:
    """What the exception hook saw, for a headless run to exit with 1 after one."""

    def __init__(self) -> None:
        self.count = 0


def install_exception_hook(parent_getter, *, headless: bool = False) -> UnexpectedErrors:
    """An unexpected exception in a slot is logged and shown as a readable dialog; the app goes
    on. Headless (--screenshot, --quit-after) there is nobody to close a dialog, which would
    wait for ever: the error is one line on stderr instead, and the run ends with exit 1."""
    seen = UnexpectedErrors()

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        where = log_unexpected(error.with_traceback(tb))
        seen.count += 1
        if headless:
            line = " ".join(
                f"unexpected error ({kind.__name__}: {error}); details in {where}".split()
            )
            print(f"giftdesk: error: {line}", file=sys.stderr)
            QApplication.exit(1)
            return
        QtWidgets.QMessageBox.critical(  # looked up when needed: see prompter.py
            parent_getter(),
            QCoreApplication.translate("launch", "GiftDesk"),
            QCoreApplication.translate(
                "launch",
                "Something went wrong: {error}\n\nNothing you saved is lost. "
                "The details were written to {where}.",
            ).format(error=error, where=where),
        )

    sys.excepthook = hook
    return seen


def _open_services(db: str | None, *, headless: bool) -> Services | int:
    """The services on `db`, or the exit code after saying plainly why the file cannot be used."""
    from giftdesk.services import Services  # the heavy import: after the frame is shown

    chosen = chosen_db(db)
    password: str | None = None
    try:
        for _attempt in range(SERVER_PASSWORD_TRIES):
            try:
                return Services.open(chosen, password=password)
            except PasswordNeeded as needed:
                if headless:
                    raise
                password = _server_password(str(needed))
                if password is None:  # the user chose Cancel: say why it did not open
                    raise
        return Services.open(chosen, password=password)
    except GiftDeskError as e:
        message = str(e)
        print(f"giftdesk: error: {message}", file=sys.stderr)
        if not headless:
            QtWidgets.QMessageBox.critical(
                None, QCoreApplication.translate("launch", "GiftDesk"), sentence(message)
            )
        return e.exit_code


SERVER_PASSWORD_TRIES = 3  # as many as a login screen allows before it says why


def _server_password(asked: str) -> str | None:
    """The password of the PostgreSQL login, typed unechoed; None when the user cancels. Never
    kept: it goes to libpq for this connection and nowhere else."""
    text, ok = QtWidgets.QInputDialog.getText(
        None,
        QCoreApplication.translate("launch", "GiftDesk"),
        QCoreApplication.translate("launch", "{asked}.\n\nPassword:").format(
            asked=sentence(asked).rstrip(".")
        ),
        QtWidgets.QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def mark_startup(stage: str) -> None:
    """Append "<stage> <unix time>" to the file GIFTDESK_STARTUP_LOG names, if it names one:
    the benchmarks time start-up from outside the process with it."""
    log = os.environ.get("GIFTDESK_STARTUP_LOG")
    if log:
        with open(log, "a", encoding="ascii") as f:
            f.write(f"{stage} {time.time():.6f}\n")


def _run_screenshot(db: str | None, directory: Path) -> int:
    """--screenshot: the window rendered on each tab, then every dialog (ui/screenshots.py),
    with settings of its own (the user's window size and last profile are neither used nor
    changed by it), and nobody asked anything: a locked profile stays locked."""
    import tempfile

    from PySide6.QtCore import QSettings

    from giftdesk.ui import screenshots

    with tempfile.TemporaryDirectory(prefix="giftdesk-screenshot-") as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        apply_theme(QApplication.instance(), chosen())
        window = MainWindow(settings=settings, prompter=screenshots.DecliningPrompter())
        errors = install_exception_hook(lambda: window, headless=True)
        services = _open_services(db, headless=True)
        if isinstance(services, int):
            return services
        try:
            window.attach(services)
            window.check_on_start()
            done = screenshots.write_all(window, directory)
            return 1 if errors.count and done == 0 else done
        finally:
            services.close()
            window.close()
            # Now, not at exit when the scratch folder is gone: Qt would make it again.
            settings.sync()


def run_gui(
    db: str | None,
    *,
    quit_after_ms: int | None = None,
    screenshot_dir: str | None = None,
    theme: str | None = None,
    lang: str | None = None,
) -> int:
    # Screenshots leave the user's settings alone, the theme and language chosen there included.
    system = "system" if screenshot_dir is not None else None
    app = make_app(theme or system, lang or system)
    headless = quit_after_ms is not None or screenshot_dir is not None
    if screenshot_dir is not None:
        return _run_screenshot(db, Path(screenshot_dir))
    window = MainWindow()
    install_exception_hook(lambda: window, headless=headless)

    # The frame first, painted at once; the services and the tabs load right after.
    window.show()
    app.processEvents()
    mark_startup("shown")
    opened: list[Services] = []

    def load() -> None:
        services = _open_services(db, headless=headless)
        if isinstance(services, int):
            window.hide()
            app.exit(services)
            return
        opened.append(services)
        # The system's colour scheme asked now, and followed from now on: see show_first.
        apply_theme(app, chosen())
        app.setWindowIcon(app_icon())  # for the dialogs to come
        window.attach(services)
        window.check_on_start()
        mark_startup("ready")
        if quit_after_ms is not None:
            QTimer.singleShot(quit_after_ms, app.quit)
        elif not services.profiles.list():
            QTimer.singleShot(0, lambda: window.new_profile(welcome=True))

    QTimer.singleShot(0, load)
    try:
        return app.exec()
    finally:
        # The loop can end with the window still open (Ctrl+C quits the app): closing it
        # stops a running export or verification, whose thread must end before the process.
        if window.isVisible():
            window.close()
        for services in opened:
            services.close()
