"""The window's header: the profile switcher, and the shown profile's balances and budget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from giftdesk import formatting as fmt
from giftdesk.ui.widgets.live_label import LiveLabel

if TYPE_CHECKING:
    from giftdesk.services import Services


class Header(QWidget):
    """Who is shown and what they have. It shows figures; choosing and unlocking the profile
    is the ProfileSwitcher's (ui/locking.py), which drives `profile_combo`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(self.tr("Profile"))
        self.profile_combo.setMinimumWidth(200)
        self.profile_combo.setPlaceholderText(self.tr("Choose a profile"))  # shown when locked
        self.new_profile_button = QPushButton(self.tr("New profile..."))
        self.coins_label = self._figure("headerCoins", self.tr("Coin balance"))
        self.diamonds_label = self._figure("headerDiamonds", self.tr("Diamond balance"))
        self.budget_label = self._figure("headerBudget", self.tr("Budget left today"))
        layout = QHBoxLayout(self)
        profile_label = QLabel(self.tr("Profile:"))
        profile_label.setBuddy(self.profile_combo)  # read out with the box (Alt+P is the menu)
        layout.addWidget(profile_label)
        layout.addWidget(self.profile_combo)
        layout.addWidget(self.new_profile_button)
        layout.addStretch()
        layout.addWidget(self.coins_label)
        layout.addSpacing(18)
        layout.addWidget(self.diamonds_label)
        layout.addSpacing(18)
        layout.addWidget(self.budget_label)

    @staticmethod
    def _figure(object_name: str, purpose: str) -> LiveLabel:
        label = LiveLabel(purpose)  # the figure itself reaches a screen reader
        label.setObjectName(object_name)  # styled by the theme
        return label

    def show_figures(self, services: Services, profile_id: int | None) -> None:
        """The balances and budget left of `profile_id`, or why none are shown."""
        if profile_id is None:
            self.coins_label.setText(
                self.tr("Locked: choose a profile and type its password")
                if self.profile_combo.count()
                else self.tr("No profile yet")
            )
            self.diamonds_label.hide()
            self.budget_label.hide()
            return
        balance = services.balance(profile_id)
        self.coins_label.setText(
            self.tr("<b>{coins}</b> coins").format(coins=fmt.group(balance.coins))
        )
        self.diamonds_label.setVisible(balance.creator)
        self.diamonds_label.setText(
            self.tr("<b>{diamonds}</b> diamonds ({value})").format(
                diamonds=fmt.group(balance.diamonds), value=fmt.usd(balance.diamonds_cents)
            )
        )
        left = services.profiles.budget_left_today(profile_id)
        self.budget_label.setVisible(True)
        self.budget_label.setText(
            self.tr("No spending budget")
            if left is None
            else self.tr("Budget left today: <b>{coins}</b>").format(coins=fmt.coins(left))
        )
