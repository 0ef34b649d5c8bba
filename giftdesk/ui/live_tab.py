"""LIVE tab: a creator goes LIVE and watches their room; anyone picks a room from "LIVE now"
and sends from its gift bar. The room (ui/live/room.py) shows the LIVE; this tab decides
whose LIVE it is, runs Go LIVE and End LIVE, and keeps the room current.

Keeping current is cheap by design: `catch_up` (on this window's own sends, and on every
write the window notices from elsewhere, every 100 ms) reads only the gifts after the last
one shown and the LIVE's figures; the full `refresh` (the profile, who is on air) runs when
the profile changes or a LIVE starts or ends."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from giftdesk.domain.errors import GiftDeskError
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind
from giftdesk.services.live_results import LiveSummary
from giftdesk.ui.actions import sentence
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.live.gift_bar import GiftBar
from giftdesk.ui.live.go_live_box import GoLiveBox
from giftdesk.ui.live.on_air_box import OnAirBox
from giftdesk.ui.live.room import Room
from giftdesk.ui.live.summary_box import SummaryBox
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ProfileTab
from giftdesk.ui.widgets.note import note

LEFT_COLUMN_PX = 300


class LiveTab(ProfileTab):
    recharge_requested = Signal(int)  # coins missing

    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, prompter, parent)
        self.go_live_box = GoLiveBox()
        self.summary_box = SummaryBox()
        self.on_air_box = OnAirBox()
        self.room = Room(services)
        self.no_room_label = note(self.tr("Choose a LIVE from “LIVE now” to join its room."))
        self.no_room_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gift_bar = GiftBar(services, prompter)
        self._lay_out()

        self.go_live_box.go_live_requested.connect(self._on_go_live_box_go_live_requested)
        self.go_live_box.end_requested.connect(self._on_go_live_box_end_requested)
        self.on_air_box.live_chosen.connect(self._on_on_air_box_live_chosen)
        self.gift_bar.gift_sent.connect(self._on_gift_bar_gift_sent)
        self.gift_bar.recharge_requested.connect(self.recharge_requested)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.go_live_box)
        left.addWidget(self.summary_box)
        left.addWidget(self.on_air_box, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(LEFT_COLUMN_PX)
        self.room_stack = QStackedWidget()
        self.room_stack.addWidget(self.no_room_label)
        self.room_stack.addWidget(self.room)
        right = QVBoxLayout()
        right.addWidget(self.room_stack, 1)
        right.addWidget(self.gift_bar)
        layout = QHBoxLayout(self)
        layout.addWidget(left_widget)
        layout.addLayout(right, 1)

    # --- whose room ----------------------------------------------------------------------

    def refresh(self) -> None:
        me = self._selection.profile_id
        profile = self._services.profiles.get(me) if me is not None else None
        own = self._services.lives.on_air(me) if profile and profile.is_creator else None
        self.go_live_box.setVisible(bool(profile and profile.is_creator))
        if profile is not None and profile.is_creator:
            self.go_live_box.show_state(creator_name=profile.name, live=own)
        if me is None:
            self.summary_box.hide()
        self.on_air_box.show_lives(self._services.lives.now_on_air(), leave_out=me)
        self._show_room(own)

    def _show_room(self, own: LiveSummary | None) -> None:
        """The creator's own LIVE on air, else the one chosen in "LIVE now"."""
        me = self._selection.profile_id
        live = own
        if live is None and self.on_air_box.chosen is not None:
            live = self._services.lives.summary(self.on_air_box.chosen)
        shown = self.room.live
        if shown is not None and (live is None or live.live_id != shown.live_id):
            self._say_if_ended(shown)
        if live is None:
            self.room.open(None, viewer_id=None)
        elif (
            shown is None
            or shown.live_id != live.live_id
            or self.room.viewer_id != (None if own else me)
        ):
            self.room.open(live, viewer_id=None if own else me)
        else:
            live = self.room.catch_up()
        self.room_stack.setCurrentWidget(self.room if live is not None else self.no_room_label)
        watching = live is not None and own is None and live.on_air
        self.gift_bar.setVisible(watching and me is not None)
        self.gift_bar.show_for(
            me, (live.creator_id, live.creator) if watching and live is not None else None
        )

    def _say_if_ended(self, shown: LiveSummary) -> None:
        """The room on show is about to close: if its LIVE ended (here, in another window or
        from the command line), its creator or the viewer watching it sees what it came to,
        rather than a room that silently goes."""
        me = self._selection.profile_id
        ended = self._services.lives.summary(shown.live_id)
        own = ended.creator_id == me
        if not ended.on_air and (own or self.room.viewer_id == me):
            self.summary_box.show_summary(ended, own=own)

    def catch_up(self) -> None:
        """Something was committed (here or elsewhere): the room reads what is new. A LIVE
        that started or ended meanwhile takes the full refresh."""
        if not self.isVisible():
            self.refresh_when_shown()
            return
        on_air = self._services.lives.now_on_air()
        me = self._selection.profile_id
        live = self.room.live
        if live is not None:
            live = self.room.catch_up()
        if live is not None and not live.on_air:
            self.refresh()  # it ended elsewhere: the room says so, the bar goes
            return
        self.on_air_box.show_lives(on_air, leave_out=me)
        if (live is None) != (self.on_air_box.chosen is None) or self._own_started(on_air):
            self.refresh()
        else:
            self.gift_bar.update_preview()

    def _own_started(self, on_air) -> bool:
        me = self._selection.profile_id
        own = any(o.creator_id == me for o in on_air)
        return own != (self.room.live is not None and self.room.viewer_id is None)

    def stop(self) -> None:
        self.room.stop()
        self.gift_bar.stop()
        super().stop()

    # --- reactions -----------------------------------------------------------------------

    def _on_services_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.PROFILE, ChangeKind.LIVE):
            self.refresh_when_shown()
        elif change.kind in (
            ChangeKind.GIFT,
            ChangeKind.UNDO,
            ChangeKind.RECHARGE,
            ChangeKind.BUDGET,
        ):
            self.catch_up()

    def _on_selection_changed(self, profile_id) -> None:
        self.summary_box.hide()
        self.go_live_box.say("")
        # What one profile typed for its next LIVE does not follow to another (DESIGN 6).
        self.go_live_box.title_edit.clear()
        self.go_live_box.goal_edit.clear()
        super()._on_selection_changed(profile_id)

    def _on_on_air_box_live_chosen(self, _live_id) -> None:
        own = self.room.live if self.room.viewer_id is None and self.room.live else None
        if own is None or not own.on_air:
            self._show_room(None)

    def _on_gift_bar_gift_sent(self, _sent) -> None:
        self.catch_up()

    def _on_go_live_box_go_live_requested(self, title, goal) -> None:
        me = self._selection.profile_id
        if me is None:
            return
        try:
            live = self._services.lives.start(me, title=title, goal_diamonds=goal)
        except GiftDeskError as e:
            self.go_live_box.say(sentence(e))
            self.refresh()  # another window may have gone LIVE for this creator meanwhile
            return
        self.summary_box.hide()
        self.go_live_box.title_edit.clear()
        self.go_live_box.goal_edit.clear()
        self.go_live_box.say(self.tr("You are LIVE: {title}").format(title=live.title), ok=True)
        self.refresh()

    def _on_go_live_box_end_requested(self) -> None:
        me = self._selection.profile_id
        if me is None or not self._prompter.confirm(
            self,
            self.tr("End LIVE"),
            self.tr("End your LIVE now? Viewers can no longer send to it."),
        ):
            return
        try:
            ended = self._services.lives.end(me)
        except GiftDeskError as e:
            self.go_live_box.say(sentence(e))
            self.refresh()
            return
        self.go_live_box.say("")
        self.summary_box.show_summary(ended)
        self.refresh()
