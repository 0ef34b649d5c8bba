"""A note: a muted, word-wrapped line of explanation (the style sheet's QLabel#note)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(True)
    return label
