"""`giftdesk statement PROFILE --month YYYY-MM FILE.pdf`, read back with poppler's `pdftotext`:
a viewer's purchases on both channels, gifts spanning lots and an undo, with the totals to the
cent; a creator's gifts received, LIVE and payouts; a busy month whose tables run over pages,
each page headed by the table's header row and numbered; and the refusals. The ledgers are
built in this process on a fixed clock, in a month long past, so that the real clock cannot
make it the current or a future one. (The German runs are real processes: LANG is read at
start-up.)"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from giftdesk.services import Services
from giftdesk.services.clock import UTC, FixedClock
from giftdesk.services.payments import CardDetails

# Never skipped: resources/scripts/setup.sh --test installs poppler-utils; without it these
# tests fail, naming the missing program.
PDFTOTEXT = shutil.which("pdftotext") or "pdftotext"
pytestmark = [
    # The command makes a QGuiApplication when there is none; in this process that one would
    # stay, and the window tests after it need a QApplication.
    pytest.mark.usefixtures("qapp"),
]

MONTH = "2025-03"
ZONE = "Europe/Berlin"
CARD = CardDetails("4242424242424242", "12/30", "123")


class FlakyPayouts:
    """Pays the first payout it is asked to, fails the second, and so on."""

    def __init__(self) -> None:
        self.calls = 0

    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        self.calls += 1
        return self.calls % 2 == 1


def build(path: Path) -> dict:
    """Vera buys in February and twice in March (app and web), sends gifts in March, one of
    them across her first two lots and one undone, and one in April; Cleo is LIVE in March
    and asks for two payouts, one paid and one failed. What each March figure must be."""
    clock = FixedClock(dt.datetime(2025, 2, 20, 12, 0, tzinfo=UTC), zone=ZONE)
    s = Services.open(path, clock=clock, payout_provider=FlakyPayouts())
    vera = s.profiles.add("Vera", birthdate="1990-04-12").id
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True).id
    feb = s.recharge.recharge(vera, coins=70, channel="app", method="app-store")
    s.gifts.send(vera, cleo, "Rose", count=10, context="video")  # February: not on March's
    clock.current = dt.datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    bought = [
        s.recharge.recharge(vera, coins=700, channel="app", method="app-store"),
        s.recharge.recharge(
            vera, coins=31_234, channel="web", method="card", custom=True, card=CARD
        ),
    ]
    s.lives.start(cleo, title="Spring LIVE")
    sent = [s.gifts.send(vera, cleo, "Money Gun")]  # the rest of February's lot and March's
    sent.append(s.gifts.send(vera, cleo, "Money Gun"))  # across the app lot and the web one
    undone = s.gifts.send(vera, cleo, "Rose", count=33)
    clock.advance(seconds=2)
    s.gifts.undo(undone.transaction_id)
    sent.append(s.gifts.send(vera, cleo, "Lion"))
    clock.advance(minutes=40)
    s.lives.end(cleo)
    clock.current = dt.datetime(2025, 3, 20, 10, 0, tzinfo=UTC)
    for _ in range(2):
        s.payouts.request(cleo, 5_000, method="bank")
    s.payouts.settle_pending(cleo)
    # 23:30 UTC on the 31st is already April in Berlin: on April's statement, not March's.
    clock.current = dt.datetime(2025, 3, 31, 23, 30, tzinfo=UTC)
    s.gifts.send(vera, cleo, "Rose", count=5)
    clock.current = dt.datetime(2025, 4, 2, 10, 0, tzinfo=UTC)
    s.gifts.send(vera, cleo, "Rose")
    trails = [g.money_trail for g in sent]
    expected = {
        "opening_coins": feb.coins + feb.bonus_coins - 10,
        "purchased_cents": sum(b.price_cents for b in bought),
        "paid": sum(t.paid_cents for t in trails),
        "fee": sum(t.store_fee_cents for t in trails),
        "platform": sum(t.platform_cents for t in trails),
        "creator": sum(t.creator_cents for t in trails),
        "coins": sum(g.coins_spent for g in sent),
        "diamonds": sum(g.diamonds_credited for g in sent),
        "undone": undone.transaction_reference,
    }
    s.close()
    return expected


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def squeeze(text: str) -> str:
    """The text with every run of spaces one space: columns become words in a line."""
    return "\n".join(re.sub(r"\s+", " ", line).strip() for line in text.splitlines())


def vera_statement_in(cli, lang: str) -> Path:
    """Vera's statement of MONTH, made by a real process under LANG=lang."""
    target = cli.home / f"vera-{lang}.pdf"
    said = cli("statement", "Vera", "--month", MONTH, str(target), LANG=lang)
    assert said.code == 0, said.err
    return target


def usd(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


# A long name wraps over lines in its column: a row a page break could cut in two.
STUDIO = "Maximiliane Wunderlich-Übermütig Studios"
BUSY_GIFTS = ("Rose", "Finger Heart", "Hat and Mustache", "Money Gun", "Galaxy", "Corgi")
REFERENCE = re.compile(r"\b\d+-[0-9A-Z]{8}\b")


def build_busy(path: Path) -> dict:
    """A busy March: Vera sends 90 gifts, one in five to a studio with a long name and the
    rest to Cleo, undoing one in eleven; what the gifts tables must hold and total."""
    clock = FixedClock(dt.datetime(2025, 3, 3, 9, 0, tzinfo=UTC), zone=ZONE)
    s = Services.open(path, clock=clock)
    vera = s.profiles.add("Vera", birthdate="1990-04-12").id
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True).id
    studio = s.profiles.add(STUDIO, birthdate="1985-06-01", creator=True).id
    s.recharge.recharge(vera, coins=100_000, channel="web", method="card", custom=True, card=CARD)
    sent, kept, to_cleo = [], [], []
    for i in range(90):
        clock.advance(minutes=7)
        gift = BUSY_GIFTS[i % len(BUSY_GIFTS)]
        count = 3 if gift in ("Rose", "Finger Heart") else 1
        result = s.gifts.send(vera, studio if i % 5 == 2 else cleo, gift, count=count)
        sent.append(result.transaction_reference)
        if i % 5 != 2:
            to_cleo.append(result.transaction_reference)
        if i % 11 == 4:
            clock.advance(seconds=2)
            s.gifts.undo(result.transaction_id)
            continue
        kept.append((result, i % 5 != 2))
    s.close()
    trails = [g.money_trail for g, _ in kept]
    return {
        "sent": set(sent),
        "to_cleo": set(to_cleo),
        "coins": sum(g.coins_spent for g, _ in kept),
        "paid": sum(t.paid_cents for t in trails),
        "fee": sum(t.store_fee_cents for t in trails),
        "platform": sum(t.platform_cents for t in trails),
        "creator": sum(t.creator_cents for t in trails),
        "cleo_coins": sum(g.coins_spent for g, to in kept if to),
        "cleo_diamonds": sum(g.diamonds_credited for g, to in kept if to),
    }


def pdf_pages(path: Path) -> list[list[str]]:
    """The PDF's pages, each its lines with every run of spaces one space."""
    pages = pdf_text(path).split("\f")
    if not pages[-1].strip():
        pages.pop()  # pdftotext ends every page with a form feed, the last one too
    return [[line for line in squeeze(page).splitlines() if line] for page in pages]


def assert_headed_on_every_page(pages: list[list[str]], header: str, references: set) -> None:
    """Every row of the table (known by its transaction reference) is listed once, and every
    page that has rows of it has its header row above them, with a row's first line right
    under it: never the rest of a row cut at the page before, nor the header alone."""
    listed = []
    for number, lines in enumerate(pages, start=1):
        rows = [
            index
            for index, line in enumerate(lines)
            if (found := REFERENCE.search(line)) and found.group() in references
        ]
        if not rows:
            continue
        assert header in lines, f"page {number} has rows but no header row: {lines}"
        top = lines.index(header)
        assert top < rows[0] and top + 1 in rows, f"page {number}: {lines}"
        listed += [REFERENCE.search(lines[index]).group() for index in rows]
    assert sorted(listed) == sorted(references)
    assert len([lines for lines in pages if header in lines]) >= 2  # the table ran over pages


def assert_numbered(pages: list[list[str]], label: str = "Page {page} of {pages}") -> None:
    for number, lines in enumerate(pages, start=1):
        assert lines[-1].endswith(label.format(page=number, pages=len(pages))), lines[-1]


def assert_total_under_a_row(pages: list[list[str]], header: str, total: str) -> None:
    """The totals row is listed once, under a row of its table, not alone under its header."""
    (lines,) = [lines for lines in pages if total in lines]
    assert lines[lines.index(total) - 1] != header, lines


def test_a_viewers_statement_gives_the_trails_to_the_cent(cli):
    want = build(cli.db)
    target = cli.home / "vera.pdf"
    said = cli.ok("statement", "Vera", "--month", MONTH, str(target))
    trail = said["money_trail"]
    assert (trail["paid_cents"], trail["store_fee_cents"]) == (want["paid"], want["fee"])
    assert (trail["platform_cents"], trail["creator_cents"]) == (want["platform"], want["creator"])
    # The same month as `spending` counts it, to the cent.
    spent = cli.ok("spending", "Vera", "--month", MONTH)
    assert spent["paid_cents"] == want["paid"] and spent["creator_cents"] == want["creator"]
    assert said["gifts_undone"] == 1 and said["purchases"] == 2

    text = squeeze(pdf_text(target))
    assert "Vera (viewer)" in text and "March 2025" in text and ZONE in text
    assert f"Coins at the start of the month: {want['opening_coins']} coins" in text
    assert f"Money spent on coins: {usd(want['purchased_cents'])}" in text
    assert f"What the gifts' coins cost: {usd(want['paid'])}" in text
    share = (want["creator"] * 200 + want["paid"]) // (2 * want["paid"])
    assert f"To the creators: {usd(want['creator'])} ({share}%)" in text
    assert f"To the app store: {usd(want['fee'])}" in text
    # The gifts' totals row: coins, paid, app store, platform, creator.
    row = " ".join(
        [f"{want['coins']:,}", *(usd(want[k]) for k in ("paid", "fee", "platform", "creator"))]
    )
    assert f"Total {row}" in text, text
    assert want["undone"] in text and "(undone:" in text
    closing = cli.ok("balance", "Vera")["coins"] + 5 + 1  # less April's gifts
    assert f"Coins at the end of the month: {closing:,} coins" in text


def test_a_creators_statement_gives_gifts_lives_and_payouts(cli):
    want = build(cli.db)
    target = cli.home / "cleo.pdf"
    said = cli.ok("statement", "Cleo", "--month", MONTH, str(target))
    assert said["received_diamonds"] == want["diamonds"] and len(said["lives"]) == 1
    assert said["payouts"] == 2 and said["paid_out_cents"] == 5_000
    assert said["payout_diamonds"] == 5_000  # the failed one's came back
    text = squeeze(pdf_text(target))
    assert "Cleo (creator)" in text and "Spring LIVE" in text
    assert f"Diamonds received: {want['diamonds']:,} diamonds" in text
    assert f"Total {want['coins']:,} {want['diamonds']:,}" in text
    assert "Paid out: $50.00" in text and "failed" in text and "paid" in text
    opening = 5  # February's roses: 10 coins, 5 diamonds
    assert f"Diamonds at the start of the month: {opening} diamonds" in text
    closing = opening + want["diamonds"] - 5_000
    assert f"Diamonds at the end of the month: {closing:,} diamonds" in text


@pytest.mark.real_process
def test_a_statement_in_german(cli):
    want = build(cli.db)
    text = squeeze(pdf_text(vera_statement_in(cli, "de_DE.UTF-8")))
    euro_style = f"{want['paid'] // 100},{want['paid'] % 100:02d}\u00a0$"
    assert euro_style in text or euro_style.replace("\u00a0", " ") in text, text
    assert "März 2025" in text
    assert "Gesendete Geschenke und wohin das Geld ging" in text  # the headings too


@pytest.mark.real_process
def test_a_statement_in_portuguese_keeps_each_time_and_amount_on_one_line(cli):
    build(cli.db)
    text = pdf_text(vera_statement_in(cli, "pt_BR.UTF-8"))
    assert "Presentes enviados e para onde foi o dinheiro" in text
    # Nine columns at A4: a time once broke as "02/03/2025 0" over "0:05", an amount as
    # "US$ 0,0" over "0".
    times = re.findall(r"\d\d/\d\d/2025 \d\d:\d\d", text)
    assert len(times) >= 4, text
    assert not re.search(r"\d\d/\d\d/2025 \d?\s*$", text, re.M), text
    assert not re.search(r"US\$ \d+,\d\s*$", text, re.M), text


def test_a_busy_viewers_gifts_run_over_pages_each_headed_and_numbered(cli):
    want = build_busy(cli.db)
    target = cli.home / "vera.pdf"
    cli.ok("statement", "Vera", "--month", MONTH, str(target))
    pages = pdf_pages(target)
    header = "When Transaction To Gift Coins Paid App store Platform Creator"
    assert_headed_on_every_page(pages, header, want["sent"])
    assert_numbered(pages)
    row = " ".join(
        [f"{want['coins']:,}", *(usd(want[k]) for k in ("paid", "fee", "platform", "creator"))]
    )
    assert_total_under_a_row(pages, header, f"Total {row}")
    spent = cli.ok("spending", "Vera", "--month", MONTH)  # the same month, to the cent
    assert (spent["paid_cents"], spent["creator_cents"]) == (want["paid"], want["creator"])


def test_a_busy_creators_gifts_received_run_over_pages_each_headed_and_numbered(cli):
    want = build_busy(cli.db)
    target = cli.home / "cleo.pdf"
    said = cli.ok("statement", "Cleo", "--month", MONTH, str(target))
    assert said["received_diamonds"] == want["cleo_diamonds"]
    pages = pdf_pages(target)
    header = "When Transaction From Gift Coins Diamonds"
    assert_headed_on_every_page(pages, header, want["to_cleo"])
    assert_numbered(pages)
    total = f"Total {want['cleo_coins']:,} {want['cleo_diamonds']:,}"
    assert_total_under_a_row(pages, header, total)


@pytest.mark.real_process
def test_a_busy_month_in_german_heads_every_page_with_the_german_header(cli):
    want = build_busy(cli.db)
    pages = pdf_pages(vera_statement_in(cli, "de_DE.UTF-8"))
    header = "Wann Transaktion An Geschenk Münzen Bezahlt App-Store Plattform Creator"
    assert_headed_on_every_page(pages, header, want["sent"])
    for number, lines in enumerate(pages, start=1):  # whatever the words, N of M
        assert re.search(rf"\b{number}\D+{len(pages)}$", lines[-1]), lines[-1]


def test_refusals(cli):
    build(cli.db)
    target = cli.home / "s.pdf"
    for bad in ("2025-13", "2025-3", "25-03", "２０２５-０３", "2025-٠٣", ""):
        cli.failed(cli("statement", "Vera", "--month", bad, str(target)), 2)
    cli.failed(cli("statement", "Vera", "--month", "2999-01", str(target)), 2)  # not begun
    cli.failed(cli("statement", "Nobody", "--month", MONTH, str(target)), 2)
    cli.failed(cli("statement", "Vera", str(target)), 2)  # no --month
    cli.failed(cli("statement", "Vera", "--month", MONTH, str(cli.home / "no" / "s.pdf")), 2)
    assert not target.exists()
    cli.ok("statement", "Vera", "--month", MONTH, str(target))
    before = target.read_bytes()
    cli.failed(cli("statement", "Vera", "--month", MONTH, str(target)), 2)  # never overwritten
    assert target.read_bytes() == before


def test_a_profile_with_a_password_needs_it(cli):
    build(cli.db)
    s = Services.open(cli.db)
    s.security.set_password(s.profiles.find("Vera").id, "correct horse 9")
    s.close()
    target = cli.home / "s.pdf"
    cli.failed(cli("statement", "Vera", "--month", MONTH, str(target)), 3)
    assert not target.exists()
    cli.ok("statement", "Vera", "--month", MONTH, str(target), GIFTDESK_PASSWORD="correct horse 9")
    assert target.exists()
