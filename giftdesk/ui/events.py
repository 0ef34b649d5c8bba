"""Qt-side plumbing shared by the tabs: service change notifications and the current profile."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from giftdesk.services import Services
from giftdesk.services.context import Change


class ServiceEvents(QObject):
    """Re-emits every committed change as a Qt signal; each view decides whether to refresh."""

    changed = Signal(object)  # giftdesk.services.context.Change

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        services.subscribe(self._on_service_changed)

    def _on_service_changed(self, change: Change) -> None:
        self.changed.emit(change)


class ProfileSelection(QObject):
    """Which profile the window acts as."""

    profile_changed = Signal(object)  # int profile id, or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile_id: int | None = None

    @property
    def profile_id(self) -> int | None:
        return self._profile_id

    def select(self, profile_id: int | None) -> None:
        if profile_id != self._profile_id:
            self._profile_id = profile_id
            self.profile_changed.emit(profile_id)
