"""The main window: header (profile, balances, budget), the tabs, menus and geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from giftdesk.ui.actions import sentence
from giftdesk.ui.prompter import Prompter, run_modal
from giftdesk.ui.screen_fit import least_size, room

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QKeySequence, QScreen, QShowEvent
    from PySide6.QtWidgets import QWidget

    from giftdesk.services import Services
    from giftdesk.services.context import Change
    from giftdesk.ui.jobs import JobProgressDialog, ReadJob


def _standard(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's bindings for a standard shortcut, as `setShortcut(key)` would set them.

    Set through `setShortcuts(list)`: PySide6 resolves `setShortcut`'s overloads by building
    Python enums for every key name on first use, a fifth of the window's start-up time.
    """
    from PySide6.QtGui import QKeySequence

    return QKeySequence.keyBindings(key)


TABS = ("recharge", "gifts", "earnings", "activity", "spending", "live")
STATUS_MS = 10_000  # how long a status bar message stays
# How often the window looks for writes by others to its database file: one PRAGMA
# data_version, about 6 us here, so a gift sent elsewhere reaches an open LIVE room, the header
# and the tab on show well within half a second (docs/performance.md).
WATCH_MS = 100
# Tabs other than the LIVE room re-read at most this often while writes keep coming (a burst
# commits ten times a second); the room and the header keep up with every look.
REFRESH_AFTER_MS = 300
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
        # 960x600, or less on a screen with less room (a 1366x768 laptop at 150% has 910x512
        # logical pixels): the tabs scroll where their content does not fit.
        self.setMinimumSize(least_size(room(self)))
        self._followed_screen = False  # showEvent: the least size follows the screen
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
            # 1200x800, or what the screen has room for (800 px went off a 1366x768 laptop).
            space = room(self)
            self.resize(min(1200, space.width()), min(800, space.height()))
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """Show `services`' data: the header and the tabs replace the loading line."""
        # Imported here, not at the top: these modules (and the services they import) are
        # most of start-up time, and the frame is already on screen while they load. (PySide6
        # loads each Qt class on first use too, so the header's widgets come here as well.)
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from giftdesk.ui.events import ProfileSelection, ServiceEvents
        from giftdesk.ui.header import Header
        from giftdesk.ui.locking import ProfileSwitcher
        from giftdesk.ui.theme import app_icon
        from giftdesk.ui.widgets.live_label import LiveLabel

        self.services = services
        self.events = ServiceEvents(services, self)
        self.selection = ProfileSelection(self)

        self.header = Header()
        self.switcher = ProfileSwitcher(
            self,
            services,
            self.prompter,
            self.header.profile_combo,
            self.selection,
            shown=self._update_header,
        )

        self._build_tabs(services)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        self.banner_label = LiveLabel(self.tr("Warning"), announce=True)
        self.banner_label.setObjectName("banner")
        self.banner_label.setWordWrap(True)
        self.banner_label.hide()
        layout.addWidget(self.banner_label)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)  # deletes the loading line
        self.loading_label = None
        # Something has the keyboard focus from the start: the profile switcher, the first
        # control. (Qt gives the first one focus when the window is activated, and the window
        # was activated with its "loading" line, before there was any.)
        self.header.profile_combo.setFocus()
        # Made now, not at the first message: a status bar appearing later shrinks the tabs.
        self.statusBar()
        self.setWindowIcon(app_icon())
        from giftdesk.ui.notifications import TrayNotifier

        self.notifier = TrayNotifier(self, services, self.events, self.selection, self.settings)
        self._build_menus()

        self.header.new_profile_button.clicked.connect(self.new_profile)
        self.events.changed.connect(self._on_services_changed)
        self.selection.profile_changed.connect(self._on_selection_changed)
        self.gifts_tab.recharge_requested.connect(self._on_gifts_tab_recharge_requested)
        self.live_tab.recharge_requested.connect(self._on_gifts_tab_recharge_requested)
        self.recharge_tab.requested_coins_bought.connect(
            self._on_recharge_tab_requested_coins_bought
        )
        self.earnings_tab.unseen_changed.connect(self._on_earnings_tab_unseen_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.activity_tab.export_button.clicked.connect(self.export_csv)

        # Another window or the command line may write to the same file: a cheap look every
        # few seconds refreshes what is shown, and notices a file deleted or replaced meanwhile.
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_MS)
        self.watch_timer.timeout.connect(self._on_watch_timer_timeout)
        self.watch_timer.start()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_AFTER_MS)
        self.refresh_timer.timeout.connect(self._on_refresh_timer_timeout)

        # Which contents of the file the window shows: a restore (here, in another window
        # or from the command line) replaces them all, and then the window starts over.
        self._contents_generation = services.maintenance.pin_contents()

        self.switcher.reload(
            select=self.settings.value("profile_id", None, type=int), ask_later=True
        )

    def _build_tabs(self, services: Services) -> None:
        from giftdesk.ui.activity_tab import ActivityTab
        from giftdesk.ui.earnings_tab import EarningsTab
        from giftdesk.ui.gifts_tab import GiftsTab
        from giftdesk.ui.live_tab import LiveTab
        from giftdesk.ui.recharge_tab import RechargeTab
        from giftdesk.ui.spending_tab import SpendingTab
        from giftdesk.ui.widgets.scrolling_tabs import ScrollingTabs

        self.recharge_tab = RechargeTab(services, self.events, self.selection, self.prompter)
        self.gifts_tab = GiftsTab(services, self.events, self.selection, self.prompter)
        self.earnings_tab = EarningsTab(services, self.events, self.selection, self.prompter)
        self.activity_tab = ActivityTab(services, self.events, self.selection)
        self.spending_tab = SpendingTab(services, self.events, self.selection)
        self.live_tab = LiveTab(services, self.events, self.selection, self.prompter)
        self.profile_tabs = (
            self.recharge_tab,
            self.gifts_tab,
            self.earnings_tab,
            self.activity_tab,
            self.spending_tab,
            self.live_tab,
        )
        self.tabs = ScrollingTabs()  # each tab scrolls in a window smaller than it
        self.tabs.setDocumentMode(True)
        # For a screen reader: the tab bar is named by the current tab (ScrollingTabs says
        # when that changes), each tab's page by its own title.
        self.tabs.setAccessibleName(self.tr("Sections"))
        for tab, title in zip(
            self.profile_tabs,
            (
                self.tr("&Recharge"),
                self.tr("&Gifts"),
                self.tr("&Earnings"),
                self.tr("&Activity"),
                self.tr("Spe&nding"),
                self.tr("&LIVE"),
            ),
            strict=True,
        ):
            self.tabs.addTab(tab, title)

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

        from giftdesk.ui.language import add_language_menu
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
        self.statement_action = QAction(self.tr("Monthly &Statement..."), self)
        self.statement_action.triggered.connect(self.monthly_statement)
        self.hledger_action = QAction(self.tr("Export for &hledger..."), self)
        self.hledger_action.triggered.connect(lambda: self.export_journal("hledger"))
        self.beancount_action = QAction(self.tr("Export for Bean&count..."), self)
        self.beancount_action.triggered.connect(lambda: self.export_journal("beancount"))
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
            self.statement_action,
            self.hledger_action,
            self.beancount_action,
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
        view_menu.addAction(self.notifier.toggle_action)
        add_theme_menu(self, view_menu)
        add_language_menu(self, view_menu)

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

    def lock_profile(self) -> None:
        """Profile > Lock: hide the profile on show until its password is typed again."""
        self.switcher.lock()

    def open_security(self) -> None:
        profile_id = self.selection.profile_id
        if profile_id is None:
            return
        from giftdesk.ui.security_dialog import SecurityDialog  # a rare dialog: loaded on use

        self.prompter_exec(SecurityDialog(self.services, profile_id, self.prompter, parent=self))

    def select_profile(self, profile_id: int) -> None:
        """Show `profile_id` as if chosen in the list (its password is asked for)."""
        self.switcher.select(profile_id)

    def _update_header(self) -> None:
        self.header.show_figures(self.services, self.selection.profile_id)

    def _on_selection_changed(self, profile_id) -> None:
        if profile_id is not None:
            self.settings.setValue("profile_id", profile_id)
        self.security_action.setEnabled(profile_id is not None)
        self.lock_action.setEnabled(profile_id is not None)
        self.enable_jobs(self.job is None)
        self._update_header()

    def _on_services_changed(self, change: Change) -> None:
        from giftdesk.services.context import ChangeKind  # loaded with the services by now

        if change.kind is ChangeKind.PROFILE:
            self.switcher.reload()
        elif self.selection.profile_id in change.profile_ids:
            self._update_header()

    def _on_gifts_tab_recharge_requested(self, missing_coins: int) -> None:
        self.tabs.setCurrentWidget(self.recharge_tab)
        self.recharge_tab.request_coins(missing_coins)

    def _on_recharge_tab_requested_coins_bought(self, recharged) -> None:
        # Back to the gift the coins were bought for.
        self.tabs.setCurrentWidget(self.gifts_tab)
        self.gifts_tab.resume_after_recharge(recharged)

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
            "spending": self.spending_tab,
            "live": self.live_tab,
        }[name]

    # --- actions -------------------------------------------------------------------------

    def new_profile(self, *, welcome: bool = False) -> int | None:
        from giftdesk.ui.profile_dialog import ProfileDialog  # a rare dialog: loaded on use

        dialog = ProfileDialog(self.services, welcome=welcome, parent=self)
        if self.prompter_exec(dialog) and dialog.created_profile_id is not None:
            self.switcher.reload(select=dialog.created_profile_id)
            return dialog.created_profile_id
        if dialog.restore_requested:
            self.restore()
        return None

    def prompter_exec(self, dialog) -> bool:
        """Run a modal dialog (and give the focus back after); tests replace this to drive
        the dialog themselves."""
        return bool(run_modal(dialog))

    # The File menu's jobs: small operations in ui/operations/, over one helper.

    def backup(self) -> None:
        from giftdesk.ui.operations.backup import backup

        backup(self)

    def restore(self) -> None:
        from giftdesk.ui.operations.restore import restore

        restore(self)

    def export_csv(self) -> None:
        from giftdesk.ui.operations.export import export_csv

        export_csv(self)

    def monthly_statement(self) -> None:
        from giftdesk.ui.operations.statement import monthly_statement

        monthly_statement(self)

    def export_journal(self, fmt_name: str) -> None:
        from giftdesk.ui.operations.journal import export_journal

        export_journal(self, fmt_name)

    def verify(self) -> None:
        from giftdesk.ui.operations.verify import verify

        verify(self)

    @property
    def closing(self) -> bool:
        """closeEvent has begun: a job's outcome asks nothing more."""
        return self._closing

    def show_restored(self, *, said: Callable[[], None] | None = None) -> None:
        """Show the restored contents from scratch: the profile on show may be someone else
        there, or have a password, so it is chosen (and unlocked) again; an Undo offered
        before is over, as on any profile switch. `said` tells the user what happened
        (the restore's own message) before anything is asked: no password box comes before
        the news that the restore worked."""
        self._contents_generation = self.services.maintenance.pin_contents()
        previous = self.selection.profile_id
        # Nobody on show while `said` is read: the tabs hold nothing from before, and the
        # list names the restored profiles.
        self.switcher.show_locked(None)
        self.switcher.reload()
        for tab in self.profile_tabs:
            tab.refresh()
        self.check_on_start()  # a warning about the ledger replaced goes, or a new one shows
        if said is not None:
            said()
        self.switcher.start_over(previous)

    def enable_jobs(self, enabled: bool) -> None:
        """One long read at a time; an export also needs a profile on show, and so does a
        restore unless the wallet has no profile yet (a new install getting its backup back):
        while the window is locked, a restore of an older backup could bring back a profile
        from before its password."""
        for action in (self.verify_action, self.backup_action):
            action.setEnabled(enabled)
        self.restore_action.setEnabled(
            enabled
            and (self.selection.profile_id is not None or self.header.profile_combo.count() == 0)
        )
        export = enabled and self.selection.profile_id is not None
        for action in (
            self.export_action,
            self.statement_action,
            self.hledger_action,
            self.beancount_action,
        ):
            action.setEnabled(export)
        self.activity_tab.export_button.setEnabled(export)

    def on_job_ended(self, _outcome: object = None) -> None:
        self.job.deleteLater()  # its thread is over
        self.job = None
        self.job_dialog = None  # it deletes itself
        self.enable_jobs(True)

    def _on_watch_timer_timeout(self) -> None:
        if self.services.closed:  # the window outlives its services while the app quits
            self.watch_timer.stop()
            return
        if self._said_file_problem():
            self.watch_timer.stop()  # said once; every write now refuses with the same words
        elif self.services.maintenance.changed_elsewhere():
            self._changed_elsewhere()

    def _changed_elsewhere(self) -> None:
        """Another process committed: the header and an open LIVE room at once (each reads
        only its few figures, the room only the gifts it has not shown), the rest soon."""
        if self.services.maintenance.contents_generation() != self._contents_generation:
            self.refresh()  # restored from a backup elsewhere: start over
            return
        self._update_header()
        self.live_tab.catch_up()
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        """The tabs other than the room, once per burst of writes: the one on show now,
        hidden ones when next shown."""
        if self.services.closed:
            return
        self.switcher.reload()
        for tab in self.profile_tabs:
            if tab is not self.live_tab:
                tab.refresh_when_shown()
        self.notifier.check()  # a big gift or a goal reached elsewhere: news for the tray

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
            self.show_restored()  # restored from a backup elsewhere: start over
            return
        self.switcher.reload()
        for tab in self.profile_tabs:
            tab.refresh()
        self.notifier.check()  # a big gift or a goal reached elsewhere: news for the tray

    def about(self) -> None:
        from giftdesk.ui.operations.about import about

        about(self)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._followed_screen and self.windowHandle() is not None:
            self._followed_screen = True
            self.windowHandle().screenChanged.connect(self._on_window_screen_changed)
        super().showEvent(event)

    def _on_window_screen_changed(self, _screen: QScreen) -> None:
        """Moved to another screen: the least size is that screen's."""
        self.setMinimumSize(least_size(room(self)))

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
            self.refresh_timer.stop()
            for tab in self.profile_tabs:
                tab.stop()
        super().closeEvent(event)
