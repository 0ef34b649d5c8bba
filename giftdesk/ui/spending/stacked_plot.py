"""The drawing part of the Spending chart, with pyqtgraph (imported when first shown): each
month's money as a bar stacked by where it went (the creator, the platform, the app store),
dollars on the axis, and the monthly budget as a dashed line. Colours are theme tokens."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt

from giftdesk import formatting as fmt
from giftdesk.ui.theme import color
from giftdesk.ui.widgets.bar_plot import BAR_WIDTH, BarPlot

# Bottom first: the creator's part, the platform's, the app store's.
PART_TOKENS = ("series_creator", "series_platform", "series_store")


class _DollarAxis(pg.AxisItem):
    """The value axis: cents, written as the locale writes dollars."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph's name)
        spacings = super().tickSpacing(minVal, maxVal, size)
        whole = [(max(1.0, spacing), offset) for spacing, offset in spacings]
        return whole or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [fmt.usd(round(value)) for value in values]


class StackedPlot(BarPlot):
    AXIS = _DollarAxis

    def __init__(self, parent, **kwargs) -> None:
        self._budget_cents: int | None = None
        self.part_items: list[pg.BarGraphItem] = []
        super().__init__(parent, **kwargs)
        item = self.getPlotItem()
        item.removeItem(self.bars_item)  # the parts stand in for the one-colour bars
        item.removeItem(self.tops_item)
        for _ in PART_TOKENS:
            part = pg.BarGraphItem(x=[], height=[], y0=[], width=BAR_WIDTH)
            item.addItem(part)
            self.part_items.append(part)
        self.budget_line = pg.InfiniteLine(angle=0, movable=False)
        self.budget_line.setVisible(False)
        item.addItem(self.budget_line)
        self.recolor()

    def recolor(self) -> None:
        super().recolor()
        if hasattr(self, "budget_line"):
            self.budget_line.setPen(pg.mkPen(color("text"), width=2, style=Qt.PenStyle.DashLine))

    def set_budget(self, cents: int | None) -> None:
        self._budget_cents = cents
        self.budget_line.setVisible(cents is not None)
        if cents is not None:
            self.budget_line.setPos(cents)

    def set_bars(self, bars: Sequence, top: int | None, selected: int, focused: bool) -> None:
        super().set_bars(bars, None, selected, focused)
        highest = max((sum(max(0, p) for p in bar.parts) for bar in self._bars), default=0)
        highest = max(highest, self._budget_cents or 0, 1)
        self.getPlotItem().setYRange(0, highest * 1.15, padding=0)

    def _drawn_height(self, value: int) -> float:
        return float(value)

    def show_selected(self, selected: int, *, focused: bool) -> None:
        """Each part in its colour; the selected month outlined (in the focus colour while
        the chart has the keyboard)."""
        if not self.part_items:
            return  # (BarPlot's __init__ asks before the parts are made)
        n = len(self._bars)
        ring = pg.mkPen(color("focus"), width=3) if focused else pg.mkPen(color("text"), width=2)
        pens = [ring if i == selected else pg.mkPen(None) for i in range(n)]
        base = [0.0] * n
        for k, (token, part) in enumerate(zip(PART_TOKENS, self.part_items, strict=True)):
            heights = [
                float(max(0, bar.parts[k])) if k < len(bar.parts) else 0.0 for bar in self._bars
            ]
            brush = pg.mkBrush(color(token))
            self._draw(part, list(range(n)), list(base), heights, [brush] * n, pens)
            base = [b + h for b, h in zip(base, heights, strict=True)]
