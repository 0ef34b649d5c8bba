"""One choice of several, as a screen reader should hear it: a card (a coin package) that is a
push button to look at and a radio button to a screen reader, and a row of choices with a name
of its own ("LIVE or video") that is a group to it.

Its cards sit in one exclusive QButtonGroup, so one is chosen at a time and the arrow keys move
(and choose) within the group, as radio buttons do. Qt exposes a checkable push button as a
check box ("700 coins, check box, checked"), which says neither that the cards are one choice
nor that choosing one unchooses the other; an accessibility factory gives the card the radio
button's role instead, and keeps the rest of what Qt says of a button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QAccessibleWidget, QHBoxLayout, QPushButton, QWidget


class ChoiceCard(QPushButton):
    def __init__(self, least: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self._least = least

    def sizeHint(self) -> QSize:
        # At least `least`, and as wide as its longest line: a layout does not squeeze a push
        # button below its size hint, where a minimum size set outright let it cut "1,057 US$
        # / 100 monedas" in half.
        return super().sizeHint().expandedTo(self._least)


class ChoiceGroup(QWidget):
    """Radio buttons in a row, named as one group: a plain widget is a nameless filler to a
    screen reader, which then reads the radio buttons without saying what they choose."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)


class _ChoiceCardAccessible(QAccessibleWidget):
    def __init__(self, card: ChoiceCard) -> None:
        super().__init__(card, QAccessible.Role.RadioButton)
        self._card = card

    def state(self):  # Qt's name
        state = super().state()
        state.checkable = True
        state.checked = self._card.isChecked()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._card.accessibleName() or self._card.text().replace("\n", ", ")
        return super().text(kind)

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt's name
        if name == QAccessibleActionInterface.pressAction():
            self._card.click()
        else:
            super().doAction(name)


def _factory(class_name: str, obj: object) -> QAccessibleWidget | None:
    if class_name == "ChoiceCard" and isinstance(obj, ChoiceCard):
        return _ChoiceCardAccessible(obj)
    if class_name == "ChoiceGroup" and isinstance(obj, ChoiceGroup):
        return QAccessibleWidget(obj, QAccessible.Role.Grouping)
    return None


QAccessible.installFactory(_factory)
