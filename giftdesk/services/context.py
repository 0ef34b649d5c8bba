"""What every service shares: the store, the rules, the clock, and change listeners."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from giftdesk.domain.errors import IdempotencyConflict, InvalidInput
from giftdesk.domain.rules import Rules
from giftdesk.i18n import _
from giftdesk.services.clock import Clock, micros
from giftdesk.storage import ledger
from giftdesk.storage.db import AnyStore, Connection

KEY_MAX_CHARS = 200
# Keys the services make for themselves (settling payout N writes under "settle:N"): a caller's
# key with this prefix could take one and leave that payout pending for ever. A restore
# carries a purchase or payout whose key the backup used for something else under "carried:".
RESERVED_KEY_PREFIX = "settle:"
RESERVED_KEY_PREFIXES = (RESERVED_KEY_PREFIX, "carried:")


class ChangeKind(Enum):
    """What a committed change was about."""

    PROFILE = "profile"  # added, or its time zone changed
    BUDGET = "budget"
    SECURITY = "security"  # password, two-step, purchase threshold
    RECHARGE = "recharge"
    GIFT = "gift"  # one or a burst
    UNDO = "undo"
    PAYOUT = "payout"  # requested, paid or failed
    SEEN = "seen"  # a creator saw their new gifts
    LIVE = "live"  # a creator went LIVE, or ended a LIVE


@dataclass(frozen=True, slots=True)
class Change:
    """Broadcast after a commit so that each view decides for itself whether to refresh."""

    kind: ChangeKind
    profile_ids: tuple[int, ...]


def new_key() -> str:
    return secrets.token_hex(16)


def check_key(key: str | None) -> str:
    if key is None:
        return new_key()
    if not key or len(key) > KEY_MAX_CHARS or not key.isprintable():
        raise InvalidInput(
            _("an idempotency key is 1 to {count} printable characters").format(count=KEY_MAX_CHARS)
        )
    for prefix in RESERVED_KEY_PREFIXES:
        if key.startswith(prefix):
            raise InvalidInput(
                _("idempotency keys starting with '{prefix}' are reserved").format(prefix=prefix)
            )
    return key


def check_replay(stored_digest: str, digest: str) -> None:
    """A retry of the same request gets its first result again; a different one is refused."""
    if stored_digest != digest:
        raise IdempotencyConflict(
            _("that idempotency key was already used for a different request")
        )


def request_hash(request: dict[str, Any]) -> str:
    canonical = json.dumps(request, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Moment:
    """One instant as the ledger records it (a burst of gifts shares one). It has no one
    local day: each profile's day is this instant in the profile's own zone (Profile.today)."""

    utc: dt.datetime
    iso: str
    us: int  # UTC microseconds since the epoch

    @classmethod
    def of(cls, utc: dt.datetime) -> Moment:
        # Every write stores both forms, so they are made here rather than on first use
        # (functools.cached_property takes a lock on every read in Python 3.11).
        return cls(utc, utc.isoformat(timespec="microseconds"), micros(utc))


@dataclass
class Context:
    store: AnyStore
    rules: Rules
    clock: Clock
    listeners: list[Callable[[Change], None]] = field(default_factory=list)
    _system_accounts: dict[str, int] = field(default_factory=dict)

    @property
    def conn(self) -> Connection:
        return self.store.conn

    def system_account(self, conn: Connection, code: str) -> int:
        """System accounts never change once migration 0001 made them: look each up once."""
        if code not in self._system_accounts:
            self._system_accounts[code] = ledger.system_account(conn, code)
        return self._system_accounts[code]

    def forget_system_accounts(self) -> None:
        """After a restore: look the accounts up again in the contents now there."""
        self._system_accounts.clear()

    def moment(self) -> Moment:
        return Moment.of(self.clock.now())

    def notify(self, change: Change) -> None:
        for listener in list(self.listeners):
            listener(change)

    def replay(self, conn: Connection, *, key: str, digest: str) -> dict[str, Any] | None:
        """Inside a write transaction: the stored result if `key` was used for this same
        request, None if the key is new; a different request under the key is refused."""
        stored = ledger.find_by_key(conn, key)
        if stored is None:
            return None
        check_replay(stored.request_hash, digest)
        return stored.result

    @contextmanager
    def idempotent_write(
        self, *, key: str, request: dict[str, Any], profiles: Collection[int] | None = None
    ) -> Iterator[Write]:
        """Open the write transaction; replay the stored result if `key` was already used.

        The same key with the same request returns the first result and writes nothing; the
        same key with a different request is refused. `profiles`: those the write reads and
        changes, when it is about some profiles only (Store.write).
        """
        digest = request_hash(request)
        with self.store.write(profiles=profiles) as conn:
            yield Write(
                conn,
                key,
                digest,
                self.rules.version,
                replay=self.replay(conn, key=key, digest=digest),
            )


@dataclass
class Write:
    conn: Connection
    key: str
    digest: str
    rules_version: str
    replay: dict[str, Any] | None  # the stored result of the first request under the key

    def transaction(
        self,
        *,
        kind: str,
        profile_id: int,
        counterparty_id: int | None,
        moment: Moment,
        reverses_id: int | None = None,
    ) -> int:
        return ledger.insert_transaction(
            self.conn,
            kind=kind,
            profile_id=profile_id,
            counterparty_id=counterparty_id,
            created_at=moment.iso,
            created_us=moment.us,
            rules_version=self.rules_version,
            idem_key=self.key,
            request_hash=self.digest,
            reverses_id=reverses_id,
        )

    def record(self, txn_id: int, result: dict[str, Any]) -> None:
        """Keep the transaction's result, for a replay of its key."""
        ledger.record_result(self.conn, txn_id, result)
