"""Paints one gift as a tile: artwork, name (up to two lines) and price in coins, in the colours
of the theme on show."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from giftdesk import formatting as fmt
from giftdesk.ui.models.gift_catalog import GIFT_ROLE
from giftdesk.ui.theme import color

TILE = QSize(124, 128)
ART = 64


class GiftTileDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        gift = index.data(GIFT_ROLE)
        if gift is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.setPen(QPen(color("accent"), 2))
            painter.setBrush(color("selected_card"))
        else:
            painter.setPen(QPen(color("accent" if hovered else "border_control"), 1))
            painter.setBrush(color("surface"))
        painter.drawRoundedRect(card, 10, 10)
        if option.state & QStyle.StateFlag.State_HasFocus:
            # The keyboard's tile, while the grid has the focus: a ring in the 3 px around the
            # card, so a chosen tile shows both its pink edge and the ring.
            painter.setPen(QPen(color("focus"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), 12, 12)

        icon = index.data(Qt.ItemDataRole.DecorationRole)
        art = QRect(int(card.center().x()) - ART // 2, int(card.top()) + 6, ART, ART)
        icon.paint(painter, art)

        metrics = QFontMetrics(option.font)
        text_width = int(card.width()) - 8
        name_top = art.bottom() + 4
        lines = _two_lines(gift.name, metrics, text_width)
        painter.setPen(color("text"))
        for i, line in enumerate(lines):
            painter.drawText(
                QRect(
                    int(card.left()) + 4,
                    name_top + i * metrics.height(),
                    text_width,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignHCenter,
                line,
            )
        painter.setPen(color("price"))
        price_top = name_top + len(lines) * metrics.height()
        painter.drawText(
            QRect(int(card.left()) + 4, price_top, text_width, metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            fmt.coins(gift.coins),
        )
        painter.restore()


def _two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Wrap at word boundaries into at most two lines, eliding only what still does not fit."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if metrics.horizontalAdvance(first) <= width:
            rest = " ".join(words[cut:])
            return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
