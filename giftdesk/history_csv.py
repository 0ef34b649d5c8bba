"""A profile's history as a CSV file: a header, then one row per transaction, oldest first,
its description in the words of `giftdesk history` (history_text.py), in the language chosen,
whichever face wrote it, so that the window's export and the command line's are the same file
(the header, kinds and amounts never change with the language).

Rows are read and written a chunk at a time, so memory stays flat at any size.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import TextIO

from giftdesk import new_files
from giftdesk.domain.errors import Cancelled, StorageError
from giftdesk.history_text import describe
from giftdesk.i18n import _
from giftdesk.services.history import HistoryRow, HistoryService

CSV_COLUMNS = (
    "transaction_id",
    "created_at",
    "kind",
    "description",
    "coins",
    "diamonds",
    "money_cents",
    "counterparty",
    "rules_version",
    "reference",  # the transaction's, never another's: the number may come back after a restore
)

# An export reports its progress every this many rows: at the ~50,000 rows a second it
# writes, about 25 times a second, so a cancel takes effect within 0.04 s.
PROGRESS_ROWS = 2_000

# A spreadsheet opening the export runs a cell that starts with one of these as a formula
# (a profile may be named "=HYPERLINK(...)"): such text is written with a leading apostrophe,
# which spreadsheets show as plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_row(row: HistoryRow) -> tuple[int | str, ...]:
    """The row's cells, in CSV_COLUMNS' order. Only the text a user typed can start like a
    formula: the names, in the description and the counterparty; the other columns are
    numbers, times and fixed words."""
    return (
        row.transaction_id,
        row.created_at,
        row.kind,
        spreadsheet_safe(describe(row)),
        row.coins,
        row.diamonds,
        row.money_cents,
        spreadsheet_safe(row.counterparty),
        row.rules_version,
        row.reference,
    )


def export_csv(
    history: HistoryService,
    profile_id: int,
    path: Path,
    *,
    progress: Callable[[int, int], bool] | None = None,
    keep: Callable[[HistoryRow], bool] | None = None,
) -> int:
    """Write a header then one row per transaction, oldest first, to a new file at `path`
    (readable by its owner only); refuse to overwrite. Returns the rows written. With `keep`,
    only the rows it keeps (the window's "what is shown" of a filtered history).

    `progress(rows_written, rows_total)` is called before the first row and every
    PROGRESS_ROWS rows after it; if it returns False the export stops, removes its file
    and raises Cancelled.
    """
    path = Path(path)
    # A folder that cannot be written to is a storage problem here, as it always was.
    f = new_files.create(path, StorageError, mode="w", newline="", encoding="utf-8")
    with new_files.removed_if_unfinished(path), f:  # closing (flushing) counts as writing
        return write_csv(history, profile_id, f, progress=progress, keep=keep)


def write_csv(
    history: HistoryService,
    profile_id: int,
    stream: TextIO,
    *,
    progress: Callable[[int, int], bool] | None = None,
    keep: Callable[[HistoryRow], bool] | None = None,
) -> int:
    """The CSV of `export_csv` (header, then a row per transaction, oldest first, or those
    `keep` keeps) written to an open text stream; returns the rows written. Raises Cancelled
    as export_csv. Progress counts the rows read, of all the profile's rows."""
    total = history.count(profile_id) if progress is not None else 0
    read = written = 0
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    rows = history.iter_oldest_first(profile_id)
    # PROGRESS_ROWS rows at a time, each batch written by the csv module in one call.
    while batch := list(islice(rows, PROGRESS_ROWS)):
        if progress is not None and not progress(read, total):
            raise Cancelled(_("the export was cancelled; nothing was saved"))
        read += len(batch)
        if keep is not None:
            batch = [row for row in batch if keep(row)]
        writer.writerows(map(csv_row, batch))
        written += len(batch)
    return written
