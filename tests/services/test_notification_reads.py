"""The reads the tray's notifications ask after every change: big gifts since a transaction,
and the goal of the LIVE on air."""

from __future__ import annotations


def test_big_gifts_since_a_transaction_leave_out_small_and_undone_ones(
    fresh_services, funded_viewer, creator
):
    s = fresh_services
    start = s.earnings.newest_gift_id(creator.id)
    assert start == 0
    s.gifts.send(funded_viewer.id, creator.id, "Rose", count=999)  # 999 coins: under
    galaxy = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")  # 1,000 coins
    roses = s.gifts.send(funded_viewer.id, creator.id, "Rose", count=1_000)  # 1,000 too
    undone = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    s.gifts.undo(undone.transaction_id, sender_id=funded_viewer.id, sent_at=undone.created_at)
    big = s.earnings.big_gifts_since(creator.id, after_txn_id=start, min_coins=1_000)
    assert [(g.transaction_id, g.sender, g.gift, g.count, g.coins) for g in big] == [
        (galaxy.transaction_id, "Vera", "Galaxy", 1, 1_000),
        (roses.transaction_id, "Vera", "Rose", 1_000, 1_000),
    ]
    assert s.earnings.big_gifts_since(
        creator.id, after_txn_id=galaxy.transaction_id, min_coins=1_000
    ) == [big[1]]
    assert s.earnings.newest_gift_id(creator.id) == undone.transaction_id
    assert len(s.earnings.big_gifts_since(creator.id, after_txn_id=0, min_coins=1, limit=2)) == 2


def test_the_goal_of_the_live_on_air(fresh_services, funded_viewer, creator):
    s = fresh_services
    assert s.lives.goal(creator.id) is None
    live = s.lives.start(creator.id, goal_diamonds=500)
    goal = s.lives.goal(creator.id)
    assert (goal.live_id, goal.goal_diamonds, goal.diamonds, goal.reached) == (
        live.live_id,
        500,
        0,
        False,
    )
    s.gifts.send(funded_viewer.id, creator.id, "Galaxy")  # 500 diamonds
    assert s.lives.goal(creator.id).reached
    s.lives.end(creator.id)
    assert s.lives.goal(creator.id) is None
    s.lives.start(creator.id)  # no goal: never reached
    s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    assert s.lives.goal(creator.id).goal_diamonds is None
    assert not s.lives.goal(creator.id).reached
