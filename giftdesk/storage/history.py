"""A profile's history: every transaction it made, or that was made for it, with what it did
to the profile's balances and the record of its kind (gift, purchase, payout), a page at a
time. Reads only: the rows belong to the ledger, gifts, recharges and payouts tables."""

from __future__ import annotations

from giftdesk.storage.connection import Connection

# A record as the query gives it, a plain tuple (an export reads a million: a named tuple
# cost a tenth of its time): transaction id, created_at, kind, the id of who made it, the
# counterparty's name (the creator of a gift or its undo), the name of who made it, rules
# version, the change to this profile's coins and diamonds; a gift's name, count and context;
# a purchase's coins, bonus coins, price in cents, channel and method; a payout's diamonds and
# cents (its request's or its settlement's); an undo's gift and count.
HistoryRecord = tuple[
    int,
    str,
    str,
    int,
    str | None,
    str | None,
    str,
    int,
    int,
    str | None,
    int | None,
    str | None,
    int | None,
    int | None,
    int | None,
    str | None,
    str | None,
    int | None,
    int | None,
    str | None,
    int | None,
]


# One page of a profile's history. Every transaction that concerns a profile names it, as the
# one who acted (profile_id) or as the one it was for (counterparty_id: the creator of a gift
# or of its undo), so a page is two index range scans merged, whatever the ledger's size.
_PAGE_SQL = """
WITH mine AS (SELECT id FROM accounts WHERE profile_id = :p),
page AS (
    SELECT id FROM (SELECT id FROM transactions WHERE profile_id = :p AND id {cmp} :edge
                    ORDER BY id {order} LIMIT :n) AS acted
    UNION
    SELECT id FROM (SELECT id FROM transactions WHERE counterparty_id = :p AND id {cmp} :edge
                    ORDER BY id {order} LIMIT :n) AS received
    ORDER BY id {order} LIMIT :n
),
-- The change each page row made to this profile's balances, one index look-up per row.
totals AS (
    SELECT page.id AS txn_id,
           (SELECT coalesce(sum(CASE WHEN r.to_account_id IN (SELECT id FROM mine) THEN r.amount
                                     ELSE -r.amount END), 0)
            FROM transfers r WHERE r.txn_id = page.id AND r.unit = 'COIN'
              AND (r.to_account_id IN (SELECT id FROM mine)
                   OR r.from_account_id IN (SELECT id FROM mine))) AS coins,
           (SELECT coalesce(sum(CASE WHEN r.to_account_id IN (SELECT id FROM mine) THEN r.amount
                                     ELSE -r.amount END), 0)
            FROM transfers r WHERE r.txn_id = page.id AND r.unit = 'DIAMOND'
              AND (r.to_account_id IN (SELECT id FROM mine)
                   OR r.from_account_id IN (SELECT id FROM mine))) AS diamonds
    FROM page
)
SELECT t.id, t.created_at, t.kind, t.profile_id, cp.name, pp.name, t.rules_version,
       tot.coins, tot.diamonds,
       g.gift_name, g.count, g.context,
       rc.coins, rc.bonus_coins, rc.price_cents, rc.channel, rc.method,
       coalesce(po.diamonds, ps.diamonds), coalesce(po.cents, ps.cents),
       ug.gift_name, ug.count
FROM totals tot
JOIN transactions t ON t.id = tot.txn_id
LEFT JOIN profiles cp ON cp.id = t.counterparty_id
LEFT JOIN profiles pp ON pp.id = t.profile_id
LEFT JOIN gifts g ON g.txn_id = t.id
LEFT JOIN recharges rc ON rc.txn_id = t.id
LEFT JOIN payouts po ON po.request_txn_id = t.id
LEFT JOIN payouts ps ON ps.settle_txn_id = t.id
LEFT JOIN gifts ug ON ug.txn_id = t.reverses_id
ORDER BY t.id {order}
"""
_NEWEST_FIRST = _PAGE_SQL.format(cmp="<", order="DESC")
_OLDEST_FIRST = _PAGE_SQL.format(cmp=">", order="ASC")
# The same two index range scans as a page (transactions_profile, transactions_counterparty).
_COUNT_SQL = """
SELECT count(*) FROM (SELECT id FROM transactions WHERE profile_id = :p
                      UNION
                      SELECT id FROM transactions WHERE counterparty_id = :p) AS mine
"""
NEWEST = 2**62  # above every transaction id: a page "before" it starts at the newest


def newest_first(
    conn: Connection, profile_id: int, *, before_txn_id: int, limit: int
) -> list[HistoryRecord]:
    """`limit` records older than `before_txn_id`, newest first."""
    return _records(conn, _NEWEST_FIRST, profile_id, before_txn_id, limit)


def oldest_first(
    conn: Connection, profile_id: int, *, after_txn_id: int, limit: int
) -> list[HistoryRecord]:
    """`limit` records newer than `after_txn_id`, oldest first."""
    return _records(conn, _OLDEST_FIRST, profile_id, after_txn_id, limit)


def last_id(records: list[HistoryRecord]) -> int:
    """The transaction id of the last record of a page: where the next one starts."""
    return records[-1][0]


def count(conn: Connection, profile_id: int) -> int:
    """How many records the profile's history has."""
    n: int = conn.execute(_COUNT_SQL, {"p": profile_id}).fetchone()[0]
    return n


def _records(
    conn: Connection, sql: str, profile_id: int, edge: int, limit: int
) -> list[HistoryRecord]:
    records: list[HistoryRecord] = conn.execute(
        sql, {"p": profile_id, "edge": edge, "n": limit}
    ).fetchall()
    return records
