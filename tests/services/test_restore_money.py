"""A restore never forgets money that already moved outside GiftDesk: purchases charged, payouts
paid or pending after the backup was made are carried into the restored ledger, or the restore
is refused naming them; and what a provider is told is a reference never used twice."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import PayoutOverDailyLimit, RestoreWouldForget
from giftdesk.domain.references import PAYOUT, PURCHASE, is_reference
from giftdesk.services import Services


class RecordingProvider:
    """A payout provider that pays everything and remembers every reference it was given."""

    def __init__(self, pays: bool = True) -> None:
        self.references: list[str] = []
        self.pays = pays

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        self.references.append(reference)
        return self.pays


@pytest.fixture
def wallet(tmp_path, clock):
    """A wallet on a file: Vera bought 1,000,000 coins (and the 10% bonus) and sent Cleo five
    Universes, so Cleo holds 112,497 diamonds."""
    provider = RecordingProvider()
    services = Services.open(tmp_path / "g.db", clock=clock, payout_provider=provider)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(
        vera.id, coins=1_000_000, channel="web", method="paypal", custom=True
    )
    for _ in range(5):
        services.gifts.send(vera.id, cleo.id, "TikTok Universe")
    services.provider = provider
    yield services, vera.id, cleo.id
    failed = [c for c in services.maintenance.verify() if not c.ok]
    services.close()
    assert not failed


def diamonds(services, pid):
    return services.balance(pid).diamonds


def test_a_payout_paid_after_the_backup_is_not_paid_again(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "backup.db")
    clock.advance(minutes=5)
    paid = s.payouts.request(cleo, 100_000, method="bank")  # $1,000: the day's whole cap
    s.payouts.settle_pending(cleo)
    assert diamonds(s, cleo) == 12_497

    done = s.maintenance.restore(tmp_path / "backup.db")

    assert [(m.kind, m.reference, m.status) for m in done.carried] == [
        ("payout", paid.reference, "paid")
    ]
    assert diamonds(s, cleo) == 12_497  # not 112,497 to pay out again
    (kept,) = s.payouts.list(cleo)
    assert (kept.reference, kept.status, kept.diamonds) == (paid.reference, "paid", 100_000)
    assert s.payouts.requested_today_cents(cleo) == 100_000
    with pytest.raises(PayoutOverDailyLimit):  # the day's cap still counts it
        s.payouts.request(cleo, 1_000, method="bank")
    assert s.payouts.settle_pending(cleo) == []
    assert s.provider.references == [paid.reference]  # asked once, ever


def test_a_purchase_after_the_backup_keeps_its_coins_and_its_key(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "backup.db")
    before = s.balance(vera).coins
    clock.advance(minutes=1)
    bought = s.recharge.recharge(vera, coins=700, channel="web", method="paypal", key="buy-1")
    s.gifts.send(vera, cleo, "Rose", count=50)  # a gift: GiftDesk's own, taken back

    done = s.maintenance.restore(tmp_path / "backup.db")

    (moved,) = done.carried
    assert (moved.kind, moved.reference, moved.coins, moved.cents) == (
        "purchase",
        bought.reference,
        700,
        740,
    )
    assert s.balance(vera).coins == before + 700
    again = s.recharge.recharge(vera, coins=700, channel="web", method="paypal", key="buy-1")
    assert again.replayed and again.reference == bought.reference
    assert s.balance(vera).coins == before + 700  # the retry charged nothing
    assert s.history.count(vera) == 7  # the first purchase, five gifts, the one carried


def test_a_payout_pending_at_the_backup_and_settled_since_stays_settled(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    pending = s.payouts.request(cleo, 50_000, method="paypal")
    s.maintenance.backup(tmp_path / "backup.db")
    clock.advance(minutes=1)
    s.payouts.settle_pending(cleo)

    done = s.maintenance.restore(tmp_path / "backup.db")

    assert [(m.kind, m.status) for m in done.carried] == [("settlement", "paid")]
    (payout,) = s.payouts.list(cleo)
    assert payout.status == "paid" and payout.reference == pending.reference
    assert s.payouts.settle_pending(cleo) == []
    assert s.provider.references == [pending.reference]


def test_a_payout_still_pending_comes_back_pending_and_is_paid_once(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "backup.db")
    clock.advance(minutes=1)
    pending = s.payouts.request(cleo, 20_000, method="bank")

    s.maintenance.restore(tmp_path / "backup.db")

    assert [p.status for p in s.payouts.list(cleo)] == ["pending"]
    assert diamonds(s, cleo) == 112_497 - 20_000  # held, not free to request again
    (settled,) = s.payouts.settle_pending(cleo)
    assert settled.reference == pending.reference
    assert s.provider.references == [pending.reference]


def test_a_failed_payout_after_the_backup_moved_nothing_and_is_not_carried(tmp_path, clock):
    provider = RecordingProvider(pays=False)
    s = Services.open(tmp_path / "g.db", clock=clock, payout_provider=provider)
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
    s.gifts.send(vera.id, cleo.id, "Interstellar")
    s.maintenance.backup(tmp_path / "backup.db")
    s.payouts.request(cleo.id, 5_000, method="bank")
    s.payouts.settle_pending(cleo.id)
    assert s.maintenance.restore(tmp_path / "backup.db").carried == ()
    assert s.payouts.list(cleo.id) == [] and diamonds(s, cleo.id) == 5_000
    s.close()


def test_a_payout_the_backup_cannot_cover_refuses_the_restore_and_names_it(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    early = tmp_path / "early.db"
    s.maintenance.backup(early)
    for _ in range(5):  # Cleo earns more after the backup, and cashes out more than she had
        s.gifts.send(vera, cleo, "TikTok Universe")
    paid = s.payouts.request(cleo, 100_000, method="bank")
    clock.advance(days=1)
    paid2 = s.payouts.request(cleo, 100_000, method="bank")
    s.payouts.settle_pending(cleo)
    before = s.balance(cleo)

    with pytest.raises(RestoreWouldForget) as refused:
        s.maintenance.restore(early)

    message = str(refused.value)
    assert paid2.reference in message and paid.reference not in message
    assert "Cleo has only 12,497 diamonds" in message and "nothing was restored" in message.lower()
    assert s.balance(cleo) == before
    assert list(tmp_path.glob("g.db.before-restore-*")) == []


def test_money_of_a_profile_the_backup_lacks_refuses_the_restore(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "backup.db")
    nia = s.profiles.add("Nia", birthdate="1995-05-05")
    bought = s.recharge.recharge(nia.id, coins=350, channel="app", method="app-store")
    with pytest.raises(
        RestoreWouldForget, match=f"purchase {bought.reference} by Nia.*Nia is not in the backup"
    ):
        s.maintenance.restore(tmp_path / "backup.db")
    assert s.balance(nia.id).coins == 350 + 35


def test_a_purchase_made_while_the_restore_waits_is_not_lost(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "backup.db")
    other = Services.open(tmp_path / "g.db", clock=clock)  # another window, or the CLI
    with s.maintenance.stage_restore(tmp_path / "backup.db") as staged:
        bought = other.recharge.recharge(vera, coins=70, channel="web", method="paypal")
        coins = s.balance(vera).coins
        with pytest.raises(RestoreWouldForget, match="while the restore was being prepared"):
            s.maintenance.finish_restore(staged)
    other.close()
    assert s.balance(vera).coins == coins  # nothing was restored; the purchase is there
    assert list(tmp_path.glob("g.db.before-restore-*")) == []
    with s.maintenance.stage_restore(tmp_path / "backup.db") as staged:  # again: it is carried
        assert [m.reference for m in staged.carried] == [bought.reference]
        s.maintenance.finish_restore(staged)


def test_a_restore_over_a_newer_state_keeps_the_newer_timeline_money(wallet, tmp_path, clock):
    """Restore an old backup by mistake, buy, then restore the newer backup: both purchases
    stay, each once, with their own references."""
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "old.db")
    clock.advance(minutes=1)
    first = s.recharge.recharge(vera, coins=70, channel="web", method="paypal")
    s.maintenance.backup(tmp_path / "new.db")
    assert is_reference(first.reference, PURCHASE)
    clock.advance(minutes=1)
    s.maintenance.restore(tmp_path / "old.db")  # carries `first`
    clock.advance(minutes=1)
    second = s.recharge.recharge(vera, coins=350, channel="web", method="paypal")
    done = s.maintenance.restore(tmp_path / "new.db")  # has `first`, lacks `second`
    assert [m.reference for m in done.carried] == [second.reference]
    references = [r for (r,) in s.ctx.conn.execute("SELECT reference FROM recharges")]
    assert len(references) == len(set(references)) == 3


def test_references_are_never_row_numbers_and_never_repeat(wallet, tmp_path, clock):
    s, vera, cleo = wallet
    s.maintenance.backup(tmp_path / "backup.db")
    first = s.payouts.request(cleo, 1_000, method="bank")
    s.payouts.settle_pending(cleo)
    s.maintenance.restore(tmp_path / "backup.db")
    second = s.payouts.request(cleo, 1_000, method="bank")
    bought = s.recharge.recharge(vera, coins=70, channel="web", method="paypal")
    assert is_reference(first.reference, PAYOUT) and is_reference(second.reference, PAYOUT)
    assert is_reference(bought.reference, PURCHASE)
    assert first.reference != second.reference
    s.payouts.settle_pending(cleo)
    assert s.provider.references == [first.reference, second.reference]


def test_charges_and_payouts_made_before_references_get_the_same_one_in_every_copy(
    tmp_path, clock, before_references
):
    s = Services.open(tmp_path / "g.db", clock=clock)
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")
    s.gifts.send(vera.id, cleo.id, "Interstellar")
    s.payouts.request(cleo.id, 2_000, method="bank")
    s.payouts.settle_pending(cleo.id)
    s.close()
    before_references(tmp_path / "g.db")
    import shutil

    shutil.copyfile(tmp_path / "g.db", tmp_path / "old-backup.db")  # an old backup of it
    s = Services.open(tmp_path / "g.db", clock=clock)  # each brought up to date on its own
    references = s.ctx.conn.execute(
        "SELECT (SELECT reference FROM recharges), (SELECT reference FROM payouts)"
    ).fetchone()
    assert is_reference(references[0], PURCHASE) and is_reference(references[1], PAYOUT)
    done = s.maintenance.restore(tmp_path / "old-backup.db")
    assert done.carried == ()  # the same charge and payout: nothing to carry, nothing twice
    assert (
        s.ctx.conn.execute(
            "SELECT (SELECT reference FROM recharges), (SELECT reference FROM payouts)"
        ).fetchone()
        == references
    )
    assert all(c.ok for c in done.checks)
    s.close()
