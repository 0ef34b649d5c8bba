"""What every tab shares: its services, the window's profile selection, and when to refresh."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from giftdesk.services import Services
from giftdesk.services.context import Change
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.prompter import Prompter


class ProfileTab(QWidget):
    """A tab that shows the selected profile. It receives its services in the constructor,
    refreshes itself when the window switches profile, and decides in `_on_services_changed`
    which committed changes concern it; tabs never call each other."""

    def __init__(self, services: Services, events: ServiceEvents, selection: ProfileSelection,
                 prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._selection = selection
        self._prompter = prompter
        selection.profile_changed.connect(self._on_selection_changed)
        events.changed.connect(self._on_services_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_selection_changed(self, _profile_id) -> None:
        self.refresh()

    def _on_services_changed(self, change: Change) -> None:
        raise NotImplementedError
