"""A chart and the same figures as a table, one shown at a time (a Table button switches),
kept on the same bar or row, with the chosen one's figure said in words: the Earnings and the
Spending charts both work this way."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QTableView

from giftdesk.ui.widgets.chart import BarChart


def chart_pages(
    chart: BarChart, table: QTableView, figure_label: QLabel, table_button: QPushButton
) -> QStackedWidget:
    """The chart and the table as pages, switched by `table_button`; choosing a bar selects
    its row and says its figure in `figure_label`, and choosing a row selects its bar."""
    pages = QStackedWidget()
    pages.addWidget(chart)
    pages.addWidget(table)

    def on_table_button_toggled(checked: bool) -> None:
        pages.setCurrentWidget(table if checked else chart)

    def on_chart_selection_changed(index: int) -> None:
        figure_label.setText(chart.figure_text(index))
        if 0 <= index != table.currentIndex().row():
            table.selectRow(index)

    def on_table_current_row_changed(current, _previous) -> None:
        if current.isValid():
            chart.select(current.row())

    table_button.toggled.connect(on_table_button_toggled)
    chart.selection_changed.connect(on_chart_selection_changed)
    table.selectionModel().currentRowChanged.connect(on_table_current_row_changed)
    return pages
