"""A LIVE's room, for its creator and its viewers alike: the title and time on air, the
figures (diamonds, gifts, gifters, the goal's progress, and a viewer's own place), the stage
where gifts play, the feed newest first and the ranking.

It reads the ledger only in `open` and `catch_up`, which the tab calls when something was
committed: `catch_up` reads the gifts after the last one shown (a keyset read, however long
the LIVE) and the LIVE's figures, so a burst costs each read only what is new."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.services import Services
from giftdesk.services.live_results import FeedGift, FeedNews, LiveSummary
from giftdesk.ui.live.clock import on_air_seconds, span
from giftdesk.ui.live.stage import Play, Stage
from giftdesk.ui.models.live import LiveRankingModel
from giftdesk.ui.models.live_feed import LiveFeedModel
from giftdesk.ui.widgets.empty_views import EmptyTextTableView
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.tables import fit_columns

OPENING_GIFTS = 50  # the feed a room opens with
CLOCK_MS = 1_000  # time on air ticks in whole seconds
ANNOUNCE_MS = 1_500  # new gifts are announced at most this often, the latest with a count
RANKING_WIDTH_PX = 340


class Room(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.live: LiveSummary | None = None
        self.viewer_id: int | None = None  # whose place is shown (a viewer's own)
        self._gift_cursor = self._undo_cursor = 0
        self._unsaid: list[FeedGift] = []  # gifts not announced yet

        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a title is the creator's text
        self.clock_label = LiveLabel(self.tr("Time on air"))
        self.diamonds_label = self._figure("headerDiamonds", self.tr("Diamonds this LIVE"))
        self.gifts_label = self._figure("summary", self.tr("Gifts this LIVE"))
        self.gifters_label = self._figure("summary", self.tr("Gifters"))
        self.rank_label = self._figure("summary", self.tr("Your place"))
        self.goal_bar = QProgressBar()
        self.goal_bar.setObjectName("goalBar")
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setAccessibleName(self.tr("Goal progress"))
        self.goal_label = self._figure("summary", self.tr("Goal"))
        self.stage = Stage()
        self.feed_model = LiveFeedModel(
            frozenset(g.name for g in services.gifts.catalog() if g.streakable), self
        )
        self.feed_view = self._table(self.feed_model, self.tr("Gift feed"), stretch=1)
        self.latest_label = LiveLabel(self.tr("Latest gift"), announce=True)
        self.latest_label.setObjectName("note")
        self.latest_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ranking_model = LiveRankingModel(self)
        self.ranking_view = self._table(self.ranking_model, self.tr("Viewer ranking"), stretch=1)
        self.ranking_view.setFixedWidth(RANKING_WIDTH_PX)
        self._lay_out()

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_MS)
        self.clock_timer.timeout.connect(self._show_clock)
        self.announce_timer = QTimer(self)
        self.announce_timer.setSingleShot(True)
        self.announce_timer.setInterval(ANNOUNCE_MS)
        self.announce_timer.timeout.connect(self._on_announce_timer_timeout)

    @staticmethod
    def _figure(object_name: str, purpose: str) -> LiveLabel:
        label = LiveLabel(purpose)
        label.setObjectName(object_name)
        return label

    def _table(self, model, name: str, *, stretch: int) -> EmptyTextTableView:
        view = EmptyTextTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        # One line a row: a long name ends in "…" (a screen reader still reads it whole)
        # rather than wrapping into rows of two heights ("Sim Viewer" over "004").
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        fit_columns(view, model.SPECS, stretch=stretch)
        return view

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.clock_label)
        figures = QHBoxLayout()
        for label in (self.diamonds_label, self.gifts_label, self.gifters_label, self.rank_label):
            figures.addWidget(label)
            figures.addSpacing(18)
        figures.addStretch()
        goal = QHBoxLayout()
        goal.addWidget(self.goal_label)
        goal.addWidget(self.goal_bar, 1)
        show = QVBoxLayout()
        show.addWidget(self.stage, 3)
        show.addWidget(self.feed_view, 2)
        show.addWidget(self.latest_label)
        body = QHBoxLayout()
        body.addLayout(show, 1)
        body.addWidget(self.ranking_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(figures)
        layout.addLayout(goal)
        layout.addLayout(body, 1)

    # --- what the tab asks -------------------------------------------------------------

    def open(self, live: LiveSummary | None, *, viewer_id: int | None) -> None:
        """Show `live` from its newest gifts (None: no room); its own place for `viewer_id`."""
        self.stage.stop()
        self.feed_model.clear()
        self._unsaid.clear()
        self.latest_label.setText("")
        self.viewer_id = viewer_id
        self.live = live
        if live is None:
            self.clock_timer.stop()
            self.ranking_model.show_ranking(())
            return
        opening = self._services.lives.opening(live, limit=OPENING_GIFTS)
        self._gift_cursor, self._undo_cursor = opening.gift_cursor, opening.undo_cursor
        self.feed_model.add_gifts(opening.gifts)
        self.feed_model.finish_counting()  # only gifts arriving now count up
        self._show_figures(live)
        self.feed_view.set_empty_text(self.tr("No gifts yet: they show here as they arrive."))
        self.ranking_view.set_empty_text(self.tr("No gifters yet."))

    def catch_up(self) -> LiveSummary | None:
        """Read what was committed since the last look: new gifts into the feed and onto the
        stage, undone ones out, and the figures. Returns the LIVE as it is now."""
        live = self.live
        if live is None:
            return None
        while True:
            news = self._services.lives.news(
                live, gift_cursor=self._gift_cursor, undo_cursor=self._undo_cursor
            )
            self._take(news)
            if not news.more:
                break
        self.live = self._services.lives.summary(live.live_id)
        self._show_figures(self.live)
        return self.live

    def stop(self) -> None:
        self.clock_timer.stop()
        self.announce_timer.stop()
        self.stage.stop()
        self.feed_model.count_up_timer.stop()

    # --- showing -----------------------------------------------------------------------

    def _take(self, news: FeedNews) -> None:
        self._gift_cursor, self._undo_cursor = news.gift_cursor, news.undo_cursor
        if news.undone:
            self.feed_model.take_back(news.undone)
        if not news.gifts:
            return
        for row in self.feed_model.add_gifts(news.gifts):
            self.stage.play(Play(row.gift, row.count, row.sender, row.unit_coins * row.count))
        self._unsaid.extend(news.gifts)
        if not self.announce_timer.isActive():
            self._on_announce_timer_timeout()
            self.announce_timer.start()

    def _on_announce_timer_timeout(self) -> None:
        if not self._unsaid:
            return
        latest = self._unsaid[-1]
        more = len(self._unsaid) - 1
        self._unsaid.clear()
        text = self.tr("{sender} sent {gift}{times}").format(
            sender=fmt.short_name(latest.sender),
            gift=latest.gift,
            times="" if latest.count == 1 else f" x{fmt.group(latest.count)}",
        )
        if more:
            text += self.tr(" (and {count} more)").format(count=fmt.group(more))
        self.latest_label.setText(text)

    def _show_figures(self, live: LiveSummary) -> None:
        self.title_label.setText(live.title)
        self.stage.set_caption(
            self.tr("Gifts play here as they arrive.")
            if live.on_air
            else self.tr("This LIVE has ended.")
        )
        # One of a kind reads in the singular ("1 gifter"), as the chart's "1 gift" does.
        self.diamonds_label.setText(
            self.tr("<b>1</b> diamond")
            if live.diamonds == 1
            else self.tr("<b>{diamonds}</b> diamonds").format(diamonds=fmt.group(live.diamonds))
        )
        self.gifts_label.setText(
            self.tr("<b>1</b> gift")
            if live.gifts == 1
            else self.tr("<b>{gifts}</b> gifts").format(gifts=fmt.group(live.gifts))
        )
        self.gifters_label.setText(
            self.tr("<b>1</b> gifter")
            if live.gifters == 1
            else self.tr("<b>{gifters}</b> gifters").format(gifters=fmt.group(live.gifters))
        )
        self.ranking_model.show_ranking(live.ranking)
        self._show_goal(live)
        self._show_rank(live)
        self._show_clock()
        if live.on_air and not self.clock_timer.isActive():
            self.clock_timer.start()
        elif not live.on_air:
            self.clock_timer.stop()

    def _show_goal(self, live: LiveSummary) -> None:
        goal = live.goal_diamonds
        self.goal_bar.setVisible(goal is not None)
        if goal is None:
            self.goal_label.setText(self.tr("No goal for this LIVE"))
            return
        self.goal_bar.setRange(0, goal)
        self.goal_bar.setValue(min(goal, live.diamonds))
        text = self.tr("Goal: {diamonds} of {goal}").format(
            diamonds=fmt.group(live.diamonds), goal=fmt.diamonds(goal)
        )
        if live.goal_reached:
            text += " " + self.tr("(reached)")
        # Room for the longest this LIVE's goal line can get (ten times the goal, reached), so
        # the bar beside it does not slide as the figure grows or "(reached)" comes.
        widest = self.tr("Goal: {diamonds} of {goal}").format(
            diamonds=fmt.group(goal * 10), goal=fmt.diamonds(goal)
        )
        widest += " " + self.tr("(reached)")
        self.goal_label.setMinimumWidth(self.goal_label.fontMetrics().horizontalAdvance(widest))
        self.goal_label.setText(text)
        self.goal_bar.setAccessibleDescription(text)

    def _show_rank(self, live: LiveSummary) -> None:
        if self.viewer_id is None:
            self.rank_label.hide()
            return
        self.rank_label.show()
        place = self._services.lives.rank(live.live_id, self.viewer_id)
        self.rank_label.setText(
            self.tr("Send a gift to join the ranking")
            if place is None
            else self.tr("You are <b>#{place}</b> with {coins}").format(
                place=fmt.group(place[0]), coins=html.escape(fmt.coins(place[1]))
            )
        )

    def _show_clock(self) -> None:
        live = self.live
        if live is None:
            self.clock_label.setText("")
            return
        text = span(on_air_seconds(live))
        self.clock_label.setText(
            self.tr("On air {time}").format(time=text)
            if live.on_air
            else self.tr("Was on air {time}").format(time=text)
        )
