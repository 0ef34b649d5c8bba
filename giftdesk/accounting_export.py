"""The ledger as a plain-text accounting journal, for hledger or Beancount (DESIGN 9).

Commodities COIN, DIAMOND and USD (cents written as dollars); an account per wallet, named
from its profile's id (Assets:Wallets:P7:Coin), so that any profile name makes a valid
account name; the system accounts under the root each tool expects. Each transaction is one
entry, dated by its UTC day, its transfers as postings; the balances as they stand are
asserted at the end (every account's for the whole ledger, the profile's own for one
profile's part). Profile names appear only in descriptions, with what would break a line or
a quoted string taken out. Beancount needs an `open` for each account and no `_` in names;
hledger needs `1,000. COIN` to read the comma as a thousands mark.
"""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

from giftdesk import new_files
from giftdesk.domain.errors import InvalidInput, InvalidPath, StorageError
from giftdesk.i18n import _
from giftdesk.services.accounting import Journal
from giftdesk.storage.journal import AccountRow

FORMATS = ("hledger", "beancount")

# The system accounts (storage/ledger.py's codes), under the roots both tools know.
_SYSTEM = {
    "coin:issuance": "Equity:Coins:Issued",
    "coin:spent": "Expenses:Coins:Spent",
    "diamond:issuance": "Equity:Diamonds:Issued",
    "diamond:payout_hold": "Liabilities:Diamonds:PayoutHold",
    "diamond:redeemed": "Expenses:Diamonds:Redeemed",
    "usd:payment_clearing": "Equity:Money:PaymentClearing",
    "usd:revenue": "Income:Money:Revenue",
    "usd:app_store_fees": "Expenses:Money:AppStoreFees",
    "usd:creator_payouts": "Expenses:Money:CreatorPayouts",
}
_UNIT_WORD = {"COIN": "Coin", "DIAMOND": "Diamond", "USD": "Usd"}


def account_name(account: AccountRow) -> str:
    if account.profile_id is not None:
        return f"Assets:Wallets:P{account.profile_id}:{_UNIT_WORD[account.unit]}"
    code = account.code or f"account{account.account_id}"
    known = _SYSTEM.get(code)
    if known is not None:
        return known
    # A code GiftDesk does not know yet: letters and digits only, each part capitalised.
    parts = ["".join(c for c in p.title() if c.isascii() and c.isalnum()) for p in code.split(":")]
    return "Equity:Other:" + ":".join(p or "X" for p in parts)


def amount(unit: str, value: int) -> str:
    """An amount as both tools read it: whole coins and diamonds, dollars and cents."""
    if unit == "USD":
        sign = "-" if value < 0 else ""
        return f"{sign}{abs(value) // 100}.{abs(value) % 100:02d} USD"
    return f"{value} {unit}"


def _clean(text: str) -> str:
    """Text safe inside a description: no control or format characters (a newline would end
    the entry), no quotes or backslashes (Beancount's strings), no ';' (hledger's comments)."""
    return "".join(
        "?" if c in '"\\;' or unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
        for c in text
    )


def write_journal(journal: Journal, out: TextIO, fmt: str) -> int:
    """Write the journal in `fmt` ('hledger' or 'beancount'); returns the entries written."""
    if fmt not in FORMATS:
        raise InvalidInput(
            _("there is no export format '{format}'; choose hledger or beancount").format(
                format=fmt
            )
        )
    beancount = fmt == "beancount"
    names = {a.account_id: account_name(a) for a in journal.accounts}
    people = journal.profile_names
    w = out.write
    w(f"; GiftDesk ledger, {'Beancount' if beancount else 'hledger'} journal\n")
    if beancount:
        w('option "title" "GiftDesk"\noption "operating_currency" "USD"\n\n')
        for unit in ("COIN", "DIAMOND", "USD"):
            w(f"1970-01-01 commodity {unit}\n")
        w("\n")
        for a in journal.accounts:
            w(f"1970-01-01 open {names[a.account_id]} {a.unit}\n")
    else:
        w("commodity 1,000. COIN\ncommodity 1,000. DIAMOND\ncommodity 1,000.00 USD\n\n")
        for a in journal.accounts:
            w(f"account {names[a.account_id]}\n")
    w("\n")
    entries = 0
    last_day = "1970-01-01"
    for chunk in journal.chunks:
        current = None
        for r in chunk:
            if r.transaction_id != current:
                current = r.transaction_id
                entries += 1
                last_day = r.created_at[:10]
                who = _clean(people.get(r.profile_id, "?"))
                if r.counterparty_id is not None:
                    who += " -> " + _clean(people.get(r.counterparty_id, "?"))
                what = f"{r.kind} {r.transaction_id}"
                if beancount:
                    w(f'\n{last_day} * "{who}" "{what}"\n')
                else:
                    w(f"\n{last_day} * {what} | {who}\n")
            w(f"  {names[r.to_account_id]}  {amount(r.unit, r.amount)}\n")
            w(f"  {names[r.from_account_id]}  {amount(r.unit, -r.amount)}\n")
    asserted = [
        a
        for a in journal.accounts
        if journal.profile_id is None or a.profile_id == journal.profile_id
    ]
    if beancount:
        # A Beancount balance is checked at the start of its day: the day after the last.
        day = (dt.date.fromisoformat(last_day) + dt.timedelta(days=1)).isoformat()
        w("\n")
        for a in asserted:
            w(f"{day} balance {names[a.account_id]}  {amount(a.unit, a.balance)}\n")
    else:
        w(f"\n{last_day} balances as GiftDesk keeps them\n")
        for a in asserted:
            w(f"  {names[a.account_id]}  {amount(a.unit, 0)} = {amount(a.unit, a.balance)}\n")
    return entries


def export_journal(journal: Journal, target: str, fmt: str) -> int:
    """Write the journal to a new file at `target` (refusing to overwrite; readable by its
    owner only, as the wallet is), or to standard output for '-'. Nothing is left behind
    when writing fails."""
    if target == "-":
        try:
            written = write_journal(journal, sys.stdout, fmt)
            sys.stdout.flush()
        except OSError as e:
            raise StorageError(
                _("cannot write the journal to the output ({reason})").format(reason=e.strerror)
            ) from None
        return written
    if not target.strip():
        raise InvalidPath(_("{option} needs a file name").format(option="FILE"))
    path = Path(target)
    f = new_files.create(path, mode="w", encoding="utf-8", newline="\n")
    with new_files.removed_if_unfinished(path), f:  # closing (flushing) counts as writing
        return write_journal(journal, f, fmt)
