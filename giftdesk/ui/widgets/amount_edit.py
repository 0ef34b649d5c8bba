"""An amount field: takes a whole number as a person types or pastes it (grouped or not) and
returns an integer or None; what it cannot take, it says why in a hint line, and never turns
into another number.

Electrum's amount edit filters keystrokes and the first version here did too, silently: a
pasted "12,500" was dropped and "1e6" typed became "16". Here the text a keystroke or a paste
would make is checked whole: digits with the grouping a person writes (the locale's mark,
spaces, a comma where the comma is not the decimal mark) are taken as they are; anything else
is refused as a whole, and the hint says what was refused and why.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPoint, QSize, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QToolTip, QWidget

from giftdesk import formatting as fmt

MAX_DIGITS = 12  # far above every amount a rule allows, far below a number that stalls int()
SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space, thin space
SHOWN_CHARS = 24  # of a refused text quoted back in the hint


class Problem(Enum):
    NOT_DIGITS = "not digits"  # a sign, a letter, an exponent, a fraction: refused
    TOO_LONG = "too long"  # more digits than any amount: refused
    GROUPING = "grouping"  # digits and grouping marks, but not in groups of three: kept


def locale_marks() -> tuple[str, str]:
    """(grouping mark, decimal mark) as formatting.py writes numbers now, read off what it
    writes, so the field follows whatever locale formatting uses."""
    million = fmt.group(1_000_000)  # "1,000,000", "1.000.000", "1 000 000", or "1000000"
    grouping = "" if million[1].isdigit() else million[1]
    cent = fmt.usd(1)  # "$0.01", "0,01 $"
    zero = cent.find("0")
    decimal = cent[zero + 1] if 0 <= zero < len(cent) - 1 else "."
    return grouping, decimal


def read_amount(text: str, *, grouping: str, decimal: str) -> int | None | Problem:
    """The whole number `text` writes, None for no text, or why it is none.

    Leading and trailing spaces are dropped; between digits, the locale's grouping mark, a
    space of any width, and a comma where the comma is not the decimal mark group digits in
    threes ("12,500", "5 000", "1.234.567" where dots group)."""
    marks = SPACES + grouping + ("," if decimal != "," else "")
    stripped = text.strip(SPACES)
    if not stripped:
        return None
    if not all(("0" <= ch <= "9") or ch in marks for ch in stripped):
        return Problem.NOT_DIGITS
    digits = "".join(ch for ch in stripped if "0" <= ch <= "9")
    if len(digits.lstrip("0")) > MAX_DIGITS:
        return Problem.TOO_LONG
    if digits == stripped:
        return int(digits)
    groups = _split(stripped, marks)
    if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return Problem.GROUPING
    return int(digits)


def _split(text: str, marks: str) -> list[str]:
    """Digit runs between single grouping marks; a doubled or trailing mark gives an empty
    run, which no grouping has."""
    runs, run = [], ""
    for ch in text:
        if ch in marks:
            runs.append(run)
            run = ""
        else:
            run += ch
    return [*runs, run]


class _Validator(QValidator):
    """Refuses (as a whole) a text that can be no amount; keeps one whose grouping is off,
    for the hint to point at."""

    def validate(self, text: str, pos: int):  # Qt's name and signature
        edit = self.parent()
        reading = read_amount(text, grouping=edit.grouping, decimal=edit.decimal)
        state = (
            QValidator.State.Invalid
            if reading in (Problem.NOT_DIGITS, Problem.TOO_LONG)
            else QValidator.State.Acceptable
        )
        return state, text, pos


class AmountEdit(QLineEdit):
    """`hint_label` says why a text was refused or cannot be read; the owner lays it out
    next to the field, with room kept for it. An owner that does not gets the hint as a
    tooltip at the field. The field's accessible description carries it too."""

    amount_changed = Signal(object)  # int or None

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.grouping, self.decimal = locale_marks()
        self.setValidator(_Validator(self))
        self.setPlaceholderText(placeholder)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("error")
        self.hint_label.setWordWrap(True)
        self.textChanged.connect(self._on_text_changed)
        self.inputRejected.connect(self._on_input_rejected)
        self.editingFinished.connect(self._on_editing_finished)

    def minimumSizeHint(self) -> QSize:
        """Room for the placeholder, else for ten million grouped: squeezed by a small window
        (German at 150%), the quote field showed "e…" of "e.g. 5,000" and no digit whole."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        # What a line edit adds around its text (frame, margins, the style sheet's padding):
        # Qt sizes it as 17 "x" wide plus that.
        around = super().sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        text = self.placeholderText() or fmt.group(10_000_000)
        return hint.expandedTo(QSize(metrics.horizontalAdvance(text) + around, 0))

    def amount(self) -> int | None:
        reading = self._reading(self.text())
        return reading if isinstance(reading, int) else None

    def problem(self) -> str:
        """Why the text shown is no amount; "" when it is one, or is empty."""
        if self._reading(self.text()) is Problem.GROUPING:
            return self.tr(
                "“{text}”: write the digits in groups of three, as in {example}."
            ).format(text=_shown(self.text()), example=fmt.group(12_500))
        return ""

    def set_amount(self, value: int | None) -> None:
        """Shown grouped, as every number is ("29,999")."""
        self.setText("" if value is None else fmt.group(value))

    def set_locale_marks(self, grouping: str, decimal: str) -> None:
        """For tests, and a locale changed while the field is open."""
        self.grouping, self.decimal = grouping, decimal
        self._on_text_changed(self.text())

    def _reading(self, text: str) -> int | None | Problem:
        return read_amount(text, grouping=self.grouping, decimal=self.decimal)

    def _on_text_changed(self, text: str) -> None:
        # A grouping half typed ("12,5" on the way to "12,500") is said once the typing is
        # done (editingFinished), not at every keystroke.
        self._say("")
        reading = self._reading(text)
        self.amount_changed.emit(reading if isinstance(reading, int) else None)

    def _on_editing_finished(self) -> None:
        self._say(self.problem())

    def _on_input_rejected(self) -> None:
        # Qt emits this before it puts the text back: text() is what was refused.
        refused = self.text()
        if self._reading(refused) is Problem.TOO_LONG:
            hint = self.tr("“{text}” has more digits than any amount.")
        else:
            hint = self.tr("“{text}” is not a whole number: use the digits 0-9, as in {example}.")
        self._say(hint.format(text=_shown(refused), example=fmt.group(12_500)))

    def _say(self, hint: str) -> None:
        if hint == self.hint_label.text():
            return
        self.hint_label.setText(hint)
        self.setAccessibleDescription(hint)
        if hint and self.hint_label.parent() is None and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), hint, self)


def _shown(text: str) -> str:
    """A typed or pasted text quoted back: trimmed, and shortened when long."""
    text = text.strip()
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
