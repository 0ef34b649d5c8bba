"""Typed results: each write's result is the dict the ledger keeps (transactions.result), and a
replay under the same key gives back that very dict, as the same type marked replayed."""

from __future__ import annotations

import dataclasses
import json

import pytest

from giftdesk.services.context import ChangeKind
from giftdesk.services.results import (
    Balance,
    GiftSent,
    PayoutRequested,
    PayoutSettled,
    Recharged,
    Undone,
)


def _stored(s, txn_id: int) -> dict:
    """A transaction's stored result, its keys in the order the ledger keeps them."""
    (text,) = s.ctx.conn.execute(
        "SELECT result FROM transactions WHERE id = ?", (txn_id,)
    ).fetchone()
    return json.loads(text)


@pytest.fixture
def actions(fresh_services, earning_creator, rich_viewer):
    """Each keyed write, as a call that can be made again: the first call's result, then a
    replay's."""
    s, vera, cleo = fresh_services, rich_viewer.id, earning_creator.id
    sent: list[GiftSent] = []
    requested: list[PayoutRequested] = []

    def send() -> GiftSent:
        result = s.gifts.send(vera, cleo, "Rose", count=3, key="send")
        sent.append(result)
        return result

    def request() -> PayoutRequested:
        result = s.payouts.request(cleo, 1_000, method="bank", key="pay")
        requested.append(result)
        return result

    return [
        lambda: s.recharge.recharge(vera, coins=700, channel="app", method="app-store", key="buy"),
        send,
        lambda: s.gifts.undo(sent[0].transaction_id, key="undo"),
        request,
        lambda: s.payouts.settle(requested[0].payout_id),
    ]


def test_each_result_is_the_dict_the_ledger_keeps(fresh_services, actions):
    for action in actions:
        result = action()
        assert not result.replayed and "replayed" not in result.as_dict()
        assert result.as_dict() == _stored(fresh_services, result.transaction_id)


def test_a_replay_is_the_same_type_and_the_stored_dict_key_for_key(fresh_services, actions):
    firsts = [action() for action in actions]
    assert [type(r) for r in firsts] == [
        Recharged,
        GiftSent,
        Undone,
        PayoutRequested,
        PayoutSettled,
    ]
    for action, first in zip(actions, firsts, strict=True):
        again = action()
        assert type(again) is type(first)
        assert again.replayed and again == first
        stored = _stored(fresh_services, first.transaction_id)
        # The dict as the ledger keeps it, in its order, then "replayed": what the command
        # line prints for a replay, as it always did.
        assert list(again.as_dict().items()) == [*stored.items(), ("replayed", True)]


def test_a_result_an_earlier_giftdesk_stored_replays_exactly_as_stored(
    fresh_services, actions, monkeypatch
):
    """Results have changed shape over time (undo_until was a number of microseconds; purchases
    had no reference): a replay gives back what was stored, not what the type would make."""
    fresh = GiftSent._fresh

    def as_an_earlier_giftdesk_kept_it(self):
        return {k: v for k, v in fresh(self).items() if k != "undo_until"} | {"undo_until": 17}

    with monkeypatch.context() as patch:
        patch.setattr(GiftSent, "_fresh", as_an_earlier_giftdesk_kept_it)
        first = actions[1]()
    old = _stored(fresh_services, first.transaction_id)
    assert old["undo_until"] == 17
    again = actions[1]()
    assert again.as_dict() == {**old, "replayed": True}
    assert again.undo_until == 17 and again.coins_spent == 3


def test_a_replay_missing_a_key_reads_none_there():
    stored = {"transaction_id": 4, "payout_id": 2, "diamonds": 1_000, "cents": 1_000}
    replay = PayoutSettled.replay_of(stored)
    assert replay.replayed and replay.status is None and replay.diamonds == 1_000
    assert replay.as_dict() == {**stored, "replayed": True}


def test_results_are_frozen_and_slotted(fresh_services, actions):
    sent = actions[1]()
    with pytest.raises(dataclasses.FrozenInstanceError):
        sent.count = 4  # type: ignore[misc]
    assert not hasattr(sent, "__dict__")  # a burst makes one per gift


def test_a_balance_as_a_dict_keeps_the_command_lines_keys(fresh_services, viewer):
    assert list(fresh_services.balance(viewer.id).as_dict()) == [
        "profile",
        "coins",
        "diamonds",
        "diamonds_cents",
        "creator",
    ]
    assert isinstance(fresh_services.balance(viewer.id), Balance)


def test_change_kinds_keep_the_words_listeners_had():
    assert [k.value for k in ChangeKind] == [
        "profile",
        "budget",
        "security",
        "recharge",
        "gift",
        "undo",
        "payout",
        "seen",
        "live",
    ]


def test_a_burst_tap_result_is_the_one_the_constructor_makes():
    """GiftSent.of_tap sets the slots itself (for speed): every field, in declaration order,
    must land where the constructor puts it, and the result must stay frozen and fresh."""
    from giftdesk.domain.trails import MoneyTrail

    names = [f.name for f in dataclasses.fields(GiftSent) if not f.kw_only]
    fields = tuple(f"value of {name}" for name in names[:-1])  # all but the trail
    trail = MoneyTrail(101, 30, 21, 50)
    made = GiftSent.of_tap(fields, trail)
    assert made == GiftSent(*fields, trail)
    assert [getattr(made, name) for name in names] == [*fields, trail]
    assert made.stored is None and not made.replayed
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.count = 2  # type: ignore[misc]
