"""Profile > Security and budget: the password, the two-step check (with its QR code), the
purchase threshold, the spending budget and the time zone of the profile the window shows.

The dialog lays out its parts (ui/security/) and shows them all afresh after any change; each
part makes its own changes, through a Guard that asks for the password or a code first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from giftdesk.services import Services
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.screen_fit import fit_dialog
from giftdesk.ui.security.budget_box import BudgetBox
from giftdesk.ui.security.guard import Guard
from giftdesk.ui.security.password_box import PasswordBox
from giftdesk.ui.security.threshold_form import ThresholdForm
from giftdesk.ui.security.two_step_box import TwoStepBox
from giftdesk.ui.widgets.scroll_area import ScrollArea


class SecurityDialog(QDialog):
    def __init__(
        self, services: Services, profile_id: int, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._profile_id = profile_id
        name = services.profiles.get(profile_id).name
        self.setWindowTitle(self.tr("Security and budget: {name}").format(name=name))
        guard = Guard(services, profile_id, prompter, self)
        self.password_box = PasswordBox(guard)
        self.threshold_form = ThresholdForm(guard)
        self.two_step_box = TwoStepBox(guard, self.threshold_form)
        self.budget_box = BudgetBox(guard)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        parts = QWidget()
        column = QVBoxLayout(parts)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.password_box)
        column.addWidget(self.two_step_box)
        column.addWidget(self.budget_box)
        column.addStretch()
        # Its natural size where the screen has room; taller than the screen (the QR code
        # makes it 750 px, more than a 1366x768 laptop has), the parts scroll and Close stays
        # in sight. It grows when the QR code appears and shrinks after: see refresh().
        self.scroll_area = ScrollArea(parts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area)
        layout.addWidget(self.buttons)
        # As wide as the row beside the QR code needs: the width stays put when it appears.
        self.password_box.setMinimumWidth(650)

        for part in (self.password_box, self.two_step_box, self.threshold_form, self.budget_box):
            part.changed.connect(self.refresh)
        self.refresh()
        self.budget_box.fill()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A QDialog presses its default button (here the first, Set password) on any Enter
        # its focus widget passes on: typing a budget and pressing Enter said "A password is
        # 8 to 128 characters long". A field's Enter is the field's (each part connects its
        # fields' returnPressed); Enter on a focused button still presses that button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), (QLineEdit, QComboBox)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        """Every part shows the profile's security and budget as they are now."""
        status = self._services.security.status(self._profile_id)
        profile = self._services.profiles.get(self._profile_id)
        self.password_box.show_status(status, profile.name)
        self.two_step_box.show_status(status, is_creator=profile.is_creator)
        self.threshold_form.show_status(status)
        self.budget_box.show_status(status)
        fit_dialog(self)  # the parts shown may have changed: its size follows
