"""Refusals: exit 3 for a rule or the provider, exit 2 for input that cannot mean anything.

Every refusal must print one `giftdesk: error: ...` line, no traceback, and change nothing:
the database file stays byte-for-byte the same (so every balance is unchanged) and `verify`
still passes. Cases start from the seeded database described in conftest.py.

The commands run in this process (tests/cli/conftest.py), except in
`test_refusals_leave_every_balance_as_it_was`, where they are real `python -m giftdesk`
processes: exit 3 as a process's status, and its one line with no traceback as the interpreter
writes it, for the refusals that come closest to paying.
"""

from __future__ import annotations

import datetime as dt

import pytest

WEB_PAYPAL = ("--channel", "web", "--method", "paypal")
MINOR = f"{dt.date.today().year - 10:04d}-06-15"  # ten years old this year


def card(number: str, expiry: str | None = None, cvc: str = "123") -> tuple[str, ...]:
    expiry = expiry or f"12/{(dt.date.today().year + 3) % 100:02d}"
    return (
        "--channel",
        "web",
        "--method",
        "card",
        "--card",
        number,
        "--expiry",
        expiry,
        "--cvc",
        cvc,
    )


# (id, setup commands that must succeed, the refused command, exit code, words in the message)
CASES = [
    # --- exit 3: refused by a rule or the provider ---
    ("minor-buys", [], ("recharge", "Minnie", "--package", "70", *WEB_PAYPAL), 3, ["18"]),
    ("minor-sends", [], ("send", "Minnie", "Cleo", "Rose"), 3, ["18"]),
    (
        "minor-creator",
        [],
        ("profiles", "add", "Kiddo", "--birthdate", MINOR, "--creator"),
        3,
        ["18"],
    ),
    (
        "self-gift",
        [("recharge", "Cleo", "--package", "70", *WEB_PAYPAL)],
        ("send", "Cleo", "cleo", "Rose"),
        3,
        ["yourself"],
    ),
    ("gift-to-a-viewer", [], ("send", "Vera", "Wes", "Rose"), 3, ["creator"]),
    ("insufficient-coins", [], ("send", "Wes", "Cleo", "Lion"), 3, ["coins"]),
    (
        "custom-on-app",
        [],
        ("recharge", "Vera", "--custom", "1000", "--channel", "app", "--method", "app-store"),
        3,
        ["web"],
    ),
    ("custom-29", [], ("recharge", "Vera", "--custom", "29", *WEB_PAYPAL), 3, ["30"]),
    (
        "custom-2500001",
        [],
        ("recharge", "Vera", "--custom", "2500001", *WEB_PAYPAL),
        3,
        ["2,500,000"],
    ),
    (
        "declined-card",
        [],
        ("recharge", "Vera", "--package", "70", *card("4000 0000 0000 0002")),
        3,
        ["declined"],
    ),
    ("payout-999", [], ("payout", "Cleo", "999", "--method", "bank"), 3, ["1,000"]),
    (
        "payout-over-1000-dollars",
        [],
        ("payout", "Cleo", "100001", "--method", "bank"),
        3,
        ["$1,000"],
    ),
    (
        "payout-over-the-day",
        [
            ("payout", "Cleo", "60000", "--method", "bank"),
            ("payout", "Cleo", "30000", "--method", "paypal"),
        ],
        ("payout", "Cleo", "10001", "--method", "bank"),
        3,
        ["$1,000"],
    ),
    (
        "payout-over-the-day-after-settling",
        [("payout", "Cleo", "100000", "--method", "bank"), ("payouts", "Cleo", "--settle")],
        ("payout", "Cleo", "1000", "--method", "bank"),
        3,
        ["$1,000"],
    ),
    (
        "payout-more-than-earned",
        [],
        ("payout", "Carl", "1000", "--method", "bank"),
        3,
        ["diamonds"],
    ),
    (
        "budget-daily",
        [("budget", "Wes", "--daily-coins", "99")],
        ("send", "Wes", "Cleo", "Hand Hearts", "--count", "1", "--context", "video"),
        3,
        [],
    ),
    (
        "budget-daily-cumulative",
        [
            ("budget", "Wes", "--daily-coins", "100"),
            ("send", "Wes", "Cleo", "Doughnut", "--count", "3"),
        ],
        ("send", "Wes", "Cleo", "Rosa", "--count", "2"),
        3,
        ["budget"],
    ),
    (
        "budget-monthly",
        [("budget", "Wes", "--monthly-coins", "5")],
        ("send", "Wes", "Cleo", "Rosa"),
        3,
        ["monthly"],
    ),
    (
        "budget-zero",
        [("budget", "Wes", "--daily-coins", "0")],
        ("send", "Wes", "Cleo", "Rose"),
        3,
        ["budget"],
    ),
    ("combo-money-gun", [], ("send", "Vera", "Cleo", "Money", "Gun", "--count", "2"), 3, []),
    ("combo-hand-hearts", [], ("send", "Vera", "Cleo", "Hand Hearts", "--count", "3"), 3, []),
    ("combo-over-9999", [], ("send", "Vera", "Cleo", "Rose", "--count", "10000"), 3, ["9,999"]),
    (
        "key-reused-for-another-gift",
        [("send", "Wes", "Cleo", "Rose", "--key", "k-1")],
        ("send", "Wes", "Cleo", "Rosa", "--key", "k-1"),
        3,
        ["key"],
    ),
    (
        "key-reused-across-commands",
        [("send", "Wes", "Cleo", "Rose", "--key", "k-1")],
        ("recharge", "Wes", "--package", "70", *WEB_PAYPAL, "--key", "k-1"),
        3,
        ["key"],
    ),
    (
        "key-reused-for-another-payout",
        [("payout", "Cleo", "1000", "--method", "bank", "--key", "p-1")],
        ("payout", "Cleo", "1001", "--method", "bank", "--key", "p-1"),
        3,
        ["key"],
    ),
    ("duplicate-profile", [], ("profiles", "add", "WES", "--birthdate", "1990-01-01"), 3, []),
    # --- exit 2: input that cannot mean anything ---
    # Too few coins and too many for a quote are both input out of range: exit 2 for both
    # (too many used to be 3), one line that says the range.
    ("quote-zero", [], ("quote", "0"), 2, ["a quote is for 1 to 10,000,000 coins, not 0"]),
    (
        "quote-too-many",
        [],
        ("quote", "10000001"),
        2,
        ["a quote is for 1 to 10,000,000 coins, not 10,000,001"],
    ),
    ("unknown-profile-balance", [], ("balance", "Nobody"), 2, ["nobody"]),
    ("unknown-sender", [], ("send", "Nobody", "Cleo", "Rose"), 2, ["nobody"]),
    ("unknown-creator", [], ("send", "Vera", "Nobody", "Rose"), 2, ["nobody"]),
    ("unknown-creator-payout", [], ("payout", "Nobody", "1000", "--method", "bank"), 2, ["nobody"]),
    ("unknown-profile-sql", [], ("balance", "x' OR '1'='1"), 2, []),
    ("unknown-gift", [], ("send", "Vera", "Cleo", "Unicorn"), 2, ["unicorn"]),
    ("unknown-gift-half-name", [], ("send", "Vera", "Cleo", "Money"), 2, ["money"]),
    ("unknown-package-123", [], ("recharge", "Vera", "--package", "123", *WEB_PAYPAL), 2, ["123"]),
    (
        "unknown-package-app",
        [],
        ("recharge", "Vera", "--package", "1000", "--channel", "app", "--method", "app-store"),
        2,
        ["1,000"],
    ),
    (
        "card-fails-luhn",
        [],
        ("recharge", "Vera", "--package", "70", *card("4242 4242 4242 4241")),
        2,
        ["card"],
    ),
    (
        "card-not-digits",
        [],
        ("recharge", "Vera", "--package", "70", *card("4242-4242-4242-424x")),
        2,
        [],
    ),
    (
        "card-expired",
        [],
        ("recharge", "Vera", "--package", "70", *card("4242424242424242", expiry="01/20")),
        2,
        ["expired"],
    ),
    (
        "card-cvc-2-digits",
        [],
        ("recharge", "Vera", "--package", "70", *card("4242424242424242", cvc="12")),
        2,
        ["cvc"],
    ),
    (
        "card-cvc-letters",
        [],
        ("recharge", "Vera", "--package", "70", *card("4242424242424242", cvc="12a")),
        2,
        ["cvc"],
    ),
    (
        "card-method-without-card",
        [],
        ("recharge", "Vera", "--package", "70", "--channel", "web", "--method", "card"),
        2,
        ["card"],
    ),
    (
        "card-on-app-channel",
        [],
        (
            "recharge",
            "Vera",
            "--package",
            "70",
            "--channel",
            "app",
            "--method",
            "card",
            "--card",
            "4242424242424242",
            "--expiry",
            "12/40",
            "--cvc",
            "123",
        ),
        2,
        [],
    ),
    (
        "app-store-on-web",
        [],
        ("recharge", "Vera", "--package", "70", "--channel", "web", "--method", "app-store"),
        2,
        [],
    ),
    (
        "package-and-custom",
        [],
        ("recharge", "Vera", "--package", "70", "--custom", "70", *WEB_PAYPAL),
        2,
        [],
    ),
    ("unknown-command", [], ("refund", "Vera"), 2, []),
]


@pytest.mark.parametrize("setup, args, code, words", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_refused_and_nothing_changed(seeded, setup, args, code, words):
    check_refused(seeded, setup, args, code, words)


def check_refused(seeded, setup, args, code, words):
    def case():
        for step in setup:
            seeded.ok(*step)
        before = seeded.snapshot()  # verifies, and reads every balance
        return before, seeded(*args)

    before, r = seeded.on_one_day(case)
    seeded.failed(r, code)
    for word in words:
        assert word.lower() in r.err.lower(), (word, r.err)
    assert "4242424242424242" not in r.err and "4242 4242" not in r.err  # never echo a card
    # byte-for-byte the same file (no balance, budget, key or profile moved); still verifies
    seeded.untouched(before)


@pytest.mark.real_process
def test_refusals_leave_every_balance_as_it_was(seeded):
    """The same, spelled out with balances, for the refusals that come closest to paying."""
    for args in (
        ("send", "Wes", "Cleo", "Lion"),
        ("recharge", "Vera", "--package", "70", *card("4000000000000002")),
        ("recharge", "Minnie", "--package", "70", *WEB_PAYPAL),
        ("payout", "Cleo", "100001", "--method", "bank"),
    ):
        seeded.failed(seeded(*args), 3)
    assert seeded.balances() == seeded.seed
    seeded.verifies()


def test_the_same_key_replays_the_first_result(seeded):
    first = seeded.ok("send", "Wes", "Cleo", "Rose", "--count", "7", "--key", "gift-1")
    paid = seeded.ok("recharge", "Wes", "--package", "350", *WEB_PAYPAL, "--key", "buy-1")
    payout = seeded.ok("payout", "Cleo", "1000", "--method", "paypal", "--key", "out-1")
    balances = seeded.balances()
    assert balances["Wes"] == (770 - 7 + 350, 0)
    assert balances["Cleo"] == (0, 112_497 + 4 - 1_000)  # 224,995 + 7 coins -> 112,501 minted
    before = seeded.snapshot()
    again = seeded.ok("send", "wes", "cleo", "rose", "--count", "7", "--key", "gift-1")
    assert again["transaction_id"] == first["transaction_id"]
    assert (again["coins_spent"], again["diamonds_credited"]) == (7, 4)
    again = seeded.ok("recharge", "Wes", "--package", "350", *WEB_PAYPAL, "--key", "buy-1")
    assert (again["transaction_id"], again["coins"], again["price_cents"]) == (
        paid["transaction_id"],
        350,
        370,
    )
    again = seeded.ok("payout", "Cleo", "1000", "--method", "paypal", "--key", "out-1")
    assert (again["transaction_id"], again["status"]) == (payout["transaction_id"], "pending")
    seeded.untouched(before)
    assert seeded.balances() == balances
    assert len(seeded.ok("payouts", "Cleo")["payouts"]) == 1
    seeded.verifies()


def test_one_key_cannot_pay_with_two_cards(seeded):
    card = ("--channel", "web", "--method", "card", "--expiry", "12/40", "--cvc", "123")
    seeded.ok(
        "recharge", "Wes", "--package", "70", *card, "--card", "4242424242424242", "--key", "card-1"
    )
    again = seeded.ok(
        "recharge",
        "Wes",
        "--package",
        "70",
        *card,
        "--card",
        "4242 4242 4242 4242",
        "--key",
        "card-1",
    )
    assert again["replayed"] is True  # the same card, typed with spaces: the same request
    before = seeded.snapshot()
    r = seeded(
        "recharge", "Wes", "--package", "70", *card, "--card", "5555555555554444", "--key", "card-1"
    )
    seeded.failed(r, 3)
    seeded.untouched(before)


def test_the_limits_themselves_are_allowed(seeded):
    small = seeded.ok("recharge", "Vera", "--custom", "30", *WEB_PAYPAL)
    assert (small["coins"], small["price_cents"]) == (30, 32)  # ceil(30 x 74 / 70)
    big = seeded.ok("recharge", "Vera", "--custom", "2500000", *WEB_PAYPAL)
    assert (big["coins"], big["price_cents"]) == (2_500_000, 2_642_858)
    combo = seeded.ok("send", "Vera", "Cleo", "TikTok", "--count", "9999")
    assert combo["coins_spent"] == 9_999
    out = seeded.ok("payout", "Cleo", "1000", "--method", "bank")
    assert (out["diamonds"], out["cents"], out["status"]) == (1_000, 1_000, "pending")
    assert seeded.balances()["Vera"] == (105_005 + 30 + 2_500_000 - 9_999, 0)
    seeded.verifies()


def test_card_details_with_another_method_are_refused_not_ignored(seeded):
    before = seeded.snapshot()
    r = seeded(
        "recharge",
        "Wes",
        "--package",
        "70",
        "--channel",
        "web",
        "--method",
        "paypal",
        "--card",
        "4242424242424242",
        "--expiry",
        "12/40",
        "--cvc",
        "123",
    )
    seeded.failed(r, 2)
    assert "go with --method card, not paypal" in r.err
    seeded.untouched(before)
