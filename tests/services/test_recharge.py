"""Buying coins: package and custom prices, the store fee in the ledger, bonuses, cards."""

from __future__ import annotations

import dataclasses

import pytest

from giftdesk import paths
from giftdesk.domain.cards import luhn_ok
from giftdesk.domain.errors import (
    AmountOutOfRange,
    CardDeclined,
    ChannelRuleError,
    IdempotencyConflict,
    InvalidCard,
    InvalidPaymentMethod,
    Underage,
    UnknownPackage,
    UnknownProfile,
)
from giftdesk.resources import load_rules
from giftdesk.services import Services
from giftdesk.services.context import ChangeKind, request_hash
from giftdesk.services.payments import CardDetails
from giftdesk.storage.connection import is_sqlite

from expected import PACKAGES

VISA = CardDetails("4242 4242 4242 4242", "12/28", "123")


def coins_of(services, profile_id):
    return services.balance(profile_id).coins


@pytest.mark.parametrize(("coins", "app_cents", "web_cents"), PACKAGES)
def test_an_app_purchase_records_the_store_fee_in_the_ledger(
    fresh_services, viewer, probe, coins, app_cents, web_cents
):
    fee = app_cents * 30 // 100
    result = fresh_services.recharge.recharge(
        viewer.id, coins=coins, channel="app", method="app-store"
    )
    assert result.price_cents == app_cents
    assert result.store_fee_cents == fee
    assert result.coins == coins
    assert result.bonus_coins == coins // 10
    assert result.credited_coins == coins + coins // 10 == result.balance_coins
    assert result.currency == "USD"
    assert coins_of(fresh_services, viewer.id) == coins + coins // 10
    assert probe.account(fresh_services, "usd:app_store_fees") == fee
    assert probe.account(fresh_services, "usd:revenue") == app_cents - fee
    assert probe.account(fresh_services, "usd:payment_clearing") == -app_cents
    assert probe.account(fresh_services, "coin:issuance") == -(coins + coins // 10)
    row = fresh_services.ctx.conn.execute(
        "SELECT channel, method, is_custom, coins, bonus_coins, price_cents, store_fee_cents,"
        " card_brand, card_last4 FROM recharges"
    ).fetchone()
    assert row == ("app", "app-store", 0, coins, coins // 10, app_cents, fee, None, None)


@pytest.mark.parametrize(("coins", "app_cents", "web_cents"), PACKAGES)
def test_a_web_purchase_pays_no_store_fee(
    fresh_services, viewer, probe, coins, app_cents, web_cents
):
    result = fresh_services.recharge.recharge(
        viewer.id, coins=coins, channel="web", method="paypal"
    )
    assert result.price_cents == web_cents
    assert result.store_fee_cents == 0
    assert probe.account(fresh_services, "usd:app_store_fees") == 0
    assert probe.account(fresh_services, "usd:revenue") == web_cents
    assert coins_of(fresh_services, viewer.id) == coins + coins // 10


def test_store_fees_accumulate_over_app_purchases_only(fresh_services, viewer, probe):
    r = fresh_services.recharge
    r.recharge(viewer.id, coins=70, channel="app", method="app-store")
    r.recharge(viewer.id, coins=17_500, channel="app", method="app-store")
    r.recharge(viewer.id, coins=17_500, channel="web", method="card", card=VISA)
    assert probe.account(fresh_services, "usd:app_store_fees") == 29 + 7_499
    assert probe.account(fresh_services, "usd:revenue") == (99 - 29) + (24_999 - 7_499) + 18_500


def test_the_package_list_per_channel(fresh_services):
    app = fresh_services.recharge.packages("app")
    web = fresh_services.recharge.packages("web")
    assert [(p.coins, p.price_cents) for p in app] == [(c, a) for c, a, _ in PACKAGES]
    assert [(p.coins, p.price_cents) for p in web] == [(c, w) for c, _, w in PACKAGES]


@pytest.mark.parametrize(
    ("coins", "cents"), [(30, 32), (100, 106), (12_345, 13_051), (2_500_000, 2_642_858)]
)
def test_a_custom_web_amount_costs_ceil_74_per_70(fresh_services, viewer, coins, cents):
    assert -(-coins * 74 // 70) == cents
    result = fresh_services.recharge.recharge(
        viewer.id, coins=coins, channel="web", method="card", custom=True, card=VISA
    )
    assert result.price_cents == cents
    assert result.store_fee_cents == 0
    assert coins_of(fresh_services, viewer.id) == coins + coins // 10


def test_a_custom_amount_on_the_app_channel_is_refused(fresh_services, viewer, probe):
    before = probe.state(fresh_services)
    with pytest.raises(ChannelRuleError):
        fresh_services.recharge.recharge(
            viewer.id, coins=100, channel="app", method="app-store", custom=True
        )
    assert probe.state(fresh_services) == before


@pytest.mark.parametrize("coins", [29, 2_500_001])
def test_a_custom_amount_out_of_range_is_refused(fresh_services, viewer, probe, coins):
    before = probe.state(fresh_services)
    with pytest.raises(AmountOutOfRange, match="30 to 2,500,000"):
        fresh_services.recharge.recharge(
            viewer.id, coins=coins, channel="web", method="paypal", custom=True
        )
    assert probe.state(fresh_services) == before


def test_an_unknown_package_or_method_is_refused(fresh_services, viewer, probe):
    before = probe.state(fresh_services)
    with pytest.raises(UnknownPackage):
        fresh_services.recharge.recharge(viewer.id, coins=100, channel="web", method="paypal")
    with pytest.raises(InvalidPaymentMethod):
        fresh_services.recharge.recharge(
            viewer.id, coins=70, channel="app", method="card", card=VISA
        )
    with pytest.raises(InvalidPaymentMethod):
        fresh_services.recharge.recharge(viewer.id, coins=70, channel="web", method="app-store")
    with pytest.raises(UnknownProfile):
        fresh_services.recharge.recharge(999, coins=70, channel="web", method="paypal")
    assert probe.state(fresh_services) == before


def test_the_first_purchase_bonus_is_given_once(fresh_services, viewer):
    r = fresh_services.recharge
    assert r.is_first_purchase(viewer.id)
    first = r.recharge(viewer.id, coins=75, channel="web", method="paypal", custom=True)
    assert (first.bonus_coins, first.first_purchase_bonus_coins) == (7, 7)  # 7.5 down
    assert not r.is_first_purchase(viewer.id)
    second = r.recharge(viewer.id, coins=700, channel="web", method="paypal")
    assert (second.bonus_coins, second.credited_coins) == (0, 700)
    third = r.recharge(viewer.id, coins=70, channel="app", method="app-store")
    assert third.bonus_coins == 0
    assert coins_of(fresh_services, viewer.id) == 75 + 7 + 700 + 70


def test_each_profile_has_its_own_first_purchase(fresh_services, funded_viewer):
    other = fresh_services.profiles.add("Otto", birthdate="1970-01-01")
    result = fresh_services.recharge.recharge(other.id, coins=350, channel="web", method="paypal")
    assert result.bonus_coins == 35
    assert coins_of(fresh_services, funded_viewer.id) == 17_500 + 1_750


def test_the_preview_shows_what_the_purchase_will_credit(fresh_services, viewer):
    preview = fresh_services.recharge.preview(viewer.id, coins=1_400, channel="app", custom=False)
    assert (preview.price.price_cents, preview.price.store_fee_cents) == (1_999, 599)
    assert preview.bonus.first_purchase_coins == 140
    assert preview.total_coins == 1_540
    result = fresh_services.recharge.recharge(
        viewer.id, coins=1_400, channel="app", method="app-store"
    )
    assert result.credited_coins == preview.total_coins
    assert (
        fresh_services.recharge.preview(
            viewer.id, coins=1_400, channel="app", custom=False
        ).total_coins
        == 1_400
    )


# --- seasonal promotions ------------------------------------------------------------------


@pytest.fixture
def winter(open_services):
    rules = load_rules()
    (promotion,) = rules.promotions
    rules = dataclasses.replace(rules, promotions=(dataclasses.replace(promotion, enabled=True),))
    services = open_services(rules=rules)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    services.recharge.recharge(vera.id, coins=70, channel="web", method="paypal")  # the first
    return services, vera


def test_a_seasonal_promotion_outside_its_window_gives_nothing(winter, clock):
    services, vera = winter
    assert clock.now().date().isoformat() == "2026-11-25"
    result = services.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
    assert result.seasonal_bonus_coins == 0


@pytest.mark.parametrize(
    ("days", "coins", "seasonal"),
    [
        (24, 1_400, 0),  # 2026-12-19, the day before
        (25, 1_400, 70),  # 2026-12-20, the first day
        (25, 700, 0),  # inside the window but below the 1,400-coin minimum
        (25, 1_399, 0),  # a custom amount just below the minimum
        (30, 17_500, 875),
        (38, 3_500, 175),  # 2027-01-02, the last day
        (39, 3_500, 0),  # 2027-01-03, the day after
    ],
)
def test_a_seasonal_promotion_applies_inside_its_window_at_or_above_its_minimum(
    winter, clock, days, coins, seasonal
):
    services, vera = winter
    clock.advance(days=days)
    custom = services.rules.package(coins) is None
    before = coins_of(services, vera.id)
    preview = services.recharge.preview(vera.id, coins=coins, channel="web", custom=custom)
    assert preview.bonus.seasonal_coins == seasonal
    result = services.recharge.recharge(
        vera.id, coins=coins, channel="web", method="paypal", custom=custom
    )
    assert result.seasonal_bonus_coins == seasonal
    assert result.first_purchase_bonus_coins == 0
    assert coins_of(services, vera.id) == before + coins + seasonal


def test_first_purchase_and_seasonal_bonus_stack(open_services, clock):
    rules = load_rules()
    (promotion,) = rules.promotions
    rules = dataclasses.replace(rules, promotions=(dataclasses.replace(promotion, enabled=True),))
    services = open_services(rules=rules)
    clock.advance(days=30)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    result = services.recharge.recharge(vera.id, coins=3_500, channel="app", method="app-store")
    assert (result.first_purchase_bonus_coins, result.seasonal_bonus_coins) == (350, 175)
    assert result.credited_coins == 4_025


# --- age ----------------------------------------------------------------------------------


def test_a_minor_cannot_buy_coins(fresh_services, probe):
    minor = fresh_services.profiles.add("Kid", birthdate="2012-06-01")
    before = probe.state(fresh_services)
    with pytest.raises(Underage, match="Kid must be 18 or older to buy coins"):
        fresh_services.recharge.recharge(minor.id, coins=70, channel="web", method="paypal")
    assert probe.state(fresh_services) == before


def test_buying_is_allowed_from_the_18th_birthday(fresh_services, clock):
    teen = fresh_services.profiles.add("Teen", birthdate="2008-11-26")
    with pytest.raises(Underage):
        fresh_services.recharge.recharge(teen.id, coins=70, channel="web", method="paypal")
    clock.advance(days=1)
    result = fresh_services.recharge.recharge(teen.id, coins=70, channel="web", method="paypal")
    assert result.credited_coins == 77


def test_an_18th_birthday_today_may_buy(fresh_services):
    adult = fresh_services.profiles.add("Ada", birthdate="2008-11-25")
    assert (
        fresh_services.recharge.recharge(
            adult.id, coins=70, channel="app", method="app-store"
        ).coins
        == 70
    )


# --- cards --------------------------------------------------------------------------------


def test_a_card_purchase_keeps_brand_and_last_four(fresh_services, viewer):
    result = fresh_services.recharge.recharge(
        viewer.id,
        coins=700,
        channel="web",
        method="card",
        card=CardDetails("5555 5555 5555 4444", "01/27", "1234"),
    )
    assert result.card == "Mastercard ending 4444"
    assert fresh_services.ctx.conn.execute(
        "SELECT card_brand, card_last4 FROM recharges"
    ).fetchone() == ("Mastercard", "4444")


def test_paypal_and_app_store_keep_no_card(fresh_services, viewer):
    result = fresh_services.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal")
    assert result.card is None


@pytest.mark.parametrize(
    ("card", "error", "message"),
    [
        (CardDetails("4242 4242 4242 4241", "12/28", "123"), InvalidCard, "not valid"),
        (CardDetails("4242 4242 4242 4242", "10/26", "123"), InvalidCard, "expired"),
        (CardDetails("4242 4242 4242 4242", "12/28", "12"), InvalidCard, "CVC"),
        (CardDetails("4242 4242 4242 4242", "12/28", "12345"), InvalidCard, "CVC"),
        (CardDetails("4000 0000 0000 0002", "12/28", "123"), CardDeclined, "declined"),
        (None, InvalidCard, "needs the card number"),
    ],
)
def test_a_bad_or_declined_card_changes_nothing(
    fresh_services, viewer, probe, card, error, message
):
    before = probe.state(fresh_services)
    with pytest.raises(error, match=message):
        fresh_services.recharge.recharge(
            viewer.id, coins=700, channel="web", method="card", card=card
        )
    assert probe.state(fresh_services) == before
    assert fresh_services.recharge.is_first_purchase(viewer.id)


def test_card_details_never_show_in_a_repr():
    assert "4242" not in repr(VISA) and "123" not in repr(VISA)


NUMBER = "4111111111111111"
CVC = "8642"


def _all_values(conn) -> list:
    if is_sqlite(conn):
        listed = "SELECT name FROM sqlite_master WHERE type = 'table'"
        migrations = "_sqlite_migrations"
    else:
        listed = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        migrations = "giftdesk_migrations"
    # The migrations' own record holds the real clock's times, in which a CVC may turn up.
    tables = [r[0] for r in conn.execute(listed) if r[0] != migrations]
    values = []
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            values.extend(row)
    return values


def _buy_with_card(services, profile_id):
    return services.recharge.recharge(
        profile_id,
        coins=3_500,
        channel="web",
        method="card",
        key="card-purchase",
        card=CardDetails("4111 1111 1111 1111", "12/29", CVC),
    )


def test_the_database_holds_neither_card_number_nor_cvc(fresh_services, viewer, unstamped):
    _buy_with_card(fresh_services, viewer.id)
    values = _all_values(fresh_services.ctx.conn)
    texts = [str(v) for v in values]
    assert not any(NUMBER in t or "4111 1111 1111 1111" in t for t in texts)
    assert not any(CVC in t for t in texts)
    assert "Visa" in values and "1111" in values
    if is_sqlite(fresh_services.ctx.conn):  # the dump holds the schema too (its defaults)
        dump = unstamped(fresh_services.ctx.conn, "\n".join(fresh_services.ctx.conn.iterdump()))
        assert NUMBER not in dump and CVC not in dump
        assert "'Visa'" in dump


def test_the_database_file_and_its_wal_hold_neither_card_number_nor_cvc(
    open_services, tmp_path, unstamped
):
    path = tmp_path / "giftdesk.sqlite3"
    services = open_services(path)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    _buy_with_card(services, vera.id)
    wal = tmp_path / "giftdesk.sqlite3-wal"
    assert wal.exists()  # the purchase is in the WAL until a checkpoint
    raw = unstamped(services.ctx.conn, path.read_bytes() + wal.read_bytes())
    for secret in (NUMBER, "4111 1111 1111 1111", "1111111111111111", CVC):
        assert secret.encode() not in raw
        assert secret.encode("utf-16-le") not in raw
    assert b"Visa" in raw and b"1111" in raw
    # and after a checkpoint folds the WAL into the file
    services.ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = unstamped(services.ctx.conn, path.read_bytes())
    assert NUMBER.encode() not in raw and CVC.encode() not in raw
    assert b"Visa" in raw


def test_a_card_purchase_in_a_file_survives_reopening(clock, tmp_path):
    path = tmp_path / "giftdesk.sqlite3"
    services = Services.open(path, clock=clock)
    try:
        vera = services.profiles.add("Vera", birthdate="1990-04-12")
        _buy_with_card(services, vera.id)
    finally:
        services.close()
    again = Services.open(path, clock=clock)
    try:
        assert again.ctx.conn.execute(
            "SELECT card_brand, card_last4, price_cents FROM recharges"
        ).fetchall() == [("Visa", "1111", 3_700)]
        assert again.balance(vera.id).coins == 3_500 + 350
        assert all(c.ok for c in again.maintenance.verify())
    finally:
        again.close()


def test_a_recharge_notifies_listeners(fresh_services, viewer):
    seen = []
    fresh_services.subscribe(seen.append)
    fresh_services.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal")
    assert [(c.kind, c.profile_ids) for c in seen] == [(ChangeKind.RECHARGE, (viewer.id,))]


def test_a_quote_through_the_service(fresh_services):
    quote = fresh_services.recharge.quote(1_000)
    assert quote.channel == "web"
    assert quote.coins >= 1_000
    assert quote.price_cents == 1_058  # a custom 1,000: ceil(1,000 x 74 / 70)


def _twin_of(number: str) -> str:
    """Another valid Visa number with the same last four digits: the middle digits changed,
    and one of them again (by trying) until Luhn passes."""
    for middle in range(10_000):
        candidate = f"4000{middle:04d}0000{number[-4:]}"
        if candidate != number and luhn_ok(candidate):
            return candidate
    raise AssertionError("no twin")


def test_a_key_replayed_with_another_card_of_the_same_last_four_and_expiry_is_refused(
    fresh_services, viewer, probe
):
    first = CardDetails("4111 1111 1111 1111", "12/29", "123")
    twin = CardDetails(_twin_of("4111111111111111"), "12/29", "123")
    assert twin.number[-4:] == "1111" and luhn_ok(twin.number)
    bought = fresh_services.recharge.recharge(
        viewer.id, coins=700, channel="web", method="card", key="k1", card=first
    )
    state = probe.state(fresh_services)
    with pytest.raises(IdempotencyConflict):
        fresh_services.recharge.recharge(
            viewer.id, coins=700, channel="web", method="card", key="k1", card=twin
        )
    assert probe.state(fresh_services) == state
    again = fresh_services.recharge.recharge(
        viewer.id,
        coins=700,
        channel="web",
        method="card",
        key="k1",
        card=CardDetails("4111111111111111", "12/29", "999"),
    )
    assert again.replayed and again.transaction_id == bought.transaction_id
    with pytest.raises(IdempotencyConflict):  # the same number, another expiry
        fresh_services.recharge.recharge(
            viewer.id,
            coins=700,
            channel="web",
            method="card",
            key="k1",
            card=CardDetails(first.number, "11/29", "123"),
        )


def test_what_a_purchase_remembers_of_its_card_cannot_be_found_again_by_hashing(
    fresh_services, viewer
):
    import hashlib

    _buy_with_card(fresh_services, viewer.id)
    (digest,) = fresh_services.ctx.conn.execute(
        "SELECT request_hash FROM transactions WHERE idem_key = 'card-purchase'"
    ).fetchone()
    # Every request a database-only attacker could rebuild, card and expiry known but no key:
    for card in (
        NUMBER,
        "1111 12/29",
        f"{NUMBER}|12/29",
        hashlib.sha256(NUMBER.encode()).hexdigest(),
    ):
        guess = request_hash(
            {
                "action": "recharge",
                "profile": viewer.id,
                "coins": 3_500,
                "channel": "web",
                "method": "card",
                "custom": False,
                "card": card,
            }
        )
        assert guess != digest


def test_the_card_key_is_kept_private_outside_the_database(
    tmp_path, monkeypatch, viewer, fresh_services
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    key = paths.card_key()
    stored = tmp_path / "data" / "GiftDesk" / "card-key"
    assert stored.read_bytes() == key and len(key) == 32
    assert stored.stat().st_mode & 0o777 == 0o600
    assert paths.card_key() == key  # the same one next time, in every process
    assert key not in b"".join(str(v).encode() for v in _all_values(fresh_services.ctx.conn))
