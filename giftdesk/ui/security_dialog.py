"""Profile > Security and budget: the password, the two-step check (with its QR code), the
purchase threshold, the spending budget and the time zone of the profile the window shows."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.budget import Budget
from giftdesk.domain.security import PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS
from giftdesk.services import Services
from giftdesk.ui.actions import run_action
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.widgets.amount_edit import AmountEdit
from giftdesk.ui.widgets.qr import QrCodeLabel
from giftdesk.ui.widgets.zone_combo import ZoneCombo
from giftdesk.zones import check_zone

DOLLARS = r"[0-9]{1,7}(\.[0-9]{0,2})?"  # whole dollars, or dollars and cents


def parse_cents(text: str) -> int | None:
    """'12', '12.3', '12.34' -> cents, in integers; None for anything else."""
    if re.fullmatch(DOLLARS, text) is None:
        return None
    whole, _, part = text.partition(".")
    return int(whole) * 100 + int((part + "00")[:2])


def plain_dollars(cents: int) -> str:
    """Cents as the threshold field takes them back: '49.99', no symbol or grouping."""
    return f"{cents // 100}.{cents % 100:02d}"


def grouped_secret(secret: str) -> str:
    """The base32 secret in groups of four, as authenticator apps show and accept it."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PASSWORD_MAX_CHARS)
    edit.setAccessibleName(name)
    return edit


def _code_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 ]{0,7}"), edit))
    edit.setPlaceholderText(QCoreApplication.translate("SecurityDialog", "6 digits"))
    edit.setMaxLength(7)
    edit.setMaximumWidth(120)
    edit.setAccessibleName(name)
    return edit


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(True)
    return label


class SecurityDialog(QDialog):
    def __init__(
        self, services: Services, profile_id: int, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._profile_id = profile_id
        self._prompter = prompter
        self._pending_secret: str | None = None  # shown as a QR code, not stored until confirmed
        name = services.profiles.get(profile_id).name
        self.setWindowTitle(self.tr("Security and budget: {name}").format(name=name))

        # --- password ---
        self.password_status_label = _note()
        self.current_password_edit = _password_edit(self.tr("Current password"))
        self.new_password_edit = _password_edit(self.tr("New password"))
        self.new_password_edit.setPlaceholderText(
            self.tr("{low} to {high} characters").format(
                low=PASSWORD_MIN_CHARS, high=PASSWORD_MAX_CHARS
            )
        )
        self.repeat_password_edit = _password_edit(self.tr("Repeat the new password"))
        self.set_password_button = QPushButton()
        self.remove_password_button = QPushButton(self.tr("Remove password"))
        self.remove_password_button.setAccessibleName(self.tr("Remove password"))
        password_box = QGroupBox(self.tr("Password"))
        password_form = QFormLayout(password_box)
        password_form.addRow(self.password_status_label)
        password_form.addRow(self.tr("Current password:"), self.current_password_edit)
        password_form.addRow(self.tr("New password:"), self.new_password_edit)
        password_form.addRow(self.tr("Repeat new password:"), self.repeat_password_edit)
        password_buttons = QHBoxLayout()
        password_buttons.addWidget(self.set_password_button)
        password_buttons.addWidget(self.remove_password_button)
        password_buttons.addStretch()
        password_form.addRow(password_buttons)
        self._password_form = password_form

        # --- two-step ---
        self.totp_status_label = _note()
        self.enable_totp_button = QPushButton(self.tr("Turn on two-step..."))
        self.enable_totp_button.setAccessibleName(self.tr("Turn on two-step check"))
        self.qr_label = QrCodeLabel()
        self.qr_label.setAccessibleName(self.tr("QR code for your authenticator app"))
        self.secret_label = QLabel()
        self.secret_label.setObjectName("secret")
        # Fixed-width, so that 0/O and 1/I are told apart when typing it into a phone.
        self.secret_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setAccessibleName(self.tr("Two-step secret"))
        self.confirm_code_edit = _code_edit(self.tr("Code from the app, to confirm"))
        self.confirm_totp_button = QPushButton(self.tr("Confirm"))
        self.confirm_totp_button.setObjectName("primary")
        self.confirm_totp_button.setAccessibleName(self.tr("Confirm two-step"))
        self.cancel_enrol_button = QPushButton(self.tr("Cancel"))
        self.cancel_enrol_button.setAccessibleName(self.tr("Cancel turning on two-step"))
        enrol_text = _note(
            self.tr(
                "Scan the code with an authenticator app (Aegis, Google Authenticator, 1Password, "
                "...) or type this secret into it:"
            )
        )
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(QLabel(self.tr("Code the app shows:")))
        confirm_row.addWidget(self.confirm_code_edit)
        confirm_row.addWidget(self.confirm_totp_button)
        confirm_row.addWidget(self.cancel_enrol_button)
        confirm_row.addStretch()
        enrol_side = QVBoxLayout()
        enrol_side.addWidget(enrol_text)
        enrol_side.addWidget(self.secret_label)
        enrol_side.addLayout(confirm_row)
        enrol_side.addStretch()
        self.enrol_widget = QWidget()
        enrol_layout = QHBoxLayout(self.enrol_widget)
        enrol_layout.setContentsMargins(0, 0, 0, 0)
        enrol_layout.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        enrol_layout.addLayout(enrol_side, 1)

        self.disable_code_edit = _code_edit(self.tr("Code from the app, to turn two-step off"))
        self.disable_totp_button = QPushButton(self.tr("Turn off two-step"))
        self.disable_totp_button.setAccessibleName(self.tr("Turn off two-step check"))
        self.disable_widget = QWidget()
        disable_row = QHBoxLayout(self.disable_widget)
        disable_row.setContentsMargins(0, 0, 0, 0)
        disable_row.addWidget(QLabel(self.tr("Code the app shows:")))
        disable_row.addWidget(self.disable_code_edit)
        disable_row.addWidget(self.disable_totp_button)
        disable_row.addStretch()

        self.threshold_edit = QLineEdit()
        self.threshold_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(DOLLARS), self.threshold_edit)
        )
        self.threshold_edit.setPlaceholderText(self.tr("e.g. 50.00"))
        self.threshold_edit.setMaximumWidth(120)
        self.threshold_edit.setAccessibleName(self.tr("Purchase threshold in dollars"))
        self.save_threshold_button = QPushButton(self.tr("Save"))
        self.save_threshold_button.setAccessibleName(self.tr("Save purchase threshold"))
        self.clear_threshold_button = QPushButton(self.tr("No code for purchases"))
        self.threshold_status_label = _note()
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(QLabel(self.tr("Ask for a code for purchases over $")))
        threshold_row.addWidget(self.threshold_edit)
        threshold_row.addWidget(self.save_threshold_button)
        threshold_row.addWidget(self.clear_threshold_button)
        threshold_row.addStretch()

        totp_box = QGroupBox(self.tr("Two-step check"))
        totp_layout = QVBoxLayout(totp_box)
        totp_layout.addWidget(self.totp_status_label)
        enable_row = QHBoxLayout()
        enable_row.addWidget(self.enable_totp_button)
        enable_row.addStretch()
        totp_layout.addLayout(enable_row)
        totp_layout.addWidget(self.enrol_widget)
        totp_layout.addWidget(self.disable_widget)
        totp_layout.addLayout(threshold_row)
        totp_layout.addWidget(self.threshold_status_label)

        # --- budget ---
        self.daily_edit = AmountEdit(placeholder=self.tr("no cap"))
        self.daily_edit.setAccessibleName(self.tr("Daily budget in coins"))
        self.monthly_edit = AmountEdit(placeholder=self.tr("no cap"))
        self.monthly_edit.setAccessibleName(self.tr("Monthly budget in coins"))
        self.budget_status_label = _note()
        self.save_budget_button = QPushButton(self.tr("Save budget"))
        self.save_budget_button.setAccessibleName(self.tr("Save budget"))
        # The zone the budget's days (and the age rules) are counted in: one row, the dialog
        # is tall enough already.
        self.zone_combo = ZoneCombo()
        self.zone_combo.setAccessibleName(self.tr("Time zone of budget days and ages"))
        self.save_zone_button = QPushButton(self.tr("Save time zone"))
        self.save_zone_button.setAccessibleName(self.tr("Save time zone"))
        budget_box = QGroupBox(self.tr("Spending budget"))
        budget_grid = QGridLayout(budget_box)
        budget_grid.addWidget(QLabel(self.tr("Coins per day:")), 0, 0)
        budget_grid.addWidget(self.daily_edit, 0, 1)
        budget_grid.addWidget(QLabel(self.tr("Coins per month:")), 1, 0)
        budget_grid.addWidget(self.monthly_edit, 1, 1)
        budget_grid.addWidget(self.save_budget_button, 1, 2)
        budget_grid.addWidget(QLabel(self.tr("Budget days and ages follow:")), 2, 0)
        budget_grid.addWidget(self.zone_combo, 2, 1)
        budget_grid.addWidget(self.save_zone_button, 2, 2)
        budget_grid.addWidget(self.budget_status_label, 3, 0, 1, 4)
        budget_grid.setColumnStretch(3, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(password_box)
        layout.addWidget(totp_box)
        layout.addWidget(budget_box)
        layout.addWidget(self.buttons)
        # Always its natural size: it grows when the QR code appears and shrinks after, and
        # the word-wrapped notes can never be squeezed into clipping.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        # As wide as the row beside the QR code needs: the width stays put when it appears.
        password_box.setMinimumWidth(650)

        self.set_password_button.clicked.connect(self._on_set_password_button_clicked)
        self.remove_password_button.clicked.connect(self._on_remove_password_button_clicked)
        self.enable_totp_button.clicked.connect(self._on_enable_totp_button_clicked)
        self.confirm_totp_button.clicked.connect(self._on_confirm_totp_button_clicked)
        self.confirm_code_edit.returnPressed.connect(self._on_confirm_totp_button_clicked)
        self.cancel_enrol_button.clicked.connect(self._on_cancel_enrol_button_clicked)
        self.disable_totp_button.clicked.connect(self._on_disable_totp_button_clicked)
        self.save_threshold_button.clicked.connect(self._on_save_threshold_button_clicked)
        self.clear_threshold_button.clicked.connect(self._on_clear_threshold_button_clicked)
        self.save_budget_button.clicked.connect(self._on_save_budget_button_clicked)
        self.save_zone_button.clicked.connect(self._on_save_zone_button_clicked)
        # Enter in a field does what the field's own button does (keyPressEvent keeps the
        # dialog from also pressing its default button, Set password).
        self.current_password_edit.returnPressed.connect(self.new_password_edit.setFocus)
        self.new_password_edit.returnPressed.connect(self.repeat_password_edit.setFocus)
        self.repeat_password_edit.returnPressed.connect(self.set_password_button.click)
        self.disable_code_edit.returnPressed.connect(self.disable_totp_button.click)
        self.threshold_edit.returnPressed.connect(self.save_threshold_button.click)
        self.daily_edit.returnPressed.connect(self.save_budget_button.click)
        self.monthly_edit.returnPressed.connect(self.save_budget_button.click)
        self.zone_combo.lineEdit().returnPressed.connect(self.save_zone_button.click)
        self.refresh()
        self._fill_budget()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A QDialog presses its default button (here the first, Set password) on any Enter
        # its focus widget passes on: typing a budget and pressing Enter said "A password is
        # 8 to 128 characters long". A field's Enter is the field's (returnPressed above);
        # Enter on a focused button still presses that button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            self.focusWidget(), (QLineEdit, QComboBox)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- state -------------------------------------------------------------------------

    def refresh(self) -> None:
        status = self._services.security.status(self._profile_id)
        profile = self._services.profiles.get(self._profile_id)
        name = profile.name

        if status.has_password:
            password_note = self.tr(
                "{name} has a password: the window asks for it before showing this profile, "
                "and before any change on this page."
            )
        else:
            password_note = self.tr(
                "No password: anyone using this computer can open {name}. With one, GiftDesk "
                "asks for it whenever the window switches to this profile."
            )
        self.password_status_label.setText(password_note.format(name=name))
        self.current_password_edit.setVisible(status.has_password)
        self._password_form.labelForField(self.current_password_edit).setVisible(
            status.has_password
        )
        self.set_password_button.setText(
            self.tr("Change password") if status.has_password else self.tr("Set password")
        )
        self.set_password_button.setAccessibleName(self.set_password_button.text())
        self.remove_password_button.setVisible(status.has_password)

        enrolling = self._pending_secret is not None
        # What the code guards: payouts are a creator's, purchases above the threshold anyone's.
        guarded = (
            self.tr("payouts, and purchases above the amount below,")
            if profile.is_creator
            else self.tr("purchases above the amount below")
        )
        self.totp_status_label.setText(
            self.tr("On: {guarded} need a 6-digit code from your authenticator app.").format(
                guarded=guarded
            )
            if status.totp_enabled
            else self.tr(
                "Off. With two-step on, {guarded} need a 6-digit code from an authenticator "
                "app on your phone."
            ).format(guarded=guarded)
        )
        self.enable_totp_button.setVisible(not status.totp_enabled and not enrolling)
        self.enrol_widget.setVisible(enrolling)
        self.disable_widget.setVisible(status.totp_enabled)

        threshold = status.purchase_threshold_cents
        if threshold is None:
            self.threshold_status_label.setText(self.tr("No purchase needs a code."))
        else:
            self.threshold_status_label.setText(
                self.tr("Purchases over {amount} need a code{when}.").format(
                    amount=fmt.usd(threshold),
                    when="" if status.totp_enabled else self.tr(" once two-step is on"),
                )
            )
        self.threshold_edit.setText("" if threshold is None else plain_dollars(threshold))
        self.clear_threshold_button.setEnabled(threshold is not None)

        left = self._services.profiles.budget_left_today(self._profile_id)
        note = self.tr("Empty means no cap. Gifts over a cap are refused.")
        if left is not None:
            note += " " + self.tr("Left today: {coins}.").format(coins=fmt.coins(left))
        if status.has_password:
            note += " " + self.tr("Saving asks for the password.")
        self.budget_status_label.setText(note)

    def _fill_budget(self) -> None:
        profile = self._services.profiles.get(self._profile_id)
        self.daily_edit.set_amount(profile.budget.daily_coins)
        self.monthly_edit.set_amount(profile.budget.monthly_coins)
        self.zone_combo.set_zone(profile.time_zone)

    def _ask_password(self, doing: str) -> tuple[bool, str | None]:
        """(go on, password): the password when the profile has one, asked for `doing`."""
        if not self._services.security.has_password(self._profile_id):
            return True, None
        password = self._prompter.ask_secret(
            self,
            self.tr("Password"),
            self.tr("Enter the profile's password to {doing}:").format(doing=doing),
        )
        return password is not None, password

    def _ask_code(self, doing: str) -> tuple[bool, str | None]:
        code = self._prompter.ask_secret(
            self,
            self.tr("Two-step check"),
            self.tr("Enter the 6-digit code from your authenticator app to {doing}:").format(
                doing=doing
            ),
        )
        return code is not None, code

    # --- password ----------------------------------------------------------------------

    def _on_set_password_button_clicked(self) -> None:
        new = self.new_password_edit.text()
        if new != self.repeat_password_edit.text():
            self._prompter.error(
                self, self.tr("Password"), self.tr("The two new passwords differ: type them again.")
            )
            return
        current = self.current_password_edit.text() or None
        if self._attempt(
            self.tr("Password not changed"),
            lambda: self._services.security.set_password(self._profile_id, new, current=current),
        ):
            self._prompter.info(
                self,
                self.tr("Password"),
                self.tr(
                    "Password saved. GiftDesk will ask for it when the window switches to this "
                    "profile."
                ),
            )
        self._clear_password_fields()
        self.refresh()

    def _on_remove_password_button_clicked(self) -> None:
        current = self.current_password_edit.text()
        self._attempt(
            self.tr("Password not removed"),
            lambda: self._services.security.remove_password(self._profile_id, current),
        )
        self._clear_password_fields()
        self.refresh()

    def _clear_password_fields(self) -> None:
        for edit in (self.current_password_edit, self.new_password_edit, self.repeat_password_edit):
            edit.clear()

    # --- two-step ----------------------------------------------------------------------

    def _on_enable_totp_button_clicked(self) -> None:
        started = run_action(
            self,
            self._prompter,
            self.tr("Two-step"),
            lambda: self._services.security.start_totp(self._profile_id),
        )
        if started is None:
            return
        self._pending_secret = started.secret
        self.qr_label.set_text(started.uri)
        self.secret_label.setText(grouped_secret(started.secret))
        self.confirm_code_edit.clear()
        self.refresh()
        self.confirm_code_edit.setFocus()

    def _on_confirm_totp_button_clicked(self) -> None:
        secret, code = self._pending_secret, self.confirm_code_edit.text()
        if secret is None:
            return
        go, password = self._ask_password(self.tr("turn on two-step"))
        if not go:
            return
        if self._attempt(
            self.tr("Two-step not turned on"),
            lambda: self._services.security.confirm_totp(
                self._profile_id, secret, code, password=password
            ),
        ):
            self._end_enrol()
        else:
            self.confirm_code_edit.clear()

    def _on_cancel_enrol_button_clicked(self) -> None:
        self._end_enrol()

    def _end_enrol(self) -> None:
        self._pending_secret = None  # the secret is forgotten: only the stored one remains
        self.qr_label.set_text("")
        self.secret_label.clear()
        self.confirm_code_edit.clear()
        self.refresh()

    def _on_disable_totp_button_clicked(self) -> None:
        code = self.disable_code_edit.text()
        go, password = self._ask_password(self.tr("turn off two-step"))
        if not go:
            return
        self._attempt(
            self.tr("Two-step not turned off"),
            lambda: self._services.security.disable_totp(self._profile_id, code, password=password),
        )
        self.disable_code_edit.clear()
        self.refresh()

    # --- threshold and budget ----------------------------------------------------------

    def _on_save_threshold_button_clicked(self) -> None:
        cents = parse_cents(self.threshold_edit.text())
        if cents is None:
            self._prompter.error(
                self,
                self.tr("Purchase threshold"),
                self.tr("Type an amount in dollars, such as 50 or 49.99."),
            )
            return
        self._save_threshold(cents)

    def _on_clear_threshold_button_clicked(self) -> None:
        self._save_threshold(None)

    def _save_threshold(self, cents: int | None) -> None:
        security = self._services.security
        go, password = self._ask_password(self.tr("change the purchase threshold"))
        if not go:
            return
        code = None
        current = security.purchase_threshold_cents(self._profile_id)
        # Raising or clearing it lets purchases past the second factor: that needs a code.
        if (
            security.totp_enabled(self._profile_id)
            and current is not None
            and (cents is None or cents > current)
        ):
            go, code = self._ask_code(self.tr("let more purchases through without one"))
            if not go:
                return
        # Refused (a wrong password, say): what was typed stays, to correct and save again.
        if self._attempt(
            self.tr("Threshold not changed"),
            lambda: security.set_purchase_threshold(self._profile_id, cents, password, code=code),
        ):
            self.refresh()
            self.threshold_status_label.setText(
                self.tr("Saved.") + " " + self.threshold_status_label.text()
            )

    def _on_save_budget_button_clicked(self) -> None:
        budget = Budget(self.daily_edit.amount(), self.monthly_edit.amount())
        go, password = self._ask_password(self.tr("change the spending budget"))
        if not go:
            return
        if self._attempt(
            self.tr("Budget not changed"),
            lambda: self._services.profiles.replace_budget(
                self._profile_id, budget, password=password
            ),
        ):
            self._fill_budget()
            self.refresh()
            self.budget_status_label.setText(
                self.tr("Saved.") + " " + self.budget_status_label.text()
            )

    def _on_save_zone_button_clicked(self) -> None:
        # A name that is no zone is said at once, not after asking for the password.
        zone = run_action(
            self,
            self._prompter,
            self.tr("Time zone not changed"),
            lambda: check_zone(self.zone_combo.zone()),
        )
        if zone is None:
            return
        go, password = self._ask_password(self.tr("change the time zone"))
        if not go:
            return
        if self._attempt(
            self.tr("Time zone not changed"),
            lambda: self._services.profiles.set_time_zone(
                self._profile_id, zone, password=password
            ),
        ):
            self._fill_budget()
            self.refresh()
            self.budget_status_label.setText(
                self.tr("Saved.") + " " + self.budget_status_label.text()
            )

    def _attempt(self, title: str, action: Callable[[], object]) -> bool:
        """Run a service call; False after telling the user why it was refused. (The calls
        here return None when done, which run_action alone could not tell from a refusal.)"""
        return run_action(self, self._prompter, title, lambda: action() or True) is not None
