"""The Activity tab's detail pane: the chosen transaction in full. Its reference, time and
what it was; for a gift its money trail (what its coins cost, the creator's, the platform's
and the app store's parts) and the purchases they came from; for a purchase its lot and how
much of it is spent; for an undo what it gave back. Empty, it says how to fill it.

The text is a LiveLabel (a screen reader reads it, and hears it change), selectable by the
keyboard so that Tab reaches it from the table and a reference can be copied."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QScrollArea, QVBoxLayout, QWidget

from giftdesk import formatting as fmt
from giftdesk.domain.trails import MoneyTrail
from giftdesk.services.details import LotState, LotTaken, TransactionDetail
from giftdesk.services.history import HistoryRow
from giftdesk.ui.history_text import describe
from giftdesk.ui.widgets.live_label import LiveLabel

DETAIL_LINES = 6  # the pane's height, kept whatever is chosen: the table above stays put


class DetailPane(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Details"), parent)
        self.text_label = LiveLabel(self.tr("Transaction details"))
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll = QScrollArea()
        scroll.setWidget(self.text_label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # On the box's own surface: setWidget gave the label a fill of the window's colour.
        self.text_label.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.text_label.ensurePolished()
        scroll.setFixedHeight(DETAIL_LINES * self.text_label.fontMetrics().lineSpacing() + 6)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.text_label.setText(
            self.tr("Select a transaction in the list to see its details here.")
        )

    def show_detail(self, row: HistoryRow, detail: TransactionDetail) -> None:
        """What it was on the left, its money on the right (side by side: the pane is wide
        and short, under the table)."""
        what = [
            self.tr("<b>Transaction {reference}</b>").format(reference=row.reference),
            html.escape(fmt.local_time(row.created_at)),
            html.escape(describe(row)),
        ]
        lines: list[str] = []
        if detail.lot is not None:
            lines += self._lot_lines(detail.lot)
        if detail.trail is not None:
            if row.kind == "gift_undo":
                lines += self._undo_lines(detail)
            else:
                lines += self._trail_lines(detail.trail)
        if detail.takes:
            lines.append(
                self.tr("From your purchases (oldest first):")
                if row.kind == "gift"
                else self.tr("Back to your purchases:")
            )
            lines += [self._take_line(take) for take in detail.takes]
        money = "<br>".join(line for line in lines if line)
        self.text_label.setText(
            "<table><tr>"
            f'<td style="padding-right:24px">{"<br>".join(what)}</td> '
            f"<td>{money}</td></tr></table>"
            if money
            else "<br>".join(what)
        )

    def _trail_lines(self, trail: MoneyTrail) -> list[str]:
        percent = trail.creator_percent()
        paid = (
            self.tr("Those coins cost you <b>{paid}</b>.").format(paid=fmt.usd(trail.paid_cents))
            if trail.paid_cents
            else self.tr("Those coins cost you nothing (free coins, or under a cent).")
        )
        creator = (
            self.tr("The creator: {value} ({percent}%)").format(
                value=fmt.usd(trail.creator_cents), percent=fmt.group(percent)
            )
            if percent is not None
            else self.tr("The creator: {value}").format(value=fmt.usd(trail.creator_cents))
        )
        return [
            "",
            paid,
            creator,
            self.tr("The platform: {value}").format(value=fmt.usd(trail.platform_cents)),
            self.tr("The app store: {value}").format(value=fmt.usd(trail.store_fee_cents)),
        ]

    def _undo_lines(self, detail: TransactionDetail) -> list[str]:
        trail = detail.trail
        assert trail is not None
        gift = (
            self.tr("Undid gift {reference}.").format(reference=detail.undone_reference)
            if detail.undone_reference
            else ""
        )
        back = self.tr(
            "Given back: the coins, and the {paid} they cost you, to the purchases they came "
            "from; the creator's {creator} taken back."
        ).format(paid=fmt.usd(trail.paid_cents), creator=fmt.usd(trail.creator_cents))
        return ["", gift, back] if gift else ["", back]

    def _lot_lines(self, lot: LotState) -> list[str]:
        return [
            "",
            self.tr("{coins} (bonus included) for {price}; the app store's fee: {fee}.").format(
                coins=fmt.coins(lot.coins),
                price=fmt.usd(lot.price_cents),
                fee=fmt.usd(lot.store_fee_cents),
            ),
            self.tr("Spent on gifts: {coins}, which cost {cents}.").format(
                coins=fmt.coins(lot.coins_spent), cents=fmt.usd(lot.cents_spent)
            ),
            self.tr("Left: {coins}, which cost {cents}.").format(
                coins=fmt.coins(lot.coins_left), cents=fmt.usd(lot.price_cents - lot.cents_spent)
            ),
        ]

    def _take_line(self, take: LotTaken) -> str:
        text = (
            self.tr("{coins} from purchase {reference}, {paid}")
            if take.coins > 0
            else self.tr("{coins} back to purchase {reference}, {paid}")
        )
        return "• " + text.format(
            coins=fmt.coins(abs(take.coins)),
            reference=take.lot_reference,
            paid=fmt.usd(abs(take.paid_cents)),
        )
