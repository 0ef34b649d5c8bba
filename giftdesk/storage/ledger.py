"""Ledger primitives: accounts, transactions and transfers, written with prepared statements.

Every function here runs inside the caller's `Store.write()` transaction; none commits.
Hot paths use plain `execute()` with constant SQL (sqlite3 caches the prepared statement)
rather than sqlite-utils' `table.insert()`, which re-reads the schema on every call.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from giftdesk.storage.connection import Connection, claim_ids, insert_row, is_sqlite

COIN = "COIN"
DIAMOND = "DIAMOND"
USD = "USD"

# System account codes (created by migration 0001).
COIN_ISSUANCE = "coin:issuance"
COIN_SPENT = "coin:spent"
DIAMOND_ISSUANCE = "diamond:issuance"
DIAMOND_PAYOUT_HOLD = "diamond:payout_hold"
DIAMOND_REDEEMED = "diamond:redeemed"
USD_PAYMENT_CLEARING = "usd:payment_clearing"
USD_REVENUE = "usd:revenue"
USD_APP_STORE_FEES = "usd:app_store_fees"
USD_CREATOR_PAYOUTS = "usd:creator_payouts"


@dataclass(frozen=True, slots=True)
class StoredResult:
    txn_id: int
    request_hash: str
    result: dict[str, Any]


def system_account(conn: Connection, code: str) -> int:
    row = conn.execute("SELECT id FROM accounts WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise LookupError(f"system account {code} is missing")
    account_id: int = row[0]
    return account_id


def create_profile_account(conn: Connection, profile_id: int, unit: str) -> int:
    account_id = insert_row(
        conn,
        "accounts",
        ("code", "unit", "profile_id"),
        (f"profile:{profile_id}:{unit.lower()}", unit, profile_id),
    )
    return account_id


def profile_account(conn: Connection, profile_id: int, unit: str) -> int:
    """A profile's account in `unit`; LookupError if it has none (a viewer's diamonds)."""
    return profile_account_balance(conn, profile_id, unit)[0]


def profile_account_balance(conn: Connection, profile_id: int, unit: str) -> tuple[int, int]:
    """(account id, balance) of a profile's account in `unit`, in one look-up."""
    row = conn.execute(
        "SELECT id, balance FROM accounts WHERE profile_id = ? AND unit = ?", (profile_id, unit)
    ).fetchone()
    if row is None:
        raise LookupError(f"profile {profile_id} has no {unit} account")
    return row[0], row[1]


def balance(conn: Connection, account_id: int) -> int:
    amount: int = conn.execute(
        "SELECT balance FROM accounts WHERE id = ?", (account_id,)
    ).fetchone()[0]
    return amount


def profile_balance(conn: Connection, profile_id: int, unit: str) -> int:
    """A profile's balance in `unit`; 0 if it has no account in it (a viewer's diamonds)."""
    row = conn.execute(
        "SELECT balance FROM accounts WHERE profile_id = ? AND unit = ?", (profile_id, unit)
    ).fetchone()
    amount: int = row[0] if row else 0
    return amount


def find_by_key(conn: Connection, key: str) -> StoredResult | None:
    row = conn.execute(
        "SELECT id, request_hash, result FROM transactions WHERE idem_key = ?", (key,)
    ).fetchone()
    if row is None:
        return None
    return StoredResult(row[0], row[1], json.loads(row[2]) if row[2] else {})


_LAST_TRANSACTION = "SELECT coalesce(max(id), 0) FROM transactions"


def last_transaction_id(conn: Connection) -> int:
    last: int = conn.execute(_LAST_TRANSACTION).fetchone()[0]
    return last


def claim_transaction_ids(conn: Connection, counted_on: int) -> int:
    """The id the next new transaction gets, with the right to give it and those after it
    until the commit (connection.claim_ids), for a write that numbered its transactions from
    `counted_on` (provisional_transaction_id). On SQLite that is the one: its writer has been
    alone since it counted, and nothing is read again."""
    if is_sqlite(conn):
        return counted_on
    last: int = claim_ids(conn, _LAST_TRANSACTION)[0]
    return last + 1


def provisional_transaction_id(conn: Connection) -> int:
    """The id a burst numbers its first transaction with until it claims them at its flush:
    on SQLite, whose writer is alone, the very one it will get; on PostgreSQL any (the claim
    moves them on), so no round trip is spent on a guess."""
    return last_transaction_id(conn) + 1 if is_sqlite(conn) else 1


def contents(conn: Connection) -> tuple[int, int, str | None]:
    """(profiles, transactions, when the newest transaction was made): what a ledger holds,
    in a line."""
    profiles, transactions, last = conn.execute(
        "SELECT (SELECT count(*) FROM profiles), count(*), max(created_at) FROM transactions"
    ).fetchone()
    return profiles, transactions, last


class TransactionRow(NamedTuple):
    """A transaction as written; a burst of gifts collects these and writes them at once."""

    id: int | None
    kind: str
    profile_id: int
    counterparty_id: int | None
    reverses_id: int | None
    created_at: str
    created_us: int
    rules_version: str
    idem_key: str
    request_hash: str
    result: str | None  # JSON (see result_json), or None until record_result


class TransferRow(NamedTuple):
    txn_id: int
    from_account_id: int
    to_account_id: int
    unit: str
    amount: int  # > 0


_TRANSACTION_COLUMNS = (
    "kind",
    "profile_id",
    "counterparty_id",
    "reverses_id",
    "created_at",
    "created_us",
    "rules_version",
    "idem_key",
    "request_hash",
    "result",
)
# With explicit ids: a burst numbers its transactions itself.
_INSERT_TRANSACTION = (
    f"INSERT INTO transactions (id, {', '.join(_TRANSACTION_COLUMNS)})"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_TRANSFER = (
    "INSERT INTO transfers (txn_id, from_account_id, to_account_id, unit, amount)"
    " VALUES (?, ?, ?, ?, ?)"
)


def insert_transaction(
    conn: Connection,
    *,
    kind: str,
    profile_id: int,
    counterparty_id: int | None,
    created_at: str,
    created_us: int,
    rules_version: str,
    idem_key: str,
    request_hash: str,
    reverses_id: int | None = None,
) -> int:
    """Insert a transaction row (its result is recorded later, with record_result)."""
    return insert_row(
        conn,
        "transactions",
        _TRANSACTION_COLUMNS,
        (
            kind,
            profile_id,
            counterparty_id,
            reverses_id,
            created_at,
            created_us,
            rules_version,
            idem_key,
            request_hash,
            None,
        ),
    )


def insert_transactions(conn: Connection, rows: Iterable[TransactionRow]) -> None:
    """Many at once (one prepared statement run over all rows): a burst of gifts."""
    conn.executemany(_INSERT_TRANSACTION, rows)


def insert_transfers(conn: Connection, rows: Iterable[TransferRow]) -> None:
    """Many at once; the trigger applies each to both balances, as for `transfer`."""
    conn.executemany(_INSERT_TRANSFER, rows)


# One encoder for every stored result: json.dumps with options builds a new one per call.
_RESULT_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def result_json(result: dict[str, Any]) -> str:
    return _RESULT_ENCODER.encode(result)


def record_result(conn: Connection, txn_id: int, result: dict[str, Any]) -> None:
    conn.execute("UPDATE transactions SET result = ? WHERE id = ?", (result_json(result), txn_id))


def transfer(
    conn: Connection,
    txn_id: int,
    from_account: int,
    to_account: int,
    unit: str,
    amount: int,
) -> None:
    """Move a positive amount; a trigger applies it to both balances in the same statement."""
    if amount <= 0:
        return  # nothing moves (e.g. a 1-coin rose that mints no diamond yet)
    conn.execute(_INSERT_TRANSFER, (txn_id, from_account, to_account, unit, amount))
