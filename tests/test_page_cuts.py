"""giftdesk/page_cuts.py: where pages end, from heights alone. Units kept together go to the
next page together; a row that starts its table's part of a page counts the header above it;
a group taller than a page is cut after as many of its units as fit, and never to nothing."""

from __future__ import annotations

from giftdesk.page_cuts import Unit, height, page_end, shorter


def blocks(*joined: bool, tall: float = 10.0) -> list[Unit]:
    return [Unit(part, 0, tall, 0.0, join) for part, join in enumerate(joined)]


def rows(count: int, header: float, part: int = 0) -> list[Unit]:
    return [Unit(part, row, 10.0, header, False) for row in range(count)]


def test_units_kept_together_go_to_the_next_page_together():
    units = blocks(False, True, False, False)  # the second is kept with the third
    assert page_end(units, 0, 25) == 1  # 1 and 2 would fit, but 2 goes with 3
    assert page_end(units, 1, 25) == 3
    assert shorter(units, 0, 4) == 3 and shorter(units, 0, 3) == 1


def test_a_row_that_starts_a_page_brings_its_tables_header():
    units = rows(10, header=5.0)
    assert height(units[:2], None) == 25  # the header once, then the rows
    assert height(units[2:4], units[1]) == 20  # after a row of the same table: no header
    assert page_end(units, 0, 25) == 2
    assert page_end(units, 2, 24) == 3  # a header and two rows would be 25
    heading = Unit(1, 0, 10.0, 0.0, False)
    assert height([heading, *rows(1, 5.0, part=2)], None) == 25


def test_a_group_taller_than_a_page_is_cut_but_never_to_nothing():
    chain = blocks(True, True, True, True, False)
    assert page_end(chain, 0, 25) == 2
    assert page_end(chain, 0, 5) == 1  # not even one fits: one all the same
    assert shorter(chain, 0, 3) == 2
