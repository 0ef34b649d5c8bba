"""One public method per user action; each is one write transaction, idempotent by key."""

from giftdesk.services.facade import Services

__all__ = ["Services"]
