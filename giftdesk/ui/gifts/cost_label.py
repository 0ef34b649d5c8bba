"""What sending the chosen gift means: its coins (`total_label`, above the Send button), and
below it what they cost in money, what the creator receives, what the sender has left, and (in
red) why it cannot be sent now. Only the total sits above Send, one line whatever the gift: the
rest comes and goes (the rounding note, a budget refusal) without moving Send."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent
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
        self._red = color("error").name()  # the refusal's colour, as written into the text

    def changeEvent(self, event: QEvent) -> None:
        """A theme switched while a refusal is shown: its red follows (the light theme's red
        on the dark background was 2.9:1, under the 4.5:1 text needs)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            red = color("error").name()
            if red != self._red:
                self.setText(self.text().replace(f"color:{self._red}", f"color:{red}"))
                self._red = red

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
        self.total_label.setText(self.tr("Total: <b>{coins}</b>").format(coins=fmt.coins(coins)))
        refusal = None
        if sender_id is not None:
            try:
                services.gifts.check_sender(sender_id, coins)
            except GiftDeskError as e:  # too young, over budget: said now, not after Send
                refusal = e
        if creator_id is not None:
            lines = self._trail_lines(gift, count, coins, creator_id, creator_name, sender_id)
            rate = services.rules.diamond_rate
            if rate.num * coins % rate.den:
                lines.append(
                    self.tr(
                        "Diamonds are rounded down over all of a creator's gifts: the fraction "
                        "carries over to their next gift."
                    )
                )
        else:
            lines = [self._value_line(coins)]
            if sender_id is not None and services.profiles.get(sender_id).is_creator:
                lines.append(
                    self.tr("No other creator to send to yet: add a creator profile first.")
                )
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
            self._red = color("error").name()
            lines.append(f'<span style="color:{self._red}">{html.escape(sentence(refusal))}</span>')
        self.setText("<br>".join(lines))
        return refusal is None

    def _value_line(self, coins: int) -> str:
        """What `coins` cost at today's prices: for coins the sender does not have yet."""
        web = self._services.recharge.coins_value_cents(coins, WEB)
        app = self._services.recharge.coins_value_cents(coins, APP)
        return self.tr("Those coins cost about {web} on the web ({app} in the app).").format(
            web=fmt.usd(web), app=fmt.usd(app)
        )

    def _trail_lines(
        self,
        gift: Gift,
        count: int,
        coins: int,
        creator_id: int,
        creator_name: str,
        sender_id: int | None,
    ) -> list[str]:
        """Where the money of these very coins goes (the sender's oldest coins first, as
        the send will take them): what they cost, the creator's part in money and percent,
        the platform's and the app store's. Always two lines, so the panel keeps its height."""
        services = self._services
        creator = html.escape(fmt.short_name(creator_name))
        if sender_id is None:
            preview = services.gifts.preview(creator_id, gift.name, count)
            return [
                self._value_line(coins),
                self.tr("{creator} receives <b>{diamonds}</b> = {value}.").format(
                    creator=creator,
                    diamonds=fmt.diamonds(preview.diamonds),
                    value=fmt.usd(preview.diamonds_cents),
                ),
            ]
        seen = services.gifts.preview_trail(sender_id, creator_id, gift.name, count)
        trail = seen.trail
        if seen.missing_coins:  # refused at Send: what they would cost to buy
            first = self._value_line(coins)
        elif seen.free_coins == coins:
            first = self.tr("These coins cost you <b>nothing</b>: they were free (bonus).")
        elif trail.paid_cents == 0:  # a rose or two: the cent comes with a later gift
            first = self.tr(
                "These coins cost you <b>under a cent</b>, counted with your next gifts."
            )
        elif seen.free_coins:
            first = self.tr(
                "These coins cost you <b>{paid}</b> ({free} of them were free, bonus)."
            ).format(paid=fmt.usd(trail.paid_cents), free=fmt.coins(seen.free_coins))
        else:
            first = self.tr("These coins cost you <b>{paid}</b> (your oldest coins first).").format(
                paid=fmt.usd(trail.paid_cents)
            )
        percent = trail.creator_percent()
        if seen.missing_coins or percent is None:
            second = self.tr("{creator} receives <b>{diamonds}</b> = {value}.").format(
                creator=creator,
                diamonds=fmt.diamonds(seen.diamonds),
                value=fmt.usd(trail.creator_cents),
            )
        else:
            second = self.tr(
                "{creator} receives <b>{value}</b> ({percent}%, {diamonds}); the platform "
                "{platform}, the app store {store}."
            ).format(
                creator=creator,
                value=fmt.usd(trail.creator_cents),
                percent=fmt.group(percent),
                diamonds=fmt.diamonds(seen.diamonds),
                platform=fmt.usd(trail.platform_cents),
                store=fmt.usd(trail.store_fee_cents),
            )
        return [first, second]
