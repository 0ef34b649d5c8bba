"""System-tray messages for a creator whose window is not in front (DESIGN 8): each gift of at
least 1,000 coins to them, and their LIVE's goal reached, where the desktop has a tray. View >
Tray Notifications turns them off (kept in QSettings; on at first).

The notifier keeps a mark: the newest gift to the creator it has looked at. After every change
that concerns the creator (here, or found by the window's look at the file after a write
elsewhere: MainWindow.refresh calls `check`), it reads through the services only what came
after the mark, and moves the mark on whether or not it says anything, so that a gift is news
once: not again when the window goes to the back, nor when the setting is turned back on.
What the creator had when shown is history, not news.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from giftdesk import formatting as fmt
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind
from giftdesk.services.earnings import ReceivedGift
from giftdesk.services.live_results import LiveGoal
from giftdesk.ui.events import ProfileSelection, ServiceEvents

NOTIFY_AT_COINS = 1_000  # a gift this big is worth a message (DESIGN 8)
SETTING = "notifications/tray"
MESSAGE_MS = 8_000  # how long a message stays, where the desktop lets the app say
MAX_MESSAGES = 3  # more big gifts at one look than this become one message, not a flood
LOOK_LIMIT = 100  # big gifts read at one look (a burst of more is summed from these)
_CONCERNS = (ChangeKind.GIFT, ChangeKind.UNDO, ChangeKind.LIVE)


class Tray:
    """The system tray, behind one object that tests replace (as the Prompter is for
    dialogs). The icon is made and shown with the first message, not before: a tray icon
    for a window that never has anything to say is clutter."""

    def __init__(self, window: QWidget) -> None:
        self._window = window
        self._icon: QSystemTrayIcon | None = None

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_message(self, title: str, text: str) -> None:
        if self._icon is None:
            self._icon = QSystemTrayIcon(self._window.windowIcon(), self._window)
            self._icon.setToolTip(self._window.windowTitle())
            self._icon.messageClicked.connect(self._on_icon_message_clicked)
            self._icon.activated.connect(self._on_icon_message_clicked)
            self._icon.show()
        self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _on_icon_message_clicked(self, *_args) -> None:
        """A click on the message or the icon brings the window to the front."""
        if self._window.isMinimized():
            self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()


class TrayNotifier(QObject):
    def __init__(
        self,
        window: QWidget,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._selection = selection
        self._settings = settings
        self.tray = Tray(window)
        self._creator_id: int | None = None  # the creator shown; None: a viewer, or no one
        self._after_txn_id = 0  # the mark: the newest gift to them looked at
        self._goals_said: set[int] = set()  # the LIVEs whose goal was said (or was reached)
        self.toggle_action = QAction(self.tr("Tray &Notifications"), window)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setChecked(self.enabled)
        self.toggle_action.setStatusTip(
            self.tr(
                "For creators: a message by the clock when a gift of 1,000 coins or more "
                "arrives, or a LIVE's goal is reached, while GiftDesk is not in front."
            )
        )
        self.toggle_action.toggled.connect(self._on_toggle_action_toggled)
        selection.profile_changed.connect(self._on_selection_changed)
        events.changed.connect(self._on_services_changed)
        self._on_selection_changed(selection.profile_id)

    @property
    def enabled(self) -> bool:
        return bool(self._settings.value(SETTING, True, type=bool))

    def _on_toggle_action_toggled(self, checked: bool) -> None:
        self._settings.setValue(SETTING, checked)

    def _on_selection_changed(self, profile_id: int | None) -> None:
        """What the creator shown already has is history: the mark starts after it."""
        self._creator_id = None
        self._goals_said = set()
        if profile_id is None or not self._services.profiles.get(profile_id).is_creator:
            return
        self._creator_id = profile_id
        self._after_txn_id = self._services.earnings.newest_gift_id(profile_id)
        goal = self._services.lives.goal(profile_id)
        if goal is not None and goal.reached:
            self._goals_said.add(goal.live_id)

    def _on_services_changed(self, change: Change) -> None:
        if change.kind in _CONCERNS and self._creator_id in change.profile_ids:
            self.check()

    def check(self) -> None:
        """Look for news since the mark; say it in the tray if the window is not in front."""
        creator_id = self._creator_id
        if creator_id is None or self._services.closed:
            return
        earnings = self._services.earnings
        # The newest first: a gift committed elsewhere between the two reads waits for the
        # next look, rather than slip under the mark unread.
        newest = earnings.newest_gift_id(creator_id)
        gifts = [
            gift
            for gift in earnings.big_gifts_since(
                creator_id,
                after_txn_id=self._after_txn_id,
                min_coins=NOTIFY_AT_COINS,
                limit=LOOK_LIMIT,
            )
            if gift.transaction_id <= newest
        ]
        self._after_txn_id = max(self._after_txn_id, newest)
        goal = self._services.lives.goal(creator_id)
        goal_news = goal is not None and goal.reached and goal.live_id not in self._goals_said
        if goal is not None and goal_news:
            self._goals_said.add(goal.live_id)
        if not (gifts or goal_news) or not self._may_say():
            return
        self._say_gifts(gifts)
        if goal is not None and goal_news:
            self._say_goal(goal)

    def _may_say(self) -> bool:
        in_front = self._window.isActiveWindow() and not self._window.isMinimized()
        return self.enabled and not in_front and self.tray.available()

    def _say_gifts(self, gifts: list[ReceivedGift]) -> None:
        if len(gifts) > MAX_MESSAGES:
            senders = list(dict.fromkeys(fmt.short_name(g.sender) for g in gifts))
            self.tray.show_message(
                self.tr("{count} big gifts").format(count=fmt.group(len(gifts))),
                self.tr("{coins} in all, from {senders}.").format(
                    coins=fmt.coins(sum(g.coins for g in gifts)),
                    senders=", ".join(senders[:MAX_MESSAGES])
                    + (", ..." if len(senders) > MAX_MESSAGES else ""),
                ),
            )
            return
        for gift in gifts:
            self.tray.show_message(
                self.tr("{sender} sent you {gift}{times}").format(
                    sender=fmt.short_name(gift.sender),
                    gift=gift.gift,
                    times="" if gift.count == 1 else f" x{fmt.group(gift.count)}",
                ),
                self.tr("{coins}: {diamonds} for you.").format(
                    coins=fmt.coins(gift.coins), diamonds=fmt.diamonds(gift.diamonds)
                ),
            )

    def _say_goal(self, goal: LiveGoal) -> None:
        self.tray.show_message(
            self.tr("LIVE goal reached"),
            self.tr("Your LIVE has {diamonds} of its {goal} goal.").format(
                diamonds=fmt.group(goal.diamonds), goal=fmt.diamonds(goal.goal_diamonds or 0)
            ),
        )
