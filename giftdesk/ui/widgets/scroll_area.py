"""A scroll area for content that may not fit: no tab stop, no frame, its content's size."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class ScrollArea(QScrollArea):
    """Scrolls its content where the room runs out.

    No tab stop of its own (a plain QScrollArea is one, an empty stop between controls); no
    frame; and it asks for its content's whole natural size, word-wrapped lines at their
    height included, where a plain QScrollArea asks for 36x24 lines at most: a dialog that
    holds it is as large as its content where the screen has room (ui/screen_fit.py).
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        height = content.heightForWidth(hint.width()) if content.hasHeightForWidth() else -1
        margins = self.contentsMargins()
        return QSize(
            hint.width() + margins.left() + margins.right(),
            max(height, hint.height()) + margins.top() + margins.bottom(),
        )
