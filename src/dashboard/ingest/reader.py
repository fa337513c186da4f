"""Opening an upload (any supported format) and handing back the grid of the chosen sheet:
calamine for spreadsheets (cached formula values, never formula text), the csv module for text.
Only the guarded bytes reach a parser; every failure becomes FileRejected."""

from __future__ import annotations

import codecs
import csv
import gc
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine as calamine

from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest import safety
from dashboard.ingest.columns import HeaderCell, find_header
from dashboard.ingest.table import FileRejected, Issue, ParsedTable


@dataclass
class Grid:
    """Cell values of one sheet; row_offset/col_offset turn list indices into Excel positions."""

    sheet: str
    rows: list[list[Any]]
    row_offset: int = 0
    col_offset: int = 0
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    truncated_after: int | None = None   # Excel row after which reading stopped (blank run)


def read_table(data: bytes | Path, file_name: str, taxonomy: Taxonomy, sheet: str | None) -> ParsedTable:
    """See table.read_project_list."""
    # Reading builds hundreds of thousands of small containers and no reference cycles; the
    # cyclic collector would rescan the growing heap again and again (measured 3x slower).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _read_table(data, file_name, taxonomy, sheet)
    finally:
        if enabled:
            gc.enable()


def _read_table(data: bytes | Path, file_name: str, taxonomy: Taxonomy, sheet: str | None) -> ParsedTable:
    from dashboard.ingest.table import parse_grid

    if isinstance(data, Path):
        safety.check_size(data.stat().st_size, file_name)  # before reading it into memory
        data = data.read_bytes()
    kind = safety.check_upload(data, file_name)
    notices: list[Issue] = []
    if kind == "csv":
        grid = _csv_grid(data, file_name)
        header = find_header(grid.rows, taxonomy)
        available = [grid.sheet]
    else:
        grid, header, available = _workbook_grid(data, file_name, taxonomy, sheet, notices)
    if header is None:
        raise _no_header(file_name)
    return parse_grid(grid, header, file_name, taxonomy, notices, available)


def _no_header(file_name: str) -> FileRejected:
    return FileRejected(
        f"In der Datei {file_name} wurde keine Kopfzeile mit bekannten Spalten gefunden "
        "(z. B. Projekttitel, Revier, Entwicklungsschwerpunkt). Bitte die Vorlage verwenden."
    )


def _open(data: bytes, file_name: str) -> calamine.CalamineWorkbook:
    try:
        return calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise safety._protected(file_name) from None
    except Exception:  # noqa: BLE001 - calamine raises many kinds for broken files; all mean "corrupt"
        raise safety._corrupt(file_name) from None


def _workbook_grid(
    data: bytes, file_name: str, taxonomy: Taxonomy, wanted: str | None, notices: list[Issue]
) -> tuple[Grid, tuple[int, list[HeaderCell]] | None, list[str]]:
    book = _open(data, file_name)
    try:
        metas = [m for m in book.sheets_metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        visible = [m.name for m in metas if m.visible == calamine.SheetVisibleEnum.Visible]
        if wanted is not None:
            if wanted not in [m.name for m in metas]:
                raise FileRejected(
                    f"Das Blatt „{wanted}“ gibt es in der Datei {file_name} nicht. "
                    f"Vorhanden: {', '.join(m.name for m in metas)}."
                )
            grid = _sheet_grid(book, wanted, file_name)
            return grid, find_header(grid.rows, taxonomy), visible
        for m in metas:  # hidden sheets that hold a project list are mentioned (not "Listen")
            if m.name not in visible and find_header(_sheet_grid(book, m.name, file_name, 30).rows, taxonomy):
                notices.append(Issue("warning", f"Das ausgeblendete Blatt „{m.name}“ wurde nicht gelesen.",
                                     file_name, m.name))
        empty = True
        for name in visible:
            grid = _sheet_grid(book, name, file_name)
            empty = empty and not grid.rows
            header = find_header(grid.rows, taxonomy)
            if header is not None:
                return grid, header, visible
        if empty:
            raise FileRejected(f"Die Datei {file_name} enthält keine Daten (alle Blätter sind leer).")
        return grid, None, visible
    finally:
        book.close()


def load_grid(data: bytes, file_name: str, sheet: str) -> Grid:
    """The cells of one sheet as read for import (for the error report); 'CSV' for csv files."""
    if safety.check_upload(data, file_name) == "csv":
        return _csv_grid(data, file_name)
    book = _open(data, file_name)
    try:
        return _sheet_grid(book, sheet, file_name)
    finally:
        book.close()


def _sheet_grid(book: calamine.CalamineWorkbook, name: str, file_name: str, limit: int | None = None) -> Grid:
    try:
        sheet = book.get_sheet_by_name(name)
    except Exception:  # noqa: BLE001 - same: any failure to load a sheet means a broken file
        raise safety._corrupt(file_name) from None
    # iter_rows yields rows from the sheet's first row but columns from the first used column
    start = sheet.start or (0, 0)
    end = sheet.end or (0, 0)
    rows: list[list[Any]] = []
    blank_run = 0
    truncated = None
    for i, row in enumerate(sheet.iter_rows()):
        if limit is not None and i >= limit:
            break
        if i < start[0]:
            rows.append([])
            continue
        if row.count("") < len(row):  # any non-empty cell (C-level count)
            blank_run = 0
        else:
            blank_run += 1
            if blank_run >= safety.MAX_BLANK_RUN:
                # a long empty stretch (cells formatted but empty): what follows is not read
                if end[0] > i:
                    truncated = i + 1
                break
        rows.append(row)
        if len(rows) > safety.MAX_DATA_ROWS:
            raise _too_many(file_name)
    while rows and not any(v != "" for v in rows[-1]):
        rows.pop()
    merged = list(sheet.merged_cell_ranges or [])
    return Grid(name, rows, 0, start[1], merged, truncated)


def _too_many(file_name: str) -> FileRejected:
    return FileRejected(
        f"Die Datei {file_name} hat mehr als {safety.MAX_DATA_ROWS:,} Zeilen; bitte in kleinere "
        "Listen aufteilen.".replace(",", ".")
    )


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
        raise FileRejected(
            f"Die Zeichenkodierung der Datei {file_name} wurde nicht erkannt; bitte als "
            "„CSV UTF-8“ speichern."
        ) from None


def _csv_grid(data: bytes, file_name: str) -> Grid:
    text = _decode(data, file_name)
    head = text[:20_000]
    delimiter = max((";", ",", "\t"), key=lambda d: (head.count(d), d == ";"))
    rows: list[list[Any]] = []
    blank_run = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if any(v.strip() for v in row):
                blank_run = 0
            else:
                blank_run += 1
                if blank_run >= safety.MAX_BLANK_RUN:
                    break
            rows.append(row)
            if len(rows) > safety.MAX_DATA_ROWS:
                raise _too_many(file_name)
    except csv.Error:
        raise FileRejected(f"Die CSV-Datei {file_name} ist fehlerhaft aufgebaut und kann nicht gelesen werden.") from None
    while rows and not any(v.strip() for v in rows[-1]):
        rows.pop()
    if not rows:
        raise FileRejected(f"Die Datei {file_name} enthält keine Daten.")
    return Grid("CSV", rows)
