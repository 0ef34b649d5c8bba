"""The creator's LIVEs, newest first, each with its figures (Earnings tab): read from the LIVE
service after every change that concerns the creator, a LIVE started or ended included."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from giftdesk.services import Services
from giftdesk.ui.models.lives import LiveHistoryModel
from giftdesk.ui.widgets.empty_views import EmptyTextTableView
from giftdesk.ui.widgets.tables import fit_columns


class LiveHistoryView(EmptyTextTableView):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.history_model = LiveHistoryModel(self)
        self.setModel(self.history_model)
        self.setAccessibleName(self.tr("Your LIVEs"))
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows within
        self.setWordWrap(False)
        fit_columns(self, LiveHistoryModel.SPECS, stretch=LiveHistoryModel.Column.TITLE)
        self.set_empty_text(
            self.tr(
                "You have not been LIVE yet. Each LIVE you go on is listed here with its "
                "figures, newest first."
            )
        )

    def show_creator(self, creator_id: int | None) -> None:
        self.history_model.set_rows(
            self._services.lives.history(creator_id) if creator_id is not None else []
        )
