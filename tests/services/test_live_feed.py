"""A LIVE room's reads: the opening feed, what is new after a cursor (keyset), undos, places
in the ranking and the LIVEs on air."""

from __future__ import annotations

from giftdesk.services.gifting import GiftRequest


def _on_air(services, cleo, **kwargs):
    return services.lives.start(cleo.id, title="Cleo live", **kwargs)


def test_opening_reads_the_newest_standing_gifts_oldest_first(
    fresh_services, funded_viewer, creator
):
    services, vera, cleo = fresh_services, funded_viewer, creator
    services.gifts.send(vera.id, cleo.id, "Rose", context="video")  # no LIVE: not in it
    live = _on_air(services, cleo)
    sent = [services.gifts.send(vera.id, cleo.id, g) for g in ("Rose", "Doughnut", "Galaxy")]
    services.gifts.undo(sent[1].transaction_id, sender_id=vera.id, sent_at=sent[1].created_at)
    opening = services.lives.opening(live, limit=10)
    assert [g.gift for g in opening.gifts] == ["Rose", "Galaxy"]
    assert opening.gifts[1].coins == 1_000 and opening.gifts[1].sender == "Vera"
    assert [g.gift for g in services.lives.opening(live, limit=1).gifts] == ["Galaxy"]
    # Nothing before the cursors is news.
    news = services.lives.news(
        live, gift_cursor=opening.gift_cursor, undo_cursor=opening.undo_cursor
    )
    assert news.gifts == () and news.undone == () and not news.more


def test_news_reads_only_what_came_after_its_cursors(fresh_services, funded_viewer, creator):
    services, vera, cleo = fresh_services, funded_viewer, creator
    live = _on_air(services, cleo)
    opening = services.lives.opening(live, limit=10)
    first = services.gifts.send(vera.id, cleo.id, "Rose", count=25)
    news = services.lives.news(
        live, gift_cursor=opening.gift_cursor, undo_cursor=opening.undo_cursor
    )
    assert [(g.gift, g.count, g.coins) for g in news.gifts] == [("Rose", 25, 25)]
    services.gifts.send_batch([GiftRequest(vera.id, cleo.id, "Perfume")] * 3)
    services.gifts.undo(first.transaction_id, sender_id=vera.id, sent_at=first.created_at)
    later = services.lives.news(
        live, gift_cursor=news.gift_cursor, undo_cursor=news.undo_cursor, limit=1
    )
    assert later.more and len(later.gifts) == 1
    assert later.undone == (first.transaction_id,)
    rest = services.lives.news(live, gift_cursor=later.gift_cursor, undo_cursor=later.undo_cursor)
    assert rest.undone == () and not rest.more


def test_places_in_the_ranking_and_the_lives_on_air(fresh_services, funded_viewer, creator):
    services, vera, cleo = fresh_services, funded_viewer, creator
    sam = services.profiles.add("Sam", birthdate="1991-01-01")
    services.recharge.recharge(sam.id, coins=700, channel="web", method="paypal")
    live = _on_air(services, cleo, goal_diamonds=100)
    assert services.lives.rank(live.live_id, vera.id) is None
    services.gifts.send(sam.id, cleo.id, "Hand Hearts")
    services.gifts.send(vera.id, cleo.id, "Rose")
    assert services.lives.rank(live.live_id, sam.id) == (1, 100)
    assert services.lives.rank(live.live_id, vera.id) == (2, 1)
    (on_air,) = services.lives.now_on_air()
    assert (on_air.creator, on_air.title, on_air.gifters) == ("Cleo", "Cleo live", 2)
    services.lives.end(cleo.id)
    assert services.lives.now_on_air() == []
