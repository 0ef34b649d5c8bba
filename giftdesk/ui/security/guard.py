"""What every change in the Security and budget dialog goes through: the profile's password
(when it has one) or a two-step code asked for first, then the service call, and a refusal
told plainly."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from giftdesk.services import Services
from giftdesk.ui.actions import run_action
from giftdesk.ui.prompter import Prompter

T = TypeVar("T")


class Guard:
    """The profile the dialog changes, and how each change asks and reports. Its messages
    are the dialog's (`dialog` is their parent), whichever part asks."""

    def __init__(
        self, services: Services, profile_id: int, prompter: Prompter, dialog: QWidget
    ) -> None:
        self.services = services
        self.profile_id = profile_id
        self.prompter = prompter
        self.dialog = dialog

    def ask_password(self, doing: str) -> tuple[bool, str | None]:
        """(go on, password): the password when the profile has one, asked for `doing`."""
        if not self.services.security.has_password(self.profile_id):
            return True, None
        password = self.prompter.ask_secret(
            self.dialog,
            QCoreApplication.translate("SecurityDialog", "Password"),
            QCoreApplication.translate(
                "SecurityDialog", "Enter the profile's password to {doing}:"
            ).format(doing=doing),
        )
        return password is not None, password

    def ask_code(self, doing: str) -> tuple[bool, str | None]:
        code = self.prompter.ask_secret(
            self.dialog,
            QCoreApplication.translate("SecurityDialog", "Two-step check"),
            QCoreApplication.translate(
                "SecurityDialog", "Enter the 6-digit code from your authenticator app to {doing}:"
            ).format(doing=doing),
        )
        return code is not None, code

    def run(self, title: str, action: Callable[[], T]) -> T | None:
        """The action's result, or None after telling the user why it was refused."""
        return run_action(self.dialog, self.prompter, title, action)

    def attempt(self, title: str, action: Callable[[], object]) -> bool:
        """Run a service call; False after telling the user why it was refused. (The calls
        here return None when done, which run_action alone could not tell from a refusal.)"""
        return self.run(title, lambda: action() or True) is not None

    def error(self, title: str, text: str) -> None:
        self.prompter.error(self.dialog, title, text)

    def info(self, title: str, text: str) -> None:
        self.prompter.info(self.dialog, title, text)
