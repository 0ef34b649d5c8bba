"""The Spending tab's chart: money spent per month for the last twelve, each month stacked by
where it went (the creator, the platform, the app store), the monthly budget drawn in; the
chosen month's figures in words, and the same figures as a table for whoever would rather read
them than look."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.services.spending_results import MonthSpent
from giftdesk.ui.earnings.table import table_view
from giftdesk.ui.models.spending import MonthSpendingModel
from giftdesk.ui.theme import color
from giftdesk.ui.widgets.chart import Bar, BarChart
from giftdesk.ui.widgets.chart_pages import chart_pages
from giftdesk.ui.widgets.live_label import LiveLabel


class StackedChart(BarChart):
    """The bar chart with stacked parts and a budget line; no bar is cut short (a month's
    parts must add up to its height)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._budget_cents: int | None = None

    def make_plot(self):
        from giftdesk.ui.spending.stacked_plot import StackedPlot  # pyqtgraph: on first show

        plot = StackedPlot(self, on_click=self.select, hover_text=self.figure_text)
        plot.set_budget(self._budget_cents)
        return plot

    def ceiling(self) -> int | None:
        return None

    def set_budget(self, cents: int | None) -> None:
        self._budget_cents = cents
        if self.plot is not None:
            self.plot.set_budget(cents)


class SpendingChartBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Money spent per month"), parent)
        self._months: list[MonthSpent] = []
        self.table_button = QPushButton(self.tr("Table"))
        self.table_button.setCheckable(True)
        self.table_button.setAccessibleName(self.tr("Show the months as a table"))
        self.legend_label = QLabel()
        self.legend_label.setObjectName("note")
        self.legend_label.setAccessibleName(self.tr("Chart legend"))
        top = QHBoxLayout()
        top.addWidget(self.legend_label, 1)
        top.addWidget(self.table_button)

        self.chart = StackedChart()
        self.chart.setAccessibleName(self.tr("Spending chart"))
        self.chart.set_describe(self.describe)
        self.table_model = MonthSpendingModel(self)
        self.table = table_view(
            self.table_model, self.tr("Money spent per month"), MonthSpendingModel.Column.MONTH
        )
        self.figure_label = LiveLabel(self.tr("Chosen month"), announce=True)
        self.figure_label.setWordWrap(True)
        self.pages = chart_pages(self.chart, self.table, self.figure_label, self.table_button)
        self.budget_label = QLabel()
        self.budget_label.setObjectName("note")
        self.budget_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.figure_label)
        layout.addWidget(self.budget_label)
        self._show_legend()

    def set_months(
        self,
        months: Sequence[MonthSpent],
        *,
        budget: tuple[int, int] | None = None,
        empty_text: str | None = None,
    ) -> None:
        """`months` oldest first; `budget` the monthly budget as (coins, their price in
        cents on the web), or None; `empty_text` what an empty chart says, if not that no
        gifts were sent."""
        self._months = list(months)
        bars = [self._bar(m) for m in self._months]
        self.table_model.set_rows(
            [(bar.title, m) for bar, m in zip(bars, self._months, strict=True)]
        )
        self.chart.set_budget(budget[1] if budget else None)
        self.chart.set_bars(
            bars,
            empty_text=empty_text
            or self.tr(
                "No gifts sent in these 12 months: what they cost and where the money went "
                "will show here."
            ),
        )
        self.budget_label.setText(
            self.tr(
                "Dashed line: your monthly budget of {coins}, about {price} at web prices."
            ).format(coins=fmt.coins(budget[0]), price=fmt.usd(budget[1]))
            if budget
            else ""
        )
        self.budget_label.setVisible(budget is not None)
        self._show_legend()

    def selected_month(self) -> MonthSpent | None:
        i = self.chart.selected()
        return self._months[i] if 0 <= i < len(self._months) else None

    def _bar(self, month: MonthSpent) -> Bar:
        day = dt.date.fromisoformat(month.month + "-01")
        when = QDate(day.year, day.month, 1)
        short = self.tr("MMM yyyy") if day.month == 1 else self.tr("MMM")
        return Bar(
            QLocale().toString(when, short),
            QLocale().toString(when, self.tr("MMMM yyyy")),
            month.paid_cents,
            month.coins,
            (month.creator_cents, month.platform_cents, month.store_fee_cents),
        )

    def describe(self, bar: Bar) -> str:
        """A month in words: "November 2026: $12.34 (1,250 coins): creators $6.25, the
        platform $4.60, the app store $1.49"."""
        if not bar.count:
            return self.tr("{month}: no gifts").format(month=bar.title)
        creator, platform, store = bar.parts
        return self.tr(
            "{month}: {paid} ({coins}): creators {creator}, the platform {platform}, "
            "the app store {store}"
        ).format(
            month=bar.title,
            paid=fmt.usd(bar.value),
            coins=fmt.coins(bar.count),
            creator=fmt.usd(creator),
            platform=fmt.usd(platform),
            store=fmt.usd(store),
        )

    def _show_legend(self) -> None:
        keys = (
            ("series_creator", self.tr("Creators")),
            ("series_platform", self.tr("Platform")),
            ("series_store", self.tr("App store")),
        )
        self.legend_label.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{color(token).name()}">&#9632;</span> {text}'
                for token, text in keys
            )
        )

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._show_legend()  # the theme switched: the keys' colours are its tokens
