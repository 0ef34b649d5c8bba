"""A monthly statement as a PDF (DESIGN 9), laid out as rich text and printed by Qt's own PDF
writer (QTextDocument on a QPdfWriter): no other dependency. Both faces use it, the command
line headless (a QGuiApplication on the offscreen platform is made when there is none), and
the words are gettext's `_()`, as every text outside the window's widgets is.

Amounts, counts, months and times come from giftdesk/formatting.py, in the chosen language;
times are in the profile's own time zone, the one its month is counted in.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from giftdesk import formatting as fmt
from giftdesk import new_files
from giftdesk.i18n import _

if TYPE_CHECKING:
    from giftdesk.services.statement_results import Statement

# A table lists at most this many rows (a LIVE's million roses would be pages of them); the
# rest are counted in its totals, and a line says how many were left out.
MAX_ROWS = 1_000
_RESOLUTION_DPI = 300
# Qt's own printing of a document adds 2 cm inside the page's margins (and the page number
# below), so the writer's are small.
_MARGIN_MM = 3
_FONT_PT = 9
_app: object = None  # the QGuiApplication made for the command line, kept for the process

_STYLE = """
body { font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
table { font-size: 8pt; }
th { background-color: #e8e8ee; text-align: left; font-weight: bold; }
tr.total td { font-weight: bold; border-top: 1px solid #555; }
p.note { color: #444; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# Qt's rich text honours the CSS property, not HTML's old nowrap attribute: with the attribute
# a time broke as "02/12/2026 0" over "0:05" in Portuguese.
_NOWRAP = ' style="white-space: nowrap"'


def _table(headers: list[tuple[str, bool]], rows: list[list[str]], total: list[str] | None) -> str:
    """A table: headers (text, numeric) and rows of already escaped cells. Numbers, times
    and references never wrap (a "$5.9" over "9" was misread); names and gifts may."""
    out = ['<table width="100%" cellspacing="0" cellpadding="3" border="0">', "<tr>"]
    out += [f"<th{' align=right' if n else ''}{_NOWRAP}>{_e(h)}</th>" for h, n in headers]
    out.append("</tr>")
    for row in rows[:MAX_ROWS]:
        out.append("<tr>")
        out += [
            _cell(cell, n, wrap)
            for cell, (_h, n), wrap in zip(row, headers, _wrapping(headers), strict=True)
        ]
        out.append("</tr>")
    if total is not None:
        out.append('<tr class="total">')
        out += [
            _cell(f"<b>{cell}</b>" if cell else "", n, False)
            for cell, (_h, n) in zip(total, headers, strict=True)
        ]
        out.append("</tr>")
    out.append("</table>")
    if len(rows) > MAX_ROWS:
        out.append(
            '<p class="note">'
            + _e(
                _("{count} more rows are not listed; the totals count them.").format(
                    count=fmt.group(len(rows) - MAX_ROWS)
                )
            )
            + "</p>"
        )
    return "".join(out)


def _wrapping(headers: list[tuple[str, bool]]) -> list[bool]:
    """Which columns may wrap: the words ones, except the first two (a time, a reference)."""
    return [index >= 2 and not numeric for index, (_h, numeric) in enumerate(headers)]


def _cell(content: str, numeric: bool, wrap: bool) -> str:
    align = ' align="right"' if numeric else ""
    return f"<td{align}{'' if wrap else _NOWRAP}>{content}</td>"


def _pairs(pairs: list[tuple[str, str]]) -> str:
    """Label and value lines (the totals a reader looks for first)."""
    out = ['<table cellspacing="0" cellpadding="2" border="0">']
    for label, value in pairs:
        value_cell = f'<td align="right"{_NOWRAP}><b>{_e(value)}</b></td>'
        out.append(f"<tr><td>{_e(label)}</td>{value_cell}</tr>")
    out.append("</table>")
    return "".join(out)


def _share(part: int, whole: int) -> str:
    """An amount and, when there is a whole, its whole percent of it (rounded half up)."""
    if whole <= 0:
        return fmt.usd(part)
    return _("{amount} ({percent}%)").format(
        amount=fmt.usd(part), percent=fmt.group((part * 200 + whole) // (2 * whole))
    )


def statement_html(st: Statement) -> str:
    """The statement as the rich text QTextDocument lays out."""
    zone = st.time_zone
    year, number = (int(part) for part in st.month.split("-"))
    # A time never breaks between its day and its hour.
    when = lambda iso: _e(fmt.zoned_time(iso, zone)).replace(" ", "&nbsp;")  # noqa: E731
    kind = _("creator") if st.creator else _("viewer")
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        "<h1>" + _e(_("GiftDesk monthly statement")) + "</h1>",
        "<p>"
        + _e(
            _("{name} ({kind}) · {month} · {first} to {last}, time zone {zone}").format(
                name=st.profile,
                kind=kind,
                month=fmt.month(year, number),
                first=fmt.date(st.first_day),
                last=fmt.date(st.last_day),
                zone=zone,
            )
        )
        + "</p>",
    ]
    if not st.complete:
        parts.append(
            '<p class="note">'
            + _e(_("This month is not over: the statement shows it up to now."))
            + "</p>"
        )
    balances = [
        (_("Coins at the start of the month:"), fmt.coins(st.opening_coins)),
        (_("Coins at the end of the month:"), fmt.coins(st.closing_coins)),
    ]
    if st.creator:
        balances += [
            (_("Diamonds at the start of the month:"), fmt.diamonds(st.opening_diamonds)),
            (_("Diamonds at the end of the month:"), fmt.diamonds(st.closing_diamonds)),
        ]
    parts.append(_pairs(balances))
    if not st.creator or st.purchases or st.gifts_sent:
        parts += _viewer_sections(st, when)
    if st.creator:
        parts += _creator_sections(st, when)
    parts.append("</body></html>")
    return "".join(parts)


def _viewer_sections(st: Statement, when) -> list[str]:
    parts = ["<h2>" + _e(_("Purchases")) + "</h2>"]
    if st.purchases:
        parts.append(
            _table(
                [
                    (_("When"), False),
                    (_("Transaction"), False),
                    (_("Channel"), False),
                    (_("Coins"), True),
                    (_("Bonus"), True),
                    (_("Price"), True),
                    (_("App store fee"), True),
                ],
                [
                    [
                        when(p.created_at),
                        _e(p.reference),
                        _e(f"{p.channel}, {p.method}"),
                        _e(fmt.group(p.coins)),
                        _e(fmt.group(p.bonus_coins)),
                        _e(fmt.usd(p.price_cents)),
                        _e(fmt.usd(p.store_fee_cents)),
                    ]
                    for p in st.purchases
                ],
                [
                    _e(_("Total")),
                    "",
                    "",
                    _e(fmt.group(sum(p.coins for p in st.purchases))),
                    _e(fmt.group(sum(p.bonus_coins for p in st.purchases))),
                    _e(fmt.usd(st.purchased_cents)),
                    _e(fmt.usd(st.purchase_fee_cents)),
                ],
            )
        )
    else:
        parts.append('<p class="note">' + _e(_("No purchases this month.")) + "</p>")

    parts.append("<h2>" + _e(_("Gifts sent, and where the money went")) + "</h2>")
    sent = st.sent
    if st.gifts_sent:
        rows = []
        for g in st.gifts_sent:
            gift = _e(
                _("{gift} x{count}").format(gift=g.gift, count=fmt.group(g.count))
                if g.count > 1
                else g.gift
            )
            if g.undone:
                gift += " " + _e(_("(undone: not counted)"))
            rows.append(
                [
                    when(g.created_at),
                    _e(g.reference),
                    _e(g.creator),
                    gift,
                    _e(fmt.group(g.coins)),
                    _e(fmt.usd(g.paid_cents)),
                    _e(fmt.usd(g.store_fee_cents)),
                    _e(fmt.usd(g.platform_cents)),
                    _e(fmt.usd(g.creator_cents)),
                ]
            )
        parts.append(
            _table(
                [
                    (_("When"), False),
                    (_("Transaction"), False),
                    (_("To"), False),
                    (_("Gift"), False),
                    (_("Coins"), True),
                    (_("Paid"), True),
                    (_("App store"), True),
                    (_("Platform"), True),
                    (_("Creator"), True),
                ],
                rows,
                [
                    _e(_("Total")),
                    "",
                    "",
                    "",
                    _e(fmt.group(sent.coins)),
                    _e(fmt.usd(sent.paid_cents)),
                    _e(fmt.usd(sent.store_fee_cents)),
                    _e(fmt.usd(sent.platform_cents)),
                    _e(fmt.usd(sent.creator_cents)),
                ],
            )
        )
    else:
        parts.append('<p class="note">' + _e(_("No gifts sent this month.")) + "</p>")
    parts.append(
        _pairs(
            [
                (_("Money spent on coins:"), fmt.usd(st.purchased_cents)),
                (_("What the gifts' coins cost:"), fmt.usd(sent.paid_cents)),
                (
                    _("To the creators:"),
                    _share(sent.creator_cents, sent.paid_cents),
                ),
                (
                    _("To the platform:"),
                    _share(sent.platform_cents, sent.paid_cents),
                ),
                (
                    _("To the app store:"),
                    _share(sent.store_fee_cents, sent.paid_cents),
                ),
            ]
        )
    )
    return parts


def _creator_sections(st: Statement, when) -> list[str]:
    parts = ["<h2>" + _e(_("Gifts received")) + "</h2>"]
    if st.gifts_received:
        rows = []
        for g in st.gifts_received:
            gift = _e(
                _("{gift} x{count}").format(gift=g.gift, count=fmt.group(g.count))
                if g.count > 1
                else g.gift
            )
            if g.undone:
                gift += " " + _e(_("(undone: not counted)"))
            rows.append(
                [
                    when(g.created_at),
                    _e(g.reference),
                    _e(g.sender),
                    gift,
                    _e(fmt.group(g.coins)),
                    _e(fmt.group(g.diamonds)),
                ]
            )
        parts.append(
            _table(
                [
                    (_("When"), False),
                    (_("Transaction"), False),
                    (_("From"), False),
                    (_("Gift"), False),
                    (_("Coins"), True),
                    (_("Diamonds"), True),
                ],
                rows,
                [
                    _e(_("Total")),
                    "",
                    "",
                    "",
                    _e(fmt.group(st.received_coins)),
                    _e(fmt.group(st.received_diamonds)),
                ],
            )
        )
    else:
        parts.append('<p class="note">' + _e(_("No gifts received this month.")) + "</p>")

    parts.append("<h2>" + _e(_("LIVEs")) + "</h2>")
    if st.lives:
        parts.append(
            _table(
                [
                    (_("Started"), False),
                    (_("Title"), False),
                    (_("Gifts"), True),
                    (_("Gifters"), True),
                    (_("Coins"), True),
                    (_("Diamonds"), True),
                ],
                [
                    [
                        when(live.started_at) + ("" if live.ended_at else " " + _e(_("(on air)"))),
                        _e(live.title),
                        _e(fmt.group(live.gifts)),
                        _e(fmt.group(live.gifters)),
                        _e(fmt.group(live.coins)),
                        _e(fmt.group(live.diamonds)),
                    ]
                    for live in st.lives
                ],
                None,
            )
        )
    else:
        parts.append('<p class="note">' + _e(_("No LIVEs this month.")) + "</p>")

    parts.append("<h2>" + _e(_("Payouts")) + "</h2>")
    status_words = {"pending": _("pending"), "paid": _("paid"), "failed": _("failed")}
    if st.payouts:
        parts.append(
            _table(
                [
                    (_("Asked for"), False),
                    (_("Transaction"), False),
                    (_("Method"), False),
                    (_("Status"), False),
                    (_("Diamonds"), True),
                    (_("Amount"), True),
                ],
                [
                    [
                        when(p.created_at),
                        _e(p.reference),
                        _e(p.method),
                        _e(status_words.get(p.status, p.status)),
                        _e(fmt.group(p.diamonds)),
                        _e(fmt.usd(p.cents)),
                    ]
                    for p in st.payouts
                ],
                None,
            )
        )
    else:
        parts.append('<p class="note">' + _e(_("No payouts asked for this month.")) + "</p>")
    parts.append(
        _pairs(
            [
                (_("Diamonds received:"), fmt.diamonds(st.received_diamonds)),
                (_("Diamonds cashed out (not failed):"), fmt.diamonds(st.payout_diamonds)),
                (_("Payouts asked for (not failed):"), fmt.usd(st.payout_cents)),
                (_("Paid out:"), fmt.usd(st.paid_out_cents)),
            ]
        )
    )
    return parts


def ensure_gui_application() -> None:
    """Qt lays text out only with a QGuiApplication. The command line has none: it makes one
    on the offscreen platform, so that a statement needs no display."""
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["giftdesk", "-platform", "offscreen"])


def render_pdf(st: Statement) -> bytes:
    """The statement as a PDF document, A4."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(_("GiftDesk statement {month}: {name}").format(month=st.month, name=st.profile))
    writer.setCreator("GiftDesk")
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSize(_FONT_PT)
    document.setDefaultFont(font)
    document.setHtml(statement_html(st))
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())


def write_new(path: Path, data: bytes) -> None:
    """Write `data` to a new file at `path` (refusing to overwrite; readable by its owner
    only, as the wallet is); nothing is left behind when writing fails."""
    f = new_files.create(path, mode="wb")
    with new_files.removed_if_unfinished(path), f:
        f.write(data)
