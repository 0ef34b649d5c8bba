"""What a LIVE came to once it ended: time on air, diamonds, gifts, gifters, the top three
gifters and whether the goal was reached."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.services.live_results import LiveSummary
from giftdesk.ui.live.clock import on_air_seconds, span
from giftdesk.ui.widgets.live_label import LiveLabel


class SummaryBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your LIVE has ended"), parent)
        self.summary_label = LiveLabel(self.tr("LIVE summary"), announce=True)
        self.summary_label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.summary_label)
        self.hide()

    def show_summary(self, live: LiveSummary, *, own: bool = True) -> None:
        """The figures of an ended LIVE: the creator's own, or one a viewer was watching."""
        self.setTitle(
            self.tr("Your LIVE has ended")
            if own
            else self.tr("{creator}'s LIVE has ended").format(creator=live.creator)
        )
        lines = [
            f"<b>{html.escape(live.title)}</b>",
            self.tr("Time on air: {time}").format(time=span(on_air_seconds(live))),
            self.tr("Diamonds: {diamonds} ({value})").format(
                diamonds=fmt.group(live.diamonds), value=fmt.usd(live.diamonds)
            ),
            (
                self.tr("Gifts: {gifts} from 1 gifter")
                if live.gifters == 1
                else self.tr("Gifts: {gifts} from {gifters} gifters")
            ).format(gifts=fmt.group(live.gifts), gifters=fmt.group(live.gifters)),
        ]
        if live.ranking:
            top = ", ".join(
                f"{place}. {html.escape(fmt.short_name(s.profile))} ({fmt.coins(s.coins)})"
                for place, s in enumerate(live.ranking[:3], start=1)
            )
            lines.append(self.tr("Top gifters: {top}").format(top=top))
        else:
            lines.append(self.tr("No gifts this time."))
        if live.goal_diamonds is not None:
            goal = fmt.diamonds(live.goal_diamonds)
            lines.append(
                self.tr("Goal of {goal} reached.").format(goal=goal)
                if live.goal_reached
                else self.tr("Goal of {goal} not reached.").format(goal=goal)
            )
        self.summary_label.setText("<br>".join(lines))
        self.show()
