"""The schema, as numbered sqlite-utils migrations. An applied migration is never edited:
change the schema by adding the next number.

The schema refuses invalid states by itself (TigerBeetle-style): STRICT tables, CHECK
constraints (no negative wallet, no zero transfer, no self-gift), a trigger that applies each
transfer to both balances and refuses one whose unit differs from its accounts', and triggers
that make the ledger append-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

SET_NAME = "giftdesk"
TABLE = "_sqlite_migrations"  # sqlite-utils' own record of applied migrations

UNITS = "('COIN', 'DIAMOND', 'USD')"

_M0001 = f"""
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    name_key TEXT NOT NULL UNIQUE,
    birthdate TEXT NOT NULL
        CHECK (birthdate GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    is_creator INTEGER NOT NULL CHECK (is_creator IN (0, 1)),
    created_at TEXT NOT NULL,
    daily_budget_coins INTEGER CHECK (daily_budget_coins >= 0),
    monthly_budget_coins INTEGER CHECK (monthly_budget_coins >= 0)
) STRICT;

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    unit TEXT NOT NULL CHECK (unit IN {UNITS}),
    profile_id INTEGER REFERENCES profiles(id),
    may_go_negative INTEGER NOT NULL DEFAULT 0 CHECK (may_go_negative IN (0, 1)),
    balance INTEGER NOT NULL DEFAULT 0,
    CHECK (may_go_negative = 1 OR balance >= 0),
    UNIQUE (profile_id, unit)
) STRICT;

CREATE TABLE transactions (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN
        ('recharge', 'gift', 'gift_undo', 'payout', 'payout_paid', 'payout_failed')),
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    counterparty_id INTEGER REFERENCES profiles(id),
    reverses_id INTEGER UNIQUE REFERENCES transactions(id),
    created_at TEXT NOT NULL,
    created_us INTEGER NOT NULL,
    rules_version TEXT NOT NULL CHECK (length(rules_version) > 0),
    idem_key TEXT NOT NULL UNIQUE CHECK (length(idem_key) BETWEEN 1 AND 200),
    request_hash TEXT NOT NULL,
    result TEXT
) STRICT;
CREATE INDEX transactions_profile ON transactions(profile_id, id);

CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    txn_id INTEGER NOT NULL REFERENCES transactions(id),
    from_account_id INTEGER NOT NULL REFERENCES accounts(id),
    to_account_id INTEGER NOT NULL REFERENCES accounts(id),
    unit TEXT NOT NULL CHECK (unit IN {UNITS}),
    amount INTEGER NOT NULL CHECK (amount > 0),
    CHECK (from_account_id <> to_account_id)
) STRICT;
CREATE INDEX transfers_txn ON transfers(txn_id);
CREATE INDEX transfers_from ON transfers(from_account_id, txn_id);
CREATE INDEX transfers_to ON transfers(to_account_id, txn_id);

CREATE TRIGGER transfers_apply AFTER INSERT ON transfers
BEGIN
    SELECT RAISE(ABORT, 'transfer unit differs from its accounts')
    WHERE (SELECT unit FROM accounts WHERE id = NEW.from_account_id) IS NOT NEW.unit
       OR (SELECT unit FROM accounts WHERE id = NEW.to_account_id) IS NOT NEW.unit;
    UPDATE accounts SET balance = balance - NEW.amount WHERE id = NEW.from_account_id;
    UPDATE accounts SET balance = balance + NEW.amount WHERE id = NEW.to_account_id;
END;
CREATE TRIGGER transfers_no_update BEFORE UPDATE ON transfers
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER transactions_no_delete BEFORE DELETE ON transactions
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
-- The one update allowed: recording a transaction's result, once, inside its own write.
CREATE TRIGGER transactions_result_once BEFORE UPDATE ON transactions
WHEN OLD.result IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.profile_id IS NOT OLD.profile_id
  OR NEW.counterparty_id IS NOT OLD.counterparty_id OR NEW.reverses_id IS NOT OLD.reverses_id
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_us IS NOT OLD.created_us
  OR NEW.rules_version IS NOT OLD.rules_version OR NEW.idem_key IS NOT OLD.idem_key
  OR NEW.request_hash IS NOT OLD.request_hash
BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END;
CREATE TRIGGER accounts_no_delete BEFORE DELETE ON accounts
BEGIN SELECT RAISE(ABORT, 'accounts are never deleted'); END;

CREATE TABLE recharges (
    txn_id INTEGER PRIMARY KEY REFERENCES transactions(id),
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    channel TEXT NOT NULL CHECK (channel IN ('app', 'web')),
    method TEXT NOT NULL CHECK (method IN ('app-store', 'card', 'paypal')),
    is_custom INTEGER NOT NULL CHECK (is_custom IN (0, 1)),
    coins INTEGER NOT NULL CHECK (coins > 0),
    bonus_coins INTEGER NOT NULL CHECK (bonus_coins >= 0),
    price_cents INTEGER NOT NULL CHECK (price_cents > 0),
    store_fee_cents INTEGER NOT NULL CHECK (store_fee_cents >= 0 AND store_fee_cents < price_cents),
    card_brand TEXT,
    card_last4 TEXT CHECK (card_last4 IS NULL OR card_last4 GLOB '[0-9][0-9][0-9][0-9]')
) STRICT;
CREATE INDEX recharges_profile ON recharges(profile_id);

CREATE TABLE gifts (
    txn_id INTEGER PRIMARY KEY REFERENCES transactions(id),
    sender_id INTEGER NOT NULL REFERENCES profiles(id),
    creator_id INTEGER NOT NULL REFERENCES profiles(id),
    gift_name TEXT NOT NULL,
    unit_coins INTEGER NOT NULL CHECK (unit_coins > 0),
    count INTEGER NOT NULL CHECK (count >= 1),
    coins INTEGER NOT NULL CHECK (coins = unit_coins * count),
    diamonds INTEGER NOT NULL CHECK (diamonds >= 0),
    context TEXT NOT NULL CHECK (context IN ('live', 'video')),
    local_day TEXT NOT NULL,
    created_us INTEGER NOT NULL,
    CHECK (sender_id <> creator_id)
) STRICT;
CREATE INDEX gifts_creator ON gifts(creator_id, txn_id);
CREATE INDEX gifts_sender ON gifts(sender_id, txn_id);

-- Running totals for the cumulative diamond rule; `verify` recomputes them from the ledger.
CREATE TABLE creator_totals (
    profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
    coins_received INTEGER NOT NULL DEFAULT 0 CHECK (coins_received >= 0),
    diamonds_minted INTEGER NOT NULL DEFAULT 0 CHECK (diamonds_minted >= 0)
) STRICT;

-- Coins sent per profile per local day ('D2026-11-25') and month ('M2026-11'), for budgets.
CREATE TABLE spending (
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    period TEXT NOT NULL,
    coins INTEGER NOT NULL CHECK (coins >= 0),
    PRIMARY KEY (profile_id, period)
) STRICT, WITHOUT ROWID;

CREATE TABLE payouts (
    id INTEGER PRIMARY KEY,
    request_txn_id INTEGER NOT NULL UNIQUE REFERENCES transactions(id),
    creator_id INTEGER NOT NULL REFERENCES profiles(id),
    diamonds INTEGER NOT NULL CHECK (diamonds > 0),
    cents INTEGER NOT NULL CHECK (cents >= 0),
    method TEXT NOT NULL CHECK (method IN ('bank', 'paypal')),
    utc_day TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed')),
    settle_txn_id INTEGER UNIQUE REFERENCES transactions(id),
    CHECK ((status = 'pending') = (settle_txn_id IS NULL))
) STRICT;
CREATE INDEX payouts_creator_day ON payouts(creator_id, utc_day);
CREATE INDEX payouts_pending ON payouts(status) WHERE status = 'pending';
-- A payout is settled once: pending -> paid or failed, nothing else changes.
CREATE TRIGGER payouts_settle_once BEFORE UPDATE ON payouts
WHEN OLD.status <> 'pending' OR NEW.status = 'pending'
  OR NEW.diamonds IS NOT OLD.diamonds OR NEW.cents IS NOT OLD.cents
  OR NEW.creator_id IS NOT OLD.creator_id OR NEW.request_txn_id IS NOT OLD.request_txn_id
BEGIN SELECT RAISE(ABORT, 'a payout is settled once'); END;

-- System accounts. Issuance and payment clearing are where value enters, so they run
-- negative; platform revenue may too (a platform can make a loss). Nothing else may.
INSERT INTO accounts (code, unit, may_go_negative) VALUES
    ('coin:issuance', 'COIN', 1),
    ('coin:spent', 'COIN', 0),
    ('diamond:issuance', 'DIAMOND', 1),
    ('diamond:payout_hold', 'DIAMOND', 0),
    ('diamond:redeemed', 'DIAMOND', 0),
    ('usd:payment_clearing', 'USD', 1),
    ('usd:revenue', 'USD', 1),
    ('usd:app_store_fees', 'USD', 0),
    ('usd:creator_payouts', 'USD', 0);
"""


def m0001_ledger(db: Database) -> None:
    db.executescript(_M0001)


_M0002 = """
-- The newest gift each creator has seen; gifts after it are unseen notifications.
CREATE TABLE gift_notifications (
    creator_id INTEGER PRIMARY KEY REFERENCES profiles(id),
    last_seen_txn_id INTEGER NOT NULL DEFAULT 0 CHECK (last_seen_txn_id >= 0)
) STRICT;
"""


def m0002_gift_notifications(db: Database) -> None:
    db.executescript(_M0002)


_M0003 = """
-- The records beside the ledger are as append-only as the ledger itself.
CREATE TRIGGER gifts_no_update BEFORE UPDATE ON gifts
BEGIN SELECT RAISE(ABORT, 'gift records are append-only'); END;
CREATE TRIGGER gifts_no_delete BEFORE DELETE ON gifts
BEGIN SELECT RAISE(ABORT, 'gift records are append-only'); END;
CREATE TRIGGER recharges_no_update BEFORE UPDATE ON recharges
BEGIN SELECT RAISE(ABORT, 'purchase records are append-only'); END;
CREATE TRIGGER recharges_no_delete BEFORE DELETE ON recharges
BEGIN SELECT RAISE(ABORT, 'purchase records are append-only'); END;
CREATE TRIGGER payouts_no_delete BEFORE DELETE ON payouts
BEGIN SELECT RAISE(ABORT, 'payout records are never deleted'); END;
-- Settling changes the status and the settling transaction, nothing else.
CREATE TRIGGER payouts_settle_keeps_terms BEFORE UPDATE ON payouts
WHEN NEW.method IS NOT OLD.method OR NEW.utc_day IS NOT OLD.utc_day OR NEW.id IS NOT OLD.id
BEGIN SELECT RAISE(ABORT, 'a payout is settled once'); END;
CREATE TRIGGER profiles_no_delete BEFORE DELETE ON profiles
BEGIN SELECT RAISE(ABORT, 'profiles are never deleted'); END;
"""


def m0003_append_only_records(db: Database) -> None:
    db.executescript(_M0003)


_M0004 = """
-- One row per profile that has set anything up. password_hash is an argon2id PHC string,
-- never the password. totp_secret is the base32 TOTP secret in the clear: checking a code
-- needs it, so it cannot be hashed (anyone who can read this file can make codes).
-- totp_last_step is the time step of the last code accepted: a code works once.
-- A purchase costing more than purchase_threshold_cents needs a code; NULL: none does.
CREATE TABLE profile_security (
    profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
    password_hash TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until_us INTEGER NOT NULL DEFAULT 0,
    totp_secret TEXT,
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    purchase_threshold_cents INTEGER CHECK (purchase_threshold_cents >= 0)
) STRICT;
"""


def m0004_profile_security(db: Database) -> None:
    # One statement, so execute(), not executescript(): Python's executescript() first COMMITs
    # the open transaction, which would end open_db's BEGIN IMMEDIATE lock mid-upgrade.
    db.execute(_M0004)


_M0005 = """
-- A profile's history is its transactions as actor (transactions_profile) or as the one a
-- transaction was for (this index): two range scans, newest first, at any ledger size.
CREATE INDEX transactions_counterparty ON transactions(counterparty_id, id)
"""


def m0005_history_index(db: Database) -> None:
    db.execute(_M0005)


# Rebuilds the earnings totals from the gifts (the migration fills them this way, and the
# benchmarks' bulk builder after it writes gifts directly). Undone gifts are left out.
REBUILD_EARNINGS_TOTALS = (
    "DELETE FROM creator_day_totals",
    "DELETE FROM supporter_totals",
    """INSERT INTO creator_day_totals (creator_id, day, context, gifts, coins, diamonds)
       SELECT creator_id, local_day, context, sum(count), sum(coins), sum(diamonds) FROM gifts g
       WHERE NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)
       GROUP BY creator_id, local_day, context""",
    """INSERT INTO supporter_totals (creator_id, sender_id, gifts, coins)
       SELECT creator_id, sender_id, sum(count), sum(coins) FROM gifts g
       WHERE NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)
       GROUP BY creator_id, sender_id""",
)

_M0006 = (
    # What a creator's Earnings tab shows, kept as running totals in the same write as each
    # gift (and its undo), so the tab opens in the same time at ten gifts or ten million.
    """CREATE TABLE creator_day_totals (
        creator_id INTEGER NOT NULL REFERENCES profiles(id),
        day TEXT NOT NULL,
        context TEXT NOT NULL CHECK (context IN ('live', 'video')),
        gifts INTEGER NOT NULL CHECK (gifts >= 0),
        coins INTEGER NOT NULL CHECK (coins >= 0),
        diamonds INTEGER NOT NULL CHECK (diamonds >= 0),
        PRIMARY KEY (creator_id, day, context)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE supporter_totals (
        creator_id INTEGER NOT NULL REFERENCES profiles(id),
        sender_id INTEGER NOT NULL REFERENCES profiles(id),
        gifts INTEGER NOT NULL CHECK (gifts >= 0),
        coins INTEGER NOT NULL CHECK (coins >= 0),
        PRIMARY KEY (creator_id, sender_id)
    ) STRICT, WITHOUT ROWID""",
    *REBUILD_EARNINGS_TOTALS,
)


def m0006_earnings_totals(db: Database) -> None:
    for statement in _M0006:
        db.execute(statement)


_M0007 = (
    # Every index is one more page each gift's commit writes (and syncs). Nothing reads by
    # these any more: a creator's gifts are found through transactions_counterparty, and
    # `verify` sums transfers in one pass instead of per account.
    "DROP INDEX transfers_from",
    "DROP INDEX transfers_to",
    "DROP INDEX gifts_sender",
    "DROP INDEX gifts_creator",
)


def m0007_drop_unread_indexes(db: Database) -> None:
    for statement in _M0007:
        db.execute(statement)


def m0008_earnings_diamonds_kept(db: Database) -> None:
    """The Earnings totals' diamonds become what each creator kept: every gift's minted
    diamonds less what the undos took back. (An undo used to take off what its gift had
    minted, which rounding carried between gifts can put one away from what it took back.)"""
    from giftdesk.storage.totals import take_back_diamonds

    conn = db.conn
    conn.execute("""
        UPDATE creator_day_totals AS t SET diamonds = s.diamonds
        FROM (SELECT creator_id, local_day, context, sum(diamonds) AS diamonds FROM gifts
              GROUP BY creator_id, local_day, context) AS s
        WHERE s.creator_id = t.creator_id AND s.local_day = t.day AND s.context = t.context""")
    undos = conn.execute("""
        SELECT g.creator_id, g.local_day, g.context,
               (SELECT coalesce(sum(r.amount), 0) FROM transfers r
                WHERE r.txn_id = u.id AND r.unit = 'DIAMOND')
        FROM transactions u JOIN gifts g ON g.txn_id = u.reverses_id
        WHERE u.kind = 'gift_undo' ORDER BY u.id""").fetchall()
    for creator_id, day, context, diamonds in undos:
        take_back_diamonds(conn, creator_id=creator_id, day=day, context=context, diamonds=diamonds)


_M0009_BEFORE = (
    "ALTER TABLE recharges ADD COLUMN reference TEXT",
    "ALTER TABLE payouts ADD COLUMN reference TEXT",
    # The triggers that keep these records as they were must let the references in once.
    "DROP TRIGGER recharges_no_update",
    "DROP TRIGGER payouts_settle_once",
)
_M0009_AFTER = (
    """CREATE TRIGGER recharges_no_update BEFORE UPDATE ON recharges
    BEGIN SELECT RAISE(ABORT, 'purchase records are append-only'); END""",
    # As m0001's, and the reference is one of the terms that never change.
    """CREATE TRIGGER payouts_settle_once BEFORE UPDATE ON payouts
    WHEN OLD.status <> 'pending' OR NEW.status = 'pending'
      OR NEW.diamonds IS NOT OLD.diamonds OR NEW.cents IS NOT OLD.cents
      OR NEW.creator_id IS NOT OLD.creator_id OR NEW.request_txn_id IS NOT OLD.request_txn_id
      OR NEW.reference IS NOT OLD.reference
    BEGIN SELECT RAISE(ABORT, 'a payout is settled once'); END""",
    # Every charge and payout has a reference of its own (domain/references.py), for ever.
    "CREATE UNIQUE INDEX recharges_reference ON recharges(reference)",
    "CREATE UNIQUE INDEX payouts_reference ON payouts(reference)",
    """CREATE TRIGGER recharges_have_references BEFORE INSERT ON recharges
    WHEN NEW.reference IS NULL OR NEW.reference NOT GLOB 'CH-????????????????'
    BEGIN SELECT RAISE(ABORT, 'a purchase needs its own reference'); END""",
    """CREATE TRIGGER payouts_have_references BEFORE INSERT ON payouts
    WHEN NEW.reference IS NULL OR NEW.reference NOT GLOB 'PO-????????????????'
    BEGIN SELECT RAISE(ABORT, 'a payout needs its own reference'); END""",
)


def m0009_provider_references(db: Database) -> None:
    """Charges and payouts get references that are never used twice (the provider was given
    payout row numbers, which a restore brings back). Those made before get one derived from
    their transaction, the same in the wallet and in any backup of it."""
    from giftdesk.domain.references import PAYOUT, PURCHASE, earlier_reference

    conn = db.conn
    for statement in _M0009_BEFORE:
        conn.execute(statement)
    for table, key, kind in (
        ("recharges", "txn_id", PURCHASE),
        ("payouts", "request_txn_id", PAYOUT),
    ):
        rows = conn.execute(
            f"SELECT r.rowid, t.idem_key, t.created_us FROM {table} r"
            f" JOIN transactions t ON t.id = r.{key}"
        ).fetchall()
        conn.executemany(
            f"UPDATE {table} SET reference = ? WHERE rowid = ?",
            [(earlier_reference(kind, k, us), rowid) for rowid, k, us in rows],
        )
    for statement in _M0009_AFTER:
        conn.execute(statement)


_M0010 = (
    # Each profile's IANA time zone: its budget days and ages are counted in it, whatever the
    # TZ variable of the process says. New profiles get one when they are made.
    "ALTER TABLE profiles ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC'"
    " CHECK (length(time_zone) BETWEEN 1 AND 64)"
)


def m0010_profile_time_zones(db: Database) -> None:
    """Profiles made before zones keep counting days as they did: in the system's zone."""
    from giftdesk.zones import system_zone

    conn = db.conn
    conn.execute(_M0010)  # execute(), not executescript(): see m0004
    if conn.execute("SELECT 1 FROM profiles LIMIT 1").fetchone() is not None:
        # (A new, empty database need not read the system's zone configuration at all.)
        conn.execute("UPDATE profiles SET time_zone = ?", (system_zone(),))


_M0011 = (
    """
-- What each profile's name looks like (giftdesk.domain.names.look_keys): a few keys a
-- profile, each held by one profile only, so that two names that look alike ("Cleo" with a
-- Cyrillic е, "ＣＬＥＯ") cannot both be stored. Keys, not a column: a name looks like another
-- when any way of writing one (as written, in capitals, in small letters) looks like any way
-- of writing the other.
CREATE TABLE profile_look_keys (
    look_key TEXT PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id)
) STRICT, WITHOUT ROWID
""",
    """
-- The Unicode data (ICU's and Python's) the keys were made with, one row; when GiftDesk's
-- differs, adding a profile makes every key again first.
CREATE TABLE profile_look_keys_made_with (
    version TEXT NOT NULL
) STRICT
""",
)


def m0011_profile_look_keys(db: Database) -> None:
    """Existing profiles get their keys, oldest first. Two that already look alike (an
    impersonator made before names were compared by their looks) do not fail the upgrade:
    the older keeps every key they share, so a look-alike lookup finds it; the newer keeps
    the rest, and its own exact name still finds it."""
    from giftdesk.storage.profile_names import make_current

    for statement in _M0011:
        db.execute(statement)
    # Only when there are names: a new database does not load ICU for nothing (its first
    # profile records the version).
    if db.conn.execute("SELECT 1 FROM profiles LIMIT 1").fetchone() is not None:
        make_current(db.conn)


# What each LIVE and its leaderboard are, as running figures kept in the same write as each
# gift and its undo (storage/lives.py, storage/leaderboards.py); `verify` recomputes them.
_M0012_TABLES = (
    # A creator's LIVE: on air from started_us until ended_us (NULL while on air). Its figures
    # are those of the gifts that name it and were not undone: the diamonds those gifts
    # minted, their coins, and their gift items (a Rose x25 combo is 25).
    """CREATE TABLE lives (
        id INTEGER PRIMARY KEY,
        creator_id INTEGER NOT NULL REFERENCES profiles(id),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        goal_diamonds INTEGER CHECK (goal_diamonds IS NULL OR goal_diamonds > 0),
        started_at TEXT NOT NULL,
        started_us INTEGER NOT NULL,
        ended_at TEXT,
        ended_us INTEGER,
        diamonds INTEGER NOT NULL DEFAULT 0 CHECK (diamonds >= 0),
        coins INTEGER NOT NULL DEFAULT 0 CHECK (coins >= 0),
        gifts INTEGER NOT NULL DEFAULT 0 CHECK (gifts >= 0),
        CHECK ((ended_at IS NULL) = (ended_us IS NULL)),
        CHECK (ended_us IS NULL OR ended_us >= started_us)
    ) STRICT""",
    # At most one LIVE of a creator on air: the schema refuses a second (two windows pressing
    # Go LIVE at once), and finds the one on air in one look-up.
    "CREATE UNIQUE INDEX lives_on_air ON lives(creator_id) WHERE ended_us IS NULL",
    "CREATE INDEX lives_creator ON lives(creator_id, id)",
    """CREATE TRIGGER lives_start_on_air BEFORE INSERT ON lives
    WHEN NEW.ended_us IS NOT NULL OR NEW.diamonds <> 0 OR NEW.coins <> 0 OR NEW.gifts <> 0
      OR (SELECT is_creator FROM profiles WHERE id = NEW.creator_id) IS NOT 1
    BEGIN SELECT RAISE(ABORT, 'a LIVE is a creator''s, and starts on air with nothing'); END""",
    """CREATE TRIGGER lives_no_delete BEFORE DELETE ON lives
    BEGIN SELECT RAISE(ABORT, 'LIVEs are never deleted'); END""",
    # Only the figures change, and the end, once; an ended LIVE's figures only go down (an
    # undo within its window), as it takes no more gifts.
    """CREATE TRIGGER lives_end_once BEFORE UPDATE ON lives
    WHEN NEW.id IS NOT OLD.id OR NEW.creator_id IS NOT OLD.creator_id
      OR NEW.title IS NOT OLD.title OR NEW.goal_diamonds IS NOT OLD.goal_diamonds
      OR NEW.started_at IS NOT OLD.started_at OR NEW.started_us IS NOT OLD.started_us
      OR (OLD.ended_us IS NOT NULL AND (NEW.ended_us IS NOT OLD.ended_us
          OR NEW.ended_at IS NOT OLD.ended_at OR NEW.diamonds > OLD.diamonds
          OR NEW.coins > OLD.coins OR NEW.gifts > OLD.gifts))
    BEGIN SELECT RAISE(ABORT, 'a LIVE changes only its figures, and ends once'); END""",
    # Each sender's coins and gift items in a LIVE, for its ranking.
    """CREATE TABLE live_supporters (
        live_id INTEGER NOT NULL REFERENCES lives(id),
        sender_id INTEGER NOT NULL REFERENCES profiles(id),
        coins INTEGER NOT NULL CHECK (coins >= 0),
        gifts INTEGER NOT NULL CHECK (gifts >= 0),
        PRIMARY KEY (live_id, sender_id)
    ) STRICT, WITHOUT ROWID""",
    # A gift's LIVE (NULL: none; gifts sent 'live' before LIVEs existed keep their context and
    # belong to no LIVE), and its creator's own calendar day, under which the leaderboards
    # file it (local_day is the sender's, for budgets).
    "ALTER TABLE gifts ADD COLUMN live_id INTEGER REFERENCES lives(id)",
    "ALTER TABLE gifts ADD COLUMN creator_day TEXT",
    """CREATE TRIGGER gifts_name_lives_on_air BEFORE INSERT ON gifts
    WHEN NEW.live_id IS NOT NULL AND (NEW.context IS NOT 'live' OR NOT EXISTS (
        SELECT 1 FROM lives l WHERE l.id = NEW.live_id AND l.creator_id = NEW.creator_id
        AND l.ended_us IS NULL))
    BEGIN SELECT RAISE(ABORT, 'a gift names only its creator''s LIVE on air, sent live'); END""",
    """CREATE TRIGGER gifts_have_creator_days BEFORE INSERT ON gifts
    WHEN NEW.creator_day IS NULL
      OR NEW.creator_day NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
    BEGIN SELECT RAISE(ABORT, 'a gift is filed under its creator''s day'); END""",
    # The leaderboards: each sender's coins and gift items to a creator per day of the
    # creator's own calendar; a week, month or year sums its days.
    """CREATE TABLE supporter_days (
        creator_id INTEGER NOT NULL REFERENCES profiles(id),
        day TEXT NOT NULL,
        sender_id INTEGER NOT NULL REFERENCES profiles(id),
        gifts INTEGER NOT NULL CHECK (gifts >= 0),
        coins INTEGER NOT NULL CHECK (coins >= 0),
        PRIMARY KEY (creator_id, day, sender_id)
    ) STRICT, WITHOUT ROWID""",
)

# Rebuilds the leaderboards' day totals from the gifts (the migration fills them this way,
# and the benchmarks' bulk builder after it writes gifts directly). Undone gifts are left out.
REBUILD_SUPPORTER_DAYS = (
    "DELETE FROM supporter_days",
    """INSERT INTO supporter_days (creator_id, day, sender_id, gifts, coins)
       SELECT creator_id, creator_day, sender_id, sum(count), sum(coins) FROM gifts g
       WHERE NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)
       GROUP BY creator_id, creator_day, sender_id""",
)


def m0012_lives(db: Database) -> None:
    """LIVEs, their supporters, and the leaderboards by day. The gifts already there get
    their creator's day (the day they were sent on in the creator's zone now: the zone a
    creator had then is not kept) and name no LIVE."""
    import datetime as dt

    from giftdesk.zones import day_in

    conn = db.conn
    for statement in _M0012_TABLES:
        conn.execute(statement)
    if conn.execute("SELECT 1 FROM gifts LIMIT 1").fetchone() is not None:
        epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

        def creator_day(created_us: int, zone: str) -> str:
            return day_in(epoch + dt.timedelta(microseconds=created_us), zone).isoformat()

        # The one update gift records ever get: their trigger (m0003's) lets it in, once.
        conn.execute("DROP TRIGGER gifts_no_update")
        conn.create_function("giftdesk_creator_day", 2, creator_day, deterministic=True)
        try:
            conn.execute(
                "UPDATE gifts SET creator_day = giftdesk_creator_day(created_us,"
                " (SELECT time_zone FROM profiles p WHERE p.id = gifts.creator_id))"
            )
        finally:
            conn.create_function("giftdesk_creator_day", 2, None)
        conn.execute("""CREATE TRIGGER gifts_no_update BEFORE UPDATE ON gifts
BEGIN SELECT RAISE(ABORT, 'gift records are append-only'); END""")
        for statement in REBUILD_SUPPORTER_DAYS:
            conn.execute(statement)


# Coin lots and money trails (DESIGN 9; domain/trails.py, storage/lots.py). The schema itself
# holds the rules: a purchase makes its lot; a take follows first in, first out and the lot's
# running floor, or gives back exactly what its gift took; a spent lot has handed out exactly
# its price; a gift's trail is the sum of its takes.
_M0013_TABLES = (
    """CREATE TABLE lots (
        txn_id INTEGER PRIMARY KEY REFERENCES recharges(txn_id),
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        coins INTEGER NOT NULL CHECK (coins > 0),
        price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
        store_fee_cents INTEGER NOT NULL
            CHECK (store_fee_cents >= 0 AND store_fee_cents <= price_cents),
        coins_taken INTEGER NOT NULL DEFAULT 0 CHECK (coins_taken BETWEEN 0 AND coins),
        paid_taken INTEGER NOT NULL DEFAULT 0 CHECK (paid_taken BETWEEN 0 AND price_cents),
        fee_taken INTEGER NOT NULL DEFAULT 0 CHECK (fee_taken BETWEEN 0 AND store_fee_cents),
        CHECK (coins_taken < coins OR (paid_taken = price_cents AND fee_taken = store_fee_cents))
    ) STRICT""",
    # A profile's lots with coins left, oldest first: where its next gift takes from.
    "CREATE INDEX lots_open ON lots(profile_id, txn_id) WHERE coins_taken < coins",
    """CREATE TRIGGER lots_are_purchases BEFORE INSERT ON lots
    WHEN NEW.coins_taken <> 0 OR NEW.paid_taken <> 0 OR NEW.fee_taken <> 0 OR NOT EXISTS (
        SELECT 1 FROM recharges r WHERE r.txn_id = NEW.txn_id AND r.profile_id = NEW.profile_id
        AND r.coins + r.bonus_coins = NEW.coins AND r.price_cents = NEW.price_cents
        AND r.store_fee_cents = NEW.store_fee_cents)
    BEGIN SELECT RAISE(ABORT, 'a lot is a purchase, and starts with nothing taken'); END""",
    """CREATE TRIGGER recharges_make_lots AFTER INSERT ON recharges
    BEGIN
        INSERT INTO lots (txn_id, profile_id, coins, price_cents, store_fee_cents)
        VALUES (NEW.txn_id, NEW.profile_id, NEW.coins + NEW.bonus_coins, NEW.price_cents,
                NEW.store_fee_cents);
    END""",
    """CREATE TRIGGER lots_keep_terms BEFORE UPDATE ON lots
    WHEN NEW.txn_id IS NOT OLD.txn_id OR NEW.profile_id IS NOT OLD.profile_id
      OR NEW.coins IS NOT OLD.coins OR NEW.price_cents IS NOT OLD.price_cents
      OR NEW.store_fee_cents IS NOT OLD.store_fee_cents
    BEGIN SELECT RAISE(ABORT, 'a lot changes only by what gifts take'); END""",
    """CREATE TRIGGER lots_no_delete BEFORE DELETE ON lots
    BEGIN SELECT RAISE(ABORT, 'lots are never deleted'); END""",
    # What each gift took from each lot (positive), and what its undo gave back (negative).
    """CREATE TABLE lot_takes (
        txn_id INTEGER NOT NULL REFERENCES transactions(id),
        lot_id INTEGER NOT NULL REFERENCES lots(txn_id),
        coins INTEGER NOT NULL CHECK (coins <> 0),
        paid_cents INTEGER NOT NULL,
        store_fee_cents INTEGER NOT NULL,
        CHECK ((coins > 0 AND paid_cents >= 0 AND store_fee_cents >= 0)
            OR (coins < 0 AND paid_cents <= 0 AND store_fee_cents <= 0)),
        PRIMARY KEY (txn_id, lot_id)
    ) STRICT, WITHOUT ROWID""",
    """CREATE TRIGGER lot_takes_follow_rule BEFORE INSERT ON lot_takes
    WHEN NOT EXISTS (
        SELECT 1 FROM lots l JOIN transactions t ON t.id = NEW.txn_id
        WHERE l.txn_id = NEW.lot_id AND l.profile_id = t.profile_id AND CASE
            WHEN NEW.coins > 0 THEN t.kind = 'gift'
                AND NEW.paid_cents = max(0, (l.coins_taken + NEW.coins) * l.price_cents / l.coins
                                            - l.paid_taken)
                AND NEW.store_fee_cents = max(0, (l.coins_taken + NEW.coins) * l.store_fee_cents
                                                 / l.coins - l.fee_taken)
                AND NOT EXISTS (SELECT 1 FROM lots o WHERE o.profile_id = l.profile_id
                                AND o.coins_taken < o.coins AND o.txn_id < l.txn_id)
            ELSE t.kind = 'gift_undo' AND EXISTS (
                SELECT 1 FROM lot_takes g WHERE g.txn_id = t.reverses_id AND g.lot_id = NEW.lot_id
                AND g.coins = -NEW.coins AND g.paid_cents = -NEW.paid_cents
                AND g.store_fee_cents = -NEW.store_fee_cents)
            END)
    BEGIN SELECT RAISE(ABORT,
        'a gift takes its sender''s oldest coins at their price; an undo gives back what it took');
    END""",
    """CREATE TRIGGER lot_takes_apply AFTER INSERT ON lot_takes
    BEGIN
        UPDATE lots SET coins_taken = coins_taken + NEW.coins,
            paid_taken = paid_taken + NEW.paid_cents,
            fee_taken = fee_taken + NEW.store_fee_cents
        WHERE txn_id = NEW.lot_id;
    END""",
    """CREATE TRIGGER lot_takes_no_update BEFORE UPDATE ON lot_takes
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END""",
    """CREATE TRIGGER lot_takes_no_delete BEFORE DELETE ON lot_takes
    BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END""",
    # Each gift's trail, written with it (its takes first).
    "ALTER TABLE gifts ADD COLUMN paid_cents INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0)",
    "ALTER TABLE gifts ADD COLUMN store_fee_cents INTEGER NOT NULL DEFAULT 0"
    " CHECK (store_fee_cents >= 0)",
    "ALTER TABLE gifts ADD COLUMN platform_cents INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE gifts ADD COLUMN creator_cents INTEGER NOT NULL DEFAULT 0"
    " CHECK (creator_cents >= 0)",
    """CREATE TRIGGER gifts_carry_trails BEFORE INSERT ON gifts
    WHEN NEW.platform_cents IS NOT NEW.paid_cents - NEW.store_fee_cents - NEW.creator_cents
      OR EXISTS (
        SELECT 1 FROM (SELECT coalesce(sum(coins), 0) AS coins, coalesce(sum(paid_cents), 0)
                              AS paid, coalesce(sum(store_fee_cents), 0) AS fee
                       FROM lot_takes WHERE txn_id = NEW.txn_id)
        WHERE paid IS NOT NEW.paid_cents OR fee IS NOT NEW.store_fee_cents OR coins > NEW.coins
           OR (coins < NEW.coins AND EXISTS (SELECT 1 FROM lots WHERE profile_id = NEW.sender_id
                                             AND coins_taken < coins)))
    BEGIN SELECT RAISE(ABORT, 'a gift''s money trail is what it took from its sender''s lots');
    END""",
    # Money spent per sender, month of the sender's calendar and creator, by the gifts not
    # undone: a year of spending figures is twelve months of rows, at any ledger size.
    """CREATE TABLE spending_trails (
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        creator_id INTEGER NOT NULL REFERENCES profiles(id),
        gifts INTEGER NOT NULL CHECK (gifts >= 0),
        coins INTEGER NOT NULL CHECK (coins >= 0),
        paid_cents INTEGER NOT NULL CHECK (paid_cents >= 0),
        store_fee_cents INTEGER NOT NULL CHECK (store_fee_cents >= 0),
        creator_cents INTEGER NOT NULL CHECK (creator_cents >= 0),
        PRIMARY KEY (profile_id, month, creator_id)
    ) STRICT, WITHOUT ROWID""",
)

# Rebuilds the monthly spending from the gifts' trails (the migration fills it this way, and
# the benchmarks' bulk builder after it writes gifts directly). Undone gifts are left out.
REBUILD_SPENDING_TRAILS = (
    "DELETE FROM spending_trails",
    """INSERT INTO spending_trails (profile_id, month, creator_id, gifts, coins, paid_cents,
           store_fee_cents, creator_cents)
       SELECT sender_id, substr(local_day, 1, 7), creator_id, sum(count), sum(coins),
              sum(paid_cents), sum(store_fee_cents), sum(creator_cents) FROM gifts g
       WHERE NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)
       GROUP BY sender_id, substr(local_day, 1, 7), creator_id""",
)


def m0013_coin_lots(db: Database) -> None:
    """Every purchase becomes a lot, and every gift and undo already in the ledger takes from
    them as it would have (storage/lots.replay), in the order they were written; each gift
    gets its trail. A creator's part is its diamonds at the default rules' value (a diamond
    is a cent)."""
    from giftdesk.resources import load_rules
    from giftdesk.storage.lots import insert_takes, replay

    conn = db.conn
    for statement in _M0013_TABLES:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO lots (txn_id, profile_id, coins, price_cents, store_fee_cents)"
        " SELECT txn_id, profile_id, coins + bonus_coins, price_cents, store_fee_cents"
        " FROM recharges ORDER BY txn_id"
    )
    if conn.execute("SELECT 1 FROM gifts LIMIT 1").fetchone() is None:
        return
    value = load_rules().diamond_value_rate
    replayed = replay(conn)
    # In transaction order: each take's rule is checked against its lot as it then stood.
    insert_takes(
        conn,
        (
            (txn, t.lot_id, t.coins, t.paid_cents, t.store_fee_cents)
            for txn in sorted(replayed.takes)
            for t in replayed.takes[txn]
        ),
    )
    conn.execute("DROP TRIGGER gifts_no_update")  # as in m0012: let the trails in, once
    conn.executemany(
        "UPDATE gifts SET paid_cents = ?, store_fee_cents = ?, creator_cents = ?,"
        " platform_cents = ? WHERE txn_id = ?",
        (
            (paid, fee, value.floor(diamonds), paid - fee - value.floor(diamonds), txn)
            for txn, diamonds in conn.execute("SELECT txn_id, diamonds FROM gifts").fetchall()
            for paid, fee in (replayed.paid.get(txn, (0, 0)),)
        ),
    )
    conn.execute("""CREATE TRIGGER gifts_no_update BEFORE UPDATE ON gifts
BEGIN SELECT RAISE(ABORT, 'gift records are append-only'); END""")
    for statement in REBUILD_SPENDING_TRAILS:
        conn.execute(statement)


# In order. sqlite-utils is imported only when one of these must actually run: reading a
# database whose schema is current (every start but the first) does not pay for its import.
STEPS = (
    m0001_ledger,
    m0002_gift_notifications,
    m0003_append_only_records,
    m0004_profile_security,
    m0005_history_index,
    m0006_earnings_totals,
    m0007_drop_unread_indexes,
    m0008_earnings_diamonds_kept,
    m0009_provider_references,
    m0010_profile_time_zones,
    m0011_profile_look_keys,
    m0012_lives,
    m0013_coin_lots,
)
NAMES = tuple(step.__name__ for step in STEPS)


def migration_set() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(SET_NAME)
    for step in STEPS:
        migrations()(step)
    return migrations
