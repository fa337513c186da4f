"""Where the list is in its sheet: the first sheet with a header of a list of operations, the
header row among title rows and logos (the row naming most fields), vertically merged cells
below it filled down, and the "Stand" a title row states."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from dashboard.foerderlisten.cells import is_empty
from dashboard.foerderlisten.columns import FIELDS, MIN_HEADER_FIELDS, OpField, match_field
from dashboard.ingest.grid import Book, Grid
from dashboard.ingest.messages import FileRejected
from dashboard.texts import t

HEADER_SEARCH_ROWS = 40
_STAND = re.compile(r"stand\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})", re.IGNORECASE)


def find_header(grid: Grid) -> tuple[int, dict[int, OpField | None]]:
    """(row index, column -> field) of the row in the first 40 naming most fields (>= 3)."""
    best, best_n = None, MIN_HEADER_FIELDS - 1
    for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS]):
        cells = {c: match_field(v) for c, v in enumerate(row) if not is_empty(v)}
        n = len({f.name for f in cells.values() if f})
        if n > best_n:
            best, best_n = (r, cells), n
    if best is None:
        raise FileRejected(t("fl.file.no_header", fields=", ".join(f.label for f in FIELDS[:4])))
    return best


def fill_merged(grid: Grid, first: int) -> None:
    """A value in vertically merged cells below the header belongs to every row it covers."""
    for (r0, c0), (r1, c1) in grid.merged:
        r0, r1 = r0 - grid.row_offset, r1 - grid.row_offset
        if r1 <= r0 or r0 < first:
            continue
        for c in range(c0 - grid.col_offset, c1 - grid.col_offset + 1):
            value = grid.rows[r0][c] if c < len(grid.rows[r0]) else ""
            for r in range(r0 + 1, min(r1, len(grid.rows) - 1) + 1):
                row = grid.rows[r]
                row.extend([""] * (c + 1 - len(row)))
                if is_empty(row[c]):
                    row[c] = value


def first_sheet(book: Book) -> Grid:
    """The first visible sheet with a header of a list of operations (else the first one)."""
    for name in book.visible or book.sheets:
        grid = book.grid(name)
        if any(len({f.name for v in row if (f := match_field(v))}) >= MIN_HEADER_FIELDS
               for row in grid.rows[:HEADER_SEARCH_ROWS]):
            return grid
    return book.grid((book.visible or book.sheets)[0])


def stand_of(preamble: list[dict[str, Any]]) -> date | None:
    """The date of "Stand 26.01.2026" in a title row, if any."""
    for p in preamble:
        if m := _STAND.search(p["value"]):
            try:
                return date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                continue
    return None
