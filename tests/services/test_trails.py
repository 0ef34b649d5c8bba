"""Coin lots and money trails (DESIGN 9): first in, first out, each lot's cents handed out
with nothing lost or invented, undo giving back exactly what was charged, in the same write."""

from __future__ import annotations

import sqlite3

import pytest
from engines import INTEGRITY_ERRORS

from giftdesk.services import Services
from giftdesk.services.gifting import GiftRequest
from giftdesk.storage import lots
from giftdesk.storage.connection import is_sqlite


def trail(result) -> tuple[int, int, int, int]:
    t = result.money_trail
    return (t.paid_cents, t.store_fee_cents, t.platform_cents, t.creator_cents)


def lot_rows(s, profile_id):
    return s.ctx.conn.execute(
        "SELECT txn_id, coins, price_cents, store_fee_cents, coins_taken, paid_taken, fee_taken"
        " FROM lots WHERE profile_id = ? ORDER BY txn_id",
        (profile_id,),
    ).fetchall()


def test_a_gift_takes_the_oldest_coins_at_their_price(fresh_services, viewer, creator):
    s = fresh_services
    # 70 coins on the app ($0.99, the store keeps $0.29) + 7 first-purchase bonus coins.
    s.recharge.recharge(viewer.id, coins=70, channel="app", method="app-store")
    s.recharge.recharge(viewer.id, coins=350, channel="web", method="paypal")  # $3.70
    sent = s.gifts.send(viewer.id, creator.id, "Rose", count=50)
    # floor(50 x 99 / 77) = 64 cents, of which floor(50 x 29 / 77) = 18 the store's.
    assert trail(sent) == (64, 18, 64 - 18 - 25, 25)
    assert sent.as_dict()["money_trail"] == {
        "paid_cents": 64,
        "store_fee_cents": 18,
        "platform_cents": 21,
        "creator_cents": 25,
    }
    # 40 coins: the app lot's last 27 (its last 35 cents, 11 of them the store's), then 13
    # web coins at 370 / 350: floor(13 x 370 / 350) = 13.
    spans = s.gifts.send(viewer.id, creator.id, "Perfume", count=2, context="video")
    assert trail(spans) == (35 + 13, 11, 48 - 11 - 20, 20)
    first, second = lot_rows(s, viewer.id)
    assert first[4:] == (77, 99, 29)  # spent: exactly its price and fee, to the cent
    assert second[4:] == (13, 13, 0)


def test_an_undo_gives_back_exactly_what_was_charged(fresh_services, viewer, creator, clock):
    s = fresh_services
    s.recharge.recharge(viewer.id, coins=70, channel="app", method="app-store")  # 77 coins
    roses = [s.gifts.send(viewer.id, creator.id, "Rose") for _ in range(3)]
    charged = [trail(r)[0] for r in roses]
    assert charged == [1, 1, 1]  # floor(k x 99 / 77) is 1, 2, 3 for k = 1, 2, 3
    undone = s.gifts.undo(roses[1].transaction_id)
    assert undone.money_trail.paid_cents == 1 and undone.as_dict()["money_trail"]["paid_cents"] == 1
    # Then spend the lot to its end: whatever the undo did, it adds up to $0.99 exactly.
    rest = s.gifts.send(viewer.id, creator.id, "Rose", count=75)
    assert charged[0] + charged[2] + trail(rest)[0] == 99
    assert lot_rows(s, viewer.id)[0][4:] == (77, 99, 29)
    assert s.spending.month(viewer.id).unspent_coins == 0


def test_a_burst_records_each_gift_and_each_combo_trail(fresh_services, viewer, creator):
    s = fresh_services
    s.recharge.recharge(viewer.id, coins=70, channel="app", method="app-store")  # 77 coins
    s.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal")  # $0.74
    burst = [GiftRequest(viewer.id, creator.id, "Rose") for _ in range(100)]
    results = s.gifts.send_batch(burst)
    assert len({r.transaction_id for r in results}) == 1  # one combo
    paid = sum(trail(r)[0] for r in results)
    assert paid == 99 + 23 * 74 // 70  # the first lot whole, 23 web coins
    stored = s.gifts.send_batch([GiftRequest(viewer.id, creator.id, "Rose", key="again")])[0]
    stored_again = s.gifts.send(viewer.id, creator.id, "Rose", key="again")
    assert stored_again.replayed and stored_again.money_trail == stored.money_trail
    month = s.spending.month(viewer.id)
    assert month.paid_cents == paid + stored.money_trail.paid_cents
    assert month.creator_cents == 50  # floor(101 / 2) diamonds, a cent each


def test_a_failure_while_writing_the_takes_leaves_nothing(
    fresh_services, funded_viewer, creator, probe, monkeypatch
):
    s = fresh_services
    before = probe.state(s)

    def explode(*args, **kwargs):
        raise RuntimeError("injected failure")

    monkeypatch.setattr(lots, "add_to_spending", explode)  # after the takes and the gift row
    with pytest.raises(RuntimeError):
        s.gifts.send(funded_viewer.id, creator.id, "Rosa", count=3, key="k")
    assert probe.state(s) == before
    monkeypatch.undo()
    sent = s.gifts.send(funded_viewer.id, creator.id, "Rosa", count=3, key="k")
    monkeypatch.setattr(lots, "take_from_spending", explode)  # the undo's last write
    before = probe.state(s)
    with pytest.raises(RuntimeError):
        s.gifts.undo(sent.transaction_id)
    assert probe.state(s) == before


def test_the_schema_refuses_a_take_out_of_order_or_at_another_price(
    fresh_services, viewer, creator
):
    s = fresh_services
    s.recharge.recharge(viewer.id, coins=70, channel="app", method="app-store")
    s.recharge.recharge(viewer.id, coins=70, channel="web", method="paypal")
    sent = s.gifts.send(viewer.id, creator.id, "Rose")
    first, second = (row[0] for row in lot_rows(s, viewer.id))
    conn = s.ctx.conn
    for row in (
        (sent.transaction_id, second, 1, 1, 0),  # the newer lot while the older has coins
        (sent.transaction_id + 0, first, 2, 9, 0),  # not the lot's price
    ):
        with pytest.raises(INTEGRITY_ERRORS):
            conn.execute("INSERT INTO lot_takes VALUES (?, ?, ?, ?, ?)", row)
    with pytest.raises(INTEGRITY_ERRORS):
        conn.execute("UPDATE lots SET price_cents = 1")
    with pytest.raises(INTEGRITY_ERRORS):
        conn.execute("DELETE FROM lot_takes")


def _as_before_lots(path) -> None:
    """Turn a wallet back into what GiftDesk made before migration 0013."""
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in (
        "gifts_carry_trails",
        "recharges_make_lots",
        "lots_are_purchases",
        "lots_keep_terms",
        "lots_no_delete",
        "lot_takes_follow_rule",
        "lot_takes_apply",
        "lot_takes_no_update",
        "lot_takes_no_delete",
    ):
        conn.execute(f"DROP TRIGGER {trigger}")
    for table in ("lot_takes", "lots", "spending_trails"):
        conn.execute(f"DROP TABLE {table}")
    for column in ("paid_cents", "store_fee_cents", "platform_cents", "creator_cents"):
        conn.execute(f"ALTER TABLE gifts DROP COLUMN {column}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0013_coin_lots'")
    conn.close()


def test_the_migration_works_out_the_lots_and_trails_of_an_existing_ledger(tmp_path, clock):
    path = tmp_path / "w.db"
    s = Services.open(path, clock=clock)
    vera = s.profiles.add("Vera", birthdate="1990-01-01")
    cleo = s.profiles.add("Cleo", birthdate="1990-01-01", creator=True)
    s.recharge.recharge(vera.id, coins=70, channel="app", method="app-store")
    s.recharge.recharge(vera.id, coins=350, channel="web", method="paypal")
    sent = [s.gifts.send(vera.id, cleo.id, "Rose", count=n) for n in (5, 30, 60)]
    s.gifts.undo(sent[1].transaction_id)
    s.gifts.send_batch([GiftRequest(vera.id, cleo.id, "Rose")] * 40)
    conn = s.ctx.conn
    takes = conn.execute("SELECT * FROM lot_takes ORDER BY txn_id, lot_id").fetchall()
    trails = conn.execute(
        "SELECT txn_id, paid_cents, store_fee_cents, platform_cents, creator_cents FROM gifts"
    ).fetchall()
    spent = conn.execute("SELECT * FROM spending_trails").fetchall()
    s.close()
    _as_before_lots(path)
    again = Services.open(path, clock=clock)
    try:
        conn = again.ctx.conn
        assert conn.execute("SELECT * FROM lot_takes ORDER BY txn_id, lot_id").fetchall() == takes
        assert (
            conn.execute(
                "SELECT txn_id, paid_cents, store_fee_cents, platform_cents, creator_cents"
                " FROM gifts"
            ).fetchall()
            == trails
        )
        assert conn.execute("SELECT * FROM spending_trails").fetchall() == spent
        assert [c.name for c in again.maintenance.verify() if not c.ok] == []
    finally:
        again.close()


def test_verify_finds_a_trail_that_differs_from_its_lots(fresh_services, funded_viewer, creator):
    s = fresh_services
    sent = s.gifts.send(funded_viewer.id, creator.id, "Rose", count=10)
    conn = s.ctx.conn
    sqlite = is_sqlite(conn)
    if sqlite:
        conn.execute("DROP TRIGGER gifts_no_update")
    else:
        conn.execute("ALTER TABLE gifts DISABLE TRIGGER gifts_no_update")
    conn.execute(
        "UPDATE gifts SET paid_cents = paid_cents + 1, platform_cents = platform_cents + 1"
        " WHERE txn_id = ?",
        (sent.transaction_id,),
    )
    failed = {c.name for c in s.maintenance.verify() if not c.ok}
    assert {"money_trails_match_lots", "spending_trails_match_gifts"} <= failed
    conn.execute(
        "UPDATE gifts SET paid_cents = paid_cents - 1, platform_cents = platform_cents - 1"
    )
    if sqlite:
        conn.execute("""CREATE TRIGGER gifts_no_update BEFORE UPDATE ON gifts
BEGIN SELECT RAISE(ABORT, 'gift records are append-only'); END""")
    else:
        conn.execute("ALTER TABLE gifts ENABLE TRIGGER gifts_no_update")
