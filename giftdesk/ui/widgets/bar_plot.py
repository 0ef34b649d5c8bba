"""The drawing part of the bar chart (ui/widgets/chart.py), with pyqtgraph: bars on a linear
scale with the outliers cut short, dates under the bars they name, figures grouped as the locale
groups them, a tooltip on hover, a click to select. Imported when the chart is first shown.

Every colour is a token of the theme on show (theme.color()), asked again when it switches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip, QWidget

from giftdesk import formatting as fmt
from giftdesk.ui.theme import color

BAR_WIDTH = 0.7  # of the room each bar has
# With bars cut short, the scale's top is HEADROOM times the tallest bar that is not; a bar cut
# short reaches CUT_HEIGHT of the scale (taller than any other), its figure written above it,
# and is broken by a gap of GAP of the scale.
HEADROOM = 1.5
CUT_HEIGHT = 0.82
GAP = 0.03


class _FigureAxis(pg.AxisItem):
    """The value axis: whole figures, grouped as the locale groups them."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph's name)
        spacings = super().tickSpacing(minVal, maxVal, size)
        whole = [(max(1.0, spacing), offset) for spacing, offset in spacings]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [fmt.group(round(value)) for value in values]


class BarPlot(pg.PlotWidget):
    def __init__(
        self,
        parent: QWidget,
        *,
        on_click: Callable[[int], None],
        hover_text: Callable[[int], str],
    ) -> None:
        # Before PlotWidget's __init__, which already calls resizeEvent().
        self._on_click = on_click
        self._hover_text = hover_text
        self._bars: list = []  # chart.Bar (not imported: chart.py imports this module)
        self._top: int | None = None
        super().__init__(parent, axisItems={"left": _FigureAxis("left")}, enableMenu=False)
        # The chart around it takes the keys, and names itself to a screen reader.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(parent.accessibleName())
        item = self.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)  # no pan or zoom: the view is the periods
        item.showGrid(x=False, y=True, alpha=0.6)
        self.bars_item = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        self.tops_item = pg.BarGraphItem(x=[], height=[], y0=[], width=BAR_WIDTH)
        item.addItem(self.bars_item)
        item.addItem(self.tops_item)
        self._cut_labels: list[pg.TextItem] = []
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)
        self.recolor()

    # --- colours ----------------------------------------------------------------------------

    def recolor(self) -> None:
        self.setBackground(color("surface"))
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(color("border_control")))
            axis.setTextPen(pg.mkPen(color("text")))
            axis.setStyle(tickFont=self.font())

    # --- the bars ---------------------------------------------------------------------------

    def set_bars(self, bars: Sequence, top: int | None, selected: int, focused: bool) -> None:
        self._bars = list(bars)
        self._top = top
        item = self.getPlotItem()
        for label in self._cut_labels:
            item.removeItem(label)
        self._cut_labels = []
        highest = max((bar.value for bar in self._bars), default=0)
        scale_top = top * HEADROOM if top is not None else max(1, highest) * 1.1
        item.setXRange(-0.6, len(self._bars) - 0.4, padding=0)
        item.setYRange(0, scale_top, padding=0)
        if top is not None:
            for i, bar in enumerate(self._bars):
                if bar.value > top:
                    # Centred over its bar, but leaning inwards near an edge: over the last
                    # bar a centred "41,771" ran off the plot's right side.
                    lean = i / (len(self._bars) - 1) if len(self._bars) > 1 else 0.5
                    label = pg.TextItem(fmt.group(bar.value), color=color("text"), anchor=(lean, 1))
                    label.setPos(i + (lean - 0.5) * 0.9, scale_top * CUT_HEIGHT)
                    item.addItem(label)
                    self._cut_labels.append(label)
        self._update_ticks()
        self.show_selected(selected, focused=focused)

    def _drawn_height(self, value: int) -> float:
        """How tall a bar is drawn: its figure, or the scale's top when it is cut short."""
        if self._top is None or value <= self._top:
            return float(value)
        return self._top * HEADROOM * CUT_HEIGHT

    def show_selected(self, selected: int, *, focused: bool) -> None:
        """Bars in the accent colour, the selected one in the selection colour (and ringed
        in the focus colour while the chart has the keyboard)."""
        accent = pg.mkBrush(color("accent"))
        chosen = pg.mkBrush(color("selection"))
        ring = pg.mkPen(color("focus"), width=2) if focused else pg.mkPen(None)
        n = len(self._bars)
        brushes = [chosen if i == selected else accent for i in range(n)]
        pens = [ring if i == selected else pg.mkPen(None) for i in range(n)]
        heights = [self._drawn_height(bar.value) for bar in self._bars]
        if self._top is None:
            self._draw(self.bars_item, list(range(n)), [0.0] * n, heights, brushes, pens)
            self._draw(self.tops_item, [], [], [], [], [])
            return
        # A bar cut short is drawn in two pieces with a gap between: a broken bar.
        gap = self._top * HEADROOM * GAP
        cut = [i for i, bar in enumerate(self._bars) if bar.value > self._top]
        lower = [h if i not in cut else h - 3 * gap for i, h in enumerate(heights)]
        self._draw(self.bars_item, list(range(n)), [0.0] * n, lower, brushes, pens)
        self._draw(
            self.tops_item,
            cut,
            [heights[i] - 2 * gap for i in cut],
            [2 * gap] * len(cut),
            [brushes[i] for i in cut],
            [pens[i] for i in cut],
        )

    @staticmethod
    def _draw(item, x, y0, heights, brushes, pens) -> None:
        # No bars: no lists of brushes and pens either (pyqtgraph 0.14 fails on empty ones).
        item.setOpts(
            x=x,
            y0=y0,
            height=heights,
            width=BAR_WIDTH,
            brushes=brushes or None,
            pens=pens or None,
            pen=None,
        )

    def _update_ticks(self) -> None:
        """A date under every bar that has room for one: the newest always, then every k-th
        going back, k as many bars as the widest date needs."""
        n = len(self._bars)
        if not n:
            self.getPlotItem().getAxis("bottom").setTicks([[]])
            return
        widest = max(QFontMetrics(self.font()).horizontalAdvance(b.label) for b in self._bars)
        per_bar = max(1.0, self.getPlotItem().getViewBox().width() / n)
        every = max(1, int(-(-(widest + 8) // per_bar)))
        ticks = [(i, self._bars[i].label) for i in range(n - 1, -1, -every)]
        self.getPlotItem().getAxis("bottom").setTicks([ticks, []])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.getPlotItem() is not None:  # (PlotWidget's __init__ resizes before it has one)
            self._update_ticks()

    # --- the mouse --------------------------------------------------------------------------

    def bar_at(self, scene_pos: QPointF) -> int:
        """The bar whose column holds the point, or -1."""
        box = self.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return -1
        i = round(box.mapSceneToView(scene_pos).x())
        return i if 0 <= i < len(self._bars) else -1

    def bar_position(self, index: int) -> QPointF:
        """Where a bar is, in this widget's coordinates (half way up its drawn height)."""
        box = self.getPlotItem().getViewBox()
        middle = self._drawn_height(self._bars[index].value) / 2
        scene = box.mapViewToScene(QPointF(index, middle))
        return self.mapFromScene(scene)

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        i = self.bar_at(scene_pos)
        if i < 0:
            QToolTip.hideText()
            self.setToolTip("")
            return
        text = self._hover_text(i)
        self.setToolTip(text)
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)

    def _on_scene_mouse_clicked(self, event) -> None:
        i = self.bar_at(event.scenePos())
        if i >= 0:
            self._on_click(i)
