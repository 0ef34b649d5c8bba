"""What sending the chosen gift means: its coins (`total_label`, above the Send button), and
below it what they cost in money, what the creator receives, what the sender has left, and (in
red) why it cannot be sent now. Only the total sits above Send, one line whatever the gift: the
rest comes and goes (the rounding note, a budget refusal) without moving Send."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.domain.rules import APP, WEB, Gift
from giftdesk.services import Services
from giftdesk.ui.actions import sentence
from giftdesk.ui.theme import color
from giftdesk.ui.widgets.live_label import LiveLabel


class CostLabel(LiveLabel):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CostLabel", "Cost and creator share"), parent=parent
        )
        self._services = services
        self.setWordWrap(True)
        self.total_label = LiveLabel(QCoreApplication.translate("CostLabel", "Total"))
        self.total_label.setObjectName("summary")

    def clear_cost(self) -> None:
        self.total_label.setText("")
        self.setText("")

    def show_cost(
        self,
        gift: Gift,
        count: int,
        *,
        creator_id: int | None,
        creator_name: str,
        sender_id: int | None,
    ) -> bool:
        """Show what sending `count` of `gift` means; True when nothing the sender could
        know before pressing Send (their age, their budget) refuses it."""
        services = self._services
        coins = gift.coins * count
        web = services.recharge.coins_value_cents(coins, WEB)
        app = services.recharge.coins_value_cents(coins, APP)
        self.total_label.setText(self.tr("Total: <b>{coins}</b>").format(coins=fmt.coins(coins)))
        lines = [
            self.tr("Those coins cost you about {web} on the web ({app} in the app).").format(
                web=fmt.usd(web), app=fmt.usd(app)
            ),
        ]
        refusal = None
        if sender_id is not None:
            try:
                services.gifts.check_sender(sender_id, coins)
            except GiftDeskError as e:  # too young, over budget: said now, not after Send
                refusal = e
        if creator_id is not None:
            preview = services.gifts.preview(creator_id, gift.name, count)
            lines.append(
                self.tr("{creator} receives <b>{diamonds}</b> = {value}.").format(
                    creator=html.escape(fmt.short_name(creator_name)),
                    diamonds=fmt.diamonds(preview.diamonds),
                    value=fmt.usd(preview.diamonds_cents),
                )
            )
            rate = services.rules.diamond_rate
            if rate.num * coins % rate.den:
                lines.append(
                    self.tr(
                        "Diamonds are rounded down over all of a creator's gifts: the fraction "
                        "carries over to their next gift."
                    )
                )
        elif sender_id is not None and services.profiles.get(sender_id).is_creator:
            lines.append(self.tr("No other creator to send to yet: add a creator profile first."))
        else:
            lines.append(self.tr("No creator to send to yet: add a creator profile first."))
        if sender_id is not None:
            balance = services.balance(sender_id).coins
            left = services.profiles.budget_left_today(sender_id)
            after = self.tr("You have {coins}").format(coins=fmt.coins(balance))
            if left is not None:
                after += self.tr("; {coins} left in today's budget").format(coins=fmt.coins(left))
            lines.append(after + ".")
        if refusal is not None:
            red = color("error").name()
            lines.append(f'<span style="color:{red}">{html.escape(sentence(refusal))}</span>')
        self.setText("<br>".join(lines))
        return refusal is None
