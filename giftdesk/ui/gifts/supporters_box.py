"""The chosen creator's top supporters over a period, beside the gift being sent to them."""

from __future__ import annotations

from giftdesk import formatting as fmt
from giftdesk.ui.widgets.leaderboard_box import LeaderboardBox


class SupportersBox(LeaderboardBox):
    def show_creator(self, creator_id: int | None, name: str) -> None:
        """`creator_id`'s supporters, under their (shortened) name; none without a creator."""
        super().show_creator(creator_id, fmt.short_name(name) if creator_id else "")

    def _title(self, name: str) -> str:
        return (
            self.tr("{name}'s top supporters").format(name=name)
            if name
            else self.tr("Top supporters")
        )

    def _empty_text(self, period: str, name: str) -> str:
        if not name:
            return self.tr("Choose a creator to see who supports them.")
        return {
            "day": self.tr("No gifts for {name} today: the first one you send puts you on top."),
            "week": self.tr(
                "No gifts for {name} this week: the first one you send puts you on top."
            ),
            "month": self.tr(
                "No gifts for {name} this month: the first one you send puts you on top."
            ),
            "year": self.tr(
                "No gifts for {name} this year: the first one you send puts you on top."
            ),
        }.get(
            period, self.tr("No gifts for {name} yet: the first one you send puts you on top.")
        ).format(name=name)
