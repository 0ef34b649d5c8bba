"""giftdesk/pdf_pages.py, read back with poppler's `pdftotext`: where pages are cut. A table's
header row heads every page it has rows on and never ends one alone; a row whose words wrap is
never cut between its lines; a heading kept with the next part never ends a page; a total row
never starts one without the row above it; every page says which of how many it is.

The edges are found by pushing the table down a line at a time with more paragraphs above it,
rather than by knowing how tall a line is: one of those lengths puts it at a page's foot."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from giftdesk.pdf_pages import Align, Block, Column, Part, Table, render

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed"),
    # render() makes a QGuiApplication when there is none; the window tests need a QApplication.
    pytest.mark.usefixtures("qapp"),
]

HEADER = "Number Words Amount"
COLUMNS = (Column("Number"), Column("Words", Align.LEFT, width=1), Column("Amount", Align.RIGHT))


def pages_of(parts: list[Part], tmp_path: Path) -> list[list[str]]:
    """The parts as a PDF, read back: each page's lines, every run of spaces one space."""
    pdf = tmp_path / "pages.pdf"
    pdf.write_bytes(
        render(
            parts,
            style="table { font-size: 8pt; }",
            font_pt=9,
            title="Pages",
            footer="Footer",
            page_label=lambda page, pages: f"Page {page} of {pages}",
        )
    )
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")[:-1]  # every page ends with a form feed, the last one too
    return [
        [squeezed for line in page.splitlines() if (squeezed := re.sub(r"\s+", " ", line).strip())]
        for page in pages
    ]


def page_with(pages: list[list[str]], text: str) -> int:
    (number,) = [n for n, lines in enumerate(pages, start=1) if any(text in ln for ln in lines)]
    return number


def paragraphs(count: int) -> list[Part]:
    return [Block(f"<p>Paragraph {n}</p>") for n in range(count)]


def rows(count: int, words: int = 1) -> tuple[tuple[str, ...], ...]:
    """Rows "row-N" whose words column holds `words` words, the last "end-N"."""
    return tuple(
        (f"row-{n:03d}", " ".join(["lorem"] * (words - 1) + [f"end-{n:03d}"]), f"{n}.00")
        for n in range(count)
    )


def assert_headed_and_numbered(pages: list[list[str]]) -> None:
    """Each page with rows has the header row right above its first one; each is numbered."""
    for number, lines in enumerate(pages, start=1):
        assert lines[-1] == f"Footer Page {number} of {len(pages)}", lines
        first = next((i for i, line in enumerate(lines) if line.startswith("row-")), None)
        if first is None:
            assert HEADER not in lines, f"a header row alone on page {number}: {lines}"
        else:
            assert lines[first - 1] == HEADER, f"page {number}: {lines}"


@pytest.mark.parametrize("keep", [True, False])
def test_a_heading_kept_with_its_table_never_ends_a_page(keep, tmp_path):
    apart = []
    for count in range(20, 50):
        heading = Block("<h2>Heading</h2>", keep_with_next=keep)
        pages = pages_of([*paragraphs(count), heading, Table(COLUMNS, rows(5))], tmp_path)
        assert_headed_and_numbered(pages)
        if page_with(pages, "Heading") != page_with(pages, "row-000"):
            apart.append(count)
    # Not kept with it, a heading does end a page for some of these lengths: they reach the edge.
    assert not apart if keep else apart


def test_a_total_row_never_starts_a_page_alone(tmp_path):
    moved = []
    for count in range(20, 50):
        table = Table(COLUMNS, rows(4), total=("Total", "", "6.00"))
        pages = pages_of([*paragraphs(count), table], tmp_path)
        assert_headed_and_numbered(pages)
        total = page_with(pages, "Total 6.00")
        lines = pages[total - 1]
        assert lines[lines.index("Total 6.00") - 1] != HEADER
        assert page_with(pages, "row-003") == total
        if page_with(pages, "row-000") < total:
            moved.append(count)
    assert moved  # the table was cut for some lengths, its last row going with the total


def test_rows_whose_words_wrap_are_never_cut_and_every_page_is_headed(tmp_path):
    table = Table(COLUMNS, rows(90, words=40))
    pages = pages_of([*paragraphs(3), table], tmp_path)
    assert len(pages) >= 3
    assert_headed_and_numbered(pages)
    for n in range(90):
        assert page_with(pages, f"row-{n:03d}") == page_with(pages, f"end-{n:03d}"), n


def test_column_widths_are_the_same_on_every_page(tmp_path):
    """The words column starts at the same place on each page, however narrow the cells before
    it are there: the widths are worked out for the whole table."""
    wide = tuple((f"row-{n:03d}-a-long-reference", "lorem", "1") for n in range(80))
    table = Table(COLUMNS, wide + tuple((f"r{n}", "lorem", "1") for n in range(80)))
    pdf = tmp_path / "widths.pdf"
    pdf.write_bytes(
        render([table], style="", font_pt=9, title="", footer="", page_label=lambda *_: "")
    )
    boxes = subprocess.run(
        [PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = boxes.split("<page ")[1:]
    # Where the heading "Words" starts on each page, in points.
    starts = {re.search(r'<word xMin="([\d.]+)"[^>]*>Words</word>', page)[1] for page in pages}
    assert len(pages) >= 2 and len(starts) == 1, starts
