"""UI fixtures: a main window on fresh services, with dialogs answered by a fake prompter."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings

from giftdesk.ui import jobs
from giftdesk.ui.main_window import MainWindow


@dataclass
class FakePrompter:
    """Answers every question the window asks and records what it was told."""

    answer: bool = True
    confirms: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    save_to: object = None
    open_from: object = None  # the file chosen in an open dialog; None stands for Cancel
    suggested: list = field(default_factory=list)  # (suggested name, may_replace) per save
    # Answers to ask_secret, first one first; None stands for Cancel, as does running out.
    secrets: list = field(default_factory=list)
    secret_labels: list[str] = field(default_factory=list)
    # The answer to choose(): an index into its choices, None standing for Cancel.
    choice: int | None = 0
    choices_asked: list[tuple[str, list[str]]] = field(default_factory=list)
    # The answer to choose_month(): a 'YYYY-MM' key, "default" for the one offered first,
    # None for Cancel; and the months offered, (key, words) pairs, with the default's index.
    month: str | None = "default"
    months_asked: list[tuple[list[tuple[str, str]], int]] = field(default_factory=list)

    def confirm(self, parent, title, text) -> bool:
        self.confirms.append(text)
        return self.answer

    def choose(self, parent, title, text, choices) -> int | None:
        self.choices_asked.append((text, list(choices)))
        return self.choice

    def choose_month(self, parent, title, label, months, default) -> str | None:
        self.months_asked.append((list(months), default))
        return months[default][0] if self.month == "default" else self.month

    def info(self, parent, title, text) -> None:
        self.infos.append(text)

    def error(self, parent, title, text) -> None:
        self.errors.append(text)

    def save_path(self, parent, title, suggested, filters, *, may_replace=True):
        self.suggested.append((suggested, may_replace))
        return self.save_to

    def open_path(self, parent, title, folder, filters):
        return self.open_from

    def ask_secret(self, parent, title, label):
        self.secret_labels.append(label)
        return self.secrets.pop(0) if self.secrets else None


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, fresh_services, prompter, settings):
    def make() -> MainWindow:
        window = MainWindow(fresh_services, prompter=prompter, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def active_window(make_window, qtbot):
    """A window that has the keyboard, as a person's would: keys go to its focus widget."""

    def make():
        window = make_window()
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def economy(fresh_services, funded_viewer, creator):
    """Vera (19,250 coins) and the creator Cleo."""
    return fresh_services, funded_viewer, creator


@pytest.fixture
def worker_waits_for_cancel(monkeypatch):
    """The test's first job holds at its first progress report until Cancel (or closing the
    window) reaches it. A whole job takes some 50 ms, so on a busy machine it could otherwise
    finish before the GUI thread has handled that report and clicked Cancel."""
    real = jobs._Worker._report
    armed = [True]

    def report(self, done, total, what=""):
        real(self, done, total, what)
        if armed:  # disarmed even if Cancel came first: the next job must not wait
            armed.clear()
            self._stop.wait(30)
        return not self._stop.is_set()

    monkeypatch.setattr(jobs._Worker, "_report", report)


@pytest.fixture(autouse=True)
def _qapp(qapp):
    """Every UI test has the QApplication, whichever test runs first (pixmaps need it)."""
    return qapp


@pytest.fixture
def restore_language(qapp):
    """Whatever a test installs is taken out again (translators, Qt's default locale, the
    text catalogs): the other tests read English, with English numbers."""
    from PySide6.QtCore import QLocale, QTranslator

    from giftdesk import i18n

    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    i18n.set_language(i18n.SOURCE)
