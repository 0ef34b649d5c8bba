"""Room kept for a line that comes and goes (a hint, an error, a note), so what is below it does
not jump when it appears, changes or goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def keep_room(label: QLabel, lines: int) -> None:
    """`label` is at least `lines` lines tall, with text or empty (in the font its style gives
    it): an empty line holds the place of the one that may come. Its text starts at the top of
    the room, where the eye expects it, not in the middle."""
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    label.ensurePolished()  # the style sheet's font, not the default one
    margins = label.contentsMargins()
    label.setMinimumHeight(
        lines * label.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
    )
