"""--screenshot: the window on each tab, then each dialog a person meets, as PNG files.

The dialogs are the window's own, reached through the window's own code (File > New Profile's
welcome, Profile > Security and budget, Request payout, Buy coins, File > Restore, choosing a
locked profile), in a second window on a scratch database that holds the demo economy: a
purchase, a password and two-step are set up there for them, and the database photographed
on the tabs is only read. Nobody is there to answer a modal dialog (exec() would wait for
ever), so every question is rendered at its natural size and answered Cancel at once.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from giftdesk.ui.main_window import TABS, MainWindow
from giftdesk.ui.prompter import Prompter

if TYPE_CHECKING:
    from collections.abc import Sequence

    from giftdesk.services import Services

SCREENSHOT_SIZE = (1280, 800)
DIALOGS = ("welcome", "security", "payout-code", "receipt", "restore", "unlock")
STAGE_PASSWORD = "screenshot-stage"  # of the scratch database's demo viewer, never a real one
JOB_WAIT_MS = 60_000  # the restore's checks of a demo-sized backup take well under a second
TEST_CARD = ("4242 4242 4242 4242", "12/39", "123")  # the sandbox's card that always pays


class ScreenshotError(Exception):
    """A screenshot could not be made: said on stderr, and the run exits with 1."""


def settle() -> None:
    # Twice: a wrapped label's new height is laid out on a second pass, and one pass showed
    # the Gifts tab with its last line cut off.
    QApplication.processEvents()
    QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise ScreenshotError(f"cannot write {path}")


def render(widget: QWidget, path: Path) -> None:
    """`widget` at its natural size, as it first shows."""
    widget.show()
    widget.adjustSize()
    settle()
    save(widget, path)


def tabs(window: MainWindow, directory: Path) -> None:
    """The window on each tab to DIR/<tab>.png, each as the profile that tab suits."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    services = window.services
    profiles = services.profiles.list()
    balances = {p.id: services.balance(p.id) for p in profiles}
    spender = max(profiles, key=lambda p: (balances[p.id].coins, -p.id), default=None)
    earner = max(
        (p for p in profiles if p.is_creator),
        key=lambda p: balances[p.id].diamonds + services.earnings.received_count(p.id),
        default=None,
    )
    # The Spending tab as the viewer whose gifts cost the most this year: a full chart.
    gifter = max(
        (p for p in profiles if not p.is_creator),
        key=lambda p: sum(m.paid_cents for m in services.spending.months(p.id)),
        default=None,
    )
    # The LIVE tab as the creator on air with the most diamonds: a room mid-LIVE.
    on_air = services.lives.now_on_air()
    host = services.profiles.get(on_air[0].creator_id) if on_air else None
    for name in TABS:
        who = earner if name == "earnings" and earner else spender
        if name == "spending" and gifter is not None:
            who = gifter
        if name == "live" and host is not None:
            who = host
        if who is not None:
            window.select_profile(who.id)
        window.tabs.setCurrentWidget(window.tab_widget(name))
        settle()
        save(window, directory / f"{name}.png")


class DecliningPrompter(Prompter):
    """Answers every question Cancel (or No) without showing it: a headless run has nobody to
    answer, and under a real X server a modal dialog would wait for ever."""

    def shown(self, dialog: QWidget, title: str) -> None:
        """A question was put as `dialog`; here it is only let go."""
        dialog.deleteLater()

    def _box(self, parent: QWidget, icon, title: str, text: str, buttons, default) -> bool:
        # As the Prompter's message boxes are made (prompter._message), shown without exec().
        box = QtWidgets.QMessageBox(icon, title, text, buttons, parent)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setDefaultButton(default)
        self.shown(box, title)
        return False

    def choose(self, parent: QWidget, title: str, text: str, choices: Sequence[str]) -> int | None:
        box = QtWidgets.QMessageBox.StandardButton
        self._box(parent, QtWidgets.QMessageBox.Icon.Question, title, text, box.Cancel, box.Cancel)
        return None

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        box = QtWidgets.QMessageBox.StandardButton
        icon = QtWidgets.QMessageBox.Icon.Question
        return self._box(parent, icon, title, text, box.Yes | box.No, box.No)

    def info(self, parent: QWidget, title: str, text: str) -> None:
        ok = QtWidgets.QMessageBox.StandardButton.Ok
        self._box(parent, QtWidgets.QMessageBox.Icon.Information, title, text, ok, ok)

    def error(self, parent: QWidget, title: str, text: str) -> None:
        ok = QtWidgets.QMessageBox.StandardButton.Ok
        self._box(parent, QtWidgets.QMessageBox.Icon.Warning, title, text, ok, ok)

    def ask_secret(self, parent: QWidget, title: str, label: str) -> str | None:
        # What QInputDialog.getText() makes, without its exec().
        dialog = QtWidgets.QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.shown(dialog, title)
        return None

    def save_path(self, parent, title, suggested, filters, *, may_replace=True) -> Path | None:
        return None

    def open_path(self, parent, title, folder, filters) -> Path | None:
        return None


class StagePrompter(DecliningPrompter):
    """Renders the question it was told to expect to DIR/dialog-<name>.png; a question it did
    not expect (a refusal, say) is a failure of the run, named at the end."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self._expected: tuple[str, Callable[[QWidget], object]] | None = None
        self.unexpected: list[str] = []  # the titles of questions nobody expected
        self.path_to_open: Path | None = None  # File > Restore's choice

    def expect(self, name: str, prepare: Callable[[QWidget], object] = lambda _d: None) -> None:
        """The next question is the dialog `name`, rendered after `prepare(dialog)`."""
        self._expected = (name, prepare)

    def check_done(self) -> None:
        if self._expected is not None:
            raise ScreenshotError(f"the {self._expected[0]} dialog was not shown")
        if self.unexpected:
            raise ScreenshotError("unexpected dialogs: " + "; ".join(self.unexpected))

    def shown(self, dialog: QWidget, title: str) -> None:
        expected, self._expected = self._expected, None
        if expected is None:
            self.unexpected.append(title)
        else:
            name, prepare = expected
            dialog.show()
            prepare(dialog)
            render(dialog, self.directory / f"dialog-{name}.png")
        dialog.close()
        dialog.deleteLater()

    def run_dialog(self, dialog: QWidget) -> bool:
        """The window's prompter_exec: the dialog rendered and left, as if cancelled."""
        self.shown(dialog, dialog.windowTitle())
        return False

    def open_path(self, parent, title, folder, filters) -> Path | None:
        return self.path_to_open


def dialogs(directory: Path) -> None:
    """Each dialog of DIALOGS to DIR/dialog-<name>.png, on a scratch database."""
    from giftdesk.services import Services

    with tempfile.TemporaryDirectory(prefix="giftdesk-screenshot-stage-") as scratch:
        services = Services.open(Path(scratch) / "stage.sqlite3")
        prompter = StagePrompter(directory)
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, prompter=prompter, settings=settings)
        window.prompter_exec = prompter.run_dialog  # type: ignore[method-assign]
        noise = QtCore.qInstallMessageHandler(_without_platform_noise)
        try:
            _stage(window, services, prompter, Path(scratch))
            prompter.check_done()
        finally:
            QtCore.qInstallMessageHandler(noise)
            window.close()
            services.close()
            # Written now, while the scratch folder is there: what closing changed would
            # otherwise be written when Qt lets the settings go, at exit, making the folder
            # again after it was removed.
            settings.sync()


def _without_platform_noise(_mode, _context, message: str) -> None:
    # The offscreen platform says this of every dialog that sets its own size; it means
    # nothing for a picture, and a script would read eight lines of it on stderr.
    if not message.startswith("This plugin does not support propagateSizeHints"):
        print(message, file=sys.stderr)


def _stage(window: MainWindow, services: Services, prompter: StagePrompter, scratch: Path) -> None:
    from giftdesk.domain.rules import WEB
    from giftdesk.services.context import new_key
    from giftdesk.services.demo import DEMO_VIEWER, seed_demo

    prompter.expect("welcome")  # what a new wallet opens with
    window.new_profile(welcome=True)
    seed_demo(services)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    creator = next(p for p in services.profiles.list() if p.is_creator)
    viewer = services.profiles.find(DEMO_VIEWER[0])

    window.select_profile(creator.id)
    prompter.expect("security", lambda d: d.two_step_box.enable_button.click())
    window.open_security()

    _turn_on_two_step(services, creator.id)
    earnings = window.earnings_tab
    window.tabs.setCurrentWidget(earnings)
    earnings.payout_edit.setText(str(services.rules.payout_min_diamonds))
    prompter.expect("payout-code")
    earnings.payout_button.click()

    window.select_profile(viewer.id)
    _buy_with_card(window)
    settle()
    receipt_box = window.recharge_tab.receipt_label.parentWidget()  # as the tab lays it out
    save(receipt_box, prompter.directory / "dialog-receipt.png")

    # A backup, and a purchase after it: the restore question lists the money that moved since.
    prompter.path_to_open = scratch / "backup.sqlite3"
    services.maintenance.backup(prompter.path_to_open)
    services.recharge.recharge(
        viewer.id,
        coins=services.rules.custom_min_coins,
        channel=WEB,
        method="paypal",
        custom=True,
        key=new_key(),
    )
    prompter.expect("restore")
    window.restore()
    _wait_for_job(window)

    services.security.set_password(viewer.id, STAGE_PASSWORD)
    window.select_profile(creator.id)
    prompter.expect("unlock")
    window.select_profile(viewer.id)


def _turn_on_two_step(services: Services, profile_id: int) -> None:
    import pyotp

    enrolment = services.security.start_totp(profile_id)
    services.security.confirm_totp(profile_id, enrolment.secret, pyotp.TOTP(enrolment.secret).now())


def _buy_with_card(window: MainWindow) -> None:
    """The smallest web package, paid with the sandbox's card, through the Recharge tab."""
    from giftdesk.domain.rules import WEB

    recharge = window.recharge_tab
    window.tabs.setCurrentWidget(recharge)
    recharge.set_channel(WEB)
    recharge.select_package(min(p.coins for p in window.services.recharge.packages(WEB)))
    recharge.method_combo.setCurrentIndex(recharge.method_combo.findData("card"))
    form = recharge.card_form
    for edit, text in zip(
        (form.number_edit, form.expiry_edit, form.cvc_edit), TEST_CARD, strict=True
    ):
        edit.setText(text)
    recharge.buy_button.click()


def _wait_for_job(window: MainWindow) -> None:
    """Until File > Restore's checks (in a worker thread) are over and their outcome shown."""
    job = window.job
    if job is None:
        return
    loop = QEventLoop()
    for signal in (job.finished, job.failed, job.cancelled):
        signal.connect(loop.quit)  # after the window's own handlers: the question is asked
    QTimer.singleShot(JOB_WAIT_MS, loop.quit)
    loop.exec()


def write_all(main: MainWindow, directory: Path) -> int:
    """The tabs of `main`, then the dialogs; the exit code."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:  # a file in the way, no permission, a read-only place
        print(
            f"giftdesk: error: cannot make the folder {directory} for the screenshots "
            f"({e.strerror or e})",
            file=sys.stderr,
        )
        return 2
    try:
        tabs(main, directory)
        main.close()
        dialogs(directory)
    except ScreenshotError as e:
        print(f"giftdesk: error: {e}", file=sys.stderr)
        return 1
    return 0
