"""The money trail a gift would store, read before it is sent, is the one `send` stores."""

from __future__ import annotations


def _spend_down(services, sender_id, creator_id, gifts):
    for name in gifts:
        services.gifts.send(sender_id, creator_id, name)


def test_preview_equals_the_stored_trail_across_two_lots_and_a_bonus(
    fresh_services, funded_viewer, creator
):
    services, vera, cleo = fresh_services, funded_viewer, creator
    # Her first lot: 17,500 coins bought on the web plus 1,750 bonus, 19,250 for $185.00.
    _spend_down(services, vera.id, cleo.id, ["Interstellar", "Private Jet", "Motorcycle"])
    services.recharge.recharge(vera.id, coins=1_400, channel="app", method="app-store")
    # 1,374 coins left of the first lot: the Whale (2,150) takes them and 776 of the app lot.
    seen = services.gifts.preview_trail(vera.id, cleo.id, "Whale Diving")
    assert seen.coins == 2_150 and seen.missing_coins == 0 and seen.free_coins == 0
    assert services.balance(vera.id).coins == 1_374 + 1_400  # the preview wrote nothing
    sent = services.gifts.send(vera.id, cleo.id, "Whale Diving")
    assert sent.money_trail == seen.trail
    assert seen.trail.store_fee_cents > 0  # part of it came from the app store's lot
    assert seen.diamonds == sent.diamonds_credited

    # Undone, the same gift would take the same coins again: the same trail.
    services.gifts.undo(sent.transaction_id)
    assert services.gifts.preview_trail(vera.id, cleo.id, "Whale Diving") == seen


def test_preview_of_a_gift_beyond_the_coins_says_what_is_missing(fresh_services, viewer, creator):
    seen = fresh_services.gifts.preview_trail(viewer.id, creator.id, "Rose", 5)
    assert seen.missing_coins == 5 and seen.trail.paid_cents == 0


def test_preview_of_a_combo_equals_its_trail(fresh_services, funded_viewer, creator):
    services = fresh_services
    for count in (1, 3, 97, 1):
        seen = services.gifts.preview_trail(funded_viewer.id, creator.id, "Rose", count)
        sent = services.gifts.send(funded_viewer.id, creator.id, "Rose", count=count)
        assert sent.money_trail == seen.trail
