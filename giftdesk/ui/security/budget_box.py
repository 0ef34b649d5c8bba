"""The spending budget (coins per day and per month) and the time zone its days, and the age
rules, are counted in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton

from giftdesk import formatting as fmt
from giftdesk.domain.budget import Budget
from giftdesk.services.security import SecurityStatus
from giftdesk.ui.security.guard import Guard
from giftdesk.ui.widgets.amount_edit import AmountEdit
from giftdesk.ui.widgets.note import note
from giftdesk.ui.widgets.room import keep_room
from giftdesk.ui.widgets.zone_combo import ZoneCombo
from giftdesk.zones import check_zone


class BudgetBox(QGroupBox):
    changed = Signal()  # a change was saved: the dialog shows it all again

    def __init__(self, guard: Guard) -> None:
        super().__init__()
        self._guard = guard
        self.setTitle(self.tr("Spending budget"))
        self.daily_edit = AmountEdit(placeholder=self.tr("no cap"))
        self.daily_edit.setAccessibleName(self.tr("Daily budget in coins"))
        self.monthly_edit = AmountEdit(placeholder=self.tr("no cap"))
        self.monthly_edit.setAccessibleName(self.tr("Monthly budget in coins"))
        self.status_label = note()
        self.save_budget_button = QPushButton(self.tr("Save budget"))
        self.save_budget_button.setAccessibleName(self.tr("Save budget"))
        # The zone the budget's days (and the age rules) are counted in: one row, the dialog
        # is tall enough already.
        self.zone_combo = ZoneCombo()
        self.zone_combo.setAccessibleName(self.tr("Time zone of budget days and ages"))
        self.save_zone_button = QPushButton(self.tr("Save time zone"))
        self.save_zone_button.setAccessibleName(self.tr("Save time zone"))
        grid = QGridLayout(self)
        # Under each field, why a pasted amount was refused or cannot be read, as under every
        # amount field; a line's room is kept, so nothing below moves when it comes.
        grid.addWidget(QLabel(self.tr("Coins per day:")), 0, 0)
        grid.addWidget(self.daily_edit, 0, 1)
        grid.addWidget(self.daily_edit.hint_label, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Coins per month:")), 2, 0)
        grid.addWidget(self.monthly_edit, 2, 1)
        grid.addWidget(self.save_budget_button, 2, 2)
        grid.addWidget(self.monthly_edit.hint_label, 3, 1, 1, 3)
        for edit in (self.daily_edit, self.monthly_edit):
            keep_room(edit.hint_label, 1)
        grid.addWidget(QLabel(self.tr("Budget days and ages follow:")), 4, 0)
        grid.addWidget(self.zone_combo, 4, 1)
        grid.addWidget(self.save_zone_button, 4, 2)
        grid.addWidget(self.status_label, 5, 0, 1, 4)
        grid.setColumnStretch(3, 1)

        self.save_budget_button.clicked.connect(self._on_save_budget_button_clicked)
        self.save_zone_button.clicked.connect(self._on_save_zone_button_clicked)
        self.daily_edit.returnPressed.connect(self.save_budget_button.click)
        self.monthly_edit.returnPressed.connect(self.save_budget_button.click)
        self.zone_combo.lineEdit().returnPressed.connect(self.save_zone_button.click)

    def fill(self) -> None:
        """The stored budget and zone in the fields."""
        profile = self._guard.services.profiles.get(self._guard.profile_id)
        self.daily_edit.set_amount(profile.budget.daily_coins)
        self.monthly_edit.set_amount(profile.budget.monthly_coins)
        self.zone_combo.set_zone(profile.time_zone)

    def show_status(self, status: SecurityStatus) -> None:
        left = self._guard.services.profiles.budget_left_today(self._guard.profile_id)
        text = self.tr("Empty means no cap. Gifts over a cap are refused.")
        if left is not None:
            text += " " + self.tr("Left today: {coins}.").format(coins=fmt.coins(left))
        if status.has_password:
            text += " " + self.tr("Saving asks for the password.")
        self.status_label.setText(text)

    def _on_save_budget_button_clicked(self) -> None:
        budget = Budget(self.daily_edit.amount(), self.monthly_edit.amount())
        guard = self._guard
        go, password = guard.ask_password(self.tr("change the spending budget"))
        if not go:
            return
        if guard.attempt(
            self.tr("Budget not changed"),
            lambda: guard.services.profiles.replace_budget(
                guard.profile_id, budget, password=password
            ),
        ):
            self._saved()

    def _on_save_zone_button_clicked(self) -> None:
        guard = self._guard
        # A name that is no zone is said at once, not after asking for the password.
        zone = guard.run(
            self.tr("Time zone not changed"), lambda: check_zone(self.zone_combo.zone())
        )
        if zone is None:
            return
        go, password = guard.ask_password(self.tr("change the time zone"))
        if not go:
            return
        if guard.attempt(
            self.tr("Time zone not changed"),
            lambda: guard.services.profiles.set_time_zone(
                guard.profile_id, zone, password=password
            ),
        ):
            self._saved()

    def _saved(self) -> None:
        self.fill()
        self.changed.emit()
        self.status_label.setText(self.tr("Saved.") + " " + self.status_label.text())
