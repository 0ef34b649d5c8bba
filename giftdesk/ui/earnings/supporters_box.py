"""The creator's own top supporters over a period of their calendar (Earnings tab)."""

from __future__ import annotations

from giftdesk.ui.widgets.leaderboard_box import LeaderboardBox


class EarningsSupportersBox(LeaderboardBox):
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
