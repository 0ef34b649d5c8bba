"""A read-only table of the Earnings tab, set up alike: rows selected whole, and Tab leaving
the table (arrows move within it) so that a keyboard is never caught cell by cell."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from giftdesk.ui.widgets.tables import fit_columns


def table_view(model, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows within
    view.setWordWrap(False)
    fit_columns(view, model.SPECS, stretch=stretch)
    return view
