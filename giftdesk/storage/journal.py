"""The ledger read whole, for plain-text accounting (read only): every account, and every
transaction with its transfers, oldest first, a chunk at a time."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from giftdesk.storage.connection import Connection


class AccountRow(NamedTuple):
    account_id: int
    code: str | None  # a system account's code; None for a profile's
    unit: str
    profile_id: int | None
    balance: int


class JournalRow(NamedTuple):
    """One transfer of a transaction, with the transaction's facts."""

    transaction_id: int
    kind: str
    created_at: str
    profile_id: int
    counterparty_id: int | None
    from_account_id: int
    to_account_id: int
    unit: str
    amount: int


_SELECT = (
    "SELECT t.id, t.kind, t.created_at, t.profile_id, t.counterparty_id, r.from_account_id,"
    " r.to_account_id, r.unit, r.amount FROM transactions t JOIN transfers r ON r.txn_id = t.id"
)


def accounts(conn: Connection) -> list[AccountRow]:
    return [
        AccountRow(i, None if p is not None else code, unit, p, balance)
        for i, code, unit, p, balance in conn.execute(
            "SELECT id, code, unit, profile_id, balance FROM accounts ORDER BY id"
        )
    ]


def profile_names(conn: Connection) -> dict[int, str]:
    return {i: name for i, name in conn.execute("SELECT id, name FROM profiles")}


def rows(
    conn: Connection, profile_id: int | None = None, *, chunk: int = 5_000
) -> Iterator[list[JournalRow]]:
    """Every transfer, in transaction order, `chunk` transactions at a time (keyset paging:
    memory stays flat at any ledger size); with `profile_id`, only the transactions the
    profile made or was the other party of."""
    after = 0
    while True:
        if profile_id is None:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM transactions WHERE id > ? ORDER BY id LIMIT ?", (after, chunk)
                )
            ]
        else:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM (SELECT id FROM transactions WHERE profile_id = ? AND id > ?"
                    " UNION SELECT id FROM transactions WHERE counterparty_id = ? AND id > ?)"
                    " AS mine"
                    " ORDER BY id LIMIT ?",
                    (profile_id, after, profile_id, after, chunk),
                )
            ]
        if not ids:
            return
        found = conn.execute(
            f"{_SELECT} WHERE t.id BETWEEN ? AND ? ORDER BY t.id, r.id", (ids[0], ids[-1])
        ).fetchall()
        if profile_id is not None:
            wanted = set(ids)
            found = [r for r in found if r[0] in wanted]
        yield [JournalRow(*r) for r in found]
        after = ids[-1]
