"""Spending tab: what the profile's gifts cost it, month by month for the last twelve, where
that money went (the creator, the platform, the app store) against its monthly budget, by
creator for the chosen month, and the coins not yet spent with what they cost (DESIGN 9)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.domain.rules import WEB
from giftdesk.services import Services
from giftdesk.services.context import Change
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.models.spending import CreatorSpendingModel
from giftdesk.ui.spending.chart_box import SpendingChartBox
from giftdesk.ui.tab import ProfileTab
from giftdesk.ui.widgets.empty_views import EmptyTextTableView
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.tables import fit_columns


class SpendingTab(ProfileTab):
    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, parent=parent)
        self.unspent_label = LiveLabel(self.tr("Coins not yet spent"))
        self.unspent_label.setObjectName("summary")
        self.unspent_label.setWordWrap(True)
        self.chart_box = SpendingChartBox()
        self.creators_model = CreatorSpendingModel(self)
        self.creators_table = EmptyTextTableView()
        self.creators_table.setModel(self.creators_model)
        self.creators_table.setAccessibleName(self.tr("Spending by creator"))
        self.creators_table.verticalHeader().hide()
        self.creators_table.setAlternatingRowColors(True)
        self.creators_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.creators_table.setTabKeyNavigation(False)  # Tab moves on, arrows within
        self.creators_table.setWordWrap(False)  # one line a row: "Mia" over "Beats" misled
        # Every column whole, the chart beside it taking what is left.
        self.creators_table.setMinimumWidth(
            fit_columns(
                self.creators_table,
                CreatorSpendingModel.SPECS,
                stretch=CreatorSpendingModel.Column.CREATOR,
            )
        )
        self.creators_box = QGroupBox(self.tr("By creator"))
        box_layout = QVBoxLayout(self.creators_box)
        box_layout.addWidget(self.creators_table)

        body = QHBoxLayout()
        body.addWidget(self.chart_box, 3)
        body.addWidget(self.creators_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unspent_label)
        layout.addLayout(body, 1)

        self.chart_box.chart.selection_changed.connect(self._on_chart_selection_changed)
        self.refresh()

    def refresh(self) -> None:
        profile_id = self._selection.profile_id
        if profile_id is None:
            choose = self.tr("Choose a profile to see its spending.")
            self.unspent_label.setText(choose)
            self.chart_box.set_months([], empty_text=choose)
            self._show_creators()
            return
        services = self._services
        months = services.spending.months(profile_id)
        monthly = services.profiles.get(profile_id).budget.monthly_coins
        budget = (
            (monthly, services.recharge.coins_value_cents(monthly, WEB))
            if monthly is not None
            else None
        )
        self.chart_box.set_months(months, budget=budget)
        latest = months[-1]
        self.unspent_label.setText(
            self.tr("Not yet spent: <b>{coins}</b>, which cost you {cents}.").format(
                coins=fmt.coins(latest.unspent_coins), cents=fmt.usd(latest.unspent_cents)
            )
        )
        self._show_creators()

    def _show_creators(self) -> None:
        month = self.chart_box.selected_month()
        rows = month.by_creator if month is not None else ()
        self.creators_model.set_rows(rows)
        if month is None:
            self.creators_box.setTitle(self.tr("By creator"))
            self.creators_table.set_empty_text(self.tr("Choose a profile to see its spending."))
            return
        title = self.chart_box.chart.bars()[self.chart_box.chart.selected()].title
        self.creators_box.setTitle(self.tr("By creator, {month}").format(month=title))
        self.creators_table.set_empty_text(self.tr("No gifts sent in {month}.").format(month=title))

    def _on_chart_selection_changed(self, _index: int) -> None:
        self._show_creators()

    def _on_services_changed(self, change: Change) -> None:
        if self._selection.profile_id in change.profile_ids:
            self.refresh_when_shown()
