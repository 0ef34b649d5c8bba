"""Gifts: combo counts, costs and the cumulative diamond rule."""

from __future__ import annotations

from typing import NamedTuple

from giftdesk.domain.errors import ComboNotAllowed, InvalidAmount, SelfGift
from giftdesk.domain.rules import CONTEXTS, Gift, Rules
from giftdesk.formatting import coins as fmt_coins
from giftdesk.formatting import group
from giftdesk.i18n import _


def gift_cost_coins(rules: Rules, gift: Gift, count: int) -> int:
    if count < 1:
        raise InvalidAmount(_("a gift count is at least 1"))
    if not gift.streakable and count != 1:
        raise ComboNotAllowed(
            _(
                "{gift} is sent one at a time; only gifts under {coins} can be sent as a combo"
            ).format(gift=gift.name, coins=fmt_coins(_streak_limit(rules)))
        )
    if count > rules.max_combo_count:
        raise ComboNotAllowed(
            _("a combo is at most {count} gifts").format(count=group(rules.max_combo_count))
        )
    return gift.coins * count


def _streak_limit(rules: Rules) -> int:
    non_streak = [g.coins for g in rules.gifts if not g.streakable]
    return min(non_streak) if non_streak else max(g.coins for g in rules.gifts) + 1


def check_context(context: str) -> None:
    if context not in CONTEXTS:
        raise InvalidAmount(
            _("a gift is sent during a 'live' or on a 'video', not '{context}'").format(
                context=context
            )
        )


def check_not_self(sender_id: int, creator_id: int) -> None:
    if sender_id == creator_id:
        raise SelfGift(_("you cannot send a gift to yourself"))


class Minting(NamedTuple):
    """A creator's running totals after a gift (or its undo) and the diamonds it moves.

    A named tuple, immutable like the frozen dataclasses elsewhere, because a burst makes one
    per gift and a tuple is made three times faster (0.15 against 0.5 us here)."""

    coins_received: int
    diamonds_minted: int
    diamonds: int  # minted by this gift; for an undo, taken back


def mint_for_gift(
    rules: Rules, *, coins_received: int, diamonds_minted: int, coins: int
) -> Minting:
    """After any gift, minted so far = floor(coins received so far x rate): nothing is lost to
    per-gift rounding and nothing is over-issued."""
    total = coins_received + coins
    target = rules.diamond_rate.floor(total)
    return Minting(total, target, target - diamonds_minted)


def unmint_for_undo(
    rules: Rules, *, coins_received: int, diamonds_minted: int, coins: int
) -> Minting:
    total = coins_received - coins
    target = rules.diamond_rate.floor(total)
    return Minting(total, target, diamonds_minted - target)


def diamonds_cents(rules: Rules, diamonds: int) -> int:
    return rules.diamond_value_rate.floor(diamonds)


def creator_share_preview(rules: Rules, *, coins_received: int, coins: int) -> int:
    """Diamonds this gift would mint for a creator who has received `coins_received` so far."""
    return mint_for_gift(
        rules,
        coins_received=coins_received,
        diamonds_minted=rules.diamond_rate.floor(coins_received),
        coins=coins,
    ).diamonds
