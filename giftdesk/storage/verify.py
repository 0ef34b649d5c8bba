"""The ledger's invariants (docs/architecture.md, "The ledger"), each a named check over the
whole file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from giftdesk.domain.errors import Cancelled
from giftdesk.domain.units import Rate
from giftdesk.i18n import _
from giftdesk.storage import pg_schema, schema
from giftdesk.storage.connection import Connection

# progress(done, total, what) -> False to stop: checks by name here, pages of a backup's copy
# ("copy") in storage/backup_files.backup.
Progress = Callable[[int, int, str], bool]
# A check's outcome: whether it passed, and what it found when it did not.
Outcome = tuple[bool, str]
CheckFn = Callable[[Connection], Outcome]
_DIAMOND_CENT = Rate(1, 1)  # the default rules' value of a diamond, in cents


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


def _none_found(conn: Connection, sql: str, what: str, params: tuple[object, ...] = ()) -> Outcome:
    rows = conn.execute(sql, params).fetchmany(5)
    if not rows:
        return True, ""
    return False, f"{what}: {', '.join(str(r[0]) for r in rows)}"


def _units_balance(conn: Connection) -> Outcome:
    return _none_found(
        conn,
        "SELECT unit || ' is off by ' || sum(balance) FROM accounts GROUP BY unit"
        " HAVING sum(balance) <> 0",
        _("debits differ from credits"),
    )


def _transfer_units(conn: Connection) -> Outcome:
    return _none_found(
        conn,
        "SELECT t.id FROM transfers t JOIN accounts a ON a.id = t.from_account_id"
        " JOIN accounts b ON b.id = t.to_account_id"
        " WHERE a.unit <> t.unit OR b.unit <> t.unit OR t.amount <= 0",
        _("transfers with a wrong unit or amount"),
    )


def _balances_match(conn: Connection) -> Outcome:
    return _none_found(
        conn,
        """
        SELECT a.code FROM accounts a
        LEFT JOIN (SELECT to_account_id AS id, sum(amount) AS s FROM transfers
                   GROUP BY to_account_id) i ON i.id = a.id
        LEFT JOIN (SELECT from_account_id AS id, sum(amount) AS s FROM transfers
                   GROUP BY from_account_id) o ON o.id = a.id
        WHERE a.balance <> coalesce(i.s, 0) - coalesce(o.s, 0)""",
        _("stored balance differs from its transfers"),
    )


def _no_negative(conn: Connection) -> Outcome:
    return _none_found(
        conn,
        "SELECT code FROM accounts WHERE may_go_negative = 0 AND balance < 0",
        _("accounts below zero"),
    )


def _transactions_have_transfers(conn: Connection) -> Outcome:
    return _none_found(
        conn,
        "SELECT t.id FROM transactions t WHERE NOT EXISTS"
        " (SELECT 1 FROM transfers r WHERE r.txn_id = t.id)",
        _("transactions without transfers"),
    )


def _transfers_match_records(conn: Connection) -> Outcome:
    """What each transaction moved, per unit, is what its record says: a purchase's coins and
    bonus and price, a gift's coins and diamonds, an undo's coins back, a payout's diamonds
    and cents. Balances match transfers however many there are: this catches a transfer
    added to a real transaction (coins from nowhere that every other check would add up)."""
    return _none_found(
        conn,
        """
        WITH moved AS (
            SELECT txn_id, sum(CASE WHEN unit = 'COIN' THEN amount END) AS coins,
                   sum(CASE WHEN unit = 'DIAMOND' THEN amount END) AS diamonds,
                   sum(CASE WHEN unit = 'USD' THEN amount END) AS cents
            FROM transfers GROUP BY txn_id
        )
        SELECT t.id FROM transactions t JOIN moved m ON m.txn_id = t.id
        LEFT JOIN recharges rc ON rc.txn_id = t.id
        LEFT JOIN gifts g ON g.txn_id = t.id
        LEFT JOIN gifts ug ON ug.txn_id = t.reverses_id
        LEFT JOIN payouts po ON po.request_txn_id = t.id
        LEFT JOIN payouts ps ON ps.settle_txn_id = t.id
        WHERE CASE t.kind
            WHEN 'recharge' THEN m.coins IS DISTINCT FROM rc.coins + rc.bonus_coins
                OR m.cents IS DISTINCT FROM rc.price_cents + rc.store_fee_cents
                OR m.diamonds IS NOT NULL
            WHEN 'gift' THEN m.coins IS DISTINCT FROM g.coins OR m.cents IS NOT NULL
                OR coalesce(m.diamonds, 0) <> g.diamonds
            WHEN 'gift_undo' THEN m.coins IS DISTINCT FROM ug.coins OR m.cents IS NOT NULL
            WHEN 'payout' THEN m.diamonds IS DISTINCT FROM po.diamonds OR m.coins IS NOT NULL
                OR m.cents IS NOT NULL
            WHEN 'payout_paid' THEN m.diamonds IS DISTINCT FROM ps.diamonds OR m.coins IS NOT NULL
                OR coalesce(m.cents, 0) <> ps.cents
            WHEN 'payout_failed' THEN m.diamonds IS DISTINCT FROM ps.diamonds OR m.coins IS NOT NULL
                OR m.cents IS NOT NULL
            ELSE TRUE END""",
        _("transactions whose transfers differ from their record"),
    )


def _keys_unique(conn: Connection) -> Outcome:
    return _none_found(
        conn,
        "SELECT idem_key FROM transactions GROUP BY idem_key HAVING count(*) > 1",
        _("idempotency keys used twice"),
    )


def _diamond_rule(rate: Rate) -> CheckFn:
    def check(conn: Connection) -> Outcome:
        bad = []
        # One pass over gifts and one over transfers, grouped, rather than a look-up per
        # creator (which needed an index on every transfer's accounts).
        rows = conn.execute("""
            WITH received AS (
                SELECT g.creator_id, sum(g.coins) AS coins FROM gifts g
                WHERE NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)
                GROUP BY g.creator_id
            ), issuance AS (
                SELECT id FROM accounts WHERE code = 'diamond:issuance'
            ), minted AS (
                SELECT CASE WHEN r.from_account_id = i.id THEN r.to_account_id
                            ELSE r.from_account_id END AS account_id,
                       sum(CASE WHEN r.from_account_id = i.id THEN r.amount
                                ELSE -r.amount END) AS diamonds
                FROM transfers r JOIN issuance i
                  ON r.from_account_id = i.id OR r.to_account_id = i.id
                GROUP BY 1
            )
            SELECT p.id, p.name, coalesce(rc.coins, 0), coalesce(m.diamonds, 0),
                   ct.coins_received, ct.diamonds_minted
            FROM profiles p JOIN accounts a ON a.profile_id = p.id AND a.unit = 'DIAMOND'
            LEFT JOIN received rc ON rc.creator_id = p.id
            LEFT JOIN minted m ON m.account_id = a.id
            LEFT JOIN creator_totals ct ON ct.profile_id = p.id""")
        for _account, name, coins, minted, stored_coins, stored_minted in rows:
            if minted != rate.floor(coins) or stored_coins != coins or stored_minted != minted:
                bad.append(name)
        if bad:
            return (
                False,
                _("diamonds minted differ from floor(coins received x rate) for {names}").format(
                    names=", ".join(bad[:5])
                ),
            )
        return True, ""

    return check


def _payout_holds(conn: Connection) -> Outcome:
    hold = conn.execute(
        "SELECT balance FROM accounts WHERE code = 'diamond:payout_hold'"
    ).fetchone()[0]
    pending = conn.execute(
        "SELECT coalesce(sum(diamonds), 0) FROM payouts WHERE status = 'pending'"
    ).fetchone()[0]
    if hold != pending:
        return False, _(
            "payout hold is {hold} diamonds but pending payouts total {pending}"
        ).format(hold=hold, pending=pending)
    return True, ""


def _spending_matches(conn: Connection) -> Outcome:
    """Budget spending per profile and local day equals the coins of its gifts not undone,
    both ways round: no spending without gifts and no gifts without spending."""
    return _none_found(
        conn,
        """
        WITH sent AS (
            SELECT g.sender_id AS profile_id, g.local_day AS day, sum(g.coins) AS coins
            FROM gifts g
            WHERE NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)
            GROUP BY g.sender_id, g.local_day
        ),
        expected AS (
            SELECT profile_id, 'D' || day AS period, coins FROM sent
            UNION ALL
            SELECT profile_id, 'M' || substr(day, 1, 7), sum(coins) FROM sent
            GROUP BY profile_id, substr(day, 1, 7)
        )
        SELECT e.profile_id || ' ' || e.period FROM expected e
        LEFT JOIN spending s ON s.profile_id = e.profile_id AND s.period = e.period
        WHERE e.coins <> coalesce(s.coins, 0)
        UNION ALL
        SELECT s.profile_id || ' ' || s.period FROM spending s
        LEFT JOIN expected e ON e.profile_id = s.profile_id AND e.period = s.period
        WHERE e.profile_id IS NULL AND s.coins <> 0""",
        _("budget spending differs from gifts sent"),
    )


def _earnings_totals_match(conn: Connection) -> Outcome:
    """The Earnings tab's running totals: gifts and coins per day and context, and per
    supporter, equal what the gifts not undone add up to; a creator's diamonds over all days
    add up to the diamonds minted for them (each undo took back what it did, see totals.py)."""
    live = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"
    return _none_found(
        conn,
        f"""
        WITH days AS (
            SELECT creator_id, local_day AS day, context, sum(count) AS gifts,
                   sum(coins) AS coins
            FROM gifts g WHERE {live} GROUP BY creator_id, local_day, context
        ),
        fans AS (
            SELECT creator_id, sender_id, sum(count) AS gifts, sum(coins) AS coins
            FROM gifts g WHERE {live} GROUP BY creator_id, sender_id
        )
        SELECT 'day ' || d.creator_id || ' ' || d.day FROM days d
        LEFT JOIN creator_day_totals t USING (creator_id, day, context)
        WHERE t.gifts IS DISTINCT FROM d.gifts OR t.coins IS DISTINCT FROM d.coins
        UNION ALL
        SELECT 'day ' || t.creator_id || ' ' || t.day FROM creator_day_totals t
        LEFT JOIN days d USING (creator_id, day, context)
        WHERE d.creator_id IS NULL AND (t.gifts <> 0 OR t.coins <> 0)
        UNION ALL
        SELECT 'diamonds ' || c.profile_id FROM creator_totals c
        LEFT JOIN (SELECT creator_id, sum(diamonds) AS diamonds FROM creator_day_totals
                   GROUP BY creator_id) k ON k.creator_id = c.profile_id
        WHERE coalesce(k.diamonds, 0) <> c.diamonds_minted
        UNION ALL
        SELECT 'supporter ' || f.sender_id FROM fans f
        LEFT JOIN supporter_totals t USING (creator_id, sender_id)
        WHERE t.gifts IS DISTINCT FROM f.gifts OR t.coins IS DISTINCT FROM f.coins
        UNION ALL
        SELECT 'supporter ' || t.sender_id FROM supporter_totals t
        LEFT JOIN fans f USING (creator_id, sender_id)
        WHERE f.creator_id IS NULL AND (t.gifts <> 0 OR t.coins <> 0)""",
        _("earnings totals differ from gifts received"),
    )


_KEPT = "NOT EXISTS (SELECT 1 FROM transactions u WHERE u.reverses_id = g.txn_id)"


def _live_figures_match(conn: Connection) -> Outcome:
    """Each LIVE's diamonds, coins and gift items, and each sender's coins and gift items in
    its ranking, equal what its gifts not undone add up to, both ways round."""
    return _none_found(
        conn,
        f"""
        WITH kept AS (
            SELECT live_id, sender_id, diamonds, coins, count FROM gifts g
            WHERE live_id IS NOT NULL AND {_KEPT}
        ),
        per_live AS (
            SELECT live_id, sum(diamonds) AS diamonds, sum(coins) AS coins,
                   sum(count) AS gifts FROM kept GROUP BY live_id
        ),
        per_sender AS (
            SELECT live_id, sender_id, sum(coins) AS coins, sum(count) AS gifts FROM kept
            GROUP BY live_id, sender_id
        )
        SELECT 'LIVE ' || l.id FROM lives l LEFT JOIN per_live k ON k.live_id = l.id
        WHERE l.diamonds <> coalesce(k.diamonds, 0) OR l.coins <> coalesce(k.coins, 0)
           OR l.gifts <> coalesce(k.gifts, 0)
        UNION ALL
        SELECT 'LIVE ' || k.live_id || ' sender ' || k.sender_id FROM per_sender k
        LEFT JOIN live_supporters s USING (live_id, sender_id)
        WHERE s.coins IS DISTINCT FROM k.coins OR s.gifts IS DISTINCT FROM k.gifts
        UNION ALL
        SELECT 'LIVE ' || s.live_id || ' sender ' || s.sender_id FROM live_supporters s
        LEFT JOIN per_sender k USING (live_id, sender_id)
        WHERE k.live_id IS NULL AND (s.coins <> 0 OR s.gifts <> 0)""",
        _("LIVE figures differ from the gifts sent in them"),
    )


def _gifts_name_consistent_lives(conn: Connection) -> Outcome:
    """A gift that names a LIVE was sent live, to that LIVE's creator, while it was on air."""
    return _none_found(
        conn,
        """
        SELECT g.txn_id FROM gifts g LEFT JOIN lives l ON l.id = g.live_id
        WHERE g.live_id IS NOT NULL AND (l.id IS NULL OR g.context <> 'live'
            OR g.creator_id <> l.creator_id OR g.created_us < l.started_us
            OR g.created_us > coalesce(l.ended_us, g.created_us))""",
        _("gifts that name a LIVE they were not sent in"),
    )


def _leaderboard_days_match(conn: Connection) -> Outcome:
    """The leaderboards' totals per creator, creator's day and sender equal what the gifts not
    undone add up to, both ways round; every gift is filed under a creator's day."""
    return _none_found(
        conn,
        f"""
        WITH days AS (
            SELECT creator_id, creator_day AS day, sender_id, sum(count) AS gifts,
                   sum(coins) AS coins
            FROM gifts g WHERE {_KEPT} GROUP BY creator_id, creator_day, sender_id
        )
        SELECT 'gift ' || txn_id FROM gifts WHERE creator_day IS NULL
        UNION ALL
        SELECT d.creator_id || ' ' || d.day || ' ' || d.sender_id FROM days d
        LEFT JOIN supporter_days t USING (creator_id, day, sender_id)
        WHERE t.gifts IS DISTINCT FROM d.gifts OR t.coins IS DISTINCT FROM d.coins
        UNION ALL
        SELECT t.creator_id || ' ' || t.day || ' ' || t.sender_id FROM supporter_days t
        LEFT JOIN days d USING (creator_id, day, sender_id)
        WHERE d.creator_id IS NULL AND (t.gifts <> 0 OR t.coins <> 0)""",
        _("leaderboard totals differ from gifts received"),
    )


def _trail_rule(value: Rate) -> CheckFn:
    def check(conn: Connection) -> Outcome:
        """Every take and trail worked out again from the purchases, gifts and undos (first
        in, first out, each lot's running floor: storage/lots.replay) equals the one stored;
        each lot's counters add up its takes; each gift's creator part is its diamonds'
        value, and its platform part the rest."""
        from giftdesk.storage.lots import replay

        replayed = replay(conn)
        bad: list[str] = []
        stored: dict[int, list[tuple[int, int, int, int]]] = {}
        for txn, lot, coins, paid, fee in conn.execute(
            "SELECT txn_id, lot_id, coins, paid_cents, store_fee_cents FROM lot_takes"
            " ORDER BY txn_id, lot_id"
        ):
            stored.setdefault(txn, []).append((lot, coins, paid, fee))
        for txn in sorted(set(stored) | set(replayed.takes)):
            expected = sorted(tuple(t) for t in replayed.takes.get(txn, []))
            if stored.get(txn, []) != expected:
                bad.append(_("transaction {number}").format(number=txn))
        for txn, diamonds, paid, fee, platform, creator in conn.execute(
            "SELECT txn_id, diamonds, paid_cents, store_fee_cents, platform_cents,"
            " creator_cents FROM gifts"
        ):
            if (
                (paid, fee) != replayed.paid.get(txn, (0, 0))
                or creator != value.floor(diamonds)
                or platform != paid - fee - creator
            ):
                bad.append(_("gift {number}").format(number=txn))
        lots_off = conn.execute("""
            SELECT l.txn_id FROM lots l LEFT JOIN (
                SELECT lot_id, sum(coins) AS coins, sum(paid_cents) AS paid,
                       sum(store_fee_cents) AS fee FROM lot_takes GROUP BY lot_id) k
              ON k.lot_id = l.txn_id
            LEFT JOIN recharges r ON r.txn_id = l.txn_id
            WHERE l.coins_taken <> coalesce(k.coins, 0) OR l.paid_taken <> coalesce(k.paid, 0)
               OR l.fee_taken <> coalesce(k.fee, 0) OR r.txn_id IS NULL
            UNION ALL
            SELECT r.txn_id FROM recharges r LEFT JOIN lots l ON l.txn_id = r.txn_id
            WHERE l.txn_id IS NULL""").fetchmany(5)
        bad += [_("lot {number}").format(number=row[0]) for row in lots_off]
        if bad:
            return False, _("money trails differ from the lots: {what}").format(
                what=", ".join(bad[:5])
            )
        return True, ""

    return check


def _spending_trails_match(conn: Connection) -> Outcome:
    """The monthly spending per sender and creator equals what the trails of the gifts not
    undone add up to, both ways round."""
    return _none_found(
        conn,
        f"""
        WITH sent AS (
            SELECT sender_id AS profile_id, substr(local_day, 1, 7) AS month, creator_id,
                   sum(count) AS gifts, sum(coins) AS coins, sum(paid_cents) AS paid,
                   sum(store_fee_cents) AS fee, sum(creator_cents) AS creator
            FROM gifts g WHERE {_KEPT} GROUP BY 1, 2, 3
        )
        SELECT e.profile_id || ' ' || e.month FROM sent e
        LEFT JOIN spending_trails s USING (profile_id, month, creator_id)
        WHERE s.gifts IS DISTINCT FROM e.gifts OR s.coins IS DISTINCT FROM e.coins
           OR s.paid_cents IS DISTINCT FROM e.paid OR s.store_fee_cents IS DISTINCT FROM e.fee
           OR s.creator_cents IS DISTINCT FROM e.creator
        UNION ALL
        SELECT s.profile_id || ' ' || s.month FROM spending_trails s
        LEFT JOIN sent e USING (profile_id, month, creator_id)
        WHERE e.profile_id IS NULL AND (s.gifts <> 0 OR s.coins <> 0 OR s.paid_cents <> 0
            OR s.store_fee_cents <> 0 OR s.creator_cents <> 0)""",
        _("monthly spending differs from the gifts' money trails"),
    )


def _schema_matches(conn: Connection) -> Outcome:
    """The file holds GiftDesk's tables, indexes, triggers and views and nothing else, each
    exactly as the migrations made it: a trigger planted in the file runs inside every later
    write, and every check above would still pass."""
    if not isinstance(conn, sqlite3.Connection):
        problem = pg_schema.problem(conn)
        return problem is None, problem or ""
    found = schema.differences(conn)
    return not found, ", ".join(found[:5]) + (
        _(" and {count} more").format(count=len(found) - 5) if len(found) > 5 else ""
    )


def _integrity(conn: Connection) -> Outcome:
    if not isinstance(conn, sqlite3.Connection):
        # Nothing to ask: the server checks each page it reads (with data checksums, when the
        # cluster has them) and refuses a damaged one with an error, which fails the checks
        # above; there is no file here that another program could have written half of.
        return True, _("PostgreSQL: checked by the server as it reads each page")
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    return rows == ["ok"], "; ".join(rows[:5]) if rows != ["ok"] else ""


def _foreign_keys(conn: Connection) -> Outcome:
    if not isinstance(conn, sqlite3.Connection):
        # PostgreSQL enforces every foreign key on every write (SQLite only with its
        # foreign_keys pragma on): what is left to check is that none was added NOT VALID, or
        # disabled with its table's system triggers (which schema_matches sees as well).
        rows = conn.execute(
            "SELECT conrelid::regclass::text || ' ' || conname FROM pg_constraint"
            " WHERE connamespace = current_schema()::regnamespace AND contype = 'f'"
            " AND NOT convalidated"
            " UNION ALL SELECT tgrelid::regclass::text || ' ' || tgname FROM pg_trigger"
            " WHERE tgisinternal AND tgenabled = 'D'"
        ).fetchmany(5)
        return not rows, "; ".join(r[0] for r in rows)
    rows = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    return not rows, "; ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in rows)


def checks(rate: Rate, value: Rate = _DIAMOND_CENT) -> list[tuple[str, CheckFn]]:
    """The checks in order; `rate` is the diamonds minted per coin, `value` the cents a
    diamond is worth."""
    return [
        ("schema_matches", _schema_matches),
        ("debits_equal_credits", _units_balance),
        ("transfer_units_match", _transfer_units),
        ("balances_match_transfers", _balances_match),
        ("no_negative_balances", _no_negative),
        ("diamonds_match_rule", _diamond_rule(rate)),
        ("transactions_have_transfers", _transactions_have_transfers),
        ("transfers_match_records", _transfers_match_records),
        ("idempotency_keys_unique", _keys_unique),
        ("payout_holds_match_pending", _payout_holds),
        ("budget_spending_matches_gifts", _spending_matches),
        ("earnings_totals_match_gifts", _earnings_totals_match),
        ("live_figures_match_gifts", _live_figures_match),
        ("gifts_name_consistent_lives", _gifts_name_consistent_lives),
        ("leaderboard_days_match_gifts", _leaderboard_days_match),
        ("money_trails_match_lots", _trail_rule(value)),
        ("spending_trails_match_gifts", _spending_trails_match),
        ("integrity_check", _integrity),
        ("foreign_key_check", _foreign_keys),
    ]


# Checks that read only the schema, the accounts and pending payouts: cheap at any ledger
# size, so the window runs them at every start.
QUICK_CHECKS = (
    "schema_matches",
    "debits_equal_credits",
    "no_negative_balances",
    "payout_holds_match_pending",
)


def run_checks(
    conn: Connection,
    rate: Rate,
    *,
    only: tuple[str, ...] | None = None,
    progress: Progress | None = None,
    value: Rate = _DIAMOND_CENT,
) -> list[Check]:
    """Run the checks named in `only` (all by default), in order.

    `progress(checks_done, checks_total, check_name)` is called before each check, and asked
    again with the same values while a long check runs; if it returns False the running query
    is interrupted and Cancelled is raised.
    """
    todo = [(name, fn) for name, fn in checks(rate, value) if only is None or name in only]
    step = (0, len(todo), "")
    stopped = False

    def interrupt() -> bool:  # SQLite aborts the running query when this returns True
        nonlocal stopped
        stopped = stopped or (progress is not None and not progress(*step))
        return stopped

    sqlite = conn if isinstance(conn, sqlite3.Connection) else None
    if progress is not None and sqlite is not None:
        # Every 1,000,000 SQLite steps: a few times a second on a large ledger.
        sqlite.set_progress_handler(interrupt, 1_000_000)
    results = []
    try:
        for done, (name, fn) in enumerate(todo):
            step = (done, len(todo), name)
            if progress is not None and not progress(*step):
                raise Cancelled(_("the verification was cancelled"))
            try:
                ok, detail = fn(conn)
            except sqlite3.DatabaseError as e:
                if stopped:  # our interrupt, not a damaged file
                    raise Cancelled(_("the verification was cancelled")) from None
                ok, detail = False, str(e)
            results.append(Check(name, ok, detail))
    finally:
        if progress is not None and sqlite is not None:
            sqlite.set_progress_handler(None, 0)
    return results
