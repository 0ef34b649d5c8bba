"""The LIVE room's models: the feed (combos counting up in one row, undos taken out), the
ranking and "LIVE now"; each passes pytest-qt's model tester."""

from __future__ import annotations

from giftdesk.services.live_results import FeedGift, OnAir, Supporter
from giftdesk.ui.models.live import LiveRankingModel, OnAirModel
from giftdesk.ui.models.live_feed import MAX_ROWS, STREAK_US, LiveFeedModel


def _gift(txn, sender, name="Rose", count=1, unit=1, at_s=0):
    return FeedGift(txn, at_s * 1_000_000, sender, f"P{sender}", name, count, unit * count, 0)


def test_a_streak_is_one_row_that_counts_up(qtbot, qtmodeltester):
    model = LiveFeedModel(frozenset({"Rose"}))
    qtmodeltester.check(model)
    model.add_gifts((_gift(1, 1), _gift(2, 1), _gift(3, 2, "Galaxy", unit=1000)))
    assert model.rowCount() == 2
    model.add_gifts((_gift(6, 2, "Galaxy", unit=1000),))  # not streakable: a row each time
    assert model.rowCount() == 3
    model.take_back((6,))
    assert model.index(0, LiveFeedModel.Column.GIFT).data() == "Galaxy"
    model.add_gifts((_gift(4, 1, count=23, at_s=1),))  # the same gifter's roses go on
    assert model.rowCount() == 2
    roses = model.row_at(1)
    assert roses.count == 25
    seen = set()
    model.dataChanged.connect(lambda *_: seen.add(model.index(1, 1).data()))
    qtbot.waitUntil(lambda: model.index(1, LiveFeedModel.Column.GIFT).data() == "Rose x25")
    assert len(seen) > 2  # it counted up, through several figures
    assert model.index(1, LiveFeedModel.Column.COINS).data() == "25"
    # Later than the streak's window, or another gift: a row of its own, on top.
    model.add_gifts((_gift(5, 1, at_s=1 + STREAK_US // 1_000_000 + 1),))
    assert model.rowCount() == 3 and model.index(0, 1).data() == "Rose"
    qtmodeltester.check(model)


def test_undone_gifts_leave_the_feed_and_it_keeps_the_newest_rows(qtmodeltester):
    model = LiveFeedModel(frozenset({"Rose"}))
    model.add_gifts((_gift(1, 1, count=5), _gift(2, 1, count=5), _gift(3, 2)))
    model.take_back((2,))
    assert model.row_at(1).count == 5
    model.take_back((1, 3))
    assert model.rowCount() == 0
    model.add_gifts(tuple(_gift(10 + i, i) for i in range(MAX_ROWS + 5)))
    assert model.rowCount() == MAX_ROWS
    assert model.row_at(0).sender == f"P{MAX_ROWS + 4}"
    model.add_gifts((_gift(10, 0),))  # read already: not twice
    assert model.rowCount() == MAX_ROWS
    qtmodeltester.check(model)


def test_ranking_and_on_air_models(qtmodeltester):
    ranking = LiveRankingModel()
    ranking.show_ranking((Supporter("Vera", 1_000, 1), Supporter("Sam", 25, 25)))
    qtmodeltester.check(ranking)
    assert ranking.index(1, LiveRankingModel.Column.PLACE).data() == "2"
    assert ranking.index(0, LiveRankingModel.Column.COINS).data() == "1,000"
    on_air = OnAirModel()
    on_air.show_lives([OnAir(7, 2, "Cleo", "Cleo live", 10, 3)])
    qtmodeltester.check(on_air)
    assert on_air.index(0, OnAirModel.Column.TITLE).data() == "Cleo live"
    assert on_air.row_of_live(7) == 0 and on_air.row_of_live(8) == -1


def test_time_on_air_reads_as_a_stopwatch():
    from giftdesk.ui.live.clock import span

    assert [span(s) for s in (0, 59, 21 * 60 + 10, 3_723)] == [
        "0:00:00",
        "0:00:59",
        "0:21:10",  # "21:10" alone read as ten past nine
        "1:02:03",
    ]
