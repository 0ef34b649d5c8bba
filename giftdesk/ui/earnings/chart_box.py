"""The Earnings tab's chart of diamonds over time: by day, ISO week or calendar month (the
creator's own calendar), the selected period's figure in words, and the same figures as a table
for whoever would rather read them than look."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.periods import Period
from giftdesk.services.earnings import CHART_PERIODS
from giftdesk.services.results import PeriodDiamonds
from giftdesk.ui.earnings.table import table_view
from giftdesk.ui.models.period_diamonds import PeriodDiamondsModel
from giftdesk.ui.widgets.chart import Bar, BarChart
from giftdesk.ui.widgets.chart_pages import chart_pages
from giftdesk.ui.widgets.live_label import LiveLabel

Source = Callable[[Period], Sequence[PeriodDiamonds]]


class ChartBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Diamonds earned"), parent)
        self._source: Source | None = None
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(self.tr("Chart period"))
        for period, text in (
            (Period.DAY, self.tr("Last {n} days, by day")),
            (Period.WEEK, self.tr("Last {n} weeks, by week")),
            (Period.MONTH, self.tr("Last {n} months, by month")),
        ):
            self.view_combo.addItem(text.format(n=CHART_PERIODS[period]), period)
        self.table_button = QPushButton(self.tr("Table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(self.tr("Show the figures as a table"))
        top = QHBoxLayout()
        top.addWidget(self.view_combo, 1)
        top.addWidget(self.table_button)

        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Diamonds chart"))
        self.chart.set_describe(self.describe)
        self.table_model = PeriodDiamondsModel(self)
        self.table = table_view(
            self.table_model, self.tr("Diamonds per period"), PeriodDiamondsModel.Column.PERIOD
        )
        self.figure_label = LiveLabel(self.tr("Chosen period"), announce=True)
        self.figure_label.setWordWrap(True)
        self.pages = chart_pages(self.chart, self.table, self.figure_label, self.table_button)
        self.scale_label = QLabel()  # which bars are cut short, and how much they really are
        self.scale_label.setObjectName("note")
        self.scale_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.figure_label)
        layout.addWidget(self.scale_label)

        self.view_combo.currentIndexChanged.connect(self._on_view_combo_current_index_changed)

    def period(self) -> Period:
        period: Period = self.view_combo.currentData()
        return period

    def set_source(self, source: Source | None) -> None:
        """`source(period)` gives the figures to show; None shows none."""
        self._source = source
        self.reload()

    def reload(self) -> None:
        rows = self._source(self.period()) if self._source is not None else []
        bars = [self._bar(row) for row in rows]
        self.table_model.set_rows(bars)
        self.chart.set_bars(bars, empty_text=self._empty_text())
        cut = self.chart.cut_bars()
        self.scale_label.setText(
            self.tr("Drawn cut short, to keep the other bars readable: {bars}.").format(
                bars="; ".join(self.describe(bar) for bar in cut)
            )
            if cut
            else ""
        )

    # --- words for the periods --------------------------------------------------------------

    def _date(self, iso: str, pattern: str) -> str:
        day = dt.date.fromisoformat(iso)
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def _bar(self, row: PeriodDiamonds) -> Bar:
        period = self.period()
        if period is Period.MONTH:
            january = row.first[5:7] == "01"
            label = self._date(row.first, self.tr("MMM yyyy") if january else self.tr("MMM"))
            title = self._date(row.first, self.tr("MMMM yyyy"))
        elif period is Period.WEEK:
            label = self._date(row.first, self.tr("d MMM"))
            title = self.tr("{first} to {last}").format(
                first=self._date(row.first, self.tr("ddd d MMM")),
                last=self._date(row.last, self.tr("ddd d MMM yyyy")),
            )
        else:
            label = self._date(row.first, self.tr("d MMM"))
            title = self._date(row.first, self.tr("ddd d MMM yyyy"))
        return Bar(label, title, row.diamonds, row.gifts)

    def describe(self, bar: Bar) -> str:
        """A period's figure in words: "Mon 24 Nov 2025: 1,234 diamonds from 5 gifts"."""
        if not bar.count:
            return self.tr("{period}: no gifts").format(period=bar.title)
        gifts = (
            self.tr("1 gift")
            if bar.count == 1
            else self.tr("{n} gifts").format(n=fmt.group(bar.count))
        )
        return self.tr("{period}: {diamonds} from {gifts}").format(
            period=bar.title, diamonds=fmt.diamonds(bar.value), gifts=gifts
        )

    def _empty_text(self) -> str:
        period = self.period()
        if period is Period.MONTH:
            return self.tr("No gifts in these months")
        if period is Period.WEEK:
            return self.tr("No gifts in these weeks")
        return self.tr("No gifts in these days")

    # --- slots ------------------------------------------------------------------------------

    def _on_view_combo_current_index_changed(self, _index: int) -> None:
        self.reload()
