"""A small bar chart of diamonds per day.

Painted by hand: QtCharts would add PySide6-Addons (hundreds of MB) for one bar chart.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from giftdesk import formatting as fmt


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._empty_text = self.tr("No gifts yet")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {fmt.diamonds(value)}" for label, value in self._bars)
            or self._empty_text)
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        rect = self.rect().adjusted(8, 8, -8, -8)
        if not self._bars:
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        metrics = painter.fontMetrics()
        label_h = metrics.height() + 4
        value_h = metrics.height() + 2
        plot = QRectF(rect.left(), rect.top() + value_h, rect.width(),
                      rect.height() - label_h - value_h)
        top = max(v for _, v in self._bars) or 1
        slot = plot.width() / len(self._bars)
        bar_w = max(4.0, min(42.0, slot * 0.6))
        bar_color = QColor("#fe2c55")
        widest = max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 6
        label_every = max(1, -(-widest // max(1, int(slot))))  # skip labels that would collide
        for i, (label, value) in enumerate(self._bars):
            h = plot.height() * value / top
            x = plot.left() + slot * i + (slot - bar_w) / 2
            bar = QRectF(x, plot.bottom() - h, bar_w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar_color)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text_color)
            painter.drawText(QRectF(plot.left() + slot * i, bar.top() - value_h, slot, value_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             fmt.group(value))
            if (len(self._bars) - 1 - i) % label_every == 0:  # always label the newest day
                painter.drawText(QRectF(plot.left() + slot * i - slot, plot.bottom() + 2,
                                        slot * 3, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
