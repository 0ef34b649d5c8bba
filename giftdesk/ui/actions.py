"""Run a user action: call the service, and turn an expected failure into a clear message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from giftdesk.domain.errors import GiftDeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from giftdesk.ui.prompter import Prompter

T = TypeVar("T")


def sentence(error: BaseException | str, end: str = ".") -> str:
    """A service error message as a sentence: first letter upper-cased, `end` appended.

    Service messages are lower-case clauses ("that card has expired") so callers can
    embed them; shown on their own they need a capital and a full stop.
    """
    message = str(error)
    return message[:1].upper() + message[1:] + end


def run_action(
    parent: QWidget, prompter: Prompter, title: str, action: Callable[[], T]
) -> T | None:
    """Return the action's result, or None after telling the user why it was refused.

    Unexpected exceptions are not caught here: the window's exception hook logs them and
    shows a readable dialog, and the app goes on.
    """
    try:
        return action()
    except GiftDeskError as e:
        prompter.error(parent, title, sentence(e))
        return None
