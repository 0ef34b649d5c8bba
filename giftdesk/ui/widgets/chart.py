"""A small bar chart of diamonds per day.

Painted by hand: QtCharts would add PySide6-Addons (hundreds of MB) for one bar chart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from giftdesk import formatting as fmt
from giftdesk.ui.theme import color


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._empty_text = self.tr("No gifts in these days")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {fmt.diamonds(value)}" for label, value in self._bars)
            or self._empty_text
        )
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def _slot(self) -> tuple[QRectF, float]:
        """The plotting area's frame and the width each day gets."""
        rect = QRectF(self.rect().adjusted(8, 8, -8, -8))
        return rect, rect.width() / max(1, len(self._bars))

    def event(self, event: QEvent) -> bool:
        # Hovering a day tells its figure: a narrow chart cannot print every bar's value.
        if event.type() == QEvent.Type.ToolTip and self._bars:
            rect, slot = self._slot()
            i = int((event.pos().x() - rect.left()) // slot)
            if 0 <= i < len(self._bars):
                label, value = self._bars[i]
                QToolTip.showText(event.globalPos(), f"{label}: {fmt.diamonds(value)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        rect, slot = self._slot()
        if not any(value for _, value in self._bars):
            painter.setPen(text_color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        metrics = painter.fontMetrics()
        label_h = metrics.height() + 4
        value_h = metrics.height() + 2
        plot = QRectF(
            rect.left(), rect.top() + value_h, rect.width(), rect.height() - label_h - value_h
        )
        top = max(v for _, v in self._bars)
        bar_w = max(4.0, min(42.0, slot * 0.6))
        bar_color = color("accent")
        widest = max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 6
        label_every = max(1, -(-widest // max(1, int(slot))))  # skip labels that would collide
        free_from = (
            rect.right() + 1
        )  # value labels go right to left, newest first, none overlapping
        for i in reversed(range(len(self._bars))):
            label, value = self._bars[i]
            center = plot.left() + slot * (i + 0.5)
            h = plot.height() * value / top
            bar = QRectF(center - bar_w / 2, plot.bottom() - h, bar_w, h)
            painter.setPen(text_color)
            if (len(self._bars) - 1 - i) % label_every == 0:  # always label the newest day
                painter.drawText(
                    QRectF(center - slot * 1.5, plot.bottom() + 2, slot * 3, label_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
            if not value:
                continue  # a day without gifts: no bar, no figure
            text = fmt.group(value)
            width = metrics.horizontalAdvance(text) + 4
            left = min(max(center - width / 2, rect.left()), rect.right() - width)  # kept inside
            if left + width <= free_from:
                painter.drawText(
                    QRectF(left, bar.top() - value_h, width, value_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    text,
                )
                free_from = left
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar_color)
            painter.drawRoundedRect(bar, 3, 3)
