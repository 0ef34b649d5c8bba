"""Sending gifts: costs, combos, who may send to whom, budgets, cumulative minting, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giftdesk.domain.errors import (
    BudgetExceeded,
    ComboNotAllowed,
    InsufficientCoins,
    InsufficientDiamonds,
    InvalidAmount,
    NotACreator,
    NothingToUndo,
    SelfGift,
    Underage,
    UndoWindowClosed,
    UnknownGift,
    UnknownProfile,
    UnknownTransaction,
)
from giftdesk.domain.periods import Period
from giftdesk.resources import load_rules
from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.context import ChangeKind

from expected import GIFTS

CATALOG = [(g.name, g.coins) for g in GIFTS]
FUNDED = 17_500 + 1_750


def balances(services, *profiles):
    return [(services.balance(p.id).coins, services.balance(p.id).diamonds) for p in profiles]


@pytest.mark.parametrize(("name", "coins"), CATALOG)
def test_each_gift_costs_its_coins_and_mints_half(
    fresh_services, rich_viewer, creator, probe, name, coins
):
    before = fresh_services.balance(rich_viewer.id).coins
    result = fresh_services.gifts.send(rich_viewer.id, creator.id, name)
    assert result.coins_spent == coins
    assert result.diamonds_credited == coins // 2
    assert result.diamonds_cents == coins // 2
    assert result.balance_coins == before - coins
    assert balances(fresh_services, rich_viewer, creator) == [(before - coins, 0), (0, coins // 2)]
    assert probe.totals(fresh_services, creator.id) == (coins, coins // 2)
    assert probe.account(fresh_services, "coin:spent") == coins


def test_three_single_roses_mint_0_1_0(fresh_services, funded_viewer, creator, probe):
    minted = [
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose").diamonds_credited
        for _ in range(3)
    ]
    assert minted == [0, 1, 0]
    assert fresh_services.balance(creator.id).diamonds == 1 == 3 // 2
    assert probe.totals(fresh_services, creator.id) == (3, 1)
    assert fresh_services.balance(funded_viewer.id).coins == FUNDED - 3


def test_rounding_is_per_creator(fresh_services, funded_viewer, creator):
    other = fresh_services.profiles.add("Otto", birthdate="1980-01-01", creator=True)
    s = fresh_services.gifts
    assert [
        s.send(funded_viewer.id, c.id, "Rose").diamonds_credited
        for c in (creator, other, creator, other)
    ] == [0, 0, 1, 1]


def test_a_combo_costs_count_times_the_gift(fresh_services, funded_viewer, creator):
    result = fresh_services.gifts.send(funded_viewer.id, creator.id, "Hat and Mustache", count=3)
    assert (result.coins_spent, result.diamonds_credited, result.count) == (297, 148, 3)
    rose = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose", count=9_999)
    assert rose.coins_spent == 9_999
    # 297 + 9,999 = 10,296 received so far: 5,148 minted in all
    assert rose.diamonds_credited == 10_296 // 2 - 148


@pytest.mark.parametrize(
    ("gift", "count", "error"),
    [
        ("Rose", 10_000, ComboNotAllowed),
        ("Hand Hearts", 2, ComboNotAllowed),
        ("Galaxy", 3, ComboNotAllowed),
        ("Rose", 0, InvalidAmount),
        ("Rose", -2, InvalidAmount),
    ],
)
def test_a_bad_count_changes_nothing(
    fresh_services, funded_viewer, creator, probe, gift, count, error
):
    before = probe.state(fresh_services)
    with pytest.raises(error):
        fresh_services.gifts.send(funded_viewer.id, creator.id, gift, count=count)
    assert probe.state(fresh_services) == before


def test_gift_names_match_regardless_of_case(fresh_services, funded_viewer, creator):
    assert fresh_services.gifts.send(funded_viewer.id, creator.id, " rOsE ").gift == "Rose"
    with pytest.raises(UnknownGift, match="'Tulip'"):
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Tulip")


def test_the_context_is_recorded(fresh_services, funded_viewer, creator):
    fresh_services.lives.start(creator.id)
    live = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rosa")
    video = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rosa", context="video")
    assert (live.context, video.context) == ("live", "video")
    fresh_services.lives.end(creator.id)
    after = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rosa")  # not LIVE: video
    assert after.context == "video" and after.live_id is None
    assert fresh_services.ctx.conn.execute(
        "SELECT context FROM gifts ORDER BY txn_id"
    ).fetchall() == [("live",), ("video",), ("video",)]
    with pytest.raises(InvalidAmount, match="'story'"):
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Rosa", context="story")


def test_a_profile_cannot_gift_itself(fresh_services, creator, probe):
    fresh_services.recharge.recharge(creator.id, coins=70, channel="web", method="paypal")
    before = probe.state(fresh_services)
    with pytest.raises(SelfGift):
        fresh_services.gifts.send(creator.id, creator.id, "Rose")
    assert probe.state(fresh_services) == before


def test_a_creator_can_also_send(fresh_services, creator):
    other = fresh_services.profiles.add("Otto", birthdate="1980-01-01", creator=True)
    fresh_services.recharge.recharge(creator.id, coins=70, channel="web", method="paypal")
    assert fresh_services.gifts.send(creator.id, other.id, "Rosa").diamonds_credited == 5


def test_only_creators_receive_gifts(fresh_services, funded_viewer, probe):
    bystander = fresh_services.profiles.add("Otto", birthdate="1980-01-01")
    before = probe.state(fresh_services)
    with pytest.raises(NotACreator, match="Otto is not a creator"):
        fresh_services.gifts.send(funded_viewer.id, bystander.id, "Rose")
    assert probe.state(fresh_services) == before


def test_unknown_profiles_are_refused(fresh_services, funded_viewer, creator):
    with pytest.raises(UnknownProfile, match="#99"):
        fresh_services.gifts.send(funded_viewer.id, 99, "Rose")
    with pytest.raises(UnknownProfile, match="#98"):
        fresh_services.gifts.send(98, creator.id, "Rose")
    assert fresh_services.balance(funded_viewer.id).coins == FUNDED


def test_a_minor_cannot_send(fresh_services, creator, probe):
    minor = fresh_services.profiles.add("Kid", birthdate="2010-01-01")
    before = probe.state(fresh_services)
    with pytest.raises(Underage, match="Kid must be 18 or older to send gifts"):
        fresh_services.gifts.send(minor.id, creator.id, "Rose")
    assert probe.state(fresh_services) == before


def test_an_18th_birthday_today_may_send(fresh_services, creator):
    adult = fresh_services.profiles.add("Ada", birthdate="2008-11-25")
    fresh_services.recharge.recharge(adult.id, coins=70, channel="web", method="paypal")
    assert fresh_services.gifts.send(adult.id, creator.id, "Rose").coins_spent == 1


def test_insufficient_coins_says_how_many_are_missing(
    fresh_services, funded_viewer, creator, probe
):
    before = probe.state(fresh_services)
    with pytest.raises(InsufficientCoins) as error:
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Lion")
    assert error.value.needed_coins == 29_999
    assert error.value.balance_coins == FUNDED
    assert error.value.missing_coins == 29_999 - FUNDED == 10_749
    assert "recharge 10,749 coins more" in str(error.value)
    assert probe.state(fresh_services) == before


def test_insufficient_coins_with_an_empty_wallet(fresh_services, viewer, creator):
    with pytest.raises(InsufficientCoins) as error:
        fresh_services.gifts.send(viewer.id, creator.id, "Rose", count=5)
    assert (error.value.needed_coins, error.value.balance_coins, error.value.missing_coins) == (
        5,
        0,
        5,
    )


def test_spending_the_whole_balance_is_allowed(fresh_services, funded_viewer, creator):
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose", count=9_999)
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose", count=FUNDED - 9_999)
    assert fresh_services.balance(funded_viewer.id).coins == 0
    with pytest.raises(InsufficientCoins):
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")


def test_the_preview_matches_the_send(fresh_services, funded_viewer, creator):
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    preview = fresh_services.gifts.preview(creator.id, "Finger Heart", 3)
    assert (preview.coins, preview.diamonds, preview.diamonds_cents) == (15, 8, 8)
    result = fresh_services.gifts.send(funded_viewer.id, creator.id, "Finger Heart", count=3)
    assert result.diamonds_credited == preview.diamonds


def test_a_send_notifies_both_profiles(fresh_services, funded_viewer, creator):
    seen = []
    fresh_services.subscribe(seen.append)
    fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    assert [(c.kind, c.profile_ids) for c in seen] == [
        (ChangeKind.GIFT, (funded_viewer.id, creator.id))
    ]


# --- budgets ------------------------------------------------------------------------------


def test_a_daily_budget_of_zero_forbids_spending(fresh_services, funded_viewer, creator, probe):
    fresh_services.profiles.set_budget(funded_viewer.id, daily_coins=0, monthly_coins=None)
    assert fresh_services.profiles.budget_left_today(funded_viewer.id) == 0
    before = probe.state(fresh_services)
    with pytest.raises(BudgetExceeded, match="daily budget of 0 coins"):
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    assert probe.state(fresh_services) == before


def test_a_daily_budget_blocks_over_it_and_resets_the_next_day(
    fresh_services, funded_viewer, creator, clock
):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=100, monthly_coins=None)
    s.gifts.send(funded_viewer.id, creator.id, "Rosa", count=6)
    assert s.profiles.budget_left_today(funded_viewer.id) == 40
    with pytest.raises(BudgetExceeded, match=r"40 coins left today"):
        s.gifts.send(funded_viewer.id, creator.id, "Rose", count=41)
    s.gifts.send(funded_viewer.id, creator.id, "Rose", count=40)
    assert s.profiles.budget_left_today(funded_viewer.id) == 0
    clock.advance(hours=12)  # local (= UTC here) midnight
    assert s.profiles.budget_left_today(funded_viewer.id) == 100
    s.gifts.send(funded_viewer.id, creator.id, "Hat and Mustache")
    assert s.profiles.spent(funded_viewer.id, day=dt.date(2026, 11, 26)) == (99, 199)


def test_a_monthly_budget_spans_days_and_resets_with_the_month(
    fresh_services, funded_viewer, creator, clock
):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=None, monthly_coins=1_000)
    s.gifts.send(funded_viewer.id, creator.id, "Money Gun")
    clock.advance(days=2)  # 2026-11-27
    with pytest.raises(BudgetExceeded, match=r"monthly budget of 1,000 coins \(500 coins left"):
        s.gifts.send(funded_viewer.id, creator.id, "Swan")
    s.gifts.send(funded_viewer.id, creator.id, "Money Gun")
    with pytest.raises(BudgetExceeded):
        s.gifts.send(funded_viewer.id, creator.id, "Rose")
    clock.advance(days=4)  # 2026-12-01
    assert s.profiles.budget_left_today(funded_viewer.id) == 1_000
    s.gifts.send(funded_viewer.id, creator.id, "Galaxy")


def test_both_caps_apply(fresh_services, funded_viewer, creator, clock):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=600, monthly_coins=700)
    s.gifts.send(funded_viewer.id, creator.id, "Money Gun")
    assert s.profiles.budget_left_today(funded_viewer.id) == 100
    with pytest.raises(BudgetExceeded, match="daily"):
        s.gifts.send(funded_viewer.id, creator.id, "Sunglasses")
    clock.advance(days=1)
    assert s.profiles.budget_left_today(funded_viewer.id) == 200  # the month's cap binds now
    with pytest.raises(BudgetExceeded, match="monthly"):
        s.gifts.send(funded_viewer.id, creator.id, "Corgi")
    s.gifts.send(funded_viewer.id, creator.id, "Rose", count=200)


def test_budget_days_follow_the_local_calendar(open_services):
    # In UTC-10 (Etc/GMT+10), 12:00 UTC is 02:00 local, and the local day ends at 10:00 UTC
    # the next day. Profiles made on a system set to that zone get it.
    clock = FixedClock(dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC), zone="Etc/GMT+10")
    s = open_services(clock=clock)
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    s.profiles.set_budget(vera.id, daily_coins=10, monthly_coins=None)
    s.gifts.send(vera.id, cleo.id, "Rosa")
    assert s.profiles.spent(vera.id, day=dt.date(2026, 11, 25)) == (10, 10)
    clock.advance(hours=21, minutes=59)  # 23:59 local, already 2026-11-26 09:59 in UTC
    with pytest.raises(BudgetExceeded):
        s.gifts.send(vera.id, cleo.id, "Rose")
    clock.advance(minutes=1)  # local midnight
    s.gifts.send(vera.id, cleo.id, "Rosa")
    assert s.profiles.spent(vera.id, day=dt.date(2026, 11, 26)) == (10, 20)


def test_undo_gives_the_budget_back(fresh_services, funded_viewer, creator, clock):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=100, monthly_coins=100)
    sent = s.gifts.send(funded_viewer.id, creator.id, "Doughnut", count=3)
    assert s.profiles.budget_left_today(funded_viewer.id) == 10
    clock.advance(seconds=5)
    s.gifts.undo(sent.transaction_id)
    assert s.profiles.budget_left_today(funded_viewer.id) == 100
    assert s.profiles.spent(funded_viewer.id, day=dt.date(2026, 11, 25)) == (0, 0)
    s.gifts.send(funded_viewer.id, creator.id, "Rose", count=100)


def test_clearing_a_budget_lifts_it(fresh_services, funded_viewer, creator):
    s = fresh_services
    s.profiles.set_budget(funded_viewer.id, daily_coins=0, monthly_coins=0)
    profile = s.profiles.set_budget(
        funded_viewer.id, daily_coins=None, monthly_coins=None, clear=True
    )
    assert not profile.budget.is_set
    assert s.profiles.budget_left_today(funded_viewer.id) is None
    s.gifts.send(funded_viewer.id, creator.id, "Galaxy")


# --- undo ---------------------------------------------------------------------------------


def test_undo_within_ten_seconds_reverses_coins_and_diamonds(
    fresh_services, funded_viewer, creator, clock, probe
):
    s = fresh_services
    s.gifts.send(funded_viewer.id, creator.id, "Rose")  # creator has 1 coin received
    before = balances(s, funded_viewer, creator)
    totals = probe.totals(s, creator.id)
    sent = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    assert balances(s, funded_viewer, creator) == [(before[0][0] - 1_000, 0), (0, 500)]
    clock.advance(seconds=10)  # exactly the window: still allowed
    undone = s.gifts.undo(sent.transaction_id)
    assert undone.undone_transaction_id == sent.transaction_id
    assert (undone.coins_refunded, undone.diamonds_reversed) == (1_000, 500)
    assert undone.balance_coins == before[0][0]
    assert balances(s, funded_viewer, creator) == before
    assert probe.totals(s, creator.id) == totals
    assert probe.account(s, "coin:spent") == 1


def test_undo_after_ten_seconds_is_refused(fresh_services, funded_viewer, creator, clock, probe):
    s = fresh_services
    sent = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    clock.advance(seconds=10, milliseconds=1)
    before = probe.state(s)
    with pytest.raises(UndoWindowClosed, match="10 seconds"):
        s.gifts.undo(sent.transaction_id)
    assert probe.state(s) == before


def test_undo_just_past_the_window_by_a_microsecond_is_refused(
    fresh_services, funded_viewer, creator, clock
):
    sent = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    clock.advance(seconds=10, microseconds=1)
    with pytest.raises(UndoWindowClosed):
        fresh_services.gifts.undo(sent.transaction_id)


def test_the_undo_seconds_left_count_from_when_the_gift_was_stamped(
    fresh_services, funded_viewer, creator, clock
):
    sent = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    left = fresh_services.gifts.undo_seconds_left
    assert left(sent.created_at) == 10
    clock.advance(seconds=4)  # say the send waited 4 s for another writer's lock
    assert left(sent.created_at) == 6
    clock.advance(seconds=5, microseconds=500_000)
    assert left(sent.created_at) == 1  # half a second: rounded up
    clock.advance(microseconds=500_000)
    assert left(sent.created_at) == 0


def test_undo_names_the_gift_it_means_by_its_time(
    fresh_services, funded_viewer, creator, clock, probe
):
    sent = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    before = probe.state(fresh_services)
    with pytest.raises(NothingToUndo, match="no longer in this ledger"):
        fresh_services.gifts.undo(
            sent.transaction_id,
            sender_id=funded_viewer.id,
            sent_at="2026-11-25T11:59:59.000000+00:00",
        )
    assert probe.state(fresh_services) == before
    undone = fresh_services.gifts.undo(
        sent.transaction_id, sender_id=funded_viewer.id, sent_at=sent.created_at
    )
    assert undone.coins_refunded == 1


def test_a_gift_is_undone_once(fresh_services, funded_viewer, creator, probe):
    s = fresh_services
    sent = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    s.gifts.undo(sent.transaction_id)
    before = probe.state(s)
    with pytest.raises(NothingToUndo, match="already undone"):
        s.gifts.undo(sent.transaction_id)
    assert probe.state(s) == before


def test_only_gifts_can_be_undone(fresh_services, funded_viewer, creator):
    s = fresh_services
    sent = s.gifts.send(funded_viewer.id, creator.id, "Galaxy")
    undo = s.gifts.undo(sent.transaction_id)
    with pytest.raises(UnknownTransaction, match="no gift with transaction number 1$"):
        s.gifts.undo(1)  # the recharge
    with pytest.raises(UnknownTransaction, match="no gift with transaction number"):
        s.gifts.undo(undo.transaction_id)
    with pytest.raises(UnknownTransaction):
        s.gifts.undo(12_345)


def test_undoing_a_rose_keeps_the_cumulative_rule(fresh_services, funded_viewer, creator, probe):
    s = fresh_services
    sent = [s.gifts.send(funded_viewer.id, creator.id, "Rose") for _ in range(3)]
    assert [r.diamonds_credited for r in sent] == [0, 1, 0]
    # Undo the rose that minted the diamond: 2 coins remain, so 1 diamond stays minted.
    undone = s.gifts.undo(sent[1].transaction_id)
    assert undone.diamonds_reversed == 0
    assert probe.totals(s, creator.id) == (2, 1)
    undone = s.gifts.undo(sent[0].transaction_id)
    assert undone.diamonds_reversed == 1
    assert probe.totals(s, creator.id) == (1, 0)
    assert s.balance(creator.id).diamonds == 0
    assert s.balance(funded_viewer.id).coins == FUNDED - 1


def _earnings_diamonds(s, creator_id) -> tuple[int, int, int]:
    """(LIVE, video, all days) diamonds as the Earnings tab shows them."""
    by_context = s.earnings.by_context(creator_id)
    by_day = sum(d.diamonds for d in s.earnings.diamonds_per_period(creator_id, Period.DAY))
    return by_context.live, by_context.video, by_day


def test_after_an_undo_the_earnings_add_up_to_the_diamonds_kept(
    fresh_services, funded_viewer, creator
):
    s = fresh_services
    first = s.gifts.send(funded_viewer.id, creator.id, "Rose")  # mints 0
    s.gifts.send(funded_viewer.id, creator.id, "Rose")  # mints 1 (2 coins received)
    undone = s.gifts.undo(first.transaction_id)  # 1 coin left: 0 diamonds, 1 taken back
    assert undone.diamonds_reversed == 1 and s.balance(creator.id).diamonds == 0
    assert _earnings_diamonds(s, creator.id) == (0, 0, 0)  # the first rose had minted none


def test_an_undo_taking_back_a_diamond_minted_in_the_other_context(
    fresh_services, funded_viewer, creator
):
    s = fresh_services
    s.lives.start(creator.id)
    first = s.gifts.send(funded_viewer.id, creator.id, "Rose", context="live")  # mints 0
    s.gifts.send(funded_viewer.id, creator.id, "Rose", context="video")  # mints 1
    s.gifts.undo(first.transaction_id)  # takes back 1: the LIVE row has none to give
    assert _earnings_diamonds(s, creator.id) == (0, 0, 0)
    assert s.balance(creator.id).diamonds == 0


@pytest.mark.sqlite_only
def test_migration_0008_makes_earlier_undos_add_up(fresh_services, funded_viewer, creator):
    from sqlite_utils import Database

    from giftdesk.storage.migrations import m0008_earnings_diamonds_kept

    s = fresh_services
    s.lives.start(creator.id)
    first = s.gifts.send(funded_viewer.id, creator.id, "Rose")  # mints 0
    s.gifts.send(funded_viewer.id, creator.id, "Rose")  # mints 1
    s.gifts.undo(first.transaction_id)  # takes back 1
    s.gifts.send(funded_viewer.id, creator.id, "Finger Heart", context="video")  # 6 coins: 3
    conn = s.ctx.conn
    # As an undo before 0008 left it: the undone rose's own 0 diamonds taken off, so 1 too many.
    conn.execute("UPDATE creator_day_totals SET diamonds = diamonds + 1 WHERE context = 'live'")
    assert _earnings_diamonds(s, creator.id) == (1, 3, 4)
    m0008_earnings_diamonds_kept(Database(conn))
    assert _earnings_diamonds(s, creator.id) == (0, 3, 3)
    assert s.balance(creator.id).diamonds == 3


def test_a_gift_whose_diamonds_are_held_for_a_payout_cannot_be_undone(
    fresh_services, funded_viewer, creator, probe
):
    s = fresh_services
    sent = s.gifts.send(funded_viewer.id, creator.id, "Whale Diving")  # 1,075 diamonds
    s.payouts.request(creator.id, 1_000, method="bank")
    before = probe.state(s)
    with pytest.raises(InsufficientDiamonds, match="cannot be undone"):
        s.gifts.undo(sent.transaction_id)
    assert probe.state(s) == before


def test_an_undo_notifies_both_profiles(fresh_services, funded_viewer, creator):
    sent = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    seen = []
    fresh_services.subscribe(seen.append)
    fresh_services.gifts.undo(sent.transaction_id)
    assert [(c.kind, c.profile_ids) for c in seen] == [
        (ChangeKind.UNDO, (funded_viewer.id, creator.id))
    ]


# --- the cumulative rule through the services ---------------------------------------------

RULES = load_rules()
STREAKABLE = [g.name for g in RULES.gifts if g.streakable]
SINGLE = [g.name for g in RULES.gifts if not g.streakable]
SEND = st.one_of(
    st.tuples(st.just("send"), st.sampled_from(STREAKABLE), st.integers(1, 300)),
    st.tuples(st.just("send"), st.sampled_from(SINGLE[:6]), st.just(1)),
)
UNDO = st.tuples(st.just("undo"), st.integers(0, 100), st.integers(0, 12))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(SEND, SEND, UNDO), min_size=1, max_size=25))
def test_a_creators_diamonds_are_always_floor_of_half_the_coins_kept(ops):
    clock = FixedClock(dt.datetime(2026, 11, 25, 12, 0, tzinfo=UTC))
    s = Services.open(rules=RULES, clock=clock)
    try:
        vera = s.profiles.add("Vera", birthdate="1990-04-12")
        cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
        # enough for the dearest run: 25 sends of Hat and Mustache x300 cost 742,500 coins
        s.recharge.recharge(vera.id, coins=1_000_000, channel="web", method="paypal", custom=True)
        kept: dict[int, int] = {}  # gift transaction -> coins, for gifts not undone
        issued = 0
        for op in ops:
            if op[0] == "send":
                result = s.gifts.send(vera.id, cleo.id, op[1], count=op[2])
                kept[result.transaction_id] = result.coins_spent
                issued += result.diamonds_credited
            elif kept:
                clock.advance(seconds=op[2])
                txn = sorted(kept)[op[1] % len(kept)]
                try:
                    result = s.gifts.undo(txn)
                except UndoWindowClosed:
                    continue
                del kept[txn]
                issued -= result.diamonds_reversed
            received = sum(kept.values())
            assert issued == received // 2 == s.balance(cleo.id).diamonds
        assert all(c.ok for c in s.maintenance.verify())
    finally:
        s.close()


def test_only_the_sender_can_undo_when_the_sender_is_given(fresh_services, funded_viewer, creator):
    from giftdesk.domain.errors import NothingToUndo

    sent = fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    with pytest.raises(NothingToUndo, match="only the sender"):
        fresh_services.gifts.undo(sent.transaction_id, sender_id=creator.id)
    undone = fresh_services.gifts.undo(sent.transaction_id, sender_id=funded_viewer.id)
    assert undone.coins_refunded == 1


def test_check_sender_tells_age_and_budget_before_a_send(fresh_services, funded_viewer):
    s = fresh_services
    minor = s.profiles.add("Timmy", birthdate="2015-06-01")
    with pytest.raises(Underage, match="Timmy must be 18"):
        s.gifts.check_sender(minor.id, 1)
    s.gifts.check_sender(funded_viewer.id, 10**6)  # no budget: any size (the balance is send's)
    s.profiles.set_budget(funded_viewer.id, daily_coins=100, monthly_coins=None)
    s.gifts.check_sender(funded_viewer.id, 100)
    with pytest.raises(BudgetExceeded, match="daily budget of 100 coins"):
        s.gifts.check_sender(funded_viewer.id, 101)


def test_a_gifts_reference_names_it_even_after_its_number_comes_back(tmp_path, clock):
    from giftdesk.domain.errors import InvalidInput, UnknownTransaction
    from giftdesk.services import Services

    s = Services.open(tmp_path / "g.db", clock=clock)
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    s.maintenance.backup(tmp_path / "backup.db")
    rose = s.gifts.send(vera.id, cleo.id, "Rose")
    assert s.gifts.by_reference(rose.transaction_reference) == rose.transaction_id
    assert s.gifts.by_reference(str(rose.transaction_id)) == rose.transaction_id
    s.maintenance.restore(tmp_path / "backup.db")  # the Rose is gone; its number is free
    clock.advance(seconds=1)
    corgi = s.gifts.send(vera.id, cleo.id, "Corgi")
    assert corgi.transaction_id == rose.transaction_id  # the number came back...
    assert corgi.transaction_reference != rose.transaction_reference  # ...the reference not
    with pytest.raises(UnknownTransaction, match="another gift now"):
        s.gifts.by_reference(rose.transaction_reference)
    with pytest.raises(InvalidInput, match="not a transaction's reference"):
        s.gifts.by_reference("12-XY")
    s.close()
