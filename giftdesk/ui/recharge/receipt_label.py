"""The receipt of the last purchase: what was bought, how it was paid, the new balance."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from giftdesk import formatting as fmt
from giftdesk.services.results import Recharged
from giftdesk.ui.recharge.methods import method_label
from giftdesk.ui.widgets.live_label import LiveLabel


class ReceiptLabel(LiveLabel):
    """Announced when a purchase shows it, and a place for the keyboard: Buy coins rests for
    a moment after a purchase, so focus is given here, where the result is, rather than let it
    fall to whatever comes next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ReceiptLabel", "Receipt"), announce=True, parent=parent
        )
        self.clear_receipt()
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def clear_receipt(self) -> None:
        self.setText(self.tr("Your receipt appears here after you pay."))

    def show_receipt(self, r: Recharged) -> None:
        paid_with = method_label(r.method)
        if r.card:
            # The result words the card in English ("Visa ending 4242", as the JSON has it).
            brand, ending, last4 = r.card.rpartition(" ending ")
            paid_with = (
                self.tr("{brand} ending {last4}").format(brand=brand, last4=last4)
                if ending
                else r.card
            )
        bonus = (
            self.tr("<br>Bonus: {coins}").format(coins=fmt.coins(r.bonus_coins))
            if r.bonus_coins
            else ""
        )
        fee = (
            self.tr("<br>App-store fee inside the price: {fee}").format(
                fee=fmt.usd(r.store_fee_cents)
            )
            if r.store_fee_cents
            else ""
        )
        self.setText(
            self.tr(
                "<b>Receipt {transaction}</b><br>{profile} bought "
                "{coins} on the {channel} channel.{bonus}"
                "<br>Paid: <b>{price}</b> with {paid_with}{fee}"
                "<br>New balance: <b>{balance}</b>"
                "<br>Payment reference: {reference}"
            ).format(
                reference=r.reference,
                transaction=r.transaction_reference,
                profile=html.escape(fmt.short_name(r.profile)),
                coins=fmt.coins(r.coins),
                channel=self.tr("app") if r.channel == "app" else self.tr("web"),
                bonus=bonus,
                price=fmt.usd(r.price_cents),
                paid_with=paid_with,
                fee=fee,
                balance=fmt.coins(r.balance_coins),
            )
        )
