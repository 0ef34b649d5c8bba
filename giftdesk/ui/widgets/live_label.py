"""A label that shows a live figure (a balance, a price, a status) to a screen reader too.

A QLabel with an accessible name exposes only that name: "Coin balance", never the 19,250 coins
it shows, and nothing tells a screen reader that the figure changed. A LiveLabel's accessible
name is its purpose and what it shows ("Coin balance: 19,250 coins"), kept current with every
`setText` (Qt reports the name change to assistive technology itself), and its description is
the text alone. With `announce`, a change is also announced politely (Qt 6.8's announcement
event: the polite live region of ARIA), for results a person waits for: a send, a receipt.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def plain_text(text: str) -> str:
    """What a label's rich text says, as one line of plain text."""
    return " ".join(html.unescape(_TAG.sub("", _BREAK.sub(" ", text))).split())


class LiveLabel(QLabel):
    def __init__(self, purpose: str, *, announce: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._purpose = purpose
        self._announce = announce
        self._said = ""
        self.setAccessibleName(purpose)

    def setText(self, text: str) -> None:  # Qt's name: every setText keeps it current
        super().setText(text)
        said = plain_text(text)
        if said == self._said:
            return
        self._said = said
        self.setAccessibleName(f"{self._purpose}: {said}" if said else self._purpose)
        self.setAccessibleDescription(said)
        if self._announce and said and self.isVisible():
            event = QAccessibleAnnouncementEvent(self, said)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
