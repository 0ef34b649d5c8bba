"""The gift that flies up over the grid and fades, for a moment after it is sent."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QParallelAnimationGroup, QPropertyAnimation, QRect, Qt
from PySide6.QtWidgets import QGraphicsOpacityEffect, QLabel, QWidget

from giftdesk.ui.art import gift_pixmap

FLIGHT_MS = 900
SIZE = 120  # px, at the top of its flight


class FlyingGiftLabel(QLabel):
    """A child of the tab it flies over, hidden but while it flies."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self._opacity = QGraphicsOpacityEffect(self)
        self.setGraphicsEffect(self._opacity)
        self.animation = QParallelAnimationGroup(self)
        self._fly = QPropertyAnimation(self, b"geometry", self)
        self._fly.setDuration(FLIGHT_MS)
        self._fly.setEasingCurve(QEasingCurve.Type.OutBack)
        self._fade = QPropertyAnimation(self._opacity, b"opacity", self)
        self._fade.setDuration(FLIGHT_MS)
        self._fade.setKeyValueAt(0.0, 0.0)
        self._fade.setKeyValueAt(0.2, 1.0)
        self._fade.setKeyValueAt(0.75, 1.0)
        self._fade.setKeyValueAt(1.0, 0.0)
        self.animation.addAnimation(self._fly)
        self.animation.addAnimation(self._fade)
        self.animation.finished.connect(self.hide)

    def fly(self, gift_name: str, over: QRect) -> None:
        """From the bottom of the tab up to the middle of `over` (in the tab's coordinates)."""
        tab = self.parentWidget()
        self.setPixmap(gift_pixmap(gift_name, SIZE, tab.devicePixelRatioF()))
        center = over.center()
        start = QRect(center.x() - SIZE // 4, tab.height() - SIZE // 2, SIZE // 2, SIZE // 2)
        end = QRect(center.x() - SIZE // 2, center.y() - SIZE, SIZE, SIZE)
        self._fly.setStartValue(start)
        self._fly.setEndValue(end)
        self.setGeometry(start)
        self.show()
        self.raise_()
        self.animation.stop()
        self.animation.start()
