"""Sending a gift from the window, as the Gifts tab and a LIVE room's gift bar both do: say so
before asking to confirm a gift the coins cannot pay for (and offer the recharge), confirm at
the rules' threshold, send under a key made when the person commits, and say plainly why a
gift was refused.

The words are the Gifts tab's, under its translation context, so that both places read (and
are translated) alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError, InsufficientCoins
from giftdesk.domain.rules import Gift
from giftdesk.services import Services
from giftdesk.services.context import new_key
from giftdesk.services.results import GiftSent, Undone
from giftdesk.ui.actions import run_action, sentence
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ButtonRest


def times(count: int) -> str:
    """ " x1,500" after a gift's name for a combo, nothing for one: grouped as every number
    shown is ("Rose x1,500", in the history too)."""
    return "" if count == 1 else f" x{fmt.group(count)}"


class GiftSender:
    """Sends for one place in the window (`parent`); `recharge_requested(missing_coins)` is
    called when the person accepts to recharge what a gift lacks."""

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        prompter: Prompter,
        rest: ButtonRest,
        *,
        acting: Callable[[], int | None],
        recharge_requested: Callable[[int], None],
    ) -> None:
        self._parent = parent
        self._services = services
        self._prompter = prompter
        self._rest = rest
        self._acting = acting
        self._recharge_requested = recharge_requested

    def send(
        self, gift: Gift, count: int, *, creator_id: int, creator_name: str, context: str
    ) -> GiftSent | None:
        """The gift sent, or None when it was not (not confirmed, refused: said already)."""
        sender_id = self._acting()
        if sender_id is None:
            return None
        coins = gift.coins * count
        creator = fmt.short_name(creator_name)
        balance = self._services.balance(sender_id).coins
        if coins > balance:  # say so before asking to confirm a gift that cannot go
            self.offer_recharge(gift, needed=coins, balance=balance)
            return None
        if coins >= self._services.rules.confirm_at_coins and not self._prompter.confirm(
            self._parent,
            QCoreApplication.translate("GiftsTab", "Send this gift?"),
            QCoreApplication.translate(
                "GiftsTab", "Send {gift}{times} to {creator} for {coins}?"
            ).format(gift=gift.name, times=times(count), creator=creator, coins=fmt.coins(coins)),
        ):
            return None
        if self._acting() != sender_id:
            return None  # the window switched or locked profile while it asked: not this one's
        key = new_key()  # made when the user commits to this send
        self._rest.start()
        try:
            return self._services.gifts.send(
                sender_id, creator_id, gift.name, count=count, context=context, key=key
            )
        except InsufficientCoins as e:  # spent elsewhere meanwhile (another window)
            self._rest.end()
            self.offer_recharge(gift, needed=e.needed_coins, balance=e.balance_coins)
        except GiftDeskError as e:
            self._rest.end()
            self._prompter.error(
                self._parent, QCoreApplication.translate("GiftsTab", "Gift refused"), sentence(e)
            )
        return None

    def offer_recharge(self, gift: Gift, *, needed: int, balance: int) -> None:
        missing = needed - balance
        if self._prompter.confirm(
            self._parent,
            QCoreApplication.translate("GiftsTab", "Not enough coins"),
            QCoreApplication.translate(
                "GiftsTab",
                "{gift} costs {needed} and you have {balance}. Recharge the {missing} "
                "you are missing?",
            ).format(
                gift=gift.name,
                needed=fmt.coins(needed),
                balance=fmt.coins(balance),
                missing=fmt.coins(missing),
            ),
        ):
            self._recharge_requested(missing)

    def undo(self, sent: GiftSent, sender_id: int) -> Undone | None:
        """Take `sent` back, if the profile that sent it is still the one acting; None when
        it was not (refused: said already)."""
        if self._acting() != sender_id:
            return None
        result: Undone | None = run_action(
            self._parent,
            self._prompter,
            QCoreApplication.translate("GiftsTab", "Cannot undo"),
            lambda: self._services.gifts.undo(
                sent.transaction_id, sender_id=sender_id, sent_at=sent.created_at, key=new_key()
            ),
        )
        return result
