"""What a restore must not forget: money that already moved outside GiftDesk.

A purchase charged a card or an app-store account; a payout was paid out, or handed to the
payout provider. A backup made before them knows nothing of them: restored as it is, it
would forget coins that were paid for, give a creator back diamonds already paid out (to be
paid out again, past the day's cap), and forget a pending payout the provider still holds.
So the restored ledger gets them back, as they were (their references, amounts, times and
idempotency keys), or the restore is refused with each one it cannot carry named.

Gifts, undos, budgets and security settings are GiftDesk's alone: a restore takes them back to
the backup's state, as it always did.

`plan()` compares the wallet with the staged backup and lists what to carry; `carry()` writes it
into the staged copy before it takes the wallet's place; `plan()` again, under the restore's
write lock, proves nothing new moved meanwhile.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from giftdesk import formatting as fmt
from giftdesk.i18n import _

PURCHASE = "purchase"
PAYOUT = "payout"
SETTLEMENT = "settlement"  # a payout pending in the backup, paid or failed since

_UNIT_NAMES = {"COIN": fmt.coins, "DIAMOND": fmt.diamonds, "USD": fmt.usd}


@dataclass(frozen=True, slots=True)
class Moved:
    """One thing the restored ledger must get back: a purchase, a payout (with its settlement
    when it has one), or the settlement of a payout the backup holds as pending."""

    kind: str
    reference: str
    profile: str  # whose: the buyer or the creator, by name
    created_at: str  # when it happened (ISO 8601 UTC)
    cents: int  # what was charged, or paid out
    coins: int  # credited by a purchase, 0 otherwise
    diamonds: int  # paid out by a payout, 0 otherwise
    status: str | None  # a payout's or settlement's status; None for a purchase
    # Internal: the rows to copy, by their ids in the wallet.
    transactions: tuple[int, ...]
    profile_id: int
    payout_id: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reference": self.reference,
            "profile": self.profile,
            "created_at": self.created_at,
            "cents": self.cents,
            "coins": self.coins,
            "diamonds": self.diamonds,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class Plan:
    moved: tuple[Moved, ...]  # to carry, oldest first
    refused: tuple[str, ...]  # what cannot be carried, each with why, as a phrase


def _profiles(conn: sqlite3.Connection) -> dict[int, tuple[str, str, str]]:
    return {
        pid: (name, key, created)
        for pid, name, key, created in conn.execute(
            "SELECT id, name, name_key, created_at FROM profiles"
        )
    }


def _happened(
    conn: sqlite3.Connection,
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    purchases = conn.execute("""
        SELECT r.reference, r.txn_id, r.profile_id, t.created_us, t.created_at, r.price_cents,
               r.coins + r.bonus_coins
        FROM recharges r JOIN transactions t ON t.id = r.txn_id""").fetchall()
    payouts = conn.execute("""
        SELECT p.reference, p.id, p.request_txn_id, p.settle_txn_id, p.status, p.creator_id,
               p.diamonds, p.cents, t.created_us, t.created_at, s.created_us, s.created_at
        FROM payouts p JOIN transactions t ON t.id = p.request_txn_id
        LEFT JOIN transactions s ON s.id = p.settle_txn_id""").fetchall()
    return purchases, payouts


def plan(wallet: sqlite3.Connection, restored: sqlite3.Connection) -> Plan:
    """What `restored` (a staged backup) lacks of the money that moved in `wallet`."""
    people, theirs = _profiles(wallet), _profiles(restored)
    purchases, payouts = _happened(wallet)
    known_purchases = {r[0] for r in restored.execute("SELECT reference FROM recharges")}
    known_payouts = dict(restored.execute("SELECT reference, status FROM payouts").fetchall())
    found: list[tuple[int, int, Moved]] = []  # (when, first transaction, what)
    refused: list[str] = []

    for ref, txn, pid, us, at, cents, coins in purchases:
        if ref not in known_purchases:
            found.append(
                (
                    us,
                    txn,
                    Moved(
                        PURCHASE, ref, people[pid][0], at, cents, coins, 0, None, (txn,), pid, None
                    ),
                )
            )
    for (
        ref,
        payout_id,
        request,
        settle,
        status,
        pid,
        diamonds,
        cents,
        us,
        at,
        settle_us,
        settle_at,
    ) in payouts:
        before = known_payouts.get(ref)
        name = people[pid][0]
        if before is None:
            if status == "failed":
                continue  # the provider paid nothing: there is nothing to forget
            txns = (request,) if settle is None else (request, settle)
            found.append(
                (
                    us,
                    request,
                    Moved(PAYOUT, ref, name, at, cents, 0, diamonds, status, txns, pid, payout_id),
                )
            )
        elif before == "pending" and status != "pending":
            found.append(
                (
                    settle_us,
                    settle,
                    Moved(
                        SETTLEMENT,
                        ref,
                        name,
                        settle_at,
                        cents,
                        0,
                        diamonds,
                        status,
                        (settle,),
                        pid,
                        payout_id,
                    ),
                )
            )
        elif before != status:
            refused.append(
                _(
                    "payout {reference} of {name} is {status} here but {before} in the backup, "
                    "which cannot both be true"
                ).format(reference=ref, name=name, status=status, before=before)
            )
    found.sort(key=lambda f: (f[0], f[1]))
    moved = tuple(m for _when, _order, m in found)
    for m in moved:  # the same person must be there to carry it to
        if theirs.get(m.profile_id) != people[m.profile_id]:
            refused.append(
                _("{what}: {name} is not in the backup").format(what=_describe(m), name=m.profile)
            )
    if not refused:
        refused.extend(_short_balances(wallet, restored, moved))
    return Plan(moved, tuple(refused))


def _describe(m: Moved) -> str:
    day = m.created_at[:10]
    if m.kind == PURCHASE:
        return _("purchase {reference} by {name} on {day} ({coins})").format(
            reference=m.reference, name=m.profile, day=day, coins=fmt.coins(m.coins)
        )
    what = (
        _("payout {reference} to {name} on {day} ({diamonds}, {status})")
        if m.kind == PAYOUT
        else _("settlement of payout {reference} to {name} on {day} ({diamonds}, {status})")
    )
    return what.format(
        reference=m.reference,
        name=m.profile,
        day=day,
        diamonds=fmt.diamonds(m.diamonds),
        status=m.status,
    )


def _transfers(wallet: sqlite3.Connection, txns: Iterable[int]) -> list[tuple[Any, ...]]:
    """(transaction, from code, to code, unit, amount) of each transaction, in order."""
    rows = []
    for txn in txns:
        rows += wallet.execute(
            """
            SELECT r.txn_id, a.code, b.code, r.unit, r.amount FROM transfers r
            JOIN accounts a ON a.id = r.from_account_id JOIN accounts b ON b.id = r.to_account_id
            WHERE r.txn_id = ? ORDER BY r.id""",
            (txn,),
        ).fetchall()
    return rows


def _short_balances(
    wallet: sqlite3.Connection, restored: sqlite3.Connection, moved: tuple[Moved, ...]
) -> list[str]:
    """What cannot be carried because an account would go below zero on the way (a payout
    of diamonds that, in the backup, the creator does not have yet)."""
    accounts = {
        code: [balance, bool(negative)]
        for code, balance, negative in restored.execute(
            "SELECT code, balance, may_go_negative FROM accounts"
        )
    }
    short = []
    for m in moved:
        for _txn, source, target, unit, amount in _transfers(wallet, m.transactions):
            accounts[source][0] -= amount
            accounts[target][0] += amount
            balance, may_go_negative = accounts[source]
            if balance < 0 and not may_go_negative:
                have = balance + amount
                short.append(
                    _("{what}: in the backup {name} has only {amount} for it").format(
                        what=_describe(m), name=m.profile, amount=_UNIT_NAMES[unit](have)
                    )
                )
                accounts[source][0] += amount  # named once; go on with the others
                accounts[target][0] -= amount
    return short


def carry(wallet: sqlite3.Connection, restored: sqlite3.Connection, moved: Iterable[Moved]) -> None:
    """Write each of `moved` into `restored`, inside the caller's write transaction there:
    its transactions (same times, rules version, request hash and, where free, the same
    number and idempotency key, so that a retry of the same key still replays it), its
    transfers, and its purchase or payout record with its reference."""
    accounts = dict(restored.execute("SELECT code, id FROM accounts").fetchall())
    next_txn = restored.execute("SELECT coalesce(max(id), 0) FROM transactions").fetchone()[0]
    next_txn = (
        max(next_txn, wallet.execute("SELECT coalesce(max(id), 0) FROM transactions").fetchone()[0])
        + 1
    )
    next_payout = (
        max(
            restored.execute("SELECT coalesce(max(id), 0) FROM payouts").fetchone()[0],
            wallet.execute("SELECT coalesce(max(id), 0) FROM payouts").fetchone()[0],
        )
        + 1
    )
    for m in moved:
        payout_id = m.payout_id
        if m.kind == PAYOUT and _taken(restored, "payouts", payout_id):
            payout_id, next_payout = next_payout, next_payout + 1
        elif m.kind == SETTLEMENT:
            payout_id = restored.execute(
                "SELECT id FROM payouts WHERE reference = ?", (m.reference,)
            ).fetchone()[0]
        numbers = {}
        for txn in m.transactions:
            number = txn
            if _taken(restored, "transactions", txn):
                number, next_txn = next_txn, next_txn + 1
            numbers[txn] = number
            _copy_transaction(wallet, restored, txn, number, payout_id, m.reference)
        for txn, source, target, unit, amount in _transfers(wallet, m.transactions):
            restored.execute(
                "INSERT INTO transfers (txn_id, from_account_id, to_account_id,"
                " unit, amount) VALUES (?, ?, ?, ?, ?)",
                (numbers[txn], accounts[source], accounts[target], unit, amount),
            )
        if m.kind == PURCHASE:
            row = wallet.execute(
                "SELECT profile_id, channel, method, is_custom, coins, bonus_coins, price_cents,"
                " store_fee_cents, card_brand, card_last4, reference FROM recharges"
                " WHERE txn_id = ?",
                (m.transactions[0],),
            ).fetchone()
            restored.execute(
                "INSERT INTO recharges (txn_id, profile_id, channel, method, is_custom, coins,"
                " bonus_coins, price_cents, store_fee_cents, card_brand, card_last4, reference)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (numbers[m.transactions[0]], *row),
            )
            continue
        if m.kind == PAYOUT:
            row = wallet.execute(
                "SELECT creator_id, diamonds, cents, method, utc_day, reference FROM payouts"
                " WHERE id = ?",
                (m.payout_id,),
            ).fetchone()
            restored.execute(
                "INSERT INTO payouts (id, request_txn_id, creator_id, diamonds, cents, method,"
                " utc_day, reference, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
                (payout_id, numbers[m.transactions[0]], *row),
            )
        if m.status != "pending":  # paid or failed: settled by its last transaction
            restored.execute(
                "UPDATE payouts SET status = ?, settle_txn_id = ? WHERE id = ?",
                (m.status, numbers[m.transactions[-1]], payout_id),
            )


def _taken(conn: sqlite3.Connection, table: str, row_id: int | None) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def _copy_transaction(
    wallet: sqlite3.Connection,
    restored: sqlite3.Connection,
    txn: int,
    number: int,
    payout_id: int | None,
    reference: str,
) -> None:
    (
        kind,
        profile_id,
        counterparty_id,
        created_at,
        created_us,
        rules_version,
        key,
        request_hash,
        result,
    ) = wallet.execute(
        "SELECT kind, profile_id, counterparty_id, created_at, created_us, rules_version,"
        " idem_key, request_hash, result FROM transactions WHERE id = ?",
        (txn,),
    ).fetchone()
    if kind in ("payout_paid", "payout_failed"):
        key = f"settle:{payout_id}"  # the key settling that payout uses: it replays, never pays
    if restored.execute("SELECT 1 FROM transactions WHERE idem_key = ?", (key,)).fetchone():
        key = f"carried:{reference}:{kind}"  # that key means something else in the backup
    stored = json.loads(result) if result else {}
    if "transaction_id" in stored:
        stored["transaction_id"] = number
    if "payout_id" in stored:
        stored["payout_id"] = payout_id
    restored.execute(
        "INSERT INTO transactions (id, kind, profile_id, counterparty_id, reverses_id,"
        " created_at, created_us, rules_version, idem_key, request_hash, result)"
        " VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
        (
            number,
            kind,
            profile_id,
            counterparty_id,
            created_at,
            created_us,
            rules_version,
            key,
            request_hash,
            json.dumps(stored, sort_keys=True, separators=(",", ":")),
        ),
    )
