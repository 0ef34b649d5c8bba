"""Every table model passes pytest-qt's model tester."""

from __future__ import annotations

from giftdesk.ui.models.activity import ActivityModel
from giftdesk.ui.models.gift_catalog import GiftCatalogModel, GiftFilterModel
from giftdesk.ui.models.leaderboard import LeaderboardModel
from giftdesk.ui.models.lives import LiveHistoryModel
from giftdesk.ui.models.payouts import PayoutsModel
from giftdesk.ui.models.received_gifts import PAGE_ROWS, ReceivedGiftsModel

from expected import GIFTS


def _busy(services, vera, cleo):
    for _ in range(3):
        services.gifts.send(vera.id, cleo.id, "Galaxy")
    services.payouts.request(cleo.id, 1_000, method="bank")


def test_activity_model(qtmodeltester, economy):
    services, vera, cleo = economy
    _busy(services, vera, cleo)
    model = ActivityModel()
    model.set_rows(services.history.rows(vera.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(1, ActivityModel.Column.COINS).data() == "-1,000"


def test_payouts_and_supporters_models(qtmodeltester, economy):
    services, vera, cleo = economy
    _busy(services, vera, cleo)
    payouts = PayoutsModel()
    payouts.set_rows(services.payouts.list(cleo.id))
    qtmodeltester.check(payouts)
    assert payouts.index(0, PayoutsModel.Column.AMOUNT).data() == "$10.00"
    supporters = LeaderboardModel()
    supporters.set_supporters(services.leaderboards.leaderboard(cleo.id, "week").supporters)
    qtmodeltester.check(supporters)
    assert supporters.index(0, LeaderboardModel.Column.RANK).data() == "1"
    assert supporters.index(0, LeaderboardModel.Column.SUPPORTER).data() == "Vera"
    assert supporters.index(0, LeaderboardModel.Column.COINS).data() == "3,000"


def test_live_history_model(qtmodeltester, economy, clock):
    services, vera, cleo = economy
    services.lives.start(cleo.id, title="Warm-up", goal_diamonds=400)
    services.gifts.send(vera.id, cleo.id, "Galaxy")  # 500 diamonds
    clock.advance(seconds=3_900)
    services.lives.end(cleo.id)
    services.lives.start(cleo.id, title="Second", goal_diamonds=1_000)
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    model = LiveHistoryModel()
    model.set_rows(services.lives.history(cleo.id))
    qtmodeltester.check(model)
    column = LiveHistoryModel.Column
    newest = [model.index(0, c).data() for c in column]
    oldest = [model.index(1, c).data() for c in column]
    assert newest[column.ON_AIR :] == ["On air now", "500", "1", "1", "1,000: 50% so far", "Second"]
    assert oldest[column.ON_AIR :] == ["1 h 05 min", "500", "1", "1", "400: reached", "Warm-up"]


def test_received_gifts_model_fetches_pages_lazily(qtmodeltester, economy):
    services, vera, cleo = economy
    for _ in range(PAGE_ROWS + 50):
        services.gifts.send(vera.id, cleo.id, "Rose")
    calls = []

    def fetch(before, limit):
        calls.append(before)
        return services.earnings.received_page(cleo.id, before_txn_id=before, limit=limit)

    model = ReceivedGiftsModel()
    model.set_source(fetch)
    assert model.rowCount() == PAGE_ROWS and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == PAGE_ROWS + 50 and not model.canFetchMore()
    assert len(calls) == 2
    newest = model.row_at(0).transaction_id
    assert newest == max(model.row_at(r).transaction_id for r in range(model.rowCount()))


def test_gift_catalog_and_filter_models(qtmodeltester, fresh_services):
    catalog = GiftCatalogModel(fresh_services.gifts.catalog())
    qtmodeltester.check(catalog)
    proxy = GiftFilterModel()
    proxy.setSourceModel(catalog)
    proxy.set_band(1)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == sum(g.coins < 100 for g in GIFTS)  # the combo gifts


def test_activity_model_fetches_pages_lazily(qtmodeltester, economy):
    services, vera, cleo = economy
    for _ in range(ActivityModel.PAGE_ROWS + 10):
        services.gifts.send(vera.id, cleo.id, "Rose")
    model = ActivityModel()
    model.set_source(
        lambda before, limit: services.history.page(vera.id, before_txn_id=before, limit=limit)
    )
    assert model.rowCount() == ActivityModel.PAGE_ROWS and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == ActivityModel.PAGE_ROWS + 11  # and the purchase, oldest
    assert not model.canFetchMore()
    assert model.row_at(model.rowCount() - 1).kind == "recharge"
