"""`Services`: the one object the CLI and the window hold, wiring every service together."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from giftdesk.domain.rules import Rules
from giftdesk.paths import card_key
from giftdesk.resources import load_rules
from giftdesk.services.accounting import AccountingService
from giftdesk.services.clock import Clock, SystemClock
from giftdesk.services.context import Change, Context
from giftdesk.services.earnings import EarningsService
from giftdesk.services.gifting import GiftService
from giftdesk.services.history import HistoryService
from giftdesk.services.leaderboard import LeaderboardService
from giftdesk.services.live import LiveService
from giftdesk.services.maintenance import MaintenanceService
from giftdesk.services.payments import SandboxPaymentProvider, SandboxPayoutProvider
from giftdesk.services.payouts import PayoutService
from giftdesk.services.profiles import ProfileService
from giftdesk.services.recharge import RechargeService
from giftdesk.services.results import Balance
from giftdesk.services.security import SecurityService
from giftdesk.services.simulator import LiveSimulator
from giftdesk.services.spending import SpendingService
from giftdesk.services.statements import StatementService
from giftdesk.storage.db import MEMORY, AnyStore, open_store, read_snapshot
from giftdesk.storage.targets import PostgresTarget, SqliteTarget


class Services:
    def __init__(
        self,
        store: AnyStore,
        *,
        rules: Rules | None = None,
        clock: Clock | None = None,
        payments: SandboxPaymentProvider | None = None,
        payout_provider: SandboxPayoutProvider | None = None,
        card_key: Callable[[], bytes] = card_key,
    ) -> None:
        self.store = store
        self.ctx = Context(store, rules or load_rules(), clock or SystemClock())
        self.profiles = ProfileService(self.ctx)
        self.security = SecurityService(self.ctx, self.profiles)
        self.recharge = RechargeService(
            self.ctx, self.profiles, payments or SandboxPaymentProvider(), card_key
        )
        self.gifts = GiftService(self.ctx, self.profiles)
        self.payouts = PayoutService(
            self.ctx, self.profiles, payout_provider or SandboxPayoutProvider()
        )
        self.earnings = EarningsService(self.ctx, self.profiles)
        self.lives = LiveService(self.ctx, self.profiles)
        self.leaderboards = LeaderboardService(self.ctx, self.profiles)
        self.simulator = LiveSimulator(
            self.ctx, self.profiles, self.security, self.recharge, self.gifts, self.lives
        )
        self.history = HistoryService(self.ctx)
        self.spending = SpendingService(self.ctx, self.profiles)
        self.accounting = AccountingService(self.ctx)
        self.statements = StatementService(self.ctx, self.profiles, self.lives)
        self.maintenance = MaintenanceService(self.ctx)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | SqliteTarget | PostgresTarget = MEMORY,
        *,
        password: str | None = None,
        rules: Rules | None = None,
        clock: Clock | None = None,
        payments: SandboxPaymentProvider | None = None,
        payout_provider: SandboxPayoutProvider | None = None,
        card_key: Callable[[], bytes] = card_key,
    ) -> Services:
        """Services on the database `target` names: a SQLite file (a path, or a SqliteTarget),
        or a PostgreSQL database (a PostgresTarget, or a postgresql:// URL), whose schema is
        brought up to date. On PostgreSQL, `password` is for a login that PGPASSWORD and
        ~/.pgpass do not cover (domain.errors.PasswordNeeded says one is needed)."""
        return cls(
            open_store(target, password=password),
            rules=rules,
            clock=clock,
            payments=payments,
            payout_provider=payout_provider,
            card_key=card_key,
        )

    @property
    def rules(self) -> Rules:
        return self.ctx.rules

    @property
    def in_memory(self) -> bool:
        """An in-memory database lives on this one connection: no other can see it."""
        return self.store.in_memory

    @contextmanager
    def snapshot(self) -> Iterator[Services]:
        """Services that read one consistent snapshot of this database on a read-only
        connection of their own, closed afterwards: for a long read (an export, a
        verification) in a worker thread while these services go on writing.

        In-memory databases excepted: their snapshot is these very services, which must not
        write until it is over (the window runs jobs on them in the GUI thread, to the end).
        """
        if self.in_memory:
            yield self
            return
        with read_snapshot(self.store) as store:
            yield Services(store, rules=self.rules, clock=self.ctx.clock)

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self.ctx.listeners.append(listener)

    def balance(self, profile_id: int) -> Balance:
        """The profile's balances (ProfileService.balance), the one figure every face shows."""
        return self.profiles.balance(profile_id)

    def close(self) -> None:
        self.store.close()

    @property
    def closed(self) -> bool:
        return self.store.closed
