"""One transaction of a profile's history in detail (the Activity tab's detail pane): for a
gift its money trail and the lots its coins came from, for a purchase its lot and how much of
it is spent, for an undo what it gave back. Facts only; the words are the window's."""

from __future__ import annotations

from dataclasses import dataclass

from giftdesk.domain.references import transaction_reference
from giftdesk.domain.trails import MoneyTrail
from giftdesk.services.context import Context
from giftdesk.storage import gifts, lots


@dataclass(frozen=True, slots=True)
class LotTaken:
    """What a gift took from one lot (negative for an undo: given back)."""

    lot_reference: str  # the purchase that made the lot
    coins: int
    paid_cents: int


@dataclass(frozen=True, slots=True)
class LotState:
    """A purchase's lot as it stands: its coins (bonus included), price and what is spent."""

    coins: int
    price_cents: int
    store_fee_cents: int
    coins_spent: int
    cents_spent: int  # what the coins spent cost, handed out to gifts

    @property
    def coins_left(self) -> int:
        return self.coins - self.coins_spent


@dataclass(frozen=True, slots=True)
class TransactionDetail:
    # A gift's trail (as its sender paid it), or for an undo the trail it gave back; None
    # for the other kinds, and for a gift as its creator sees it (what the sender paid is
    # the sender's business).
    trail: MoneyTrail | None = None
    takes: tuple[LotTaken, ...] = ()
    lot: LotState | None = None
    undone_reference: str | None = None  # an undo's gift


def detail(ctx: Context, txn: int, kind: str, *, by_profile: bool) -> TransactionDetail:
    """Transaction `txn` of ledger kind `kind` in detail, as the profile that made it
    (`by_profile`) or the one it was for sees it."""
    conn = ctx.conn
    if kind == "recharge":
        bought = lots.lot(conn, txn)
        if bought is None:
            return TransactionDetail()
        state = LotState(
            bought.coins,
            bought.price_cents,
            bought.store_fee_cents,
            bought.coins_taken,
            bought.paid_taken,
        )
        return TransactionDetail(lot=state)
    if kind not in ("gift", "gift_undo") or not by_profile:
        return TransactionDetail()
    takes = tuple(
        LotTaken(transaction_reference(t.lot_id, t.lot_created_at), t.coins, t.paid_cents)
        for t in lots.takes_dated(conn, txn)
    )
    gift_txn = txn if kind == "gift" else gifts.undone_gift(conn, txn)
    sent = gifts.sent_gift(conn, gift_txn) if gift_txn is not None else None
    if sent is None:
        return TransactionDetail(takes=takes)
    trail = MoneyTrail(
        sent.paid_cents, sent.store_fee_cents, sent.platform_cents, sent.creator_cents
    )
    undone = None
    if kind == "gift_undo" and gift_txn is not None:
        made = gifts.made_at(conn, gift_txn)
        undone = transaction_reference(gift_txn, made) if made is not None else None
    return TransactionDetail(trail=trail, takes=takes, undone_reference=undone)
