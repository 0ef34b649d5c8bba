"""The chosen creator's top supporters, beside the gift being sent to them."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.services import Services
from giftdesk.ui.models.supporters import SupportersModel


class SupportersBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.supporters_model = SupportersModel(self)
        self.supporters_view = QTableView()
        self.supporters_view.setAccessibleName(self.tr("Top supporters"))
        self.supporters_view.setModel(self.supporters_model)
        self.supporters_view.verticalHeader().hide()
        self.supporters_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.supporters_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.supporters_view.setMaximumHeight(170)
        self.setTitle(self.tr("Top supporters"))
        QVBoxLayout(self).addWidget(self.supporters_view)

    def show_creator(self, creator_id: int | None, name: str) -> None:
        """`creator_id`'s supporters, under their (shortened) name; none without a creator."""
        rows = self._services.earnings.top_supporters(creator_id) if creator_id else []
        self.supporters_model.set_rows(rows)
        short = fmt.short_name(name)
        self.setTitle(
            self.tr("{name}'s top supporters").format(name=short)
            if short
            else self.tr("Top supporters")
        )
