"""The creator's own top supporters over a period of their calendar (Earnings tab)."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from giftdesk.services import Services
from giftdesk.ui.widgets.leaderboard_box import LeaderboardBox


class EarningsSupportersBox(LeaderboardBox):
    SPAN_BESIDE_SWITCH = True  # a third of the tab's width: room for both
    # The heading at least, on the smallest window: the tab does not scroll, and a taller
    # minimum made the whole window taller than a 768-pixel screen. It has the column's height
    # on any window (five rows or more on a laptop's).
    MIN_TABLE_PX = 40

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        # The column's height: ignoring its own, it got none of the room left.
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _title(self, name: str) -> str:
        return self.tr("Top supporters")

    def _empty_text(self, period: str, name: str) -> str:
        return {
            "day": self.tr("No gifts today yet: whoever sends you one today shows here."),
            "week": self.tr(
                "No gifts this week yet (from Monday): whoever sends you one shows here."
            ),
            "month": self.tr("No gifts this month yet: whoever sends you one shows here."),
            "year": self.tr("No gifts this year yet: whoever sends you one shows here."),
        }.get(period, self.tr("No gifts yet: whoever sends you one shows here."))
