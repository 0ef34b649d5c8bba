"""The period a leaderboard covers: today, this ISO week, month or year of the creator's own
calendar, or all time. A drop-down list named by its label ("Period:"): five buttons in a row
did not fit the Gifts tab's narrow column, least of all in German."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from giftdesk.services.leaderboard import ALL, PERIODS


class PeriodSwitch(QWidget):
    period_changed = Signal(str)  # "day", "week", "month", "year" or "all"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period_combo = QComboBox()
        names = {
            "day": self.tr("Today"),
            "week": self.tr("This week"),
            "month": self.tr("This month"),
            "year": self.tr("This year"),
            ALL: self.tr("All time"),
        }
        for period in PERIODS:
            self.period_combo.addItem(names[period], period)
        # As wide as its longest choice from the start: the row does not move as it changes.
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.setAccessibleName(self.tr("Period"))
        # On Linux a combo box is named by the label linked to it.
        self.caption_label = QLabel(self.tr("Peri&od:"))
        self.caption_label.setBuddy(self.period_combo)
        self.row = QHBoxLayout(self)  # room after the choice, for what the choice shows
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.caption_label)
        self.row.addWidget(self.period_combo)
        self.row.addStretch()
        self.reset()
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)

    def period(self) -> str:
        period: str = self.period_combo.currentData()
        return period

    def set_period(self, period: str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(period))

    def reset(self) -> None:
        """Back to all time, without a `period_changed`: another profile does not inherit
        the last one's choice, and whoever resets shows the board themselves."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(ALL))
        self.period_combo.blockSignals(False)

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.period_changed.emit(self.period())
