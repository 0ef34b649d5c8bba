"""Payouts: minimum, the per-UTC-day cap, hold then settle or fail."""

from __future__ import annotations

import datetime as dt

import pytest

from giftdesk.domain.errors import (
    InsufficientDiamonds,
    InvalidPaymentMethod,
    NotACreator,
    PayoutBelowMinimum,
    PayoutOverDailyLimit,
    UnknownPayout,
)
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.context import ChangeKind

START = 112_497  # the earning_creator's diamonds


class FailingPayoutProvider:
    """A payout provider that fails every payout and remembers each call."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        self.calls.append(reference)
        return False


class CountingPayoutProvider(FailingPayoutProvider):
    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        super().settle(reference=reference, method=method, cents=cents)
        return True


@pytest.fixture
def provider():
    return CountingPayoutProvider()


@pytest.fixture
def earning(open_services, provider):
    """Services with a counting payout provider, and Cleo holding 22,499 diamonds."""

    def make(provider=provider, clock=None):
        kwargs = {"payout_provider": provider}
        if clock is not None:
            kwargs["clock"] = clock
        s = open_services(**kwargs)
        vera = s.profiles.add("Vera", birthdate="1990-04-12")
        cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
        s.recharge.recharge(vera.id, coins=1_000_000, channel="web", method="paypal", custom=True)
        for _ in range(5):
            s.gifts.send(vera.id, cleo.id, "TikTok Universe")
        return s, cleo

    return make


def diamonds(services, profile_id):
    return services.balance(profile_id).diamonds


def test_a_payout_below_1000_diamonds_is_refused(fresh_services, earning_creator, probe):
    before = probe.state(fresh_services)
    with pytest.raises(PayoutBelowMinimum, match=r"1,000 diamonds \(\$10.00\)"):
        fresh_services.payouts.request(earning_creator.id, 999, method="bank")
    assert probe.state(fresh_services) == before


def test_a_request_holds_the_diamonds(fresh_services, earning_creator, probe):
    s = fresh_services
    result = s.payouts.request(earning_creator.id, 1_000, method="paypal")
    assert (result.diamonds, result.cents, result.status) == (1_000, 1_000, "pending")
    assert result.balance_diamonds == START - 1_000
    assert diamonds(s, earning_creator.id) == START - 1_000
    assert probe.account(s, "diamond:payout_hold") == 1_000
    assert s.payouts.earnings(earning_creator.id).as_dict() == {
        "diamonds": START - 1_000,
        "diamonds_cents": START - 1_000,
        "pending_diamonds": 1_000,
    }
    (payout,) = s.payouts.list(earning_creator.id)
    assert (payout.status, payout.method, payout.settle_transaction_id) == (
        "pending",
        "paypal",
        None,
    )


def test_a_settled_payout_is_paid_in_cents(fresh_services, earning_creator, probe):
    s = fresh_services
    revenue = probe.account(s, "usd:revenue")
    s.payouts.request(earning_creator.id, 12_345, method="bank")
    (settled,) = s.payouts.settle_pending(earning_creator.id)
    assert (settled.status, settled.cents) == ("paid", 12_345)
    assert diamonds(s, earning_creator.id) == START - 12_345
    assert probe.account(s, "diamond:payout_hold") == 0
    assert probe.account(s, "diamond:redeemed") == 12_345
    assert probe.account(s, "usd:creator_payouts") == 12_345
    assert probe.account(s, "usd:revenue") == revenue - 12_345
    assert s.payouts.earnings(earning_creator.id).pending_diamonds == 0
    (payout,) = s.payouts.list(earning_creator.id)
    assert payout.status == "paid" and payout.settle_transaction_id == settled.transaction_id


def test_a_failed_payout_releases_the_diamonds(earning, probe):
    provider = FailingPayoutProvider()
    s, cleo = earning(provider)
    revenue = probe.account(s, "usd:revenue")
    request = s.payouts.request(cleo.id, 5_000, method="bank")
    assert diamonds(s, cleo.id) == START - 5_000
    (settled,) = s.payouts.settle_pending(cleo.id)
    assert settled.status == "failed"
    assert provider.calls == [request.reference]
    assert diamonds(s, cleo.id) == START
    assert probe.account(s, "diamond:payout_hold") == 0
    assert probe.account(s, "diamond:redeemed") == 0
    assert probe.account(s, "usd:creator_payouts") == 0
    assert probe.account(s, "usd:revenue") == revenue
    assert s.payouts.list(cleo.id)[0].status == "failed"


def test_at_most_1000_dollars_per_creator_per_utc_day(fresh_services, earning_creator, probe):
    s = fresh_services
    s.payouts.request(earning_creator.id, 100_000, method="bank")
    assert s.payouts.left_today_cents(earning_creator.id) == 0
    before = probe.state(s)
    with pytest.raises(PayoutOverDailyLimit, match=r"\$1,000.00 per UTC day; \$0.00 is left"):
        s.payouts.request(earning_creator.id, 1_000, method="bank")
    assert probe.state(s) == before


def test_the_cap_counts_pending_and_paid_requests(fresh_services, earning_creator):
    s = fresh_services
    s.payouts.request(earning_creator.id, 60_000, method="bank")
    s.payouts.settle_pending(earning_creator.id)  # paid
    s.payouts.request(earning_creator.id, 30_000, method="paypal")  # pending
    assert s.payouts.requested_today_cents(earning_creator.id) == 90_000
    with pytest.raises(PayoutOverDailyLimit, match=r"\$100.00 is left today"):
        s.payouts.request(earning_creator.id, 10_001, method="bank")
    s.payouts.request(earning_creator.id, 10_000, method="bank")  # exactly $1,000 in all
    with pytest.raises(PayoutOverDailyLimit):
        s.payouts.request(earning_creator.id, 1_000, method="bank")


def test_failed_requests_do_not_count_against_the_cap(earning):
    provider = FailingPayoutProvider()
    s, cleo = earning(provider)
    s.payouts.request(cleo.id, 100_000, method="bank")
    with pytest.raises(PayoutOverDailyLimit):
        s.payouts.request(cleo.id, 1_000, method="bank")
    s.payouts.settle_pending(cleo.id)  # failed: the diamonds come back
    assert s.payouts.requested_today_cents(cleo.id) == 0
    again = s.payouts.request(cleo.id, 100_000, method="bank")
    assert again.status == "pending"


def test_a_single_request_over_the_cap_is_refused(fresh_services, earning_creator):
    with pytest.raises(PayoutOverDailyLimit, match=r"\$1,000.00 is left today"):
        fresh_services.payouts.request(earning_creator.id, 100_001, method="bank")


def test_the_cap_resets_at_utc_midnight(fresh_services, earning_creator, clock):
    s = fresh_services
    s.payouts.request(earning_creator.id, 100_000, method="bank")
    clock.advance(hours=11, minutes=59, seconds=59)  # 23:59:59 UTC
    with pytest.raises(PayoutOverDailyLimit):
        s.payouts.request(earning_creator.id, 1_000, method="bank")
    clock.advance(seconds=1)  # 00:00:00 UTC, 2026-11-26
    assert s.payouts.left_today_cents(earning_creator.id) == 100_000
    result = s.payouts.request(earning_creator.id, 12_497, method="bank")
    assert result.status == "pending"
    assert diamonds(s, earning_creator.id) == 0


def test_a_request_at_midnight_counts_against_its_own_day(
    fresh_services, earning_creator, clock, monkeypatch
):
    s = fresh_services
    s.payouts.request(earning_creator.id, 60_000, method="bank")
    clock.advance(hours=11, minutes=59, seconds=59, microseconds=999_999)  # the day's last us
    reads = []

    def ticking_now():  # each read of the clock a microsecond later: midnight falls mid-request
        reads.append(clock.current)
        clock.current += dt.timedelta(microseconds=1)
        return reads[-1]

    monkeypatch.setattr(clock, "now", ticking_now)
    with pytest.raises(PayoutOverDailyLimit):  # filed under 2026-11-25, beside the $600
        s.payouts.request(earning_creator.id, 60_000, method="bank")


def test_the_cap_follows_utc_days_not_the_local_calendar(earning):
    # In UTC-10 (Etc/GMT+10: POSIX signs are reversed) the creator's day is still 2026-11-25
    # when the UTC day turns to 2026-11-26.
    clock = FixedClock(dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC), zone="Etc/GMT+10")
    s, cleo = earning(clock=clock)
    assert cleo.time_zone == "Etc/GMT+10"
    s.payouts.request(cleo.id, 100_000, method="bank")
    clock.advance(hours=12)
    assert cleo.today(s.ctx.moment()) == dt.date(2026, 11, 25)
    assert s.payouts.request(cleo.id, 1_000, method="bank").status == "pending"


def test_more_diamonds_than_the_creator_has_is_refused(
    fresh_services, creator, funded_viewer, probe
):
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Private Jet")  # 2,444 diamonds
    before = probe.state(fresh_services)
    with pytest.raises(InsufficientDiamonds, match="Cleo has 2,444 diamonds, not 2,445"):
        fresh_services.payouts.request(creator.id, 2_445, method="bank")
    assert probe.state(fresh_services) == before
    fresh_services.payouts.request(creator.id, 2_444, method="bank")
    assert diamonds(fresh_services, creator.id) == 0


def test_held_diamonds_cannot_be_requested_again(fresh_services, creator, funded_viewer):
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Private Jet")  # 2,444 diamonds
    fresh_services.payouts.request(creator.id, 1_500, method="bank")
    with pytest.raises(InsufficientDiamonds):
        fresh_services.payouts.request(creator.id, 1_000, method="bank")


def test_a_viewer_cannot_request_a_payout(fresh_services, funded_viewer):
    with pytest.raises(NotACreator):
        fresh_services.payouts.request(funded_viewer.id, 1_000, method="bank")


def test_an_unknown_payout_method_is_refused(fresh_services, earning_creator, probe):
    before = probe.state(fresh_services)
    with pytest.raises(InvalidPaymentMethod, match="bank or paypal, not 'cash'"):
        fresh_services.payouts.request(earning_creator.id, 1_000, method="cash")
    assert probe.state(fresh_services) == before


def test_settling_twice_pays_once_and_asks_the_provider_once(earning, provider, probe):
    s, cleo = earning()
    request = s.payouts.request(cleo.id, 2_000, method="bank")
    first = s.payouts.settle(request.payout_id)
    state = probe.state(s)
    second = s.payouts.settle(request.payout_id)
    assert second.replayed and second == first
    assert {k: v for k, v in second.as_dict().items() if k != "replayed"} == first.as_dict()
    assert provider.calls == [request.reference]
    assert probe.state(s) == state
    assert s.payouts.settle_pending(cleo.id) == []


def test_a_failed_payout_stays_failed_when_settled_again(earning, probe):
    provider = FailingPayoutProvider()
    s, cleo = earning(provider)
    request = s.payouts.request(cleo.id, 2_000, method="bank")
    assert s.payouts.settle(request.payout_id).status == "failed"
    state = probe.state(s)
    assert s.payouts.settle(request.payout_id).status == "failed"
    assert probe.state(s) == state
    assert diamonds(s, cleo.id) == START


def test_settling_an_unknown_payout_is_refused(fresh_services):
    with pytest.raises(UnknownPayout, match="no payout #7"):
        fresh_services.payouts.settle(7)


def test_payouts_list_newest_first_and_settle_oldest_first(earning, provider):
    s, cleo = earning()
    requests = [s.payouts.request(cleo.id, n, method="bank") for n in (1_000, 2_000, 3_000)]
    ids = [r.payout_id for r in requests]
    assert [p.id for p in s.payouts.list(cleo.id)] == ids[::-1]
    settled = s.payouts.settle_pending(cleo.id)
    assert [r.payout_id for r in settled] == ids
    assert provider.calls == [r.reference for r in requests]
    assert all(p.status == "paid" for p in s.payouts.list(cleo.id))


def test_a_payout_notifies_the_creator(fresh_services, earning_creator):
    seen = []
    fresh_services.subscribe(seen.append)
    fresh_services.payouts.request(earning_creator.id, 1_000, method="bank")
    fresh_services.payouts.settle_pending(earning_creator.id)
    assert [(c.kind, c.profile_ids) for c in seen] == [
        (ChangeKind.PAYOUT, (earning_creator.id,))
    ] * 2
