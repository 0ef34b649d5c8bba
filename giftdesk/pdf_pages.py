"""Rich text on numbered A4 pages of a PDF, made with Qt's own writer (a QTextDocument per page
on a QPdfWriter): blocks of text, and tables that may run over many pages. A table's header row
heads every page it is on, never alone; a row is never cut in two; a block kept with the next
(a heading) never ends a page, nor does a total row start one without the row above it; each
page's footer says which page of how many it is.

Qt's own printing of one long document (QTextDocument.print_) repeats a <thead> row, but cuts a
row whose words wrap between its lines, leaves a heading alone at a page's foot and numbers the
pages with a bare "2". So the pages are cut here, between rows (giftdesk/page_cuts.py), from
the heights Qt measures for each part laid out alone; each page is then laid out as its own
document and checked against the page before it is kept. A table's column widths are worked
out once for all its rows, so that its columns line up from page to page.

Lengths are the writer's device pixels, as Qt lays out for a paint device.
"""

from __future__ import annotations

import enum
import html
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from giftdesk.page_cuts import Unit, page_end, shorter

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPdfWriter, QTextBlock, QTextDocument, QTextLine, QTextTable

_RESOLUTION_DPI = 300
# The page's margins (mm): left, top, right, bottom; the footer takes the body's last _FOOTER_MM.
_MARGINS_MM = (23.0, 20.0, 23.0, 14.0)
_FOOTER_MM = 9.0
_FOOTER_PT = 7.5
_FOOTER_COLOUR = "#444444"
_HAIR = 3.0  # a quarter of a millimetre, in device pixels
_app: object = None  # the QGuiApplication made for the command line, kept for the process

# What keeps a cell on one line: Qt's rich text honours the CSS property, not HTML's old nowrap
# attribute (with the attribute a time broke as "02/12/2026 0" over "0:05" in Portuguese).
NOWRAP = ' style="white-space: nowrap"'


class Align(enum.Enum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Column:
    """A table's column: its heading (plain text), its alignment, and its width. None: as wide
    as its widest cell, on one line (numbers, times and references: "$5.9" over "9" was
    misread). A number: a column of words, which wrap where the page is too narrow for them;
    such columns share the width the others leave in proportion to their numbers."""

    heading: str
    align: Align = Align.LEFT
    width: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells, each already HTML (escaped). `total`, if any, is a last row in bold, kept
    on the page of the row above it; `keep_with_next` keeps the last row with the next part
    (a note about the table)."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None
    keep_with_next: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of rich text (HTML) that stays whole on one page: a heading, a paragraph, label
    and value lines. A heading is kept with the next part, so that it never ends a page."""

    html: str
    keep_with_next: bool = False


Part = Block | Table


@dataclass(frozen=True, slots=True)
class _Measure:
    """A part as Qt lays it out alone, full width: a block's height; a table's height down to
    its first row (its top and header row), each row's (the last with the table's foot), and
    each column's width in percent of the table's."""

    height: float = 0.0
    header: float = 0.0
    rows: tuple[float, ...] = ()
    widths: tuple[float, ...] = ()


def ensure_gui_application() -> None:
    """Qt lays text out only with a QGuiApplication. The command line has none: it makes one
    on the offscreen platform, so that a PDF needs no display."""
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["giftdesk", "-platform", "offscreen"])


def render(
    parts: Sequence[Part],
    *,
    style: str,
    font_pt: int,
    title: str,
    footer: str,
    page_label: Callable[[int, int], str],
) -> bytes:
    """The parts on A4 pages, as a PDF document. `style` is the CSS of every page; `footer`
    is written at the foot of each page on the left, `page_label(page, pages)` on the right."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

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
            QMarginsF(*_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("GiftDesk")
    sheet = _Sheet(writer, style, font_pt)
    pages = sheet.paginate(parts)
    painter = QPainter(writer)
    for number, page in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        sheet.draw(painter, page, footer, page_label(number, len(pages)))
    painter.end()  # ends the PDF
    buffer.close()
    return bytes(data.data())


class _Sheet:
    """The pages of one writer: documents laid out for it, cut into pages and drawn."""

    def __init__(self, writer: QPdfWriter, style: str, font_pt: int) -> None:
        self._writer = writer
        self._style = style
        self._font_pt = font_pt
        self.width = float(writer.width())
        self._footer = _FOOTER_MM / 25.4 * _RESOLUTION_DPI
        self.height = writer.height() - self._footer  # what a page's document may fill

    def document(self, body: str) -> QTextDocument:
        """`body` laid out as one page's document: the page's width, no pagination."""
        from PySide6.QtGui import QFont, QTextDocument

        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(document.defaultFont())
        font.setPointSize(self._font_pt)
        document.setDefaultFont(font)
        document.documentLayout().setPaintDevice(self._writer)
        document.setHtml(
            f"<html><head><style>{self._style}</style></head><body>{body}</body></html>"
        )
        document.setTextWidth(self.width)
        return document

    def paginate(self, parts: Sequence[Part]) -> list[QTextDocument]:
        """The parts cut into pages, each page a document that fits it. A page is planned
        from the heights of its parts laid out alone, then laid out itself; one that comes out
        too long (a part's margins differ a little beside another's) gives its last units kept
        together to the next page."""
        measures = [self._measure(part) for part in parts]
        units = _units(parts, measures)
        pages = []
        start = 0
        while start < len(units):
            end = page_end(units, start, self.height)
            while True:
                page = self.document(_page_html(parts, units[start:end], measures))
                if page.size().height() <= self.height or end - start == 1:
                    break
                end = shorter(units, start, end)
            pages.append(page)
            start = end
        return pages or [self.document("")]

    def _measure(self, part: Part) -> _Measure:
        if isinstance(part, Block):
            return _Measure(height=self.document(part.html).size().height())
        if not part.rows and part.total is None:
            return _Measure()
        rows = range(len(part.rows) + (part.total is not None))
        widths = self._widths(part, rows)
        document = self.document(_table_html(part, rows, widths))
        (table,) = document.rootFrame().childFrames()
        layout = document.documentLayout()
        frame = layout.frameBoundingRect(table)
        # Row 0 is the header. A row's top is its first cell's text, less the cell's padding,
        # the same in every row: the differences are the rows' heights.
        tops = [layout.blockBoundingRect(_block(table, row + 1, 0)).top() for row in rows]
        tops.append(frame.bottom())
        heights = tuple(below - above for above, below in zip(tops, tops[1:], strict=False))
        return _Measure(header=tops[0] - frame.top(), rows=heights, widths=widths)

    def _widths(self, part: Table, rows: range) -> tuple[float, ...]:
        """The table's column widths, in percent of its width (see _share_out). Qt's own
        layout of percentages is not used for this: it gives a column of words no more than
        its longest word once the others take most of the width."""
        header = self.document(_table_html(part, (), None))
        (table,) = header.rootFrame().childFrames()
        count = len(part.columns)
        lines = [_first_line(table, 0, column) for column in range(count)]
        # A cell's line is as wide as its column less the padding both sides, the same in
        # every column (none to tell when there is no second column).
        left = [
            header.documentLayout().blockBoundingRect(_block(table, 0, column)).left()
            for column in range(min(count, 2))
        ]
        padding = left[1] - left[0] - lines[0].width() if count > 1 else 0.0
        whole = sum(line.width() + padding for line in lines)
        # Every cell on one line: how wide each column would be, were the page wide enough.
        unwrapped = self.document(_table_html(part, rows, None, one_line=True))
        (table,) = unwrapped.rootFrame().childFrames()
        cells = range(len(rows) + 1)  # the header's and the rows'
        # A hair more: a line exactly as wide as its column wraps, percentages being rounded.
        natural = [
            padding
            + _HAIR
            + max(_first_line(table, row, column).naturalTextWidth() for row in cells)
            for column in range(count)
        ]
        widths = _share_out(whole, natural, [column.width for column in part.columns])
        return tuple(100 * width / sum(widths) for width in widths)

    def draw(self, painter: QPainter, page: QTextDocument, footer: str, label: str) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPalette

        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette()
        # Black on the paper whatever the window's theme (a dark one's text is white).
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        context.palette = palette
        page.documentLayout().draw(painter, context)
        painter.save()
        font = QFont(page.defaultFont())
        font.setPointSizeF(_FOOTER_PT)
        painter.setFont(font)
        painter.setPen(QColor(_FOOTER_COLOUR))
        band = QRectF(0, self.height, self.width, self._footer)
        bottom = Qt.AlignmentFlag.AlignBottom
        metrics = painter.fontMetrics()
        # A long name is cut short before it reaches the page's number.
        room = int(self.width) - metrics.horizontalAdvance(label + "    ")
        footer = metrics.elidedText(footer, Qt.TextElideMode.ElideRight, room)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | bottom, footer)
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | bottom, label)
        painter.restore()


def _share_out(whole: float, natural: Sequence[float], shares: Sequence[int | None]) -> list[float]:
    """Columns' widths that add up to `whole`, from how wide each would be on one line and the
    columns' shares: a column without one (None) as wide as it needs; the columns with one
    share the rest in proportion to them, none wider than it needs while another could use
    the room; what none needs goes to them in the same proportion (with none, to every column).
    """
    widths = [width if share is None else 0.0 for width, share in zip(natural, shares, strict=True)]
    room = whole - sum(widths)
    wanting = {index: share for index, share in enumerate(shares) if share}
    while wanting and room > 0:
        each = room / sum(wanting.values())
        fitting = [index for index, share in wanting.items() if natural[index] <= share * each]
        if not fitting:
            for index, share in wanting.items():
                widths[index] = share * each
            return widths
        for index in fitting:
            widths[index] = natural[index]
            room -= natural[index]
            del wanting[index]
    spread = {index: share for index, share in enumerate(shares) if share}
    spread = spread or dict.fromkeys(range(len(widths)), 1)
    for index, share in spread.items():
        widths[index] += max(room, 0.0) * share / sum(spread.values())
    return widths


def _block(table: QTextTable, row: int, column: int) -> QTextBlock:
    return table.cellAt(row, column).firstCursorPosition().block()


def _first_line(table: QTextTable, row: int, column: int) -> QTextLine:
    """The first line of a cell's text, laid out: its width is the cell's, its natural
    width the text's."""
    return _block(table, row, column).layout().lineAt(0)


def _units(parts: Sequence[Part], measures: Sequence[_Measure]) -> list[Unit]:
    units = []
    for index, (part, measure) in enumerate(zip(parts, measures, strict=True)):
        if isinstance(part, Block):
            units.append(Unit(index, 0, measure.height, 0.0, part.keep_with_next))
            continue
        count = len(measure.rows)
        for row, height in enumerate(measure.rows):
            last = row == count - 1
            # The last row of the body stays with the total under it.
            joined = part.keep_with_next if last else part.total is not None and row == count - 2
            units.append(Unit(index, row, height, measure.header, joined))
    return units


def _page_html(parts: Sequence[Part], units: Sequence[Unit], measures: Sequence[_Measure]) -> str:
    out = []
    index = 0
    while index < len(units):
        part = parts[units[index].part]
        if isinstance(part, Block):
            out.append(part.html)
            index += 1
            continue
        rows = []
        number = units[index].part
        while index < len(units) and units[index].part == number:
            rows.append(units[index].row)
            index += 1
        out.append(_table_html(part, rows, measures[number].widths))
    return "".join(out)


def _table_html(
    table: Table, rows: Sequence[int], widths: Sequence[float] | None, one_line: bool = False
) -> str:
    """The header row and `rows` of the table (its total is row len(table.rows)), the columns
    `widths` in percent (None: as Qt would make them); `one_line`: no cell wraps."""
    out = ['<table width="100%" cellspacing="0" cellpadding="3" border="0"><thead><tr>']
    for index, column in enumerate(table.columns):
        width = "" if widths is None else f' width="{widths[index]:.4f}%"'
        heading = html.escape(column.heading, quote=True)
        out.append(f"<th{_align(column)}{width}{NOWRAP}>{heading}</th>")
    out.append("</tr></thead>")
    for row in rows:
        total = row == len(table.rows)
        out.append("<tr>")
        for column, content in zip(table.columns, _cells(table, row), strict=True):
            wrap = "" if column.width is not None and not total and not one_line else NOWRAP
            text = f"<b>{content}</b>" if total and content else content
            out.append(f"<td{_align(column)}{wrap}>{text}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _cells(table: Table, row: int) -> tuple[str, ...]:
    if row < len(table.rows):
        return table.rows[row]
    if table.total is None:
        raise IndexError(row)
    return table.total


def _align(column: Column) -> str:
    return ' align="right"' if column.align is Align.RIGHT else ""
