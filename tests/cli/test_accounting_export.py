"""`giftdesk export --format hledger|beancount` checked by the tools themselves: Debian's
`hledger check` and `hledger bal`, and Beancount's `bean-check` (the test extra), on ordinary
and nasty ledgers, every balance compared with `giftdesk balance`. And `giftdesk spending`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from giftdesk.services import Services
from giftdesk.services.gifting import GiftRequest
from giftdesk.services.payments import CardDetails

# Never skipped: resources/scripts/setup.sh --test installs Debian's hledger, and the test extra
# Beancount; without them these tests fail, naming the missing program.
HLEDGER = shutil.which("hledger") or "hledger"
BEAN_CHECK = shutil.which("bean-check") or str(Path(sys.executable).with_name("bean-check"))

NASTY = ('=HYPERLINK("http://x";"pay")', "🎁 Gift 🌹", "Ümlaut_under score", 'Quote"s \\ back')


class FlakyPayouts:
    """Settles payouts, failing every other one."""

    def __init__(self) -> None:
        self.calls = 0

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        self.calls += 1
        return self.calls % 2 == 1


def build(path: Path, clock, *, nasty: bool) -> dict[str, int]:
    """A ledger with purchases on both channels, gifts, a combo burst, an undo, and payouts
    paid, failed and pending; profile name -> id."""
    s = Services.open(path, clock=clock, payout_provider=FlakyPayouts())
    names = NASTY if nasty else ("Vera", "Wes", "Cleo", "Carl")
    ids = {}
    for i, name in enumerate(names):
        ids[name] = s.profiles.add(name, birthdate="1990-01-01", creator=i >= 2).id
    v, w, c, d = (ids[n] for n in names)
    s.recharge.recharge(v, coins=17_500, channel="app", method="app-store")
    card = CardDetails("4242424242424242", "12/30", "123")
    s.recharge.recharge(v, coins=12_345, channel="web", method="card", custom=True, card=card)
    s.recharge.recharge(w, coins=70, channel="app", method="app-store")
    s.gifts.send(v, c, "Lion")
    sent = s.gifts.send(v, d, "Rose", count=33)
    clock.advance(seconds=2)
    s.gifts.undo(sent.transaction_id)
    s.gifts.send_batch([GiftRequest(w, c, "Rose")] * 50 + [GiftRequest(v, d, "Galaxy")])
    for creator in (c, c, c):
        s.payouts.request(creator, 1_000, method="bank")
    s.payouts.settle_pending(c)  # one paid, one failed... and one more paid
    s.payouts.request(c, 1_000, method="paypal")  # pending
    s.close()
    return ids


def hledger_balances(path: Path) -> dict[str, Decimal]:
    run = subprocess.run(
        [HLEDGER, "-f", str(path), "bal", "--flat", "--no-total", "-O", "csv"],
        capture_output=True,
        text=True,
        check=True,
    )
    out = {}
    for row in list(csv.reader(io.StringIO(run.stdout)))[1:]:
        account, amount = row[0], row[1]
        number = amount.split()[0].replace(",", "").rstrip(".")
        out[account] = Decimal(number)
    return out


@pytest.mark.parametrize("nasty", [False, True])
def test_hledger_and_beancount_accept_the_export_and_agree_with_giftdesk(cli, clock, nasty):
    ids = build(cli.db, clock, nasty=nasty)
    balances = cli.balances()
    journal = cli.home / "all.journal"
    done = cli.ok("export", "--format", "hledger", str(journal))
    assert done["transactions"] > 10 and done["format"] == "hledger"
    subprocess.run([HLEDGER, "-f", str(journal), "check"], check=True, capture_output=True)
    found = hledger_balances(journal)
    for name, pid in ids.items():
        coins, diamonds = balances[name]
        assert found.get(f"Assets:Wallets:P{pid}:Coin", 0) == coins
        assert found.get(f"Assets:Wallets:P{pid}:Diamond", 0) == diamonds
        single = cli.ok("balance", name)
        assert (single["coins"], single["diamonds"]) == (coins, diamonds)
    assert sum(v for k, v in found.items()) == sum(found.values())  # parsed every line
    bean = cli.home / "all.beancount"
    cli.ok("export", "--format", "beancount", str(bean))
    checked = subprocess.run([BEAN_CHECK, str(bean)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    text = bean.read_text(encoding="utf-8")
    for name, pid in ids.items():
        coins, diamonds = balances[name]
        assert f" balance Assets:Wallets:P{pid}:Coin  {coins} COIN\n" in text
    # One profile's part: its own balances asserted, both tools still content.
    name = next(iter(ids))
    part = cli.home / "part.journal"
    cli.ok("export", "--format", "hledger", "--profile", name, str(part))
    subprocess.run([HLEDGER, "-f", str(part), "check"], check=True, capture_output=True)
    assert hledger_balances(part)[f"Assets:Wallets:P{ids[name]}:Coin"] == balances[name][0]
    part_bean = cli.home / "part.beancount"
    cli.ok("export", "--format", "beancount", "--profile", name, str(part_bean))
    checked = subprocess.run([BEAN_CHECK, str(part_bean)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_export_to_standard_output_and_its_refusals(cli, clock):
    build(cli.db, clock, nasty=False)
    out = cli("export", "--format", "hledger", "-")
    assert out.code == 0 and out.out.startswith("; GiftDesk ledger") and out.err == ""
    assert "commodity 1,000. COIN" in out.out
    target = cli.home / "once.journal"
    cli.ok("export", "--format", "beancount", str(target))
    cli.failed(cli("export", "--format", "beancount", str(target)), 2)  # never overwritten
    cli.failed(cli("export", "--format", "beancount", str(cli.home / "no" / "such.bean")), 2)
    cli.failed(cli("export", "--format", "ledger", str(cli.home / "x")), 2)
    cli.failed(cli("export", "--format", "hledger", "--profile", "Nobody", "x.journal"), 2)
    cli.failed(cli("--json", "export", "--format", "hledger", "-"), 2)
    assert not (cli.home / "x").exists()


def test_spending_gives_the_month_and_where_it_went(cli, clock):
    build(cli.db, clock, nasty=False)
    month = clock.now().strftime("%Y-%m")
    spent = cli.ok("spending", "Vera", "--month", month)
    assert set(spent) >= {
        "profile",
        "month",
        "coins",
        "paid_cents",
        "store_fee_cents",
        "platform_cents",
        "creator_cents",
        "by_creator",
        "unspent_coins",
        "unspent_cents",
    }
    assert spent["month"] == month and spent["coins"] == 29_999 + 1_000  # the undo is out
    assert spent["paid_cents"] == (
        spent["store_fee_cents"] + spent["platform_cents"] + spent["creator_cents"]
    )
    assert {c["creator"] for c in spent["by_creator"]} == {"Cleo", "Carl"}
    assert all(
        set(c) >= {"creator", "coins", "paid_cents", "creator_cents"} for c in spent["by_creator"]
    )
    assert spent["unspent_coins"] == cli.ok("balance", "Vera")["coins"]
    today = {d.strftime("%Y-%m") for d in (dt.date.today(), dt.datetime.now(dt.UTC).date())}
    assert cli.ok("spending", "Vera")["month"] in today  # this month by default
    assert cli.ok("spending", "Vera", "--month", "2020-01")["coins"] == 0
    text = cli("spending", "Vera")
    assert text.code == 0 and "Where it went" in text.out
    for bad in ("2026-13", "2026-1", "26-11", "２０２６-１１", "2026-١١", ""):
        cli.failed(cli("spending", "Vera", "--month", bad), 2)
    cli.failed(cli("spending", "Nobody"), 2)


def test_send_says_where_the_money_went(cli, clock):
    build(cli.db, clock, nasty=False)
    sent = cli.ok("send", "Wes", "Cleo", "Rose", "--count", "3")
    trail = sent["money_trail"]
    assert set(trail) == {"paid_cents", "store_fee_cents", "platform_cents", "creator_cents"}
    assert trail["paid_cents"] == (
        trail["store_fee_cents"] + trail["platform_cents"] + trail["creator_cents"]
    )
    said = cli("send", "Wes", "Cleo", "Rose")
    assert said.code == 0 and "Those coins cost" in said.out
