"""The main window: header (profile, balances, budget), the tabs, menus and geometry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, QTimer, qVersion
from PySide6.QtWidgets import QLabel, QMainWindow

import giftdesk
from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.ui.actions import sentence
from giftdesk.ui.prompter import Prompter

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeySequence
    from PySide6.QtWidgets import QWidget

    from giftdesk.services import Services
    from giftdesk.services.context import Change
    from giftdesk.ui.jobs import JobProgressDialog, Read, ReadJob


def _standard(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's bindings for a standard shortcut, as `setShortcut(key)` would set them.

    Set through `setShortcuts(list)`: PySide6 resolves `setShortcut`'s overloads by building
    Python enums for every key name on first use, a fifth of the window's start-up time.
    """
    from PySide6.QtGui import QKeySequence

    return QKeySequence.keyBindings(key)


TABS = ("recharge", "gifts", "earnings", "activity")
STATUS_MS = 10_000  # how long a status bar message stays
WATCH_MS = 2_000  # how often the window looks for writes by others to its database file
# How long closing the window waits for a cancelled job's thread: a cancel takes effect
# within a second even on a large ledger.
CLOSE_WAIT_MS = 10_000


class MainWindow(QMainWindow):
    """Built in two steps, so that the window is on screen at once: the frame (title, geometry
    and a "loading" line) needs nothing but Qt; `attach(services)` then imports the tabs and
    the services (most of start-up time) and fills the window in, menus and icon included.

    `MainWindow(services)` does both at once, as tests and the screenshot mode want.
    """

    def __init__(
        self,
        services: Services | None = None,
        *,
        prompter: Prompter | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.services: Services | None = None
        self.prompter = prompter or Prompter()
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("GiftDesk"))
        self.setMinimumSize(1024, 700)
        self.loading_label = QLabel(self.tr("Opening your wallet..."))
        self.loading_label.setObjectName("loading")  # centred by the style sheet
        self.setCentralWidget(self.loading_label)
        self.job: ReadJob | None = None  # the export or verification running, if any
        self._closing = False  # closeEvent has begun: a job's outcome asks nothing more
        self.job_dialog: JobProgressDialog | None = None
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # 1200x800, or what the screen has room for less a title bar and a panel (800 px
            # went off a 1366x768 laptop's screen).
            room = self.screen().availableGeometry()
            self.resize(min(1200, room.width()), min(800, room.height() - 64))
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """Show `services`' data: the header and the tabs replace the loading line."""
        # Imported here, not at the top: these modules (and the services they import) are
        # most of start-up time, and the frame is already on screen while they load. (PySide6
        # loads each Qt class on first use too, so the header's widgets come here as well.)
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QPushButton,
            QTabWidget,
            QVBoxLayout,
            QWidget,
        )

        from giftdesk.ui.activity_tab import ActivityTab
        from giftdesk.ui.earnings_tab import EarningsTab
        from giftdesk.ui.events import ProfileSelection, ServiceEvents
        from giftdesk.ui.gifts_tab import GiftsTab
        from giftdesk.ui.recharge_tab import RechargeTab
        from giftdesk.ui.theme import app_icon

        self.services = services
        self.events = ServiceEvents(services, self)
        self.selection = ProfileSelection(self)

        # Header
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Profile"))
        self.profile_combo.setMinimumWidth(200)
        self.profile_combo.setPlaceholderText(self.tr("Choose a profile"))  # shown when locked
        self.new_profile_button = QPushButton(self.tr("New profile..."))
        self.coins_label = QLabel()
        self.coins_label.setObjectName("headerCoins")
        self.coins_label.setAccessibleName(self.tr("Coin balance"))
        self.diamonds_label = QLabel()
        self.diamonds_label.setObjectName("headerDiamonds")
        self.diamonds_label.setAccessibleName(self.tr("Diamond balance"))
        self.budget_label = QLabel()
        self.budget_label.setObjectName("headerBudget")
        self.budget_label.setAccessibleName(self.tr("Budget left today"))
        header = QWidget()
        header.setObjectName("header")
        header_layout = QHBoxLayout(header)
        profile_label = QLabel(self.tr("Profile:"))
        profile_label.setBuddy(self.profile_combo)  # read out with the box (Alt+P is the menu)
        header_layout.addWidget(profile_label)
        header_layout.addWidget(self.profile_combo)
        header_layout.addWidget(self.new_profile_button)
        header_layout.addStretch()
        header_layout.addWidget(self.coins_label)
        header_layout.addSpacing(18)
        header_layout.addWidget(self.diamonds_label)
        header_layout.addSpacing(18)
        header_layout.addWidget(self.budget_label)

        # Tabs
        self.recharge_tab = RechargeTab(services, self.events, self.selection, self.prompter)
        self.gifts_tab = GiftsTab(services, self.events, self.selection, self.prompter)
        self.earnings_tab = EarningsTab(services, self.events, self.selection, self.prompter)
        self.activity_tab = ActivityTab(services, self.events, self.selection)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.recharge_tab, self.tr("&Recharge"))
        self.tabs.addTab(self.gifts_tab, self.tr("&Gifts"))
        self.tabs.addTab(self.earnings_tab, self.tr("&Earnings"))
        self.tabs.addTab(self.activity_tab, self.tr("&Activity"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("banner")
        self.banner_label.setWordWrap(True)
        self.banner_label.setAccessibleName(self.tr("Warning"))
        self.banner_label.hide()
        layout.addWidget(self.banner_label)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)  # deletes the loading line
        self.loading_label = None
        # Made now, not at the first message: a status bar appearing later shrinks the tabs.
        self.statusBar()
        self.setWindowIcon(app_icon())
        self._build_menus()

        self.profile_combo.currentIndexChanged.connect(self._on_profile_combo_changed)
        self.new_profile_button.clicked.connect(self.new_profile)
        self.events.changed.connect(self._on_services_changed)
        self.selection.profile_changed.connect(self._on_selection_changed)
        self.gifts_tab.recharge_requested.connect(self._on_gifts_tab_recharge_requested)
        self.earnings_tab.unseen_changed.connect(self._on_earnings_tab_unseen_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.activity_tab.export_button.clicked.connect(self.export_csv)

        # Another window or the command line may write to the same file: a cheap look every
        # few seconds refreshes what is shown, and notices a file deleted or replaced meanwhile.
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self._on_watch_timer_timeout)
        self.watch_timer.start()

        # Which contents of the file the window shows: a restore (here, in another window
        # or from the command line) replaces them all, and then the window starts over.
        self._contents_generation = services.maintenance.pin_contents()

        # True while the window shows no profile because one was left locked: reloading the
        # list then keeps it that way instead of falling back to the first profile.
        self._stay_locked = False
        self._reload_profiles(
            select=self.settings.value("profile_id", None, type=int), ask_later=True
        )

    # --- menus -------------------------------------------------------------------------

    def check_on_start(self) -> None:
        """Run the quick ledger checks and say plainly if the file is read-only or damaged."""
        warnings = []
        if self.services.maintenance.disk_full:
            warnings.append(
                self.tr(
                    "The disk holding this database is full: you can look "
                    "around and back up to another disk, but nothing can be "
                    "bought, sent or paid out until there is space again."
                )
            )
        elif self.services.maintenance.read_only:
            warnings.append(
                self.tr(
                    "This database is read-only: you can look around, but "
                    "nothing can be bought, sent or paid out."
                )
            )
        failed = [c.name for c in self.services.maintenance.quick_verify() if not c.ok]
        if failed:
            warnings.append(
                self.tr(
                    "The ledger failed these checks: {names}. Use File > Verify "
                    "Ledger for details, and restore a backup if you have one."
                ).format(names=", ".join(failed))
            )
        self.banner_label.setText(" ".join(warnings))
        self.banner_label.setVisible(bool(warnings))

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from giftdesk.ui.theme import add_theme_menu

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_profile_action = QAction(self.tr("&New Profile..."), self)
        self.new_profile_action.setShortcuts(_standard(QKeySequence.StandardKey.New))
        self.new_profile_action.triggered.connect(self.new_profile)
        self.backup_action = QAction(self.tr("&Back Up Database..."), self)
        self.backup_action.setShortcuts([QKeySequence("Ctrl+B")])
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(self.tr("&Restore from Backup..."), self)
        self.restore_action.triggered.connect(self.restore)
        self.export_action = QAction(self.tr("&Export Activity as CSV..."), self)
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.export_action.triggered.connect(self.export_csv)
        self.verify_action = QAction(self.tr("&Verify Ledger"), self)
        self.verify_action.triggered.connect(self.verify)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(_standard(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        for action in (
            self.new_profile_action,
            self.backup_action,
            self.restore_action,
            self.export_action,
            self.verify_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcuts(_standard(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        view_menu.addAction(self.refresh_action)
        add_theme_menu(self, view_menu)

        profile_menu = self.menuBar().addMenu(self.tr("&Profile"))
        self.security_action = QAction(self.tr("&Security and budget..."), self)
        self.security_action.triggered.connect(self.open_security)
        self.lock_action = QAction(self.tr("&Lock Profile"), self)
        self.lock_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lock_action.triggered.connect(self.lock_profile)
        self.security_action.setEnabled(False)  # until a profile is shown
        self.lock_action.setEnabled(False)
        profile_menu.addAction(self.security_action)
        profile_menu.addAction(self.lock_action)
        # The File menu came first; put Profile right after it.
        self.menuBar().insertMenu(view_menu.menuAction(), profile_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About GiftDesk"), self)
        self.about_action.triggered.connect(self.about)
        help_menu.addAction(self.about_action)

    # --- profiles and header -------------------------------------------------------------

    def _reload_profiles(self, *, select: int | None = None, ask_later: bool = False) -> None:
        current = select if select is not None else self.selection.profile_id
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self.services.profiles.list():
            suffix = self.tr(" (creator)") if profile.is_creator else ""
            self.profile_combo.addItem(profile.name + suffix, profile.id)
        index = self.profile_combo.findData(current)
        if index < 0 and self.profile_combo.count() and not self._stay_locked:
            index = 0
        self.profile_combo.setCurrentIndex(index)
        self.profile_combo.blockSignals(False)
        self._show_profile(self.profile_combo.currentData(), ask_later=ask_later)
        self._update_header()

    def _show_profile(self, profile_id: int | None, *, ask_later: bool = False) -> None:
        """Show `profile_id` in the header and tabs, after its password if it has one.

        Only the profile on show is unlocked: switching away locks it again, so nobody at the
        same computer can switch back to it without the password.
        """
        if (
            profile_id is None
            or profile_id == self.selection.profile_id
            or not self.services.security.has_password(profile_id)
        ):
            self._stay_locked = self._stay_locked and profile_id is None
            self.selection.select(profile_id)
            return
        if ask_later:
            # At start-up: show the window first, locked, then ask over it.
            self._show_locked(None)
            QTimer.singleShot(0, self, lambda: self.select_profile(profile_id))
            return
        if self._unlock(profile_id):
            self._stay_locked = False
            # A refresh while the password box was open (another window wrote) reset the
            # list to the profile shown before: the list must name the one shown now.
            self.profile_combo.blockSignals(True)
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(profile_id))
            self.profile_combo.blockSignals(False)
            self.selection.select(profile_id)
        else:
            # Cancelled: back to the profile shown before, as a cancelled dialog changes
            # nothing. With none before (at start-up) the window shows no profile at all: the
            # tabs hold nobody's data, and choosing the profile in the list asks again.
            self._show_locked(self.selection.profile_id)

    def _unlock(self, profile_id: int, *, title: str | None = None) -> bool:
        """Ask for the password until it is right (True) or the user cancels (False)."""
        name = self.services.profiles.get(profile_id).name
        while True:
            password = self.prompter.ask_secret(
                self,
                title or self.tr("{name} is locked").format(name=name),
                self.tr("Password for {name}:").format(name=name),
            )
            if password is None:
                return False
            try:
                self.services.security.check_password(profile_id, password)
            except GiftDeskError as e:
                self.prompter.error(self, self.tr("Not unlocked"), sentence(e))
                continue
            return True

    def _show_locked(self, profile_id: int | None) -> None:
        """Show `profile_id` (already unlocked), or no profile at all."""
        self._stay_locked = profile_id is None
        self.profile_combo.blockSignals(True)
        self.profile_combo.setCurrentIndex(
            -1 if profile_id is None else self.profile_combo.findData(profile_id)
        )
        self.profile_combo.blockSignals(False)
        self.selection.select(profile_id)
        self._update_header()

    def lock_profile(self) -> None:
        """Profile > Lock: hide the profile on show until its password is typed again."""
        profile_id = self.selection.profile_id
        if profile_id is None:
            return
        if not self.services.security.has_password(profile_id):
            self.prompter.info(
                self,
                self.tr("Lock profile"),
                self.tr(
                    "This profile has no password to lock it with. Set one in Profile > Security "
                    "and budget."
                ),
            )
            return
        self._show_locked(None)

    def open_security(self) -> None:
        profile_id = self.selection.profile_id
        if profile_id is None:
            return
        from giftdesk.ui.security_dialog import SecurityDialog  # a rare dialog: loaded on use

        self.prompter_exec(SecurityDialog(self.services, profile_id, self.prompter, parent=self))

    def select_profile(self, profile_id: int) -> None:
        index = self.profile_combo.findData(profile_id)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)

    def _update_header(self) -> None:
        profile_id = self.selection.profile_id
        if profile_id is None:
            self.coins_label.setText(
                self.tr("Locked: choose a profile and type its password")
                if self.profile_combo.count()
                else self.tr("No profile yet")
            )
            self.diamonds_label.hide()
            self.budget_label.hide()
            return
        balance = self.services.balance(profile_id)
        self.coins_label.setText(
            self.tr("<b>{coins}</b> coins").format(coins=fmt.group(balance.coins))
        )
        self.diamonds_label.setVisible(balance.creator)
        self.diamonds_label.setText(
            self.tr("<b>{diamonds}</b> diamonds ({value})").format(
                diamonds=fmt.group(balance.diamonds), value=fmt.usd(balance.diamonds_cents)
            )
        )
        left = self.services.profiles.budget_left_today(profile_id)
        self.budget_label.setVisible(True)
        self.budget_label.setText(
            self.tr("No spending budget")
            if left is None
            else self.tr("Budget left today: <b>{coins}</b>").format(coins=fmt.coins(left))
        )

    def _on_profile_combo_changed(self, _index: int) -> None:
        self._show_profile(self.profile_combo.currentData())

    def _on_selection_changed(self, profile_id) -> None:
        if profile_id is not None:
            self.settings.setValue("profile_id", profile_id)
        self.security_action.setEnabled(profile_id is not None)
        self.lock_action.setEnabled(profile_id is not None)
        self._enable_jobs(self.job is None)
        self._update_header()

    def _on_services_changed(self, change: Change) -> None:
        from giftdesk.services.context import ChangeKind  # loaded with the services by now

        if change.kind is ChangeKind.PROFILE:
            self._reload_profiles()
        elif self.selection.profile_id in change.profile_ids:
            self._update_header()

    def _on_gifts_tab_recharge_requested(self, missing_coins: int) -> None:
        self.tabs.setCurrentWidget(self.recharge_tab)
        self.recharge_tab.select_custom(max(missing_coins, self.services.rules.custom_min_coins))

    def _on_earnings_tab_unseen_changed(self, unseen: int) -> None:
        self.tabs.setTabText(
            2,
            self.tr("&Earnings ({count} new)").format(count=unseen)
            if unseen
            else self.tr("&Earnings"),
        )

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.earnings_tab:
            self.earnings_tab.mark_seen()

    def tab_widget(self, name: str) -> QWidget:
        return {
            "recharge": self.recharge_tab,
            "gifts": self.gifts_tab,
            "earnings": self.earnings_tab,
            "activity": self.activity_tab,
        }[name]

    # --- actions -------------------------------------------------------------------------

    def new_profile(self, *, welcome: bool = False) -> int | None:
        from giftdesk.ui.profile_dialog import ProfileDialog  # a rare dialog: loaded on use

        dialog = ProfileDialog(self.services, welcome=welcome, parent=self)
        if self.prompter_exec(dialog) and dialog.created_profile_id is not None:
            self._reload_profiles(select=dialog.created_profile_id)
            return dialog.created_profile_id
        if dialog.restore_requested:
            self.restore()
        return None

    def prompter_exec(self, dialog) -> bool:
        """Run a modal dialog; tests replace this to drive the dialog themselves."""
        return bool(dialog.exec())

    def backup(self) -> None:
        import datetime as dt

        day = dt.date.today().isoformat()  # a new name each day: a backup never replaces one
        path = self.prompter.save_path(
            self,
            self.tr("Back up database"),
            str(Path.home() / f"giftdesk-backup-{day}.sqlite3"),
            self.tr("SQLite database (*.sqlite3 *.db)"),
            may_replace=False,
        )
        if path is None:
            return
        job = self._new_job(
            self.tr("Back up database"),
            lambda snapshot, progress: snapshot.maintenance.backup(path, progress=progress),
            self._describe_backup,
        )
        done = self.tr("Saved a verified copy to {path} ({count} checks passed).")
        job.finished.connect(
            lambda checks: self.prompter.info(
                self, self.tr("Backup done"), done.format(path=path, count=len(checks))
            )
        )
        job.failed.connect(lambda error: self._on_job_failed(self.tr("Backup failed"), error))
        job.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Backup cancelled"), STATUS_MS)
        )
        job.start()

    def restore(self) -> None:
        """File > Restore from Backup: check the backup in a worker, say what it holds and ask,
        then put it in place and show it."""
        title = self.tr("Restore from backup")
        if self.services.maintenance.read_only:
            self.prompter.error(
                self, title, self.tr("This database is read-only: nothing can be restored into it.")
            )
            return
        path = self.prompter.open_path(
            self,
            title,
            str(Path.home()),
            self.tr("SQLite database (*.sqlite3 *.db);;All files (*)"),
        )
        if path is None:
            return
        # A restore replaces every profile: each one with a password needs it, as the command
        # line asks for it. The one on show was unlocked to be shown.
        for profile_id in self.services.security.with_password():
            if profile_id == self.selection.profile_id:
                continue
            name = self.services.profiles.get(profile_id).name
            if not self._unlock(
                profile_id, title=self.tr("Restoring replaces {name}'s profile").format(name=name)
            ):
                self.statusBar().showMessage(self.tr("Restore cancelled"), STATUS_MS)
                return
        job = self._new_job(
            title,
            lambda snapshot, progress: snapshot.maintenance.stage_restore(path, progress=progress),
            lambda done, total, name: self.tr(
                "Checking the backup: {name} ({number} of {total})…"
            ).format(name=name.replace("_", " "), number=done + 1, total=total),
        )
        job.finished.connect(self._on_restore_job_finished)
        job.failed.connect(lambda error: self._on_job_failed(self.tr("Restore failed"), error))
        job.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Restore cancelled"), STATUS_MS)
        )
        job.start()

    def _on_restore_job_finished(self, staged) -> None:
        with staged:  # the checked copy goes, whatever the answer
            if self._closing:  # the check ended as the window closed: nobody is asked
                return
            from giftdesk.ui.models.base import when

            newest = (
                self.tr("the newest from {when}").format(when=when(staged.last_at))
                if staged.last_at
                else self.tr("none yet")
            )
            question = self.tr(
                "Replace everything in this wallet with the backup {source}?\n\n"
                "It passed all {count} checks and holds {profiles} and {transactions} "
                "({newest}). Every profile, balance and transaction here now is replaced "
                "by the backup's.\n\nWhat is here now is kept in a file beside the database, "
                "so this can be undone."
            ).format(
                source=staged.source,
                count=len(staged.checks),
                profiles=self.tr("1 profile")
                if staged.profiles == 1
                else self.tr("{n} profiles").format(n=fmt.group(staged.profiles)),
                transactions=self.tr("1 transaction")
                if staged.transactions == 1
                else self.tr("{n} transactions").format(n=fmt.group(staged.transactions)),
                newest=newest,
            )
            if staged.carried:
                question += (
                    "\n\n"
                    + self.tr(
                        "Money that already moved after the backup was made stays as it is here:"
                    )
                    + "".join(f"\n• {self._describe_moved(m)}" for m in staged.carried)
                )
            if not self.prompter.confirm(self, self.tr("Restore from backup"), question):
                self.statusBar().showMessage(self.tr("Restore cancelled"), STATUS_MS)
                return
            try:
                saved = self.services.maintenance.finish_restore(staged)
            except GiftDeskError as e:
                self.prompter.error(self, self.tr("Restore failed"), sentence(e))
                return
        self._show_restored()
        kept = (
            self.tr(" What was here before is kept in {path}.").format(path=saved)
            if saved is not None
            else ""
        )
        self.prompter.info(
            self,
            self.tr("Restore done"),
            self.tr("Restored the backup {source}.").format(source=staged.source) + kept,
        )

    def _describe_moved(self, m) -> str:
        """A purchase or payout a restore carries, in a line."""
        if m.kind == "purchase":
            return self.tr("purchase {reference}: {profile} bought {coins} for {price}").format(
                reference=m.reference,
                profile=fmt.short_name(m.profile),
                coins=fmt.coins(m.coins),
                price=fmt.usd(m.cents),
            )
        status = {
            "pending": self.tr("pending"),
            "paid": self.tr("paid"),
            "failed": self.tr("failed"),
        }.get(m.status, m.status)
        return self.tr("payout {reference}: {amount} to {profile}, {status}").format(
            reference=m.reference,
            amount=fmt.usd(m.cents),
            profile=fmt.short_name(m.profile),
            status=status,
        )

    def _show_restored(self) -> None:
        """Show the restored contents from scratch: the profile on show may be someone else
        there, or have a password, so it is chosen (and unlocked) again; an Undo offered
        before is over, as on any profile switch."""
        self._contents_generation = self.services.maintenance.pin_contents()
        previous = self.selection.profile_id
        self._show_locked(None)
        self._stay_locked = False
        self._reload_profiles(select=previous)
        for tab in (self.recharge_tab, self.gifts_tab, self.earnings_tab, self.activity_tab):
            tab.refresh()
        self.check_on_start()  # a warning about the ledger replaced goes, or a new one shows

    def _describe_backup(self, done: int, total: int, what: str) -> str:
        if what == "copy":  # in pages, which mean nothing to a person: a percentage
            return self.tr("Copying the database… {percent}%").format(
                percent=done * 100 // max(total, 1)
            )
        return self.tr("Checking the copy: {name} ({number} of {total})…").format(
            name=what.replace("_", " "), number=done + 1, total=total
        )

    def export_csv(self) -> None:
        profile_id = self.selection.profile_id
        if profile_id is None:
            return
        name = self.services.profiles.get(profile_id).name
        safe = "".join(ch if ch.isalnum() else "-" for ch in name)
        path = self.prompter.save_path(
            self,
            self.tr("Export activity"),
            str(Path.home() / f"giftdesk-{safe}.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        # Written beside the chosen file and moved over it when complete: a cancelled or
        # failed export leaves a file the user chose to replace as it was.
        part = path.with_name(path.name + ".part")
        part.unlink(missing_ok=True)  # left by an export that was killed: ours to replace
        from giftdesk.history_csv import export_csv

        job = self._new_job(
            self.tr("Export activity"),
            lambda snapshot, progress: export_csv(
                snapshot.history, profile_id, part, progress=progress
            ),
            lambda done, total, _: self.tr("Exporting {done} of {total} rows…").format(
                done=f"{done:,}", total=f"{total:,}"
            ),
        )
        job.finished.connect(lambda count: self._on_export_job_finished(count, part, path))
        job.failed.connect(lambda error: self._on_job_failed(self.tr("Export failed"), error))
        job.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Export cancelled"), STATUS_MS)
        )
        job.start()

    def _on_export_job_finished(self, count: int, part: Path, path: Path) -> None:
        try:
            part.replace(path)  # the save dialog already asked before replacing a file
        except OSError as e:
            part.unlink(missing_ok=True)
            self.prompter.error(
                self,
                self.tr("Export failed"),
                self.tr("Could not save {path}: {reason}.").format(path=path, reason=e.strerror),
            )
            return
        self.prompter.info(
            self,
            self.tr("Export done"),
            (
                self.tr("Wrote 1 transaction to {path}.")
                if count == 1
                else self.tr("Wrote {count} transactions to {path}.")
            ).format(count=f"{count:,}", path=path),
        )

    def _new_job(self, title: str, read: Read, describe: Callable[[int, int, str], str]) -> ReadJob:
        """A job for `read` with its progress dialog; connect to its outcome, then start it.

        Export and Verify wait until it is over: one long read at a time is plenty.
        """
        from giftdesk.ui.jobs import JobProgressDialog, ReadJob  # loaded on first use

        self.job = ReadJob(self.services, read, self)
        self.job_dialog = JobProgressDialog(self.job, title, describe, self)
        for signal in (self.job.finished, self.job.failed, self.job.cancelled):
            signal.connect(self._on_job_ended)
        self._enable_jobs(False)
        return self.job

    def _enable_jobs(self, enabled: bool) -> None:
        """One long read at a time; an export also needs a profile on show, and so does a
        restore unless the wallet has no profile yet (a new install getting its backup back):
        while the window is locked, a restore of an older backup could bring back a profile
        from before its password."""
        for action in (self.verify_action, self.backup_action):
            action.setEnabled(enabled)
        self.restore_action.setEnabled(
            enabled and (self.selection.profile_id is not None or self.profile_combo.count() == 0)
        )
        export = enabled and self.selection.profile_id is not None
        self.export_action.setEnabled(export)
        self.activity_tab.export_button.setEnabled(export)

    def _on_job_ended(self, _outcome: object = None) -> None:
        self.job.deleteLater()  # its thread is over
        self.job = None
        self.job_dialog = None  # it deletes itself
        self._enable_jobs(True)

    def _on_job_failed(self, title: str, error: Exception) -> None:
        if not isinstance(error, GiftDeskError):
            raise error  # a bug: the exception hook logs it and tells the user, as in any slot
        self.prompter.error(self, title, sentence(error))

    def _on_watch_timer_timeout(self) -> None:
        if self.services.closed:  # the window outlives its services while the app quits
            self.watch_timer.stop()
            return
        if self._said_file_problem():
            self.watch_timer.stop()  # said once; every write now refuses with the same words
        elif self.services.maintenance.changed_elsewhere():
            self.refresh()

    def _said_file_problem(self) -> bool:
        """Show in the banner why the database file is no longer the one open, if it is not."""
        problem = self.services.maintenance.file_problem()
        if problem is not None:
            self.banner_label.setText(sentence(problem))
            self.banner_label.show()
        return problem is not None

    def refresh(self) -> None:
        """Re-read everything: another window or a script may have written to the database."""
        self._said_file_problem()
        if self.services.maintenance.contents_generation() != self._contents_generation:
            self._show_restored()  # restored from a backup elsewhere: start over
            return
        self._reload_profiles()
        self.recharge_tab.refresh()
        self.gifts_tab.refresh()
        self.earnings_tab.refresh()
        self.activity_tab.refresh()

    def verify(self) -> None:
        job = self._new_job(
            self.tr("Verify ledger"),
            lambda snapshot, progress: snapshot.maintenance.verify(progress=progress),
            lambda done, total, name: self.tr("Check {number} of {total}: {name}…").format(
                number=done + 1, total=total, name=name.replace("_", " ")
            ),
        )
        job.finished.connect(self._on_verify_job_finished)
        job.failed.connect(lambda error: self._on_job_failed(self.tr("Verification failed"), error))
        job.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Verification cancelled"), STATUS_MS)
        )
        job.start()

    def _on_verify_job_finished(self, checks: list) -> None:
        failed = [c for c in checks if not c.ok]
        if failed:
            self.prompter.error(
                self, self.tr("Ledger problems"), "\n".join(f"{c.name}: {c.detail}" for c in failed)
            )
        else:
            self.prompter.info(
                self,
                self.tr("Ledger verified"),
                self.tr("All {count} checks passed.").format(count=len(checks)),
            )

    def about(self) -> None:
        import platform

        self.prompter.info(
            self,
            self.tr("About GiftDesk"),
            self.tr(
                "GiftDesk {version}\n\nA desktop wallet for a virtual gift economy, with a "
                "double-entry ledger you can verify.\n\nRules {rules}\n"
                "Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}"
            ).format(
                version=giftdesk.__version__,
                rules=self.services.rules.version,
                python=platform.python_version(),
                qt=qVersion(),
                pyside=pyside_version,
                sqlite=self.services.maintenance.engine_version(),
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        if self.job is not None and not self.job.stop(CLOSE_WAIT_MS):
            self._closing = False
            # Its thread still runs, and Qt aborts the app if the window takes it down.
            self.statusBar().showMessage(
                self.tr("Still stopping; close again in a moment."), STATUS_MS
            )
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        if self.services is not None:
            # Nothing reads the database once the window is closed: the services may be
            # closed right after it.
            self.watch_timer.stop()
            for rest in (
                self.gifts_tab.send_rest,
                self.recharge_tab.buy_rest,
                self.earnings_tab.payout_rest,
            ):
                rest.stop()
        super().closeEvent(event)
