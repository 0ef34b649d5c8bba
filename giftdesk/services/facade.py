"""`Services`: the one object the CLI and the window hold, wiring every service together."""

from __future__ import annotations

import os
from collections.abc import Callable

from giftdesk.domain.rules import Rules
from giftdesk.resources import load_rules
from giftdesk.services.clock import SystemClock
from giftdesk.services.context import Change, Context
from giftdesk.services.earnings import EarningsService
from giftdesk.services.gifting import GiftService
from giftdesk.services.history import HistoryService
from giftdesk.services.maintenance import MaintenanceService
from giftdesk.services.payments import SandboxPaymentProvider, SandboxPayoutProvider
from giftdesk.services.payouts import PayoutService
from giftdesk.services.profiles import ProfileService
from giftdesk.services.recharge import RechargeService
from giftdesk.services.security import SecurityService
from giftdesk.storage import ledger
from giftdesk.storage.db import MEMORY, Store, open_db


class Services:
    def __init__(self, store: Store, *, rules: Rules | None = None, clock=None,
                 payments: SandboxPaymentProvider | None = None,
                 payout_provider: SandboxPayoutProvider | None = None) -> None:
        self.store = store
        self.ctx = Context(store, rules or load_rules(), clock or SystemClock())
        self.profiles = ProfileService(self.ctx)
        self.security = SecurityService(self.ctx, self.profiles)
        self.recharge = RechargeService(self.ctx, self.profiles,
                                        payments or SandboxPaymentProvider())
        self.gifts = GiftService(self.ctx, self.profiles)
        self.payouts = PayoutService(self.ctx, self.profiles,
                                     payout_provider or SandboxPayoutProvider())
        self.earnings = EarningsService(self.ctx)
        self.history = HistoryService(self.ctx)
        self.maintenance = MaintenanceService(self.ctx)

    @classmethod
    def open(cls, path: str | os.PathLike[str] = MEMORY, **kwargs) -> Services:
        return cls(open_db(path), **kwargs)

    @property
    def rules(self) -> Rules:
        return self.ctx.rules

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self.ctx.listeners.append(listener)

    def balance(self, profile_id: int) -> dict:
        profile = self.profiles.get(profile_id)
        conn = self.ctx.conn
        diamonds = ledger.profile_balance(conn, profile_id, ledger.DIAMOND)
        return {
            "profile": profile.name,
            "coins": ledger.profile_balance(conn, profile_id, ledger.COIN),
            "diamonds": diamonds,
            "diamonds_cents": self.ctx.rules.diamond_value_rate.floor(diamonds),
            "creator": profile.is_creator,
        }

    def close(self) -> None:
        self.store.close()
