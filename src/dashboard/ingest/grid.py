"""Step 1 of the import, bytes -> Book -> Grid: the file's real format and safety checks
(ingest.safety) before any parser runs, then the cells of one sheet as read. Calamine reads
spreadsheets (cached formula values, never formula text; a formula without one comes back as
xlsx_errors.UnsavedFormula), the csv module reads text.
Every failure is a FileRejected with one sentence (German unless the run is English)."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Self

import python_calamine as calamine

from dashboard.ingest import safety
from dashboard.ingest.messages import FileRejected, grouped, say
from dashboard.ingest.sheet_slices import Slice, sheet_slices
from dashboard.ingest.xlsx_errors import formula_cells

_SHARED_LEN = 40  # texts up to this length are shared (names, codes, dates as text)
Merged = tuple[tuple[int, int], tuple[int, int]]   # ((row0, col0), (row1, col1)), 0-based, inclusive


@dataclass
class Grid:
    """Cell values of one sheet; row_offset/col_offset turn list indices into Excel positions
    (row index + row_offset + 1 = Excel row; column index + col_offset = 0-based column)."""

    sheet: str
    rows: list[list[Any]]
    row_offset: int = 0
    col_offset: int = 0
    merged: list[Merged] = field(default_factory=list)
    truncated_after: int | None = None   # Excel row after which reading stopped (blank run)


class Book:
    """An opened upload: its sheets and their visibility; `grid(name)` reads one sheet.
    Use as a context manager (the spreadsheet reader holds the parsed file)."""

    def __init__(self, file_name: str, kind: str, sheets: list[str], visible: list[str],
                 book: calamine.CalamineWorkbook | None = None, csv_grid: Grid | None = None,
                 data: bytes | None = None, unsaved: bool = False):
        self.file_name = file_name
        self._data = data  # .xlsx/.xlsm bytes: error and unsaved formula cells come from the XML
        self._unsaved = unsaved
        self.kind = kind
        self.sheets = sheets          # every worksheet, in file order
        self.visible = visible        # the visible ones
        self._book = book
        self._csv = csv_grid

    def grid(self, name: str, limit: int | None = None) -> Grid:
        """The cells of sheet `name` (the first `limit` rows only, when given)."""
        if self._csv is not None:
            return self._csv if limit is None else Grid(self._csv.sheet, self._csv.rows[:limit])
        grid = _sheet_grid(self._book, name, self.file_name, limit, self._data)
        if self._data is not None:
            _put_errors(grid, formula_cells(self._data, name, self._unsaved), limit)
        return grid

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_book(data: bytes | Path, file_name: str, unsaved: bool = False) -> Book:
    """Check the upload and open it; raises FileRejected for unreadable or hostile files.
    `unsaved`: formulas without a saved value come back as UnsavedFormula (else empty)."""
    if isinstance(data, Path):
        safety.check_size(data.stat().st_size, file_name)  # before reading it into memory
        data = data.read_bytes()
    kind = safety.check_upload(data, file_name)
    if kind == "csv":
        return Book(file_name, kind, ["CSV"], ["CSV"], csv_grid=_csv_grid(data, file_name))
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise safety.protected(file_name) from None
    except Exception:  # noqa: BLE001 - calamine raises many kinds for broken files; all mean "corrupt"
        raise safety.corrupt(file_name) from None
    metas = [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
    return Book(file_name, kind, [m.name for m in metas],
                [m.name for m in metas if m.visible == calamine.SheetVisibleEnum.Visible], book,
                data=data if data[:2] == b"PK" else None, unsaved=unsaved)


def _put_errors(grid: Grid, errors: dict[tuple[int, int], Any], limit: int | None) -> None:
    """Write the error texts and unsaved formulas into the cells calamine left empty (a row
    holding only such a cell looked empty and may have been dropped at the end: it comes back)."""
    end = grid.truncated_after if grid.truncated_after is not None else None
    for (row, col), text in sorted(errors.items()):
        index = col - grid.col_offset
        if index < 0 or (limit is not None and row >= limit) or (end is not None and row >= end):
            continue
        while row >= len(grid.rows):
            grid.rows.append([])
        cells = grid.rows[row]
        if isinstance(cells, tuple):
            cells = grid.rows[row] = list(cells)
        if index >= len(cells):
            cells.extend([""] * (index + 1 - len(cells)))
        if cells[index] == "":
            cells[index] = text


def load_grid(data: bytes, file_name: str, sheet: str) -> Grid:
    """The cells of one sheet as read for import (for the error report); 'CSV' for csv files."""
    with open_book(data, file_name) as book:
        return book.grid(sheet)


def too_many(file_name: str) -> FileRejected:
    return FileRejected(say("file.too_many_rows", file=file_name,
                            limit=grouped(safety.MAX_DATA_ROWS)))


def _sheet_grid(book: calamine.CalamineWorkbook, name: str, file_name: str,
                limit: int | None = None, data: bytes | None = None) -> Grid:
    slices = sheet_slices(data, name) if data is not None else None
    if slices is None:
        try:
            sheet = book.get_sheet_by_name(name)
        except Exception:  # noqa: BLE001 - any failure to load a sheet means a broken file
            raise safety.corrupt(file_name) from None
        # (iter_rows starts at row 0, the slices at their first cell)
        rows = itertools.islice(sheet.iter_rows(), (sheet.start or (0, 0))[0], None)
        whole = Slice(rows, sheet.start, sheet.end,  # type: ignore[arg-type]
                      list(sheet.merged_cell_ranges or []))
        slices = iter([whole])
    reader = _Rows(slices, file_name)
    rows: list[list[Any]] = []
    blank_run = 0
    truncated = None
    # the reader makes a new object for every cell: "Lausitzer Revier" 100.000 times; one
    # shared object per short text keeps a 200.000-row list ~200 MB smaller, one per date
    # (2 million date cells, a few thousand days) another ~60 MB (issue 19)
    shared: dict[Any, Any] = {}
    for i, row in enumerate(reader):
        if limit is not None and i >= limit:
            break
        if i < reader.start[0]:
            rows.append([])
            continue
        if row.count("") < len(row):  # any non-empty cell (C-level count)
            blank_run = 0
        else:
            blank_run += 1
            if blank_run >= safety.MAX_BLANK_RUN:
                # a long empty stretch (cells formatted but empty): what follows is not read
                if reader.last_row() > i:
                    truncated = i + 1
                break
        rows.append([shared.setdefault(v, v) if (k := v.__class__) is date  # (not datetime)
                     or (k is str and len(v) <= _SHARED_LEN) else v for v in row])
        reader.kept(rows)
        if len(rows) > safety.MAX_SHEET_ROWS:
            raise too_many(file_name)
    reader.align(rows)
    while rows and not any(v != "" for v in rows[-1]):
        rows.pop()
    return Grid(name, rows, 0, reader.start[1], reader.merged, truncated)


class _Rows:
    """The rows of a sheet's slices as one sequence from row 0 (rows before the first cell come
    back empty, as calamine gives them for a whole sheet); each slice is only as wide as its own
    cells, so `align` widens the kept rows to the sheet's columns at the end."""

    def __init__(self, slices: Iterator[Slice], file_name: str):
        self._slices, self._file_name = slices, file_name
        self.start: tuple[int, int] = (0, 0)
        self.merged: list[Merged] = []
        self._end = -1
        self._spans: list[tuple[int, int, int]] = []   # (first kept row, first col, last col)
        self._pending: tuple[int, int] | None = None
        self._first = True

    def __iter__(self) -> Iterator[list[Any]]:
        row_number = 0
        for part in self._next_slices():
            if part.merged is not None:
                self.merged = part.merged
            if part.start is None:
                continue
            if self._first:
                self.start, self._first = part.start, False
                yield from ([] for _ in range(part.start[0]))
                row_number = part.start[0]
            else:
                self.start = (self.start[0], min(self.start[1], part.start[1]))
            self._end = max(self._end, part.end[0])
            width = part.end[1] - part.start[1] + 1
            self._pending = (part.start[1], part.end[1])
            yield from ([""] * width for _ in range(row_number, part.start[0]))  # rows between
            yield from part.rows
            row_number = part.end[0] + 1

    def _next_slices(self) -> Iterator[Slice]:
        try:
            yield from self._slices
        except Exception:  # noqa: BLE001 - any failure to load a sheet means a broken file
            raise safety.corrupt(self._file_name) from None

    def kept(self, rows: list[list[Any]]) -> None:
        """Note where a slice's rows begin in the grid (for `align`)."""
        if self._pending is not None:
            self._spans.append((len(rows) - 1, *self._pending))
            self._pending = None

    def last_row(self) -> int:
        """The sheet's last row with a cell (reads the slices not yet read)."""
        for part in self._next_slices():
            if part.end is not None:
                self._end = max(self._end, part.end[0])
        return self._end

    def align(self, rows: list[list[Any]]) -> None:
        if len(self._spans) < 2:
            return
        first = min(c0 for _, c0, _ in self._spans)
        last = max(c1 for _, _, c1 in self._spans)
        bounds = [*(r for r, _, _ in self._spans[1:]), len(rows)]
        for (r0, c0, c1), r1 in zip(self._spans, bounds, strict=True):
            if (c0, c1) != (first, last):
                for cells in rows[r0:r1]:
                    cells[:0] = [""] * (c0 - first)
                    cells.extend([""] * (last - c1))


def _decode(data: bytes, file_name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise FileRejected(say("file.encoding", file=file_name)) from None


def _csv_grid(data: bytes, file_name: str) -> Grid:
    text = _decode(data, file_name)
    head = text[:20_000]
    delimiter = max((";", ",", "\t"), key=lambda d: (head.count(d), d == ";"))
    rows: list[list[Any]] = []
    blank_run = 0
    truncated = None
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter),
                                     start=1):
            if any(v.strip() for v in row):
                if blank_run >= safety.MAX_BLANK_RUN:  # content after a long empty stretch
                    truncated = number - blank_run + safety.MAX_BLANK_RUN - 1
                    break
                blank_run = 0
            else:
                blank_run += 1
                if blank_run >= safety.MAX_BLANK_RUN:
                    continue  # keep looking (without keeping rows) whether anything follows
            rows.append(row)
            if len(rows) > safety.MAX_SHEET_ROWS:
                raise too_many(file_name)
    except csv.Error:
        raise FileRejected(say("file.csv_broken", file=file_name)) from None
    while rows and not any(v.strip() for v in rows[-1]):
        rows.pop()
    if not rows:
        raise FileRejected(say("file.no_data", file=file_name))
    return Grid("CSV", rows, truncated_after=truncated)
