"""What every tab shares: its services, the window's profile selection, and when to refresh."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from giftdesk.services import Services
from giftdesk.services.context import Change
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.prompter import Prompter


class ProfileTab(QWidget):
    """A tab that shows the selected profile. It receives its services in the constructor,
    refreshes itself when the window switches profile, and decides in `_on_services_changed`
    which committed changes concern it; tabs never call each other.

    A tab that is not on screen when the profile switches (or, for the history tabs, when
    a change concerns it) refreshes when it is next shown: filling and measuring tables
    nobody sees made switching profile slow on a large ledger, and every gift slower.
    """

    def __init__(self, services: Services, events: ServiceEvents, selection: ProfileSelection,
                 prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._selection = selection
        self._prompter = prompter
        self._stale = False  # something it shows changed while it was hidden
        selection.profile_changed.connect(self._on_selection_changed)
        events.changed.connect(self._on_services_changed)

    def refresh(self) -> None:
        raise NotImplementedError

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
