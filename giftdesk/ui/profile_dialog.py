"""Create a profile: the welcome flow on first run, and File > New Profile later."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk.domain.errors import GiftDeskError
from giftdesk.domain.names import NAME_MAX_CHARS
from giftdesk.services import Services
from giftdesk.services.demo import has_demo, seed_demo
from giftdesk.ui.actions import sentence
from giftdesk.ui.widgets.wrapped_check import WrappedCheck
from giftdesk.ui.widgets.zone_combo import ZoneCombo


class ProfileDialog(QDialog):
    def __init__(self, services: Services, *, welcome: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created_profile_id: int | None = None
        self.setWindowTitle(self.tr("Welcome to GiftDesk") if welcome else self.tr("New profile"))

        intro = QLabel(
            self.tr(
                "<b>Welcome!</b> GiftDesk shows what coins really cost and what creators really "
                "receive, before you pay. Start by creating your profile."
            )
            if welcome
            else self.tr("Create another viewer or creator profile.")
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.birthdate_edit = QDateEdit()
        self.birthdate_edit.setDisplayFormat("yyyy-MM-dd")
        self.birthdate_edit.setCalendarPopup(True)
        self.birthdate_edit.setMaximumDate(QDate.currentDate())
        self.birthdate_edit.setMinimumDate(QDate.currentDate().addYears(-120))
        self.birthdate_edit.setDate(QDate.currentDate().addYears(-25))
        self.birthdate_edit.setAccessibleName(self.tr("Birthdate"))
        self.viewer_radio = QRadioButton(self.tr("Viewer: buy coins and send gifts"))
        self.creator_radio = QRadioButton(self.tr("Creator: also receive gifts and cash out (18+)"))
        self.viewer_radio.setChecked(True)
        self.zone_combo = ZoneCombo()
        self.zone_combo.set_zone(services.ctx.clock.system_zone())
        self.zone_combo.setAccessibleName(self.tr("Time zone"))
        self.zone_combo.setToolTip(
            self.tr(
                "The profile's budget days and age are counted in this zone, whatever the "
                "computer is set to later. Changing it needs the profile's password."
            )
        )
        # Its parent from the start: shown without one, it would open as a window of its own.
        demo_text = self.tr(
            "Add a demo economy to explore (three creators, fans and a funded Demo Viewer)"
        )
        self.demo_row = WrappedCheck(demo_text, self)
        self.demo_check = self.demo_row.check
        self.demo_check.setChecked(welcome)
        self._offer_demo = welcome and not has_demo(services)
        self.demo_row.setVisible(self._offer_demo)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        age_note = QLabel(
            self.tr("Buying and sending gifts needs age {age} or older; anyone can browse.").format(
                age=services.rules.min_age_years
            )
        )
        age_note.setObjectName("note")
        age_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Birthdate:"), self.birthdate_edit)
        form.addRow(self.tr("Kind:"), self.viewer_radio)
        form.addRow("", self.creator_radio)
        form.addRow(self.tr("Time zone:"), self.zone_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create profile"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        # A new computer may have a wallet to bring back rather than one to start.
        self.restore_requested = False
        self.restore_button = self.buttons.addButton(
            self.tr("Restore a backup..."), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.restore_button.setVisible(welcome)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(age_note)
        layout.addWidget(self.demo_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # the intro in two lines, not a tall narrow column

    def _on_restore_button_clicked(self) -> None:
        self.restore_requested = True
        self.reject()

    def _on_buttons_accepted(self) -> None:
        birthdate = self.birthdate_edit.date().toString("yyyy-MM-dd")
        try:
            profile = self._services.profiles.add(
                self.name_edit.text(),
                birthdate=birthdate,
                creator=self.creator_radio.isChecked(),
                time_zone=self.zone_combo.zone(),
            )
            if self._offer_demo and self.demo_check.isChecked():
                seed_demo(self._services)
        except GiftDeskError as e:
            self.error_label.setText(sentence(e))
            self.error_label.show()
            return
        self.created_profile_id = profile.id
        self.accept()
