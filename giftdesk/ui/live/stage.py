"""The room's stage, where each gift plays its animation: the bigger the gift, the bigger and
longer (a Rose is a small flourish, a TikTok Universe fills the stage for four seconds). Gifts
arriving while one plays wait their turn; in a burst the smallest waiting ones are let go, so
the queue never grows and a big gift is never dropped for a rose.

The stage paints itself: one picture scaled and faded per frame, on its own opaque widget, so
neither the feed nor the ranking is repainted while a gift plays."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from giftdesk import formatting as fmt
from giftdesk.ui.art import gift_pixmap
from giftdesk.ui.theme import color

QUEUE_MAX = 6  # gifts waiting to play; past this the smallest waiting one goes
SHORTEST_MS, LONGEST_MS = 700, 4_000  # a 1-coin Rose, a 44,999-coin Universe
SMALLEST, BIGGEST = 0.22, 1.0  # of the stage's height (the biggest fills it)
TOP_COINS = 44_999  # the catalogue's biggest gift: the top of the scale
MIN_HEIGHT_PX = 160


@dataclass(frozen=True)
class Play:
    gift: str
    count: int
    sender: str
    coins: int  # of the whole combo: what sets its size and length

    @property
    def scale(self) -> float:
        """0 for a single coin, 1 for the biggest gift, on a log scale."""
        return min(1.0, math.log10(max(1, self.coins)) / math.log10(TOP_COINS))

    @property
    def duration_ms(self) -> int:
        return round(SHORTEST_MS + (LONGEST_MS - SHORTEST_MS) * self.scale**2)


class Stage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStage")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(MIN_HEIGHT_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.queue: deque[Play] = deque()
        self.playing: Play | None = None
        self.caption = ""  # what the stage shows when nothing plays (the LIVE's title)
        self._progress = 0.0
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.Type.Linear)
        self.animation.valueChanged.connect(self._on_animation_value_changed)
        self.animation.finished.connect(self._on_animation_finished)

    def set_caption(self, text: str) -> None:
        if text != self.caption:
            self.caption = text
            self.update()

    def play(self, play: Play) -> None:
        """Play now if the stage is free, else wait in the queue (or make room in it)."""
        if self.playing is None:
            self._start(play)
            return
        if len(self.queue) >= QUEUE_MAX:
            smallest = min(self.queue, key=lambda p: p.coins)
            if smallest.coins >= play.coins:
                return  # everything waiting is at least as big: this one is let go
            self.queue.remove(smallest)
        self.queue.append(play)

    def stop(self) -> None:
        """Nothing plays and nothing waits (the LIVE changed, or ended)."""
        self.queue.clear()
        self.animation.stop()
        self.playing = None
        self.update()

    def _start(self, play: Play) -> None:
        self.playing = play
        self._progress = 0.0
        self.animation.setDuration(play.duration_ms)
        self.animation.start()

    def _on_animation_value_changed(self, value: float) -> None:
        self._progress = value
        self.update()

    def _on_animation_finished(self) -> None:
        self.playing = None
        if self.queue:
            self._start(self.queue.popleft())
        else:
            self.update()

    def _pixmap(self, gift: str, size: int) -> QPixmap:
        key = (gift, size)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) > 24:
                self._pixmaps.clear()
            pixmap = self._pixmaps[key] = gift_pixmap(gift, size, self.devicePixelRatioF())
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), color("section"))
        painter.setPen(color("text"))
        play = self.playing
        if play is None:
            painter.setPen(color("muted"))
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.caption,
            )
            return
        full = min(self.width(), self.height() - 2 * self.fontMetrics().height())
        size = max(24, round(full * (SMALLEST + (BIGGEST - SMALLEST) * play.scale)))
        t = self._progress
        # In quickly, hold, out: a pop for a rose, a long stay for a universe.
        grow = min(1.0, t / 0.2)
        fade = 1.0 if t < 0.75 else max(0.0, (1.0 - t) / 0.25)
        shown = size * (0.6 + 0.4 * QEasingCurve(QEasingCurve.Type.OutBack).valueForProgress(grow))
        painter.setOpacity(fade)
        if grow < 1.0:  # held at its size after the pop, the picture is drawn unscaled
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        centre_x = self.width() / 2
        centre_y = (self.height() - self.fontMetrics().height()) / 2
        # A small gift floats up as it plays; a big one stays in the middle.
        centre_y += (1.0 - play.scale) * (0.5 - t) * self.height() * 0.3
        target = QRectF(centre_x - shown / 2, centre_y - shown / 2, shown, shown).toRect()
        painter.drawPixmap(target, self._pixmap(play.gift, size))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        times = "" if play.count == 1 else f" x{fmt.group(play.count)}"
        painter.drawText(
            self.rect().adjusted(8, 0, -8, -6),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            f"{play.sender}: {play.gift}{times}",
        )
