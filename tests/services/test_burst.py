"""send_batch: a live-stream burst in one write transaction, every rule applied per gift."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import given, settings

from giftdesk.domain.errors import BudgetExceeded, InsufficientCoins, SelfGift, UnknownGift
from giftdesk.services import Services
from giftdesk.services.gifting import GiftRequest


def test_each_gift_is_its_own_transaction_and_refusals_write_nothing(fresh_services, creator):
    s = fresh_services
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    s.recharge.recharge(vera.id, coins=70, channel="web", method="paypal")  # 77 coins
    burst = [GiftRequest(vera.id, creator.id, "Doughnut") for _ in range(3)]  # 30 coins each
    burst.insert(1, GiftRequest(vera.id, vera.id, "Rose"))
    burst.append(GiftRequest(vera.id, creator.id, "Nope"))
    results = s.gifts.send_batch(burst)
    assert [type(r).__name__ for r in results] == [
        "dict", "SelfGift", "dict", "InsufficientCoins", "UnknownGift"]
    assert isinstance(results[1], SelfGift) and isinstance(results[3], InsufficientCoins)
    assert isinstance(results[4], UnknownGift)
    assert results[3].balance_coins == 17  # the balance as the burst left it
    assert results[0]["transaction_id"] + 1 == results[2]["transaction_id"]
    assert s.balance(vera.id)["coins"] == 17
    assert s.balance(creator.id)["diamonds"] == 30


def test_budget_is_counted_across_the_burst(fresh_services, funded_viewer, creator):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=100, monthly_coins=None)
    results = s.gifts.send_batch([GiftRequest(funded_viewer.id, creator.id, "Doughnut")] * 4)
    assert [isinstance(r, BudgetExceeded) for r in results] == [False, False, False, True]
    assert s.profiles.budget_left_today(funded_viewer.id) == 10


def test_keys_in_a_burst_replay_like_single_sends(fresh_services, funded_viewer, creator):
    s = fresh_services
    first = s.gifts.send(funded_viewer.id, creator.id, "Rose", key="r-1")
    results = s.gifts.send_batch([GiftRequest(funded_viewer.id, creator.id, "Rose", key="r-1"),
                                  GiftRequest(funded_viewer.id, creator.id, "Rose", key="r-2")])
    assert results[0]["transaction_id"] == first["transaction_id"] and results[0]["replayed"]
    assert "replayed" not in results[1]
    assert s.balance(funded_viewer.id)["coins"] == 19_250 - 2


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Rose", "Finger Heart", "Rosa", "Corgi", "Galaxy"]),
                          st.integers(min_value=1, max_value=5), st.booleans()),
                min_size=1, max_size=25))
def test_a_burst_ends_where_the_same_gifts_sent_one_by_one_end(gifts):
    def run(batch: bool):
        s = Services.open()
        viewers = [s.profiles.add(n, birthdate="1990-01-01") for n in ("A", "B")]
        cleo = s.profiles.add("Cleo", birthdate="1988-01-01", creator=True)
        s.recharge.recharge(viewers[0].id, coins=3_500, channel="web", method="paypal")
        s.recharge.recharge(viewers[1].id, coins=350, channel="web", method="paypal")
        requests = [GiftRequest(viewers[int(b)].id, cleo.id, name,
                                count if name not in ("Corgi", "Galaxy") else 1)
                    for name, count, b in gifts]
        if batch:
            outcome = [type(r).__name__ for r in s.gifts.send_batch(requests)]
        else:
            outcome = []
            for r in requests:
                try:
                    s.gifts.send(r.sender_id, r.creator_id, r.gift_name, count=r.count)
                    outcome.append("dict")
                except Exception as e:  # noqa: BLE001 - compare which refusal, by name
                    outcome.append(type(e).__name__)
        state = ([s.balance(p.id) for p in (*viewers, cleo)], outcome,
                 s.profiles.spent(viewers[0].id, day=s.ctx.moment().local_day))
        assert all(c.ok for c in s.maintenance.verify())
        s.close()
        return state

    assert run(batch=True) == run(batch=False)
