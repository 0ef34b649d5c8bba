"""A creator's own LIVE: the title and the optional goal, Go LIVE; End LIVE while on air; and
why the last press was refused, in words, below them (with its room kept, so nothing jumps)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from giftdesk import formatting as fmt
from giftdesk.services.live_results import LiveSummary
from giftdesk.ui.widgets.amount_edit import AmountEdit
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.room import keep_room

TITLE_MAX_CHARS = 100  # the rules' limit (domain/live.py); the field takes no more


class GoLiveBox(QGroupBox):
    go_live_requested = Signal(object, object)  # title (None: the default), goal (None: none)
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your LIVE"), parent)
        self._shown_on_air = False
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX_CHARS)
        self.title_edit.setAccessibleName(self.tr("LIVE title"))
        self.goal_edit = AmountEdit(placeholder=self.tr("No goal"))
        self.goal_edit.setAccessibleName(self.tr("Goal in diamonds (optional)"))
        self.go_live_button = QPushButton(self.tr("Go LIVE"))
        self.go_live_button.setObjectName("primary")
        self.go_live_button.setAccessibleName(self.tr("Go LIVE"))
        self.end_button = QPushButton(self.tr("End LIVE"))
        self.end_button.setAccessibleName(self.tr("End LIVE"))
        self.message_label = LiveLabel(self.tr("LIVE status"), announce=True)
        self.message_label.setObjectName("error")
        self.message_label.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Title:"), self.title_edit)
        layout.addRow(self.tr("G&oal (diamonds):"), self.goal_edit)
        layout.addRow(self.goal_edit.hint_label)
        layout.addRow(self.go_live_button)
        layout.addRow(self.end_button)
        layout.addRow(self.message_label)
        keep_room(self.message_label, 2)
        self.go_live_button.clicked.connect(self._on_go_live_button_clicked)
        self.end_button.clicked.connect(self.end_requested)
        self.title_edit.returnPressed.connect(self.go_live_button.click)
        self.goal_edit.returnPressed.connect(self.go_live_button.click)

    def show_state(self, *, creator_name: str, live: LiveSummary | None) -> None:
        """Go LIVE and its fields while off air; while on air, End LIVE and the title and
        goal the LIVE really has (not the placeholders of a LIVE yet to start)."""
        on_air = live is not None
        self.title_edit.setPlaceholderText(self.tr("{name}'s LIVE").format(name=creator_name))
        if live is not None:
            self.title_edit.setText(live.title)
            goal = live.goal_diamonds
            self.goal_edit.setText(fmt.group(goal) if goal is not None else "")
        elif self._shown_on_air:  # it ended: the next LIVE starts from empty fields
            self.title_edit.clear()
            self.goal_edit.clear()
        self._shown_on_air = on_air
        for widget in (self.title_edit, self.goal_edit, self.go_live_button):
            widget.setEnabled(not on_air)
        self.go_live_button.setVisible(not on_air)
        self.end_button.setVisible(on_air)

    def say(self, text: str, *, ok: bool = False) -> None:
        self.message_label.setProperty("ok", ok)  # the style sheet's green for good news
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    def _on_go_live_button_clicked(self) -> None:
        problem = self.goal_edit.problem()
        if problem:
            self.say(problem)
            return
        if self.goal_edit.text().strip() and self.goal_edit.amount() is None:
            self.say(self.tr("Write the goal in whole diamonds, or leave it empty."))
            return
        title = self.title_edit.text().strip() or None
        self.go_live_requested.emit(title, self.goal_edit.amount())
