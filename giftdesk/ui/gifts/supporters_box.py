"""The chosen creator's top supporters, beside the gift being sent to them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.services import Services
from giftdesk.ui.models.supporters import SupportersModel
from giftdesk.ui.widgets.empty_views import EmptyTextTableView


class SupportersBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.supporters_model = SupportersModel(self)
        self.supporters_view = EmptyTextTableView()
        self.supporters_view.setAccessibleName(self.tr("Top supporters"))
        # Tab leaves the table (the arrows move in it): cell by cell, it kept the keyboard in.
        self.supporters_view.setTabKeyNavigation(False)
        self.supporters_view.setModel(self.supporters_model)
        self.supporters_view.verticalHeader().hide()
        self.supporters_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.supporters_view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        # A heading and three rows at least, and whatever height the column has left: its own
        # preferred height made the column scroll on a 768-pixel screen.
        self.supporters_view.setMinimumHeight(120)
        self.supporters_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setTitle(self.tr("Top supporters"))
        QVBoxLayout(self).addWidget(self.supporters_view)

    def show_creator(self, creator_id: int | None, name: str) -> None:
        """`creator_id`'s supporters, under their (shortened) name; none without a creator."""
        rows = self._services.earnings.top_supporters(creator_id) if creator_id else []
        self.supporters_model.set_rows(rows)
        short = fmt.short_name(name)
        self.supporters_view.set_empty_text(
            self.tr("No gifts for {name} yet: the first one you send puts you on top.").format(
                name=short
            )
            if short
            else self.tr("Choose a creator to see who supports them.")
        )
        self.setTitle(
            self.tr("{name}'s top supporters").format(name=short)
            if short
            else self.tr("Top supporters")
        )
