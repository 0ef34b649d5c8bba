"""Which profile the window shows, and the password that opens it.

Only the profile on show is unlocked: switching away locks it again, so nobody at the same
computer can switch back to it without the password.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from giftdesk.domain.errors import GiftDeskError
from giftdesk.ui.actions import sentence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QWidget

    from giftdesk.services import Services
    from giftdesk.ui.events import ProfileSelection
    from giftdesk.ui.prompter import Prompter


class ProfileSwitcher(QObject):
    """Drives the header's profile list and the window's selection: the list names every
    profile; the selection is the one shown, once its password (if any) was typed."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        prompter: Prompter,
        combo: QComboBox,
        selection: ProfileSelection,
        *,
        shown: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window  # the parent of every question asked
        self._services = services
        self._prompter = prompter
        self._combo = combo
        self._selection = selection
        self._shown = shown  # after the list or the selection changed: update the figures
        # True while no profile is shown because one was left locked: reloading the list
        # then keeps it that way instead of falling back to the first profile.
        self._stay_locked = False
        combo.currentIndexChanged.connect(self._on_combo_current_index_changed)

    def reload(self, *, select: int | None = None, ask_later: bool = False) -> None:
        """List every profile again, keeping (or choosing) `select`."""
        current = select if select is not None else self._selection.profile_id
        combo = self._combo
        combo.blockSignals(True)
        combo.clear()
        for profile in self._services.profiles.list():
            suffix = self.tr(" (creator)") if profile.is_creator else ""
            combo.addItem(profile.name + suffix, profile.id)
        index = combo.findData(current)
        if index < 0 and combo.count() and not self._stay_locked:
            index = 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self.show(combo.currentData(), ask_later=ask_later)
        self._shown()

    def select(self, profile_id: int) -> None:
        """Choose `profile_id` in the list, as a person would (its password is asked for)."""
        index = self._combo.findData(profile_id)
        if index >= 0:
            self._combo.setCurrentIndex(index)

    def show(self, profile_id: int | None, *, ask_later: bool = False) -> None:
        """Show `profile_id` in the header and tabs, after its password if it has one."""
        if (
            profile_id is None
            or profile_id == self._selection.profile_id
            or not self._services.security.has_password(profile_id)
        ):
            self._stay_locked = self._stay_locked and profile_id is None
            self._selection.select(profile_id)
            return
        if ask_later:
            # At start-up: show the window first, locked, then ask over it.
            self.show_locked(None)
            QTimer.singleShot(0, self, lambda: self.select(profile_id))
            return
        if self.unlock(profile_id):
            self._stay_locked = False
            # A refresh while the password box was open (another window wrote) reset the
            # list to the profile shown before: the list must name the one shown now.
            self._combo.blockSignals(True)
            self._combo.setCurrentIndex(self._combo.findData(profile_id))
            self._combo.blockSignals(False)
            self._selection.select(profile_id)
        else:
            # Cancelled: back to the profile shown before, as a cancelled dialog changes
            # nothing. With none before (at start-up) the window shows no profile at all: the
            # tabs hold nobody's data, and choosing the profile in the list asks again.
            self.show_locked(self._selection.profile_id)

    def unlock(self, profile_id: int, *, title: str | None = None) -> bool:
        """Ask for the password until it is right (True) or the user cancels (False)."""
        name = self._services.profiles.get(profile_id).name
        while True:
            password = self._prompter.ask_secret(
                self._window,
                title or self.tr("{name} is locked").format(name=name),
                self.tr("Password for {name}:").format(name=name),
            )
            if password is None:
                return False
            try:
                self._services.security.check_password(profile_id, password)
            except GiftDeskError as e:
                self._prompter.error(self._window, self.tr("Not unlocked"), sentence(e))
                continue
            return True

    def show_locked(self, profile_id: int | None) -> None:
        """Show `profile_id` (already unlocked), or no profile at all."""
        self._stay_locked = profile_id is None
        self._combo.blockSignals(True)
        self._combo.setCurrentIndex(-1 if profile_id is None else self._combo.findData(profile_id))
        self._combo.blockSignals(False)
        self._selection.select(profile_id)
        self._shown()

    def lock(self) -> None:
        """Profile > Lock: hide the profile on show until its password is typed again."""
        profile_id = self._selection.profile_id
        if profile_id is None:
            return
        if not self._services.security.has_password(profile_id):
            self._prompter.info(
                self._window,
                self.tr("Lock profile"),
                self.tr(
                    "This profile has no password to lock it with. Set one in Profile > Security "
                    "and budget."
                ),
            )
            return
        self.show_locked(None)

    def start_over(self, previous: int | None) -> None:
        """After a restore, the window showing nobody: choose `previous` (the profile on show
        before) again if the restored contents have it, else the first; either is unlocked
        first if it has a password there."""
        self._stay_locked = False
        self.reload(select=previous)

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.show(self._combo.currentData())
