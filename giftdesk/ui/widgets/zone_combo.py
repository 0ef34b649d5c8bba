"""A time zone field: type part of an IANA name (berlin, new_york) and pick it from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from giftdesk.zones import known_zones


class ZoneCombo(QComboBox):
    """An editable list of every zone the database knows. What is typed is handed to the
    service as it is, which refuses a name it does not know: the list only helps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Typing must not add what was typed to the list (Enter saves it instead).
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(known_zones())
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # 'berlin' finds Europe/Berlin
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)  # America/Argentina/Buenos_Aires, almost whole
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def zone(self) -> str:
        return self.currentText()

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:  # a stored zone this system's database lacks: shown as it is
            self.setEditText(name)
