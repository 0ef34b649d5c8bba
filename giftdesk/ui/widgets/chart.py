"""A bar chart of figures over time (the Earnings tab's diamonds per day, week or month) that a
mouse, a keyboard and a screen reader can all read.

The bars, axes and hover are pyqtgraph's (ui/widgets/bar_plot.py), imported the first time the
chart is shown: pyqtgraph and numpy take a quarter of a second to import, and the window's
start-up must not wait for a chart that is on the third tab. This widget holds what does not
need them: the bars, the one selected (arrow keys, Home and End, or a click), its figure as
text, the scale, and the focus ring.

The scale is linear, so that a bar's height is its figure. One huge day (a TikTok Universe
among roses) would flatten every other bar to a line, so a bar more than three times the next
one is cut short: drawn broken at the top of a scale that fits the rest, its figure written over
it, and named under the chart. A logarithmic scale would keep every bar but make 10 and 1,000
look alike in height, which reads as nearly equal earnings; a square-root scale distorts every
bar a little to spare one. Cutting the outlier distorts only the bar that says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from giftdesk.ui.theme import color

OUTLIER_RATIO = 3  # a bar more than this many times the next one is cut short
MAX_CUT = 3  # bars cut short at most (and never more than a quarter of the bars with a figure)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar, short ("24 Nov")
    title: str  # the period in full ("Mon 24 Nov 2025"), for the figure line and the table
    value: int
    count: int = 0  # what the value came from (gifts), said beside it
    parts: tuple[int, ...] = ()  # a stacked bar's parts, bottom first (ui/spending/)


def ceiling(values: Sequence[int]) -> int | None:
    """The figure above which bars are cut short, or None when one scale fits them all: the
    largest gap of more than OUTLIER_RATIO between a bar and the next lower one, among the
    tallest few."""
    ranked = sorted((v for v in values if v > 0), reverse=True)
    most = min(MAX_CUT, len(ranked) // 4)
    best, best_ratio = None, float(OUTLIER_RATIO)
    for i in range(most):
        ratio = ranked[i] / ranked[i + 1]
        if ratio > best_ratio:
            best, best_ratio = ranked[i + 1], ratio
    return best


class BarChart(QWidget):
    """Bars with a selection. `selection_changed` carries the selected bar's index."""

    selection_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._selected = -1
        self._describe: Callable[[Bar], str] = lambda bar: f"{bar.title}: {bar.value}"
        self.plot = None  # the pyqtgraph part, made when first shown
        self.empty_label = QLabel(self.tr("No gifts in these days"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("note")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(3, 3, 3, 3)  # room for the focus ring
        self._stack.addWidget(self.empty_label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    # --- the data ---------------------------------------------------------------------------

    def set_describe(self, describe: Callable[[Bar], str]) -> None:
        """How a bar's figure reads, in the hover and the figure line."""
        self._describe = describe

    def set_bars(self, bars: Sequence[Bar], *, empty_text: str | None = None) -> None:
        """Show `bars`, oldest first; the newest is selected."""
        self._bars = list(bars)
        if empty_text is not None:
            self.empty_label.setText(empty_text)
        self._selected = len(self._bars) - 1
        self._show_bars()
        self.setAccessibleDescription(self.summary())
        self.selection_changed.emit(self._selected)

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def has_figures(self) -> bool:
        return any(bar.value for bar in self._bars)

    def ceiling(self) -> int | None:
        return ceiling([bar.value for bar in self._bars])

    def cut_bars(self) -> list[Bar]:
        """The bars drawn cut short, oldest first."""
        top = self.ceiling()
        return [bar for bar in self._bars if top is not None and bar.value > top]

    def figure_text(self, index: int) -> str:
        return self._describe(self._bars[index]) if 0 <= index < len(self._bars) else ""

    def summary(self) -> str:
        """The chart in a sentence, for a screen reader's description of it."""
        if not self._bars:
            return ""
        if not self.has_figures():
            return self.empty_label.text()
        best = max(self._bars, key=lambda bar: bar.value)
        return self.tr(
            "{first} to {last}. Highest: {best}. Left and right arrows go through them."
        ).format(first=self._bars[0].title, last=self._bars[-1].title, best=self._describe(best))

    # --- the selection ----------------------------------------------------------------------

    def selected(self) -> int:
        """The selected bar's index; -1 without bars."""
        return self._selected

    def select(self, index: int) -> None:
        if not self._bars:
            return
        index = max(0, min(index, len(self._bars) - 1))
        if index != self._selected:
            self._selected = index
            if self.plot is not None:
                self.plot.show_selected(index, focused=self.hasFocus())
            self.selection_changed.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = max(1, len(self._bars) // 4)
        moves = {
            Qt.Key.Key_Left: self._selected - 1,
            Qt.Key.Key_Right: self._selected + 1,
            Qt.Key.Key_PageUp: self._selected - page,
            Qt.Key.Key_PageDown: self._selected + page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._bars) - 1,
        }
        key = Qt.Key(event.key())
        if key in moves and self._bars:
            self.select(moves[key])
            event.accept()
        else:
            super().keyPressEvent(event)

    # --- drawing ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        if self.plot is None:
            self.plot = self.make_plot()
            self._stack.addWidget(self.plot)
            self._show_bars()
        super().showEvent(event)

    def make_plot(self):
        """The pyqtgraph part, imported on first show only."""
        from giftdesk.ui.widgets.bar_plot import BarPlot

        return BarPlot(self, on_click=self.select, hover_text=self.figure_text)

    def _show_bars(self) -> None:
        if self.plot is not None:
            self.plot.set_bars(self._bars, self.ceiling(), self._selected, self.hasFocus())
        shown = self.plot if self.plot is not None and self.has_figures() else self.empty_label
        self._stack.setCurrentWidget(shown)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self.plot is not None:
            self.plot.recolor()  # the theme switched: the plot's colours are its tokens
            self._show_bars()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._show_focus()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._show_focus()

    def _show_focus(self) -> None:
        if self.plot is not None:
            self.plot.show_selected(self._selected, focused=self.hasFocus())
        self.update()

    def paintEvent(self, _event) -> None:
        if not self.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(color("focus"))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
