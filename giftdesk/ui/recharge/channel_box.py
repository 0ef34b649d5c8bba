"""The Recharge tab's "1. Where to buy": the app or the web channel, and what each one costs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from giftdesk.domain.rules import APP, WEB
from giftdesk.services import Services


class ChannelBox(QGroupBox):
    channel_changed = Signal(str)  # APP or WEB, once its note is shown

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setTitle(self.tr("1. Where to buy"))
        self.app_radio = QRadioButton(self.tr("App (through the app store)"))
        self.web_radio = QRadioButton(self.tr("Web (direct, cheaper)"))
        self.app_radio.setAccessibleName(self.tr("App channel"))
        self.web_radio.setAccessibleName(self.tr("Web channel"))
        self.channel_group = QButtonGroup(self)
        self.channel_group.addButton(self.app_radio)
        self.channel_group.addButton(self.web_radio)
        self.web_radio.setChecked(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setObjectName("note")

        layout = QVBoxLayout(self)
        radios = QHBoxLayout()
        radios.addWidget(self.app_radio)
        radios.addWidget(self.web_radio)
        radios.addStretch()
        layout.addLayout(radios)
        layout.addWidget(self.note_label)

        self.channel_group.buttonToggled.connect(self._on_channel_group_toggled)
        self._show_note()

    def channel(self) -> str:
        return APP if self.app_radio.isChecked() else WEB

    def set_channel(self, channel: str) -> None:
        (self.app_radio if channel == APP else self.web_radio).setChecked(True)

    def _show_note(self) -> None:
        if self.channel() == APP:
            fee = self._services.rules.app_store_fee_rate
            self.note_label.setText(
                self.tr(
                    "In-app purchases go through the app store, which keeps {percent}% "
                    "of the price, so coins cost more here. Packages only."
                ).format(percent=fee.percent())
            )
        else:
            self.note_label.setText(
                self.tr(
                    "Buying on the web skips the app-store fee: the same coins cost about a "
                    "quarter less, and you can choose a custom amount."
                )
            )

    def _on_channel_group_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._show_note()
            self.channel_changed.emit(self.channel())
