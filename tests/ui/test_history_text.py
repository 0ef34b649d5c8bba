"""The Activity table's words for a history row (ui/history_text.py) are the command line's
(giftdesk/history_text.py) until a translation says otherwise, and go through Qt's
translate() under the context "HistoryText"."""

from __future__ import annotations

import pytest

from giftdesk import history_text as english
from giftdesk.services import Services
from giftdesk.ui import history_text


class SomePayoutsFail:
    def __init__(self) -> None:
        self.calls = 0

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        self.calls += 1
        return self.calls % 2 == 1  # paid, failed, paid, ...


@pytest.fixture
def every_kind(clock):
    """A ledger with a row of every kind, for the sender and for the creator."""
    s = Services.open(clock=clock, payout_provider=SomePayoutsFail())
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=7_000, channel="app", method="app-store")  # a bonus
    s.recharge.recharge(vera.id, coins=17_500, channel="web", method="paypal")  # none
    s.lives.start(cleo.id)  # the Rose goes to her LIVE, the rest to a video
    s.gifts.send(vera.id, cleo.id, "Rose", count=1_200)
    s.lives.end(cleo.id)
    s.gifts.send(vera.id, cleo.id, "Swan", context="video")
    s.gifts.send(vera.id, cleo.id, "Private Jet")
    undone = s.gifts.send(vera.id, cleo.id, "Finger Heart", count=3)
    s.gifts.undo(undone.transaction_id)
    for _ in range(2):
        s.payouts.request(cleo.id, 1_500, method="paypal")
    s.payouts.settle_pending(cleo.id)
    yield s, vera, cleo
    assert all(c.ok for c in s.maintenance.verify())
    s.close()


def test_untranslated_the_window_says_what_the_command_line_says(every_kind):
    s, vera, cleo = every_kind
    rows = s.history.rows(vera.id) + s.history.rows(cleo.id)
    kinds = {(r.kind, r.by_profile) for r in rows}
    assert kinds == {
        ("recharge", True),
        ("gift", True),
        ("gift", False),
        ("gift_undo", True),
        ("gift_undo", False),
        ("payout", True),
        ("payout_paid", True),
        ("payout_failed", True),
    }
    assert [history_text.describe(r) for r in rows] == [english.describe(r) for r in rows]
    assert english.describe(rows[0]) == "Bought 7,000 coins + 700 bonus for $99.99 (app, app-store)"
    # Numbers grouped as everywhere else in the window and the command line ("x1,200").
    assert "Received Rose x1,200 from Vera (LIVE)" in [english.describe(r) for r in rows]


def test_the_window_asks_qt_for_its_words(every_kind, monkeypatch):
    s, vera, _ = every_kind
    asked = []

    def translate(context: str, text: str) -> str:
        asked.append(context)
        return text.replace("Sent", "Envió")

    monkeypatch.setattr(history_text.QCoreApplication, "translate", translate)
    sent = [r for r in s.history.rows(vera.id) if r.kind == "gift"]
    assert history_text.describe(sent[0]) == "Envió Rose x1,200 to Cleo (LIVE)"
    assert set(asked) == {"HistoryText"}


def test_a_purchases_channel_and_method_read_in_the_language(every_kind, qapp, restore_language):
    """German read "(web, card)" among its own words; the codes stay as the command line's
    in English (the test above)."""
    from giftdesk.ui import language

    s, vera, _ = every_kind
    language.install_language(qapp, "de")
    bought = [history_text.describe(r) for r in s.history.rows(vera.id) if r.kind == "recharge"]
    assert bought[0].endswith("(App, App-Store)") and bought[1].endswith("(Web, PayPal)")
