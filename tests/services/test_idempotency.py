"""Idempotency keys: a replay returns the first result and changes nothing; a reused key with a
different request is refused."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import IdempotencyConflict, InsufficientCoins, InvalidInput
from giftdesk.services.payments import CardDetails
from giftdesk.services.results import Stored


def same(replayed: Stored, first: Stored) -> bool:
    """A replay: the first result's type and fields, marked replayed, and as a dict the first
    one's with "replayed": True."""
    return (
        type(replayed) is type(first)
        and replayed.replayed is True
        and first.replayed is False
        and replayed == first
        and replayed.as_dict() == {**first.as_dict(), "replayed": True}
    )


def test_a_recharge_replays(fresh_services, viewer, probe):
    r = fresh_services.recharge
    first = r.recharge(viewer.id, coins=700, channel="web", method="paypal", key="buy-1")
    state = probe.state(fresh_services)
    again = r.recharge(viewer.id, coins=700, channel="web", method="paypal", key="buy-1")
    assert same(again, first)
    assert probe.state(fresh_services) == state
    assert fresh_services.balance(viewer.id).coins == 770


@pytest.mark.parametrize(
    "change",
    [
        {"coins": 350},
        {"channel": "app", "method": "app-store"},
        {"method": "card"},
        {"coins": 700, "custom": True},
    ],
)
def test_a_recharge_key_reused_for_another_request_is_refused(
    fresh_services, viewer, probe, change
):
    request = {"coins": 700, "channel": "web", "method": "paypal"}
    fresh_services.recharge.recharge(viewer.id, **request, key="buy-1")
    state = probe.state(fresh_services)
    with pytest.raises(IdempotencyConflict, match="different request"):
        fresh_services.recharge.recharge(
            viewer.id,
            **{**request, **change},
            key="buy-1",
            card=CardDetails("4242424242424242", "12/30", "123"),
        )
    assert probe.state(fresh_services) == state


def test_a_recharge_key_reused_for_another_profile_is_refused(fresh_services, viewer):
    otto = fresh_services.profiles.add("Otto", birthdate="1980-01-01")
    fresh_services.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal", key="k")
    with pytest.raises(IdempotencyConflict):
        fresh_services.recharge.recharge(otto.id, coins=70, channel="web", method="paypal", key="k")
    assert fresh_services.balance(otto.id).coins == 0


def test_a_send_replays(fresh_services, funded_viewer, creator, probe, clock):
    s = fresh_services
    first = s.gifts.send(funded_viewer.id, creator.id, "Rose", count=3, key="send-1")
    state = probe.state(s)
    clock.advance(minutes=5)
    again = s.gifts.send(funded_viewer.id, creator.id, "rose", count=3, key="send-1")
    assert same(again, first)
    assert probe.state(s) == state
    assert s.balance(funded_viewer.id).coins == 19_250 - 3
    assert s.balance(creator.id).diamonds == 1


@pytest.mark.parametrize("change", [{"count": 4}, {"gift_name": "TikTok"}, {"context": "video"}])
def test_a_send_key_reused_for_another_request_is_refused(
    fresh_services, funded_viewer, creator, probe, change
):
    s = fresh_services
    s.lives.start(creator.id)
    request = {"gift_name": "Rose", "count": 3, "context": "live"}
    s.gifts.send(funded_viewer.id, creator.id, **request, key="send-1")
    state = probe.state(s)
    with pytest.raises(IdempotencyConflict):
        s.gifts.send(funded_viewer.id, creator.id, **{**request, **change}, key="send-1")
    assert probe.state(s) == state


def test_a_payout_replays(fresh_services, earning_creator, probe):
    s = fresh_services
    first = s.payouts.request(earning_creator.id, 5_000, method="bank", key="pay-1")
    state = probe.state(s)
    again = s.payouts.request(earning_creator.id, 5_000, method="bank", key="pay-1")
    assert same(again, first)
    assert probe.state(s) == state
    assert s.balance(earning_creator.id).diamonds == 112_497 - 5_000
    assert len(s.payouts.list(earning_creator.id)) == 1


def test_a_payout_replays_even_when_a_new_request_would_now_be_refused(
    fresh_services, earning_creator
):
    s = fresh_services
    first = s.payouts.request(earning_creator.id, 100_000, method="bank", key="pay-1")
    assert same(s.payouts.request(earning_creator.id, 100_000, method="bank", key="pay-1"), first)


@pytest.mark.parametrize("change", [{"diamonds": 5_001}, {"method": "paypal"}])
def test_a_payout_key_reused_for_another_request_is_refused(
    fresh_services, earning_creator, probe, change
):
    s = fresh_services
    request = {"diamonds": 5_000, "method": "bank"}
    s.payouts.request(earning_creator.id, **request, key="pay-1")
    state = probe.state(s)
    with pytest.raises(IdempotencyConflict):
        s.payouts.request(earning_creator.id, **{**request, **change}, key="pay-1")
    assert probe.state(s) == state


def test_an_undo_replays(fresh_services, funded_viewer, creator, probe, clock):
    s = fresh_services
    sent = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    first = s.gifts.undo(sent.transaction_id, key="undo-1")
    state = probe.state(s)
    clock.advance(minutes=1)  # past the window, but a replay is not a new undo
    assert same(s.gifts.undo(sent.transaction_id, key="undo-1"), first)
    assert probe.state(s) == state


def test_a_key_cannot_be_reused_across_actions(fresh_services, funded_viewer, creator, probe):
    s = fresh_services
    s.gifts.send(funded_viewer.id, creator.id, "Rose", key="one-key")
    state = probe.state(s)
    with pytest.raises(IdempotencyConflict):
        s.recharge.recharge(
            funded_viewer.id, coins=70, channel="web", method="paypal", key="one-key"
        )
    with pytest.raises(IdempotencyConflict):
        s.payouts.request(creator.id, 1_000, method="bank", key="one-key")
    assert probe.state(s) == state


def test_a_failed_request_does_not_use_up_its_key(fresh_services, viewer, creator):
    s = fresh_services
    with pytest.raises(InsufficientCoins):
        s.gifts.send(viewer.id, creator.id, "Galaxy", key="galaxy")
    s.recharge.recharge(viewer.id, coins=1_400, channel="web", method="paypal")
    result = s.gifts.send(viewer.id, creator.id, "Galaxy", key="galaxy")
    assert not result.replayed and result.coins_spent == 1_000


def test_without_a_key_each_call_is_a_new_request(fresh_services, viewer):
    r = fresh_services.recharge
    r.recharge(viewer.id, coins=70, channel="web", method="paypal")
    r.recharge(viewer.id, coins=70, channel="web", method="paypal")
    assert fresh_services.balance(viewer.id).coins == 77 + 70


@pytest.mark.parametrize("key", ["", "x" * 201, "tab\there", "new\nline"])
def test_a_malformed_key_is_refused(fresh_services, viewer, key):
    with pytest.raises(InvalidInput, match="idempotency key"):
        fresh_services.recharge.recharge(
            viewer.id, coins=70, channel="web", method="paypal", key=key
        )
    assert fresh_services.balance(viewer.id).coins == 0


def test_a_200_character_key_is_accepted(fresh_services, viewer):
    key = "k" * 200
    first = fresh_services.recharge.recharge(
        viewer.id, coins=70, channel="web", method="paypal", key=key
    )
    assert same(
        fresh_services.recharge.recharge(
            viewer.id, coins=70, channel="web", method="paypal", key=key
        ),
        first,
    )


def test_a_replay_does_not_notify(fresh_services, viewer):
    fresh_services.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal", key="k")
    seen = []
    fresh_services.subscribe(seen.append)
    fresh_services.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal", key="k")
    assert seen == []


def test_a_callers_key_cannot_block_a_payout_settlement(fresh_services, earning_creator, viewer):
    # Settling payout N uses the key "settle:N"; a caller who picked that key must not be able
    # to leave the payout pending for ever.
    s = fresh_services
    with pytest.raises(InvalidInput, match="reserved"):
        s.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal", key="settle:1")
    request = s.payouts.request(earning_creator.id, 1_000, method="bank")
    assert request.payout_id == 1
    assert s.payouts.settle(1).status == "paid"
