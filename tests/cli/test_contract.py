"""The CLI contract of docs/cli.md, "Commands" and "JSON output": every command, its --json
keys and its numbers.

Documented keys must be present with exact integer values (docs/cli.md welcomes more keys, so
extra keys are allowed). Helpers live in conftest.py: `cli` runs `giftdesk --db DB ...`.

The commands run in this process (tests/cli/conftest.py), except in
`test_global_options_before_and_after_the_command`, where they are real `python -m giftdesk`
processes: the global options wherever they stand in a real argv, and `--json` being exactly
one JSON object on a process's stdout, for a success and for a failure (with its one line on
stderr).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import sqlite3

import pytest

from expected import GIFTS, PACKAGES

BALANCE_KEYS = {"profile", "coins", "diamonds", "diamonds_cents"}
RECHARGE_KEYS = {"transaction_id", "coins", "bonus_coins", "price_cents", "currency"}
SEND_KEYS = {"transaction_id", "coins_spent", "diamonds_credited"}
PAYOUT_KEYS = {"transaction_id", "diamonds", "cents", "status"}


def is_int(value) -> bool:
    return type(value) is int  # not bool, not float


def has(data: dict, keys: set[str], **expected) -> dict:
    """The documented keys are there; the given ones have exactly these integer/str values."""
    missing = keys - data.keys()
    assert not missing, f"missing keys {missing} in {data}"
    for key, value in expected.items():
        assert data[key] == value and type(data[key]) is type(value), (key, data[key], value)
    return data


def future_expiry() -> str:
    return f"12/{(dt.date.today().year + 3) % 100:02d}"


# --- an independent oracle for `quote` -------------------------------------------------------


def cheapest(coins: int, channel: str) -> int:
    """The lowest price in cents for at least `coins` coins on one channel, by plain dynamic
    programming over 70-coin units (every package is a multiple of 70 coins), plus, on the
    web, every possible custom amount."""
    units = {p.coins // 70: (p.app_cents if channel == "app" else p.web_cents) for p in PACKAGES}
    need = -(-coins // 70)
    top = need + max(units)
    exact = [0] + [math.inf] * top  # exact[u]: cheapest for exactly u units
    for u in range(1, top + 1):
        exact[u] = min((exact[u - k] + p for k, p in units.items() if k <= u), default=math.inf)
    at_least = exact[:]  # at_least[u]: cheapest for u units or more
    for u in range(top - 1, -1, -1):
        at_least[u] = min(at_least[u], at_least[u + 1])

    def packages_only(target: int) -> float:
        return 0 if target <= 0 else at_least[-(-target // 70)]

    best = packages_only(coins)
    if channel == "web":  # plus at most one custom amount of 30..2,500,000 coins
        for custom in range(30, coins + 30):
            best = min(best, -(-custom * 74 // 70) + packages_only(coins - custom))
    return best


# --- fresh database: the read-only commands ----------------------------------------------------


def test_fresh_db_catalog_packages_verify_and_empty_lists(cli):
    if not cli.on_postgres:  # a file made by the first command (a server's database exists)
        assert not cli.db.exists()
    gifts = cli.ok("gifts")["gifts"]
    if not cli.on_postgres:
        assert cli.db.exists()
    assert [(g["name"], g["coins"], g["streakable"]) for g in gifts] == GIFTS
    for g in gifts:
        assert set(g) >= {"name", "coins", "streakable"}
        assert is_int(g["coins"]) and type(g["streakable"]) is bool, g

    every = cli.ok("packages")["packages"]
    assert sorted((p["channel"], p["coins"], p["price_cents"]) for p in every) == sorted(
        [("app", p.coins, p.app_cents) for p in PACKAGES]
        + [("web", p.coins, p.web_cents) for p in PACKAGES]
    )
    assert all(is_int(p["coins"]) and is_int(p["price_cents"]) for p in every)
    for channel, column in (("app", "app_cents"), ("web", "web_cents")):
        some = cli.ok("packages", "--channel", channel)["packages"]
        assert {p["channel"] for p in some} == {channel}
        assert {p["coins"]: p["price_cents"] for p in some} == {
            p.coins: getattr(p, column) for p in PACKAGES
        }

    verify = cli.ok("verify")
    assert verify["ok"] is True
    assert verify["checks"], "verify ran no checks"
    for check in verify["checks"]:
        assert isinstance(check["name"], str) and check["name"] and check["ok"] is True

    assert cli.ok("profiles", "list")["profiles"] == []
    copy = cli.home / "empty-backup.db"
    if cli.on_postgres:  # a server's database is backed up with its own tools
        refused = cli("backup", str(copy))
        cli.failed(refused, 1)
        assert "pg_dump" in refused.err and not copy.exists()
    else:
        assert cli.ok("backup", str(copy))["ok"] is True
        assert copy.read_bytes()[:16] == b"SQLite format 3\x00"
    text = cli("gifts")  # without --json: a human table, not JSON
    assert text.code == 0 and "Money Gun" in text.out and not text.out.lstrip().startswith("{")


# (coins asked for, the expected answer without --channel as (coins, price_cents) or None)
QUOTES = [
    (1, (30, 32)),  # the smallest custom amount, 30 coins at ceil(30 x 74 / 70) cents
    (29, (30, 32)),  # coins is what you get, not what you asked for
    (70, (70, 74)),  # the 70-coin web package
    (1_000, (1_000, 1_058)),  # a custom web amount: ceil(1000 x 74 / 70) = 1,058 cents
    (17_501, None),
]


@pytest.mark.parametrize("coins, expected", QUOTES)
def test_quote_is_the_cheapest_channel_and_coins_is_what_you_get(seeded, coins, expected):
    check_quote(seeded, coins, expected)


def check_quote(cli, coins, expected):
    app_best, web_best = cheapest(coins, "app"), cheapest(coins, "web")
    answers = {}
    for channel in (None, "app", "web"):
        args = ("quote", str(coins)) + (("--channel", channel) if channel else ())
        q = has(cli.ok(*args), {"coins", "price_cents", "items"})
        assert is_int(q["coins"]) and is_int(q["price_cents"])
        assert q["coins"] >= coins
        assert q["items"], q
        got_coins = sum(i["coins"] * i.get("count", 1) for i in q["items"])
        got_price = sum(i["price_cents"] * i.get("count", 1) for i in q["items"])
        assert (got_coins, got_price) == (q["coins"], q["price_cents"]), q
        answers[channel] = q
    assert answers["app"]["price_cents"] == app_best
    assert answers["web"]["price_cents"] == web_best
    assert answers[None]["price_cents"] == min(app_best, web_best)
    assert answers[None]["coins"] == answers["web" if web_best <= app_best else "app"]["coins"]
    if expected:
        assert (answers[None]["coins"], answers[None]["price_cents"]) == expected


def test_quote_on_the_app_channel_sells_packages_only(cli):
    # fifteen 70-coin packages at $0.99 beat every mix of bigger ones
    q = cli.ok("quote", "1000", "--channel", "app")
    assert (q["coins"], q["price_cents"]) == (1_050, 1_485)
    assert [(i["coins"], i["price_cents"], i["count"]) for i in q["items"]] == [(70, 99, 15)]


# --- the whole story ----------------------------------------------------------------------------


def test_full_scenario_to_the_unit(cli):
    vera = cli.ok("profiles", "add", "Vera", "--birthdate", "1990-04-12")
    cleo = cli.ok("profiles", "add", "Cleo", "--birthdate", "1988-02-03", "--creator")
    assert vera["name"] == "Vera" and cleo["name"] == "Cleo"

    ids = []
    r = has(
        cli.ok("recharge", "Vera", "--package", "700", "--channel", "app", "--method", "app-store"),
        RECHARGE_KEYS,
        coins=700,
        bonus_coins=70,
        price_cents=999,
        currency="USD",
    )
    ids.append(r["transaction_id"])
    r = has(
        cli.ok(
            "recharge",
            "Vera",
            "--custom",
            "1000",
            "--channel",
            "web",
            "--method",
            "card",
            "--card",
            "4242 4242 4242 4242",
            "--expiry",
            future_expiry(),
            "--cvc",
            "123",
        ),
        RECHARGE_KEYS,
        coins=1_000,
        bonus_coins=0,
        price_cents=1_058,
        currency="USD",
    )
    ids.append(r["transaction_id"])
    assert "4242 4242 4242 4242" not in str(r) and "4242424242424242" not in str(r)
    r = has(
        cli.ok("recharge", "Vera", "--package", "350", "--channel", "web", "--method", "paypal"),
        RECHARGE_KEYS,
        coins=350,
        bonus_coins=0,
        price_cents=370,
        currency="USD",
    )
    ids.append(r["transaction_id"])
    has(
        cli.ok("balance", "Vera"),
        BALANCE_KEYS,
        profile="Vera",
        coins=700 + 70 + 1_000 + 350,
        diamonds=0,
        diamonds_cents=0,
    )

    # (gift, count, coins spent, diamonds credited): minted so far = floor(received so far / 2)
    sends = [
        ("Rose", 33, 33, 16),  # received 33 -> 16 minted
        ("Rose", 1, 1, 1),  # 34 -> 17: the lone rose's half diamond is not lost
        ("Galaxy", 1, 1_000, 500),  # 1,034 -> 517
        ("Swan", 1, 699, 349),  # 1,733 -> 866
        ("Hand Hearts", 1, 100, 50),  # 1,833 -> 916
        ("Perfume", 9, 180, 90),  # 2,013 -> 1,006
    ]
    for gift, count, spent, credited in sends:
        args = ["send", "Vera", "Cleo", gift] + (["--count", str(count)] if count > 1 else [])
        s = has(cli.ok(*args), SEND_KEYS, coins_spent=spent, diamonds_credited=credited)
        ids.append(s["transaction_id"])
        # the undo window ends 10 s after the gift, written the same way as created_at
        sent_at, undo_until = (
            dt.datetime.fromisoformat(s[k]) for k in ("created_at", "undo_until")
        )
        assert undo_until - sent_at == dt.timedelta(
            seconds=10
        ) and undo_until.utcoffset() == dt.timedelta(0)
    has(
        cli.ok("balance", "Vera"),
        BALANCE_KEYS,
        profile="Vera",
        coins=2_120 - 2_013,
        diamonds=0,
        diamonds_cents=0,
    )
    has(
        cli.ok("balance", "Cleo"),
        BALANCE_KEYS,
        profile="Cleo",
        coins=0,
        diamonds=1_006,
        diamonds_cents=1_006,
    )

    p = has(
        cli.ok("payout", "Cleo", "1000", "--method", "bank"),
        PAYOUT_KEYS,
        diamonds=1_000,
        cents=1_000,
        status="pending",
    )
    ids.append(p["transaction_id"])
    has(cli.ok("balance", "Cleo"), BALANCE_KEYS, diamonds=6, diamonds_cents=6)
    settled = cli.ok("payouts", "Cleo", "--settle")
    assert [x["status"] for x in settled["settled"]] == ["paid"]
    assert [(x["diamonds"], x["cents"], x["status"]) for x in settled["payouts"]] == [
        (1_000, 1_000, "paid")
    ]
    has(cli.ok("balance", "Cleo"), BALANCE_KEYS, diamonds=6, diamonds_cents=6)

    budget = cli.ok("budget", "vera")
    assert (budget["daily_coins"], budget["monthly_coins"]) == (None, None)
    assert all(is_int(i) for i in ids) and len(set(ids)) == len(ids) and ids == sorted(ids)
    history = cli.ok("history", "Vera")["transactions"]
    assert [t["transaction_id"] for t in history] == ids[:9]
    assert sum(t["coins"] for t in history) == 107
    cli.verifies()


# --- global options, names ----------------------------------------------------------------------


@pytest.mark.real_process
def test_global_options_before_and_after_the_command(seeded):
    db = str(seeded.db)
    expected = {"profile": "Vera", "coins": seeded.seed["Vera"][0]}
    for args in (
        ("--db", db, "--json", "balance", "Vera"),
        ("--json", "--db", db, "balance", "Vera"),
        ("balance", "Vera", "--db", db, "--json"),
        ("balance", "--json", "Vera", "--db", db),
        ("--db", db, "balance", "Vera", "--json"),
    ):
        r = seeded.raw(*args)
        assert r.code == 0 and r.err == "", (args, r)
        assert {k: r.json()[k] for k in expected} == expected, args
    r = seeded.raw("profiles", "list", "--json", "--db", db)
    assert r.code == 0 and {p["profile"] for p in r.json()["profiles"]} == set(seeded.seed)
    # a failure with --json after the command: one error line, stdout still one JSON object
    before = seeded.snapshot()
    r = seeded.raw("balance", "Nobody", "--db", db, "--json")
    seeded.failed(r, 2)
    assert r.json()["ok"] is False
    seeded.untouched(before)


def test_names_are_case_insensitive_and_gift_names_may_be_several_words(seeded):
    assert seeded.ok("balance", "vERA")["profile"] == "Vera"
    coins = seeded.seed["Vera"][0]
    spent = 0
    for gift in (
        ["money gun"],
        ["MONEY", "gun"],
        ["Money", "Gun"],
        ["hat", "AND", "mustache"],
        ["rOsE"],
    ):
        s = seeded.ok("send", "vera", "CLEO", *gift)
        assert (
            s["coins_spent"] == {"money": 500, "hat": 99, "rose": 1}[gift[0].split()[0].lower()]
        ), gift
        spent += s["coins_spent"]
    assert seeded.ok("balance", "VERA")["coins"] == coins - spent
    # profile names are unique regardless of case
    before = seeded.snapshot()
    seeded.failed(seeded("profiles", "add", "vera", "--birthdate", "1990-01-01"), 3)
    seeded.untouched(before)


# --- backup, history, budget, payouts ------------------------------------------------------------


@pytest.mark.sqlite_only
def test_backup_writes_a_verified_sqlite_copy_and_never_overwrites(seeded):
    dest = seeded.db.parent / "backup.db"
    seeded.ok("backup", str(dest))
    assert dest.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(dest) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM profiles").fetchone() == (len(seeded.seed),)
    conn.close()
    seeded.verifies(db=dest)
    assert seeded.balances(db=dest) == seeded.seed
    before, db_before = seeded.digest(dest), seeded.snapshot()
    r = seeded("backup", str(dest))
    seeded.failed(r, 2)  # the user named a file that exists: invalid input
    assert seeded.digest(dest) == before
    seeded.untouched(db_before)


def test_verify_and_backup_catch_a_tampered_ledger(seeded):
    seeded.execute(  # five coins from nowhere
        "UPDATE accounts SET balance = balance + 5 WHERE unit = 'COIN'"
        " AND profile_id = (SELECT id FROM profiles WHERE name = 'Wes')"
    )
    r = seeded("--json", "verify")
    seeded.failed(r, 1)
    data = r.json()
    assert data["ok"] is False
    failed = [c["name"] for c in data["checks"] if c["ok"] is False]
    assert failed and all(name in r.err for name in failed)
    if seeded.on_postgres:
        return  # no backup of a server's database (pg_dump's; test_fresh_db_catalog_...)
    dest = seeded.db.parent / "copy.db"
    r = seeded("backup", str(dest))
    assert r.code != 0
    seeded.failed(r, r.code)
    assert not dest.exists(), "a backup that fails verification is not kept"


def test_history_csv_header_then_one_row_per_transaction_oldest_first(seeded):
    out = seeded.home / "vera.csv"
    shown = seeded.ok("history", "Vera")["transactions"]
    seeded.ok("history", "vera", "--csv", str(out))
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert "transaction_id" in header and "coins" in header
    assert len(body) == len(shown) == 6  # one recharge and five gifts
    col = header.index("transaction_id")
    ids = [int(r[col]) for r in body]
    assert ids == sorted(ids) == [t["transaction_id"] for t in shown]
    coins = [int(r[header.index("coins")]) for r in body]
    assert coins == [330_000] + [-44_999] * 5
    assert sum(coins) == seeded.seed["Vera"][0]
    # never overwrites
    before, db_before = out.read_bytes(), seeded.snapshot()
    r = seeded("history", "Vera", "--csv", str(out))
    seeded.failed(r, 2)
    assert out.read_bytes() == before
    seeded.untouched(db_before)


def test_budget_set_clear_and_zero_forbids_sending(seeded):
    b = seeded.ok("budget", "Wes")
    assert (b["daily_coins"], b["monthly_coins"]) == (None, None)

    def case():
        b = seeded.ok("budget", "Wes", "--daily-coins", "10", "--monthly-coins", "100")
        seeded.ok("send", "Wes", "Cleo", "Rose", "--count", "10")  # exactly the daily cap
        before = seeded.snapshot()
        return b, before, seeded("send", "Wes", "Cleo", "Rose")

    b, before, r = seeded.on_one_day(case)
    assert (b["daily_coins"], b["monthly_coins"]) == (10, 100)
    seeded.failed(r, 3)
    seeded.untouched(before)
    b = seeded.ok("budget", "Wes", "--clear")
    assert (b["daily_coins"], b["monthly_coins"]) == (None, None)
    seeded.ok("send", "Wes", "Cleo", "Rose")
    b = seeded.ok("budget", "Wes", "--daily-coins", "0")
    assert b["daily_coins"] == 0
    before = seeded.snapshot()
    seeded.failed(seeded("send", "Wes", "Cleo", "Rose"), 3)
    seeded.untouched(before)
    assert seeded.ok("balance", "Wes")["coins"] == 770 - 11


def test_payouts_settle_marks_every_pending_payout_paid(seeded):
    first = seeded.ok("payout", "Cleo", "1000", "--method", "bank")
    second = seeded.ok("payout", "cleo", "2500", "--method", "paypal")
    assert (first["status"], second["status"]) == ("pending", "pending")
    listed = seeded.ok("payouts", "Cleo")["payouts"]
    assert sorted((p["diamonds"], p["status"]) for p in listed) == [
        (1_000, "pending"),
        (2_500, "pending"),
    ]
    settled = seeded.ok("payouts", "Cleo", "--settle")
    assert sorted((p["cents"], p["status"]) for p in settled["settled"]) == [
        (1_000, "paid"),
        (2_500, "paid"),
    ]
    assert {p["status"] for p in settled["payouts"]} == {"paid"}
    assert seeded.ok("payouts", "Cleo", "--settle")["settled"] == []  # nothing left to settle
    has(
        seeded.ok("balance", "Cleo"),
        BALANCE_KEYS,
        diamonds=112_497 - 3_500,
        diamonds_cents=112_497 - 3_500,
    )
    seeded.verifies()
