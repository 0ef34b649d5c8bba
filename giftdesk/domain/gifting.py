"""Gifts: combo counts, costs and the cumulative diamond rule."""

from __future__ import annotations

from dataclasses import dataclass

from giftdesk.domain.errors import ComboNotAllowed, InvalidAmount, SelfGift
from giftdesk.domain.rules import CONTEXTS, Gift, Rules


def gift_cost_coins(rules: Rules, gift: Gift, count: int) -> int:
    if count < 1:
        raise InvalidAmount("a gift count is at least 1")
    if not gift.streakable and count != 1:
        raise ComboNotAllowed(
            f"{gift.name} is sent one at a time; only gifts under "
            f"{_streak_limit(rules)} coins can be sent as a combo"
        )
    if count > rules.max_combo_count:
        raise ComboNotAllowed(f"a combo is at most {rules.max_combo_count:,} gifts")
    return gift.coins * count


def _streak_limit(rules: Rules) -> int:
    non_streak = [g.coins for g in rules.gifts if not g.streakable]
    return min(non_streak) if non_streak else max(g.coins for g in rules.gifts) + 1


def check_context(context: str) -> None:
    if context not in CONTEXTS:
        raise InvalidAmount(f"a gift is sent during a 'live' or on a 'video', not '{context}'")


def check_not_self(sender_id: int, creator_id: int) -> None:
    if sender_id == creator_id:
        raise SelfGift("you cannot send a gift to yourself")


@dataclass(frozen=True, slots=True)
class Minting:
    """A creator's running totals after a gift (or its undo) and the diamonds it moves."""

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
