"""What every tab shares: its services, the window's profile selection, and when to refresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from giftdesk.services import Services
from giftdesk.services.context import Change
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.prompter import Prompter

REST_AFTER_ACTION_MS = 800  # longer than a double-click, shorter than a deliberate second send


class ProfileTab(QWidget):
    """A tab that shows the selected profile. It receives its services in the constructor,
    refreshes itself when the window switches profile, and decides in `_on_services_changed`
    which committed changes concern it; tabs never call each other.

    A tab that is not on screen when the profile switches (or, for the history tabs, when
    a change concerns it) refreshes when it is next shown: filling and measuring tables
    nobody sees made switching profile slow on a large ledger, and every gift slower.
    """

    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        prompter: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._selection = selection
        self._prompter = prompter
        self._stale = False  # something it shows changed while it was hidden
        selection.profile_changed.connect(self._on_selection_changed)
        events.changed.connect(self._on_services_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        """The window closes: nothing the tab scheduled (a button's rest, a countdown) may
        run after this, for the services may be closed right after it."""
        for timer in self.findChildren(QTimer):
            timer.stop()

    @property
    def stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh_when_shown(self) -> None:
        """Refresh now if on screen, else when next shown."""
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def _on_selection_changed(self, profile_id) -> None:
        if profile_id is None:
            # No profile (one was locked) clears at once, shown or not: a hidden tab must
            # not keep the locked profile's data.
            self._stale = False
            self.refresh()
        else:
            self.refresh_when_shown()

    def _on_services_changed(self, change: Change) -> None:
        raise NotImplementedError


class ButtonRest:
    """The rest a button that spends (Send, Buy, Request payout) takes once clicked.

    The action's own change notice refreshes the tab at once, so without a rest the second
    click of a double-click (the event loop runs between the clicks) would spend again, under
    a new idempotency key. While `active`, the tab keeps the button off; when the rest is over,
    or the action was refused, `update` (which turns the button back on if it should be) runs.
    """

    def __init__(self, parent: QWidget, button: QWidget, update: Callable[[], None]) -> None:
        self._button = button
        self._update = update
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REST_AFTER_ACTION_MS)
        self._timer.timeout.connect(update)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Right before the action's service call."""
        self._button.setEnabled(False)
        self._timer.start()

    def end(self) -> None:
        """The action was refused: nothing to guard against repeating, the button is back."""
        self._timer.stop()
        self._update()

    def stop(self) -> None:
        """The window closes: no update is due (the services may close right after)."""
        self._timer.stop()
