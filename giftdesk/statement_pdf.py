"""A monthly statement as a PDF (DESIGN 9): its headings, totals and tables, laid out on
numbered pages by giftdesk/pdf_pages.py with Qt's own PDF writer, no other dependency. Both
faces use it, the command line headless (a QGuiApplication on the offscreen platform is made
when there is none), and the words are gettext's `_()`, as every text outside the window's
widgets is.

Amounts, counts, months and times come from giftdesk/formatting.py, in the chosen language;
times are in the profile's own time zone, the one its month is counted in.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from giftdesk import formatting as fmt
from giftdesk import new_files
from giftdesk.i18n import _
from giftdesk.pdf_pages import NOWRAP, Align, Block, Column, Part, Table, render

if TYPE_CHECKING:
    from giftdesk.services.statement_results import Statement

# A table lists at most this many rows (a LIVE's million roses would be pages of them); the
# rest are counted in its totals, and a line says how many were left out.
MAX_ROWS = 1_000
_FONT_PT = 9

_STYLE = """
body { font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }
table { font-size: 8pt; }
th { background-color: #e8e8ee; text-align: left; font-weight: bold; }
p.note { color: #444; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# A table's columns: times and references on the left and numbers on the right are as wide as
# their widest cell, on one line; the columns of words (names, gifts) share the rest equally.
def _fit(heading: str) -> Column:
    return Column(heading, Align.LEFT)


def _number(heading: str) -> Column:
    return Column(heading, Align.RIGHT)


def _words(heading: str) -> Column:
    return Column(heading, Align.LEFT, width=1)


def _section(
    heading: str,
    empty: str,
    columns: list[Column],
    rows: list[list[str]],
    totals: list[str] | None = None,
) -> list[Part]:
    """One of the statement's tables under its heading (or the note `empty` when it has no
    rows): columns, rows of already escaped cells and, if any, the totals of its last columns,
    in a row headed Total. It lists at most MAX_ROWS rows; a line under it says how many more
    its totals count."""
    if not rows:
        return [_heading(heading), _note(empty)]
    total = None
    if totals is not None:
        blanks = [""] * (len(columns) - 1 - len(totals))
        total = (_e(_("Total")), *blanks, *totals)
    more = len(rows) - MAX_ROWS
    listed = tuple(tuple(row) for row in rows[:MAX_ROWS])
    parts: list[Part] = [
        _heading(heading),
        Table(tuple(columns), listed, total, keep_with_next=more > 0),
    ]
    if more > 0:
        parts.append(
            _note(
                _("{count} more rows are not listed; the totals count them.").format(
                    count=fmt.group(more)
                )
            )
        )
    return parts


def _heading(text: str) -> Block:
    """A section's heading, never alone at a page's foot."""
    return Block("<h2>" + _e(text) + "</h2>", keep_with_next=True)


def _note(text: str) -> Block:
    return Block('<p class="note">' + _e(text) + "</p>")


def _pairs(pairs: list[tuple[str, str]]) -> Block:
    """Label and value lines (the totals a reader looks for first)."""
    out = ['<table cellspacing="0" cellpadding="2" border="0">']
    for label, value in pairs:
        value_cell = f'<td align="right"{NOWRAP}><b>{_e(value)}</b></td>'
        out.append(f"<tr><td>{_e(label)}</td>{value_cell}</tr>")
    out.append("</table>")
    return Block("".join(out))


def _share(part: int, whole: int) -> str:
    """An amount and, when there is a whole, its whole percent of it (rounded half up)."""
    if whole <= 0:
        return fmt.usd(part)
    return _("{amount} ({percent}%)").format(
        amount=fmt.usd(part), percent=fmt.group((part * 200 + whole) // (2 * whole))
    )


def _gift(name: str, count: int, undone: bool) -> str:
    """A gift's cell: its name, the combo's count, and whether it was undone."""
    cell = _e(_("{gift} x{count}").format(gift=name, count=fmt.group(count)) if count > 1 else name)
    if undone:
        cell += " " + _e(_("(undone: not counted)"))
    return cell


def statement_parts(st: Statement) -> list[Part]:
    """The statement, in the order it is read."""
    zone = st.time_zone
    year, number = (int(part) for part in st.month.split("-"))
    kind = _("creator") if st.creator else _("viewer")
    opening = [
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
        opening.append(
            '<p class="note">'
            + _e(_("This month is not over: the statement shows it up to now."))
            + "</p>"
        )
    parts: list[Part] = [Block("".join(opening), keep_with_next=True)]
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

    def when(iso: str) -> str:
        """A time, never broken between its day and its hour."""
        return _e(fmt.zoned_time(iso, zone)).replace(" ", "&nbsp;")

    if not st.creator or st.purchases or st.gifts_sent:
        parts += _viewer_sections(st, when)
    if st.creator:
        parts += _creator_sections(st, when)
    return parts


def _viewer_sections(st: Statement, when: Callable[[str], str]) -> list[Part]:
    parts = _section(
        _("Purchases"),
        _("No purchases this month."),
        [
            _fit(_("When")),
            _fit(_("Transaction")),
            _words(_("Channel")),
            _number(_("Coins")),
            _number(_("Bonus")),
            _number(_("Price")),
            _number(_("App store fee")),
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
            _e(fmt.group(sum(p.coins for p in st.purchases))),
            _e(fmt.group(sum(p.bonus_coins for p in st.purchases))),
            _e(fmt.usd(st.purchased_cents)),
            _e(fmt.usd(st.purchase_fee_cents)),
        ],
    )
    sent = st.sent
    parts += _section(
        _("Gifts sent, and where the money went"),
        _("No gifts sent this month."),
        [
            _fit(_("When")),
            _fit(_("Transaction")),
            _words(_("To")),
            _words(_("Gift")),
            _number(_("Coins")),
            _number(_("Paid")),
            _number(_("App store")),
            _number(_("Platform")),
            _number(_("Creator")),
        ],
        [
            [
                when(g.created_at),
                _e(g.reference),
                _e(g.creator),
                _gift(g.gift, g.count, g.undone),
                _e(fmt.group(g.coins)),
                _e(fmt.usd(g.paid_cents)),
                _e(fmt.usd(g.store_fee_cents)),
                _e(fmt.usd(g.platform_cents)),
                _e(fmt.usd(g.creator_cents)),
            ]
            for g in st.gifts_sent
        ],
        [
            _e(fmt.group(sent.coins)),
            _e(fmt.usd(sent.paid_cents)),
            _e(fmt.usd(sent.store_fee_cents)),
            _e(fmt.usd(sent.platform_cents)),
            _e(fmt.usd(sent.creator_cents)),
        ],
    )
    parts.append(
        _pairs(
            [
                (_("Money spent on coins:"), fmt.usd(st.purchased_cents)),
                (_("What the gifts' coins cost:"), fmt.usd(sent.paid_cents)),
                (_("To the creators:"), _share(sent.creator_cents, sent.paid_cents)),
                (_("To the platform:"), _share(sent.platform_cents, sent.paid_cents)),
                (_("To the app store:"), _share(sent.store_fee_cents, sent.paid_cents)),
            ]
        )
    )
    return parts


def _creator_sections(st: Statement, when: Callable[[str], str]) -> list[Part]:
    parts = _section(
        _("Gifts received"),
        _("No gifts received this month."),
        [
            _fit(_("When")),
            _fit(_("Transaction")),
            _words(_("From")),
            _words(_("Gift")),
            _number(_("Coins")),
            _number(_("Diamonds")),
        ],
        [
            [
                when(g.created_at),
                _e(g.reference),
                _e(g.sender),
                _gift(g.gift, g.count, g.undone),
                _e(fmt.group(g.coins)),
                _e(fmt.group(g.diamonds)),
            ]
            for g in st.gifts_received
        ],
        [_e(fmt.group(st.received_coins)), _e(fmt.group(st.received_diamonds))],
    )
    parts += _section(
        _("LIVEs"),
        _("No LIVEs this month."),
        [
            _fit(_("Started")),
            _words(_("Title")),
            _number(_("Gifts")),
            _number(_("Gifters")),
            _number(_("Coins")),
            _number(_("Diamonds")),
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
    )
    status_words = {"pending": _("pending"), "paid": _("paid"), "failed": _("failed")}
    parts += _section(
        _("Payouts"),
        _("No payouts asked for this month."),
        [
            _fit(_("Asked for")),
            _fit(_("Transaction")),
            _words(_("Method")),
            _words(_("Status")),
            _number(_("Diamonds")),
            _number(_("Amount")),
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
    )
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


def render_pdf(st: Statement) -> bytes:
    """The statement as a PDF document, A4, its pages numbered."""
    title = _("GiftDesk statement {month}: {name}").format(month=st.month, name=st.profile)
    return render(
        statement_parts(st),
        style=_STYLE,
        font_pt=_FONT_PT,
        title=title,
        footer=title,  # on every page, so that a page on its own says whose it is
        page_label=lambda page, pages: _("Page {page} of {pages}").format(
            page=fmt.group(page), pages=fmt.group(pages)
        ),
    )


def write_new(path: Path, data: bytes) -> None:
    """Write `data` to a new file at `path` (refusing to overwrite; readable by its owner
    only, as the wallet is); nothing is left behind when writing fails."""
    f = new_files.create(path, mode="wb")
    with new_files.removed_if_unfinished(path), f:
        f.write(data)
