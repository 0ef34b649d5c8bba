"""Both engines' schemas refuse the same invalid writes, for the same reason, and allow the
same valid ones (DESIGN 4 and 12): one table of writes, run on SQLite (storage/migrations.py)
and on PostgreSQL (storage/pg_migrations.py), so that the two stay in step.

Each write breaks one rule of a small ledger built once per engine (a viewer who bought coins
and sent a gift into a LIVE, a creator with a pending payout, every table with a row), inside
a transaction rolled back after the test. A refusal must be the expected kind (a CHECK, a
unique key, a foreign key, a trigger's message): a typo in a statement fails as "other".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import psycopg
import pytest
from engines import (
    CHECK,
    FOREIGN_KEY,
    NOT_NULL,
    TRIGGER,
    TYPE,
    UNIQUE,
    Engine,
    PostgresEngine,
    SqliteEngine,
)

from giftdesk.storage import pg_migrations
from giftdesk.storage.db import MEMORY, open_db

NOW = "2026-11-25T12:00:00.000000+00:00"
DAY = "2026-11-25"

# Ids as both engines hand them out, in the order the ledger below is built.
VERA, CLEO, DORA = 1, 2, 3  # a viewer, two creators
COIN_ISSUANCE, COIN_SPENT, DIAMOND_ISSUANCE, DIAMOND_HOLD = 1, 2, 3, 4
USD_CLEARING, USD_REVENUE = 6, 7
VERA_COINS, CLEO_COINS, CLEO_DIAMONDS, DORA_COINS, DORA_DIAMONDS = 10, 11, 12, 13, 14
PURCHASE, GIFT, PAYOUT, PAID, SECOND_PURCHASE, FREE = 1, 2, 3, 4, 5, 6  # transactions
FIRST_LOT, SECOND_LOT = PURCHASE, SECOND_PURCHASE
ON_AIR = 1  # Cleo's LIVE
PENDING = 1  # Cleo's payout

# Transactions have explicit ids: PostgreSQL's identity does not give back the ids of the
# transactions rolled back after each test, SQLite's rowid does.
_TXN = (
    "INSERT INTO transactions (id, kind, profile_id, counterparty_id, created_at, created_us,"
    " rules_version, idem_key, request_hash, reverses_id) VALUES (?, ?, ?, ?, ?, 1, '2026.1',"
    " ?, 'h', ?)"
)
_TRANSFER = (
    "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
    " VALUES (?, ?, ?, ?, ?)"
)
_RECHARGE = (
    "INSERT INTO recharges (txn_id, profile_id, channel, method, is_custom, coins, bonus_coins,"
    " price_cents, store_fee_cents, card_brand, card_last4, reference)"
    " VALUES (?, ?, 'web', 'card', 1, ?, 0, ?, 0, 'visa', '4242', ?)"
)
_GIFT = (
    "INSERT INTO gifts (txn_id, sender_id, creator_id, gift_name, unit_coins, count, coins,"
    " diamonds, context, local_day, created_us, live_id, creator_day, paid_cents,"
    " store_fee_cents, platform_cents, creator_cents)"
    " VALUES (?, ?, ?, 'Rose', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)"
)
_TAKE = (
    "INSERT INTO lot_takes (txn_id, lot_id, coins, paid_cents, store_fee_cents)"
    " VALUES (?, ?, ?, ?, ?)"
)
_PAYOUT = (
    "INSERT INTO payouts (request_txn_id, creator_id, diamonds, cents, method, utc_day, status,"
    " settle_txn_id, reference) VALUES (?, ?, ?, ?, 'bank', ?, 'pending', NULL, ?)"
)


def _txn(id: int, kind: str, profile: int, counterparty: int | None = None, reverses=None):
    return (_TXN, (id, kind, profile, counterparty, NOW, f"k{id}", reverses))


# The ledger every case starts from, written with plain SQL on both engines.
LEDGER = (
    *(
        (
            "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at, time_zone)"
            " VALUES (?, ?, '1990-04-12', ?, ?, 'UTC')",
            (name, name.casefold(), creator, NOW),
        )
        for name, creator in (("Vera", 0), ("Cleo", 1), ("Dora", 1))
    ),
    (
        "INSERT INTO accounts (code, unit, profile_id) VALUES ('coin:1', 'COIN', 1),"
        " ('coin:2', 'COIN', 2), ('diamond:2', 'DIAMOND', 2), ('coin:3', 'COIN', 3),"
        " ('diamond:3', 'DIAMOND', 3)",
        (),
    ),
    # Vera buys 1,000 coins for $10.60: the purchase makes its lot.
    _txn(PURCHASE, "recharge", VERA),
    (_TRANSFER, (PURCHASE, COIN_ISSUANCE, VERA_COINS, "COIN", 1000)),
    (_TRANSFER, (PURCHASE, USD_CLEARING, USD_REVENUE, "USD", 1060)),
    (_RECHARGE, (PURCHASE, VERA, 1000, 1060, "CH-0000000000000001")),
    # Cleo goes LIVE; Vera sends her 100 coins there (taken from the lot at $1.06).
    (
        "INSERT INTO lives (creator_id, title, goal_diamonds, started_at, started_us)"
        " VALUES (?, 'Morning', 1000, ?, 1)",
        (CLEO, NOW),
    ),
    _txn(GIFT, "gift", VERA, CLEO),
    (_TAKE, (GIFT, FIRST_LOT, 100, 106, 0)),
    (_TRANSFER, (GIFT, VERA_COINS, COIN_SPENT, "COIN", 100)),
    (_TRANSFER, (GIFT, DIAMOND_ISSUANCE, CLEO_DIAMONDS, "DIAMOND", 50)),
    (_GIFT, (GIFT, VERA, CLEO, 1, 100, 100, 50, "live", DAY, ON_AIR, DAY, 106, 0, 56, 50)),
    ("UPDATE lives SET diamonds = 50, coins = 100, gifts = 100 WHERE id = ?", (ON_AIR,)),
    # Cleo asks for 40 of her diamonds; the transaction that will settle it is written.
    _txn(PAYOUT, "payout", CLEO),
    (_TRANSFER, (PAYOUT, CLEO_DIAMONDS, DIAMOND_HOLD, "DIAMOND", 40)),
    (_PAYOUT, (PAYOUT, CLEO, 40, 40, DAY, "PO-0000000000000001")),
    _txn(PAID, "payout_paid", CLEO),
    # A second purchase: a second, newer lot.
    _txn(SECOND_PURCHASE, "recharge", VERA),
    (_TRANSFER, (SECOND_PURCHASE, COIN_ISSUANCE, VERA_COINS, "COIN", 500)),
    (_TRANSFER, (SECOND_PURCHASE, USD_CLEARING, USD_REVENUE, "USD", 530)),
    (_RECHARGE, (SECOND_PURCHASE, VERA, 500, 530, "CH-0000000000000002")),
    # A gift transaction with nothing written for it yet, for the cases to fill.
    _txn(FREE, "gift", VERA, CLEO),
    # A row in every other table.
    (
        "INSERT INTO creator_totals (profile_id, coins_received, diamonds_minted)"
        " VALUES (2, 100, 50)",
        (),
    ),
    ("INSERT INTO spending (profile_id, period, coins) VALUES (1, 'D2026-11-25', 100)", ()),
    ("INSERT INTO gift_notifications (creator_id, last_seen_txn_id) VALUES (2, 0)", ()),
    ("INSERT INTO profile_security (profile_id, purchase_threshold_cents) VALUES (1, 5000)", ()),
    (
        "INSERT INTO creator_day_totals (creator_id, day, context, gifts, coins, diamonds)"
        " VALUES (2, ?, 'live', 100, 100, 50)",
        (DAY,),
    ),
    (
        "INSERT INTO supporter_totals (creator_id, sender_id, gifts, coins)"
        " VALUES (2, 1, 100, 100)",
        (),
    ),
    ("INSERT INTO profile_look_keys (look_key, profile_id) VALUES ('vera', 1)", ()),
    ("INSERT INTO profile_look_keys_made_with (version) VALUES ('icu-74')", ()),
    ("INSERT INTO live_supporters (live_id, sender_id, coins, gifts) VALUES (1, 1, 100, 100)", ()),
    (
        "INSERT INTO supporter_days (creator_id, day, sender_id, gifts, coins)"
        " VALUES (2, ?, 1, 100, 100)",
        (DAY,),
    ),
    (
        "INSERT INTO spending_trails (profile_id, month, creator_id, gifts, coins, paid_cents,"
        " store_fee_cents, creator_cents) VALUES (1, '2026-11', 2, 100, 100, 106, 0, 50)",
        (),
    ),
)

# What must not change when a write is refused (and what a valid write may).
SNAPSHOT = (
    "SELECT id, balance FROM accounts ORDER BY id",
    "SELECT txn_id, coins_taken, paid_taken, fee_taken FROM lots ORDER BY txn_id",
    "SELECT id, diamonds, coins, gifts, ended_us FROM lives ORDER BY id",
    "SELECT id, status, settle_txn_id FROM payouts ORDER BY id",
    "SELECT id, result FROM transactions ORDER BY id",
    *(
        f"SELECT count(*) FROM {table}"
        for table in (
            "profiles",
            "transfers",
            "recharges",
            "gifts",
            "lot_takes",
            "spending",
            "profile_look_keys",
        )
    ),
)


class Case(NamedTuple):
    sql: str
    params: tuple = ()
    reason: str = ""  # CHECK, UNIQUE, ... or TRIGGER
    message: str = ""  # for TRIGGER: words of its message, the same on both engines
    before: tuple[tuple[str, tuple], ...] = ()  # valid writes that set the case up
    engines: tuple[str, ...] = ("sqlite", "postgres")


def _refused(reason, sql, params=(), *, message="", before=(), engines=("sqlite", "postgres")):
    return Case(sql, params, reason, message, before, engines)


def _trigger(message, sql, params=(), *, before=(), engines=("sqlite", "postgres")):
    return Case(sql, params, TRIGGER, message, before, engines)


_PROFILE = (
    "INSERT INTO profiles (name, name_key, birthdate, is_creator, created_at, time_zone,"
    " daily_budget_coins) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _profile(name="Ann", key="ann", birthdate="1990-04-12", creator=0, zone="UTC", budget=None):
    return (_PROFILE, (name, key, birthdate, creator, NOW, zone, budget))


def _gift(**change):
    """A gift row for transaction FREE that passes every rule, with `change` applied. Its
    sender, Dora, has no lots: a gift of hers takes nothing from any."""
    row = dict(
        txn=FREE,
        sender=DORA,
        creator=CLEO,
        unit=1,
        count=1,
        coins=1,
        diamonds=0,
        context="video",
        local_day=DAY,
        live=None,
        creator_day=DAY,
        paid=0,
        fee=0,
        platform=0,
        creator_cents=0,
    )
    row.update(change)
    return (_GIFT, tuple(row.values()))


_ENDED = ("UPDATE lives SET ended_at = ?, ended_us = 2 WHERE id = ?", (NOW, ON_AIR))
_UNDO = _txn(7, "gift_undo", VERA, CLEO, GIFT)  # transaction 7
_NEW_PURCHASE = _txn(7, "recharge", VERA)  # transaction 7
_NEW_PAYOUT = _txn(7, "payout", CLEO)  # transaction 7
_RESULT = ("UPDATE transactions SET result = '{}' WHERE id = ?", (PAID,))

REFUSED = {
    # --- profiles ---
    "profile name empty": _refused(CHECK, *_profile(name="")),
    "profile name too long": _refused(CHECK, *_profile(name="A" * 65)),
    "profile name missing": _refused(NOT_NULL, *_profile(name=None)),
    "profile name key taken": _refused(UNIQUE, *_profile(key="vera")),
    "profile birthdate not a date": _refused(CHECK, *_profile(birthdate="1990-4-12")),
    "profile creator flag not 0 or 1": _refused(CHECK, *_profile(creator=2)),
    "profile creator flag not a number": _refused(TYPE, *_profile(creator="yes")),
    "profile time zone empty": _refused(CHECK, *_profile(zone="")),
    "profile budget negative": _refused(CHECK, *_profile(budget=-1)),
    "profile deleted": _trigger("profiles are never deleted", "DELETE FROM profiles WHERE id = 3"),
    # --- accounts ---
    "account of an unknown unit": _refused(
        CHECK, "INSERT INTO accounts (code, unit) VALUES ('eur:x', 'EUR')"
    ),
    "second account of a unit": _refused(
        UNIQUE, "INSERT INTO accounts (code, unit, profile_id) VALUES ('coin:1b', 'COIN', 1)"
    ),
    "account code taken": _refused(
        UNIQUE, "INSERT INTO accounts (code, unit) VALUES ('coin:spent', 'COIN')"
    ),
    "account of no profile": _refused(
        FOREIGN_KEY, "INSERT INTO accounts (code, unit, profile_id) VALUES ('coin:99', 'COIN', 99)"
    ),
    "account may-go-negative flag not 0 or 1": _refused(
        CHECK, "INSERT INTO accounts (code, unit, may_go_negative) VALUES ('x', 'COIN', 2)"
    ),
    "wallet set below zero": _refused(CHECK, "UPDATE accounts SET balance = -1 WHERE id = 10"),
    "balance not an integer": _refused(
        TYPE, "UPDATE accounts SET balance = '12.5' WHERE code = 'coin:issuance'"
    ),
    "account deleted": _trigger(
        "accounts are never deleted", "DELETE FROM accounts WHERE profile_id = 3"
    ),
    # --- transactions ---
    "transaction of an unknown kind": _refused(CHECK, *_txn(9, "refund", VERA)),
    "idempotency key used twice": _refused(
        UNIQUE, _TXN, (9, "recharge", VERA, None, NOW, "k1", None)
    ),
    "idempotency key empty": _refused(CHECK, _TXN, (9, "recharge", VERA, None, NOW, "", None)),
    "idempotency key too long": _refused(
        CHECK, _TXN, (9, "recharge", VERA, None, NOW, "k" * 201, None)
    ),
    "transaction of no profile": _refused(FOREIGN_KEY, *_txn(9, "recharge", 99)),
    "transaction reversing no transaction": _refused(
        FOREIGN_KEY, *_txn(9, "gift_undo", VERA, CLEO, 99)
    ),
    "a gift undone twice": _refused(
        UNIQUE, *_txn(9, "gift_undo", VERA, CLEO, GIFT), before=(_UNDO,)
    ),
    "rules version empty": _refused(
        CHECK,
        "INSERT INTO transactions (id, kind, profile_id, created_at, created_us, rules_version,"
        " idem_key, request_hash) VALUES (9, 'gift', 1, 'x', 1, '', 'k9', 'h')",
    ),
    **{
        f"transaction's {column} changed": _trigger(
            "the ledger is append-only", f"UPDATE transactions SET {change} WHERE id = 4"
        )
        for column, change in (
            ("kind", "kind = 'payout_failed'"),
            ("profile", "profile_id = 1"),
            ("counterparty", "counterparty_id = 3"),
            ("time", "created_us = 2"),
            ("clock text", "created_at = 'later'"),
            ("rules", "rules_version = '2027.1'"),
            ("key", "idem_key = 'other'"),
            ("request", "request_hash = 'x'"),
            ("id", "id = 100"),
        )
    },
    "transaction result recorded twice": _trigger(
        "the ledger is append-only",
        "UPDATE transactions SET result = 'again' WHERE id = 4",
        before=(_RESULT,),
    ),
    "no-op update after the result": _trigger(
        "the ledger is append-only",
        "UPDATE transactions SET profile_id = profile_id WHERE id = 4",
        before=(_RESULT,),
    ),
    "transaction deleted": _trigger(
        "the ledger is append-only", "DELETE FROM transactions WHERE id = 4"
    ),
    # --- transfers ---
    "transfer of nothing": _refused(CHECK, _TRANSFER, (FREE, COIN_ISSUANCE, VERA_COINS, "COIN", 0)),
    "transfer of a negative amount": _refused(
        CHECK, _TRANSFER, (FREE, COIN_ISSUANCE, VERA_COINS, "COIN", -5)
    ),
    "negative transfer into a sink": _refused(
        CHECK, _TRANSFER, (FREE, VERA_COINS, COIN_SPENT, "COIN", -200)
    ),
    "transfer to its own account": _refused(
        CHECK, _TRANSFER, (FREE, VERA_COINS, VERA_COINS, "COIN", 1)
    ),
    "transfer of an unknown unit": _refused(
        CHECK, _TRANSFER, (FREE, COIN_ISSUANCE, VERA_COINS, "EUR", 1)
    ),
    "transfer with no unit": _refused(
        NOT_NULL, _TRANSFER, (FREE, COIN_ISSUANCE, VERA_COINS, None, 1)
    ),
    "wallet overdrawn": _refused(CHECK, _TRANSFER, (FREE, VERA_COINS, COIN_SPENT, "COIN", 1401)),
    "sink overdrawn": _refused(CHECK, _TRANSFER, (FREE, COIN_SPENT, VERA_COINS, "COIN", 101)),
    "creator's diamonds overdrawn": _refused(
        CHECK, _TRANSFER, (FREE, CLEO_DIAMONDS, DIAMOND_HOLD, "DIAMOND", 11)
    ),
    "coins into a diamond account": _trigger(
        "transfer unit differs from its accounts",
        _TRANSFER,
        (FREE, VERA_COINS, CLEO_DIAMONDS, "COIN", 1),
    ),
    "diamonds between coin accounts": _trigger(
        "transfer unit differs from its accounts",
        _TRANSFER,
        (FREE, VERA_COINS, COIN_SPENT, "DIAMOND", 1),
    ),
    "transfer to no account": _trigger(
        "transfer unit differs from its accounts", _TRANSFER, (FREE, VERA_COINS, 99, "COIN", 1)
    ),
    "transfer of no transaction": _refused(
        FOREIGN_KEY, _TRANSFER, (99, COIN_ISSUANCE, VERA_COINS, "COIN", 1)
    ),
    "transfer changed": _trigger("the ledger is append-only", "UPDATE transfers SET amount = 1"),
    "transfer turned round": _trigger(
        "the ledger is append-only", "UPDATE transfers SET to_account_id = from_account_id"
    ),
    "transfer deleted": _trigger("the ledger is append-only", "DELETE FROM transfers"),
    # --- purchases and their lots ---
    **{
        f"purchase {what}": _refused(
            reason,
            "INSERT INTO recharges (txn_id, profile_id, channel, method, is_custom, coins,"
            " bonus_coins, price_cents, store_fee_cents, card_last4, reference)"
            f" VALUES (7, 1, {values}, 'CH-0000000000000009')",
            before=(_NEW_PURCHASE,),
        )
        for what, reason, values in (
            ("channel unknown", CHECK, "'store', 'card', 0, 10, 0, 11, 0, NULL"),
            ("method unknown", CHECK, "'web', 'cash', 0, 10, 0, 11, 0, NULL"),
            ("custom flag not 0 or 1", CHECK, "'web', 'card', 2, 10, 0, 11, 0, NULL"),
            ("of no coins", CHECK, "'web', 'card', 0, 0, 0, 11, 0, NULL"),
            ("bonus negative", CHECK, "'web', 'card', 0, 10, -1, 11, 0, NULL"),
            ("free", CHECK, "'web', 'card', 0, 10, 0, 0, 0, NULL"),
            ("fee the whole price", CHECK, "'app', 'app-store', 0, 10, 0, 11, 11, NULL"),
            ("card digits not four digits", CHECK, "'web', 'card', 0, 10, 0, 11, 0, '42a2'"),
        )
    },
    "purchase of no transaction": _refused(
        FOREIGN_KEY, _RECHARGE, (99, VERA, 10, 11, "CH-0000000000000009")
    ),
    "second purchase record of a transaction": _refused(
        UNIQUE, _RECHARGE, (PURCHASE, VERA, 10, 11, "CH-0000000000000009")
    ),
    "purchase without a reference": _trigger(
        "a purchase needs its own reference",
        _RECHARGE,
        (7, VERA, 10, 11, None),
        before=(_NEW_PURCHASE,),
    ),
    "purchase reference malformed": _trigger(
        "a purchase needs its own reference",
        _RECHARGE,
        (7, VERA, 10, 11, "CH-123"),
        before=(_NEW_PURCHASE,),
    ),
    "purchase reference used twice": _refused(
        UNIQUE, _RECHARGE, (7, VERA, 10, 11, "CH-0000000000000001"), before=(_NEW_PURCHASE,)
    ),
    "purchase changed": _trigger(
        "purchase records are append-only", "UPDATE recharges SET coins = coins + 1"
    ),
    "purchase deleted": _trigger("purchase records are append-only", "DELETE FROM recharges"),
    "lot made up": _trigger(
        "a lot is a purchase",
        "INSERT INTO lots (txn_id, profile_id, coins, price_cents, store_fee_cents)"
        " VALUES (4, 2, 10, 10, 0)",
    ),
    "lot's terms changed": _trigger(
        "a lot changes only by what gifts take", "UPDATE lots SET price_cents = 1"
    ),
    "lot taken beyond its coins": _refused(
        CHECK, "UPDATE lots SET coins_taken = coins + 1 WHERE txn_id = 1"
    ),
    "lot spent without its whole price": _refused(
        CHECK, "UPDATE lots SET coins_taken = coins WHERE txn_id = 1"
    ),
    "lot deleted": _trigger("lots are never deleted", "DELETE FROM lots"),
    # --- what gifts take from the lots ---
    "take from a newer lot first": _trigger(
        "oldest coins at their price", _TAKE, (FREE, SECOND_LOT, 10, 10, 0)
    ),
    "take at the wrong price": _trigger(
        "oldest coins at their price", _TAKE, (FREE, FIRST_LOT, 50, 50, 0)
    ),
    "take of nothing": _trigger("oldest coins at their price", _TAKE, (FREE, FIRST_LOT, 0, 0, 0)),
    "take by a purchase": _trigger(
        "oldest coins at their price", _TAKE, (SECOND_PURCHASE, FIRST_LOT, 50, 53, 0)
    ),
    "take from another's lot": _trigger(
        "oldest coins at their price",
        _TAKE,
        (8, FIRST_LOT, 50, 53, 0),
        before=(_txn(7, "recharge", DORA), _txn(8, "gift", DORA, CLEO)),
    ),
    "undo giving back other than its gift took": _trigger(
        "an undo gives back what it took",
        _TAKE,
        (7, FIRST_LOT, -99, -106, 0),
        before=(_UNDO,),
    ),
    "take changed": _trigger("the ledger is append-only", "UPDATE lot_takes SET paid_cents = 0"),
    "take deleted": _trigger("the ledger is append-only", "DELETE FROM lot_takes"),
    # --- gifts ---
    "gift to oneself": _refused(CHECK, *_gift(sender=CLEO)),
    "gift coins not its unit times its count": _refused(CHECK, *_gift(count=2, coins=3)),
    "gift of no items": _refused(CHECK, *_gift(count=0, coins=0)),
    "gift in an unknown context": _refused(CHECK, *_gift(context="stream")),
    "gift minting negative diamonds": _refused(CHECK, *_gift(diamonds=-1)),
    "gift to a profile that does not exist": _refused(FOREIGN_KEY, *_gift(creator=99)),
    "gift into an ended LIVE": _trigger(
        "names only its creator's LIVE on air",
        *_gift(context="live", live=ON_AIR),
        before=(_ENDED,),
    ),
    "gift into a LIVE, sent as video": _trigger(
        "names only its creator's LIVE on air", *_gift(live=ON_AIR)
    ),
    "gift into another creator's LIVE": _trigger(
        "names only its creator's LIVE on air",
        *_gift(sender=CLEO, creator=DORA, context="live", live=ON_AIR),
    ),
    "gift filed under no day": _trigger("filed under its creator's day", *_gift(creator_day=None)),
    "gift filed under a malformed day": _trigger(
        "filed under its creator's day", *_gift(creator_day="25/11/2026")
    ),
    "gift's trail not what it took": _trigger(
        "money trail is what it took", *_gift(paid=5, platform=5)
    ),
    "gift's platform share not the rest": _trigger(
        "money trail is what it took", *_gift(platform=1)
    ),
    "gift not taken from the lots left": _trigger(
        "money trail is what it took", *_gift(sender=VERA)
    ),
    "gift changed": _trigger("gift records are append-only", "UPDATE gifts SET diamonds = 0"),
    "gift deleted": _trigger("gift records are append-only", "DELETE FROM gifts"),
    # --- payouts ---
    "payout of no diamonds": _refused(
        CHECK, _PAYOUT, (7, CLEO, 0, 0, DAY, "PO-0000000000000009"), before=(_NEW_PAYOUT,)
    ),
    "payout of negative cents": _refused(
        CHECK, _PAYOUT, (7, CLEO, 10, -1, DAY, "PO-0000000000000009"), before=(_NEW_PAYOUT,)
    ),
    "second payout of a request": _refused(
        UNIQUE, _PAYOUT, (PAYOUT, CLEO, 10, 10, DAY, "PO-0000000000000009")
    ),
    "payout without a reference": _trigger(
        "a payout needs its own reference",
        _PAYOUT,
        (7, CLEO, 10, 10, DAY, None),
        before=(_NEW_PAYOUT,),
    ),
    "payout reference used twice": _refused(
        UNIQUE, _PAYOUT, (7, CLEO, 10, 10, DAY, "PO-0000000000000001"), before=(_NEW_PAYOUT,)
    ),
    "payout paid without its settling transaction": _refused(
        CHECK, "UPDATE payouts SET status = 'paid' WHERE id = 1"
    ),
    "payout of an unknown status": _refused(
        CHECK, "UPDATE payouts SET status = 'lost', settle_txn_id = 4 WHERE id = 1"
    ),
    "payout settled twice": _trigger(
        "a payout is settled once",
        "UPDATE payouts SET status = 'failed', settle_txn_id = 6 WHERE id = 1",
        before=(("UPDATE payouts SET status = 'paid', settle_txn_id = 4 WHERE id = 1", ()),),
    ),
    "pending payout's amount changed": _trigger(
        "a payout is settled once", "UPDATE payouts SET diamonds = 1 WHERE id = 1"
    ),
    "payout kept pending": _trigger(
        "a payout is settled once", "UPDATE payouts SET status = 'pending' WHERE id = 1"
    ),
    "payout's method changed as it is settled": _trigger(
        "a payout is settled once",
        "UPDATE payouts SET status = 'paid', settle_txn_id = 4, method = 'paypal' WHERE id = 1",
    ),
    "payout's reference changed": _trigger(
        "a payout is settled once",
        "UPDATE payouts SET status = 'paid', settle_txn_id = 4,"
        " reference = 'PO-0000000000000008' WHERE id = 1",
    ),
    "payout deleted": _trigger("payout records are never deleted", "DELETE FROM payouts"),
    # --- LIVEs ---
    "second LIVE on air": _refused(
        UNIQUE,
        "INSERT INTO lives (creator_id, title, started_at, started_us) VALUES (2, 'Again', 'x', 3)",
    ),
    "LIVE of a viewer": _trigger(
        "a LIVE is a creator's",
        "INSERT INTO lives (creator_id, title, started_at, started_us) VALUES (1, 'Hi', 'x', 3)",
    ),
    "LIVE started ended": _trigger(
        "starts on air with nothing",
        "INSERT INTO lives (creator_id, title, started_at, started_us, ended_at, ended_us)"
        " VALUES (3, 'Hi', 'x', 3, 'x', 4)",
    ),
    "LIVE started with diamonds": _trigger(
        "starts on air with nothing",
        "INSERT INTO lives (creator_id, title, started_at, started_us, diamonds)"
        " VALUES (3, 'Hi', 'x', 3, 5)",
    ),
    "LIVE without a title": _refused(
        CHECK,
        "INSERT INTO lives (creator_id, title, started_at, started_us) VALUES (3, '', 'x', 3)",
    ),
    "LIVE with a goal of nothing": _refused(
        CHECK,
        "INSERT INTO lives (creator_id, title, goal_diamonds, started_at, started_us)"
        " VALUES (3, 'Hi', 0, 'x', 3)",
    ),
    "LIVE retitled": _trigger(
        "changes only its figures", "UPDATE lives SET title = 'Evening' WHERE id = 1"
    ),
    "LIVE ended twice": _trigger(
        "changes only its figures", "UPDATE lives SET ended_us = 3 WHERE id = 1", before=(_ENDED,)
    ),
    "ended LIVE's figures raised": _trigger(
        "changes only its figures",
        "UPDATE lives SET diamonds = diamonds + 1 WHERE id = 1",
        before=(_ENDED,),
    ),
    "LIVE's figures below zero": _refused(CHECK, "UPDATE lives SET coins = -1 WHERE id = 1"),
    "LIVE ended without its end time": _refused(
        CHECK, "UPDATE lives SET ended_us = 5 WHERE id = 1"
    ),
    "LIVE ended before it started": _refused(
        CHECK, "UPDATE lives SET ended_at = 'x', ended_us = 0 WHERE id = 1"
    ),
    "LIVE deleted": _trigger("LIVEs are never deleted", "DELETE FROM lives"),
    # --- running totals and the rest ---
    **{
        f"{table} below zero": _refused(CHECK, f"UPDATE {table} SET {column} = -1")
        for table, column in (
            ("creator_totals", "coins_received"),
            ("creator_totals", "diamonds_minted"),
            ("spending", "coins"),
            ("gift_notifications", "last_seen_txn_id"),
            ("profile_security", "failed_attempts"),
            ("profile_security", "purchase_threshold_cents"),
            ("creator_day_totals", "diamonds"),
            ("supporter_totals", "coins"),
            ("live_supporters", "gifts"),
            ("supporter_days", "coins"),
            ("spending_trails", "creator_cents"),
        )
    },
    "budget spending counted twice": _refused(
        UNIQUE, "INSERT INTO spending (profile_id, period, coins) VALUES (1, 'D2026-11-25', 1)"
    ),
    "earnings of an unknown context": _refused(
        CHECK, "UPDATE creator_day_totals SET context = 'radio'"
    ),
    "spending month malformed": _refused(CHECK, "UPDATE spending_trails SET month = '2026-1'"),
    "look-alike key held twice": _refused(
        UNIQUE, "INSERT INTO profile_look_keys (look_key, profile_id) VALUES ('vera', 2)"
    ),
    "look-alike key of no profile": _refused(
        FOREIGN_KEY, "INSERT INTO profile_look_keys (look_key, profile_id) VALUES ('zed', 99)"
    ),
    "Unicode version missing": _refused(
        NOT_NULL, "INSERT INTO profile_look_keys_made_with (version) VALUES (NULL)"
    ),
    "totals of no profile": _refused(
        FOREIGN_KEY, "INSERT INTO creator_totals (profile_id) VALUES (99)"
    ),
    # --- PostgreSQL only: TRUNCATE empties a table without its DELETE triggers ---
    **{
        f"{table} truncated": _trigger(
            "the ledger is append-only", f"TRUNCATE {table} CASCADE", engines=("postgres",)
        )
        for table in pg_migrations._NEVER_EMPTIED
    },
}

ALLOWED = {
    "a transaction's result recorded once": (_RESULT,),
    "a no-op update before the result": (
        ("UPDATE transactions SET profile_id = profile_id WHERE id = 4", ()),
    ),
    "a wallet spent to exactly zero": ((_TRANSFER, (FREE, VERA_COINS, COIN_SPENT, "COIN", 1400)),),
    "a payout paid": (("UPDATE payouts SET status = 'paid', settle_txn_id = 4 WHERE id = 1", ()),),
    "a payout failed": (
        ("UPDATE payouts SET status = 'failed', settle_txn_id = 4 WHERE id = 1", ()),
    ),
    "a LIVE ended": (_ENDED,),
    "an ended LIVE's figures lowered by an undo": (
        _ENDED,
        ("UPDATE lives SET diamonds = diamonds - 10, coins = coins - 20 WHERE id = 1", ()),
    ),
    "a new LIVE after the last one ended": (
        _ENDED,
        (
            "INSERT INTO lives (creator_id, title, started_at, started_us)"
            " VALUES (2, 'Again', 'x', 3)",
            (),
        ),
    ),
    "two creators on air at once": (
        (
            "INSERT INTO lives (creator_id, title, started_at, started_us)"
            " VALUES (3, 'Hi', 'x', 3)",
            (),
        ),
    ),
    "a gift taken from the oldest lot at its running price": (
        (_TAKE, (FREE, FIRST_LOT, 50, 53, 0)),  # 150 * 1060 / 1000 = 159, less 106 taken
        _gift(sender=VERA, count=50, coins=50, paid=53, platform=53),
    ),
    "a gift into the LIVE on air": (
        (_TAKE, (FREE, FIRST_LOT, 1, 1, 0)),  # 101 * 1060 / 1000 = 107, less 106
        _gift(sender=VERA, context="live", live=ON_AIR, paid=1, platform=1),
    ),
    "a gift that empties one lot and takes from the next": (
        (_TAKE, (FREE, FIRST_LOT, 900, 954, 0)),
        (_TAKE, (FREE, SECOND_LOT, 100, 106, 0)),
        _gift(sender=VERA, count=1000, coins=1000, paid=1060, platform=1060),
    ),
    "an undo giving back exactly what its gift took": (
        _UNDO,
        (_TAKE, (7, FIRST_LOT, -100, -106, 0)),
    ),
    "a purchase with its reference": (
        _NEW_PURCHASE,
        (_RECHARGE, (7, VERA, 10, 11, "CH-0000000000000009")),
    ),
    "a payout with its reference": (
        _NEW_PAYOUT,
        (_PAYOUT, (7, CLEO, 10, 10, DAY, "PO-0000000000000009")),
    ),
}


# --- the two engines ----------------------------------------------------------------------

ENGINES = ("sqlite", "postgres")


class _Engines:
    """Each engine with the ledger built, made when a test first asks for it, for the whole
    module: each test runs in a transaction rolled back after it."""

    def __init__(self) -> None:
        self._made: dict[str, Engine] = {}
        self._cleanup: list = []

    def get(self, name: str, request: pytest.FixtureRequest) -> Engine:
        if name not in self._made:
            engine = self._sqlite() if name == "sqlite" else self._postgres(request)
            for sql, params in LEDGER:
                engine.execute(sql, params)
            self._made[name] = engine
        return self._made[name]

    def _sqlite(self) -> Engine:
        store = open_db(MEMORY)
        self._cleanup.append(store.close)
        return SqliteEngine(store.conn)

    def _postgres(self, request: pytest.FixtureRequest) -> Engine:
        server = request.getfixturevalue("pg_server")
        name = server.create_database()
        self._cleanup.append(lambda: server.drop_database(name))
        conn = psycopg.connect(server.url(name), autocommit=True)
        self._cleanup.append(conn.close)
        pg_migrations.migrate(conn)
        return PostgresEngine(conn)

    def close(self) -> None:
        for step in reversed(self._cleanup):
            step()


@pytest.fixture(scope="module")
def engines() -> Iterator[_Engines]:
    made = _Engines()
    yield made
    made.close()


@pytest.fixture
def engine(request, engines) -> Iterator[Engine]:
    """The ledger on the engine the test is parametrized with (indirectly), in a transaction
    rolled back after the test."""
    engine = engines.get(request.param, request)
    engine.execute("BEGIN")
    try:
        yield engine
    finally:
        engine.execute("ROLLBACK")


def _snapshot(engine: Engine) -> list:
    return [engine.execute(sql) for sql in SNAPSHOT]


@pytest.mark.parametrize("engine", ENGINES, indirect=True)
def test_the_ledger_every_case_starts_from_is_valid(engine):
    """The starting ledger's balances are the sums of its transfers, on both engines, and its
    triggers did their part (the lots, the balances)."""
    wrong = engine.execute(
        "SELECT a.id FROM accounts a WHERE a.balance <>"
        " coalesce((SELECT sum(amount) FROM transfers WHERE to_account_id = a.id), 0)"
        " - coalesce((SELECT sum(amount) FROM transfers WHERE from_account_id = a.id), 0)"
    )
    assert wrong == []
    assert engine.execute("SELECT id, balance FROM accounts WHERE balance <> 0 ORDER BY id") == [
        (COIN_ISSUANCE, -1500),
        (COIN_SPENT, 100),
        (DIAMOND_ISSUANCE, -50),
        (DIAMOND_HOLD, 40),
        (USD_CLEARING, -1590),
        (USD_REVENUE, 1590),
        (VERA_COINS, 1400),
        (CLEO_DIAMONDS, 10),
    ]
    assert engine.execute("SELECT * FROM lots ORDER BY txn_id") == [
        (FIRST_LOT, VERA, 1000, 1060, 0, 100, 106, 0),
        (SECOND_LOT, VERA, 500, 530, 0, 0, 0, 0),
    ]


@pytest.mark.parametrize(
    ("engine", "case"),
    [
        pytest.param(name, case, id=f"{what}-{name}")
        for what, case in REFUSED.items()
        for name in case.engines
    ],
    indirect=["engine"],
)
def test_an_invalid_write_is_refused_for_the_same_reason_on_both_engines(engine, case):
    for sql, params in case.before:
        assert engine.refused(sql, params) is None, (sql, params)
    before = _snapshot(engine)
    refusal = engine.refused(case.sql, case.params)
    assert refusal is not None, f"{engine.name} took it"
    reason, message = refusal
    assert reason == case.reason, message
    assert case.message in message
    assert _snapshot(engine) == before  # nothing of the refused write is left


@pytest.mark.parametrize(
    ("engine", "writes"),
    [
        pytest.param(name, writes, id=f"{what}-{name}")
        for what, writes in ALLOWED.items()
        for name in ENGINES
    ],
    indirect=["engine"],
)
def test_a_valid_write_is_taken_by_both_engines(engine, writes):
    for sql, params in writes:
        assert engine.refused(sql, params) is None, (sql, params)


def test_both_engines_run_the_same_cases():
    """Every case runs on both engines, but for what SQLite cannot even say."""
    only_one = [name for name, case in REFUSED.items() if case.engines != ENGINES]
    assert only_one == [f"{table} truncated" for table in pg_migrations._NEVER_EMPTIED]
