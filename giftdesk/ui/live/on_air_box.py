""" "LIVE now": the LIVEs on air, to pick one and join its room."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QTableView, QVBoxLayout, QWidget

from giftdesk.services.live_results import OnAir
from giftdesk.ui.models.live import OnAirModel
from giftdesk.ui.widgets.empty_views import EmptyTextTableView
from giftdesk.ui.widgets.tables import fit_columns


class OnAirBox(QGroupBox):
    live_chosen = Signal(object)  # the live id chosen, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("LIVE now"), parent)
        self.on_air_model = OnAirModel(self)
        self.on_air_view = EmptyTextTableView()
        self.on_air_view.setModel(self.on_air_model)
        self.on_air_view.setAccessibleName(self.tr("LIVE now"))
        self.on_air_view.setTabKeyNavigation(False)
        self.on_air_view.verticalHeader().hide()
        self.on_air_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.on_air_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        fit_columns(self.on_air_view, OnAirModel.SPECS, stretch=OnAirModel.Column.TITLE)
        self.on_air_view.set_empty_text(
            self.tr("Nobody is LIVE now. Rooms show here as creators go LIVE.")
        )
        QVBoxLayout(self).addWidget(self.on_air_view)
        self._chosen: int | None = None
        self.on_air_view.selectionModel().currentRowChanged.connect(self._on_view_row_changed)

    @property
    def chosen(self) -> int | None:
        return self._chosen

    def show_lives(self, lives: list[OnAir], *, leave_out: int | None = None) -> None:
        """The LIVEs on air but `leave_out`'s (the creator's own); the one chosen stays so
        while on air, and the first is chosen when none is."""
        others = [o for o in lives if o.creator_id != leave_out]
        self.on_air_view.set_empty_text(
            self.tr("Nobody else is LIVE now.")
            if len(others) < len(lives)
            else self.tr("Nobody is LIVE now. Rooms show here as creators go LIVE.")
        )
        self.on_air_model.show_lives(others)
        self.choose(self._chosen)

    def choose(self, live_id: int | None) -> None:
        row = self.on_air_model.row_of_live(live_id)
        if row < 0 and self.on_air_model.rowCount():
            row = 0
        chosen = self.on_air_model.row_at(row).live_id if row >= 0 else None
        if row >= 0 and self.on_air_view.currentIndex().row() != row:
            self.on_air_view.blockSignals(True)
            self.on_air_view.selectionModel().blockSignals(True)
            self.on_air_view.selectRow(row)
            self.on_air_view.selectionModel().blockSignals(False)
            self.on_air_view.blockSignals(False)
            self.on_air_view.viewport().update()
        if chosen != self._chosen:
            self._chosen = chosen
            self.live_chosen.emit(chosen)

    def _on_view_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.choose(self.on_air_model.row_at(current.row()).live_id)
