"""A live figure reaches a screen reader: its text in the accessibility tree, kept current,
and announced when it is a result a person waits for."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from giftdesk.ui.widgets import live_label
from giftdesk.ui.widgets.live_label import LiveLabel, plain_text


def _said(label) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(label)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_tree_holds_what_the_label_shows_and_follows_it(qtbot):
    label = LiveLabel("Coin balance")
    qtbot.addWidget(label)
    assert _said(label) == ("Coin balance", "")
    label.setText("<b>19,250</b> coins")
    assert _said(label) == ("Coin balance: 19,250 coins", "19,250 coins")
    label.setText("<b>19,245</b> coins")
    assert _said(label) == ("Coin balance: 19,245 coins", "19,245 coins")


def test_rich_text_is_read_as_plain_words():
    assert plain_text("<b>Receipt #1</b><br>Paid: <b>$7.40</b> &amp; more") == (
        "Receipt #1 Paid: $7.40 & more"
    )


def test_a_result_is_announced_once_when_it_changes_and_only_if_shown(qtbot, monkeypatch):
    heard = []

    class Ear:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event):  # noqa: N802 - Qt's name
            heard.append((event.message(), event.politeness()))

    monkeypatch.setattr(live_label, "QAccessible", Ear)
    label = LiveLabel("Send status", announce=True)
    qtbot.addWidget(label)
    label.setText("Sent Rose to Cleo.")  # not on screen: nothing to announce
    label.show()
    label.setText("Sent Corgi to Cleo.")
    label.setText("Sent Corgi to Cleo.")  # the same again: said once
    assert heard == [("Sent Corgi to Cleo.", QAccessible.AnnouncementPoliteness.Polite)]
