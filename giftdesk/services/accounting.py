"""Plain-text accounting (DESIGN 9): the ledger, or one profile's part of it, as facts an
exporter writes for hledger or Beancount (giftdesk/accounting_export.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from giftdesk.services.context import Context
from giftdesk.storage import journal
from giftdesk.storage.journal import AccountRow, JournalRow


@dataclass(frozen=True, slots=True)
class Journal:
    """What an export writes: the accounts (with their balances now), the names of the
    profiles they belong to, and the transfers, a chunk at a time, oldest first. With a
    profile, only its transactions; only its own accounts' balances are then complete."""

    accounts: tuple[AccountRow, ...]
    profile_names: dict[int, str]
    profile_id: int | None
    chunks: Iterator[list[JournalRow]]


class AccountingService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def journal(self, profile_id: int | None = None) -> Journal:
        conn = self._ctx.conn
        return Journal(
            tuple(journal.accounts(conn)),
            journal.profile_names(conn),
            profile_id,
            journal.rows(conn, profile_id),
        )
