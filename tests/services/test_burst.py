"""send_batch: a live-stream burst in one write transaction, every rule applied per gift,
a sender's repeated gift recorded as one combo."""

from __future__ import annotations

import datetime as dt

import hypothesis.strategies as st
from hypothesis import given, settings

from giftdesk.domain.errors import BudgetExceeded, InsufficientCoins, SelfGift, UnknownGift
from giftdesk.history_text import describe
from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.gifting import GiftRequest


def test_without_streaks_each_gift_is_its_own_transaction_and_refusals_write_nothing(
    fresh_services, creator
):
    s = fresh_services
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    s.recharge.recharge(vera.id, coins=70, channel="web", method="paypal")  # 77 coins
    burst = [GiftRequest(vera.id, creator.id, "Doughnut") for _ in range(3)]  # 30 coins each
    burst.insert(1, GiftRequest(vera.id, vera.id, "Rose"))
    burst.append(GiftRequest(vera.id, creator.id, "Nope"))
    results = s.gifts.send_batch(burst, streaks=False)
    assert [type(r).__name__ for r in results] == [
        "GiftSent",
        "SelfGift",
        "GiftSent",
        "InsufficientCoins",
        "UnknownGift",
    ]
    assert isinstance(results[1], SelfGift) and isinstance(results[3], InsufficientCoins)
    assert isinstance(results[4], UnknownGift)
    assert results[3].balance_coins == 17  # the balance as the burst left it
    assert results[0].transaction_id + 1 == results[2].transaction_id
    assert s.balance(vera.id).coins == 17
    assert s.balance(creator.id).diamonds == 30


def test_with_streaks_refusals_still_write_nothing_and_the_doughnuts_are_one_combo(
    fresh_services, creator
):
    s = fresh_services
    s.lives.start(creator.id)
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    s.recharge.recharge(vera.id, coins=70, channel="web", method="paypal")  # 77 coins
    burst = [GiftRequest(vera.id, creator.id, "Doughnut") for _ in range(3)]
    burst.insert(1, GiftRequest(vera.id, vera.id, "Rose"))
    results = s.gifts.send_batch(burst)
    assert [type(r).__name__ for r in results] == [
        "GiftSent",
        "SelfGift",
        "GiftSent",
        "InsufficientCoins",
    ]
    assert results[0].transaction_id == results[2].transaction_id
    assert [(r.count, r.coins_spent, r.balance_coins) for r in (results[0], results[2])] == [
        (1, 30, 47),
        (1, 30, 17),
    ]
    (row,) = s.history.page(vera.id, limit=1)
    assert describe(row) == "Sent Doughnut x2 to Cleo (LIVE)" and row.coins == -60
    assert s.balance(creator.id).diamonds == 30


def test_a_senders_repeats_become_one_combo_and_everything_else_stays_alone(
    fresh_services, funded_viewer, creator
):
    s = fresh_services
    s.lives.start(creator.id)
    bob = s.profiles.add("Bob", birthdate="1991-01-01")
    s.recharge.recharge(bob.id, coins=70, channel="web", method="paypal")
    vera = funded_viewer.id
    requests = [
        GiftRequest(vera, creator.id, "Rose", count=5),
        GiftRequest(bob.id, creator.id, "Rose"),  # another sender: another combo
        GiftRequest(vera, creator.id, "Rose", context="video"),  # another context: another
        GiftRequest(vera, creator.id, "Corgi"),  # 299 coins: never a combo
        GiftRequest(vera, creator.id, "Corgi"),
        GiftRequest(vera, creator.id, "Rose", key="mine"),  # a caller's key replays alone
        GiftRequest(vera, creator.id, "Rose", count=2),  # joins the first
    ]
    results = s.gifts.send_batch(requests)
    ids = [r.transaction_id for r in results]
    assert ids[6] == ids[0] and len(set(ids)) == 6
    assert [r.count for r in results] == [5, 1, 1, 1, 1, 1, 2]
    assert sum(r.diamonds_credited for r in results) == (7 + 1 + 1 + 598 + 1) // 2
    combo = s.history.page(vera, limit=10)
    assert [describe(r) for r in combo if r.transaction_id == ids[0]] == [
        "Sent Rose x7 to Cleo (LIVE)"
    ]
    # The combo's stored result is what one send of all seven returns: a retry under its key
    # (read back from the ledger) replays it whole.
    stored = s.ctx.conn.execute(
        "SELECT idem_key FROM transactions WHERE id = ?", (ids[0],)
    ).fetchone()[0]
    again = s.gifts.send(vera, creator.id, "Rose", count=7, key=stored)
    assert again.replayed and again.transaction_id == ids[0]
    assert (again.count, again.coins_spent) == (7, 7)
    assert s.gifts.send(vera, creator.id, "Rose", key="mine").transaction_id == ids[5]


def test_undoing_a_combo_gives_back_every_gift_in_it(fresh_services, funded_viewer, creator, clock):
    s = fresh_services
    before = (s.balance(funded_viewer.id), s.balance(creator.id))
    results = s.gifts.send_batch([GiftRequest(funded_viewer.id, creator.id, "Finger Heart")] * 9)
    assert s.balance(funded_viewer.id).coins == before[0].coins - 45
    clock.advance(seconds=3)
    undone = s.gifts.undo(results[-1].transaction_id)
    assert (undone.count, undone.coins_refunded) == (9, 45)
    assert (s.balance(funded_viewer.id), s.balance(creator.id)) == before


def test_a_streak_longer_than_the_largest_combo_starts_another(
    fresh_services, rich_viewer, creator
):
    s = fresh_services
    largest = s.ctx.rules.max_combo_count
    results = s.gifts.send_batch(
        [
            GiftRequest(rich_viewer.id, creator.id, "Rose", count=largest - 1),
            GiftRequest(rich_viewer.id, creator.id, "Rose", count=1),
            GiftRequest(rich_viewer.id, creator.id, "Rose", count=1),
        ]
    )
    assert results[0].transaction_id == results[1].transaction_id
    assert results[2].transaction_id == results[0].transaction_id + 1
    counts = s.ctx.conn.execute("SELECT count FROM gifts ORDER BY txn_id").fetchall()
    assert counts == [(largest,), (1,)]


def test_budget_is_counted_across_the_burst(fresh_services, funded_viewer, creator):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=100, monthly_coins=None)
    results = s.gifts.send_batch([GiftRequest(funded_viewer.id, creator.id, "Doughnut")] * 4)
    assert [isinstance(r, BudgetExceeded) for r in results] == [False, False, False, True]
    assert s.profiles.budget_left_today(funded_viewer.id) == 10


def test_keys_in_a_burst_replay_like_single_sends(fresh_services, funded_viewer, creator):
    s = fresh_services
    first = s.gifts.send(funded_viewer.id, creator.id, "Rose", key="r-1")
    results = s.gifts.send_batch(
        [
            GiftRequest(funded_viewer.id, creator.id, "Rose", key="r-1"),
            GiftRequest(funded_viewer.id, creator.id, "Rose", key="r-2"),
        ]
    )
    assert results[0].transaction_id == first.transaction_id and results[0].replayed
    assert not results[1].replayed
    assert s.balance(funded_viewer.id).coins == 19_250 - 2


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Rose", "Finger Heart", "Rosa", "Corgi", "Galaxy"]),
            st.integers(min_value=1, max_value=5),
            st.booleans(),
        ),
        min_size=1,
        max_size=25,
    ),
    st.booleans(),
)
def test_a_burst_ends_where_the_same_gifts_sent_one_by_one_end(gifts, streaks):
    def run(batch: bool):
        # a fixed clock: a local midnight between the two runs would split the day's spending
        s = Services.open(clock=FixedClock(dt.datetime(2026, 11, 25, 12, tzinfo=UTC)))
        viewers = [s.profiles.add(n, birthdate="1990-01-01") for n in ("A", "B")]
        cleo = s.profiles.add("Cleo", birthdate="1988-01-01", creator=True)
        s.recharge.recharge(viewers[0].id, coins=3_500, channel="web", method="paypal")
        s.recharge.recharge(viewers[1].id, coins=350, channel="web", method="paypal")
        requests = [
            GiftRequest(
                viewers[int(b)].id, cleo.id, name, count if name not in ("Corgi", "Galaxy") else 1
            )
            for name, count, b in gifts
        ]
        if batch:
            outcome = [type(r).__name__ for r in s.gifts.send_batch(requests, streaks=streaks)]
        else:
            outcome = []
            for r in requests:
                try:
                    s.gifts.send(r.sender_id, r.creator_id, r.gift_name, count=r.count)
                    outcome.append("GiftSent")
                except Exception as e:  # noqa: BLE001 - compare which refusal, by name
                    outcome.append(type(e).__name__)
        state = (
            [s.balance(p.id) for p in (*viewers, cleo)],
            outcome,
            s.profiles.spent(viewers[0].id, day=viewers[0].today(s.ctx.moment())),
            s.earnings.top_supporters(cleo.id),
            s.earnings.by_context(cleo.id),
        )
        assert all(c.ok for c in s.maintenance.verify())
        s.close()
        return state

    assert run(batch=True) == run(batch=False)
