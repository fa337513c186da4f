"""A big .xlsx/.xlsm sheet read a slice of rows at a time (a helper of step 1, ingest.grid).
Calamine holds a whole sheet in memory before the first Python cell exists (a 200.000-row list:
about 700 MB, issue 19), so the sheet's XML is cut at row ends into small workbooks with the
same styles and shared strings, each read by calamine in turn: the cells come back exactly as
from the whole sheet, with a slice's worth of memory."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import python_calamine as calamine

from dashboard.ingest.xlsx_errors import sheet_path

SLICE_BYTES = 8 << 20  # sheet XML per slice; sheets up to twice this are read whole
_READ = 1 << 22
_ROW = re.compile(rb"<(?:\w+:)?row\b")
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_DATA_START = re.compile(rb"<(\w+:)?sheetData\b[^>]*>")
# the whole sheet's size: calamine would reserve room for all its cells in every slice
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*>")


@dataclass
class Slice:
    """The rows of one slice as calamine reads them: from `start` to `end` (0-based, inclusive
    sheet positions; None when the slice has no cell), each row as wide as the slice."""

    rows: list[list[Any]]
    start: tuple[int, int] | None
    end: tuple[int, int] | None
    merged: list | None = None   # only the last slice (it holds the XML after the rows)


def sheet_slices(data: bytes, sheet: str, slice_bytes: int = SLICE_BYTES) -> Iterator[Slice] | None:
    """The slices of worksheet `sheet` in row order, or None when the sheet is small enough to
    read whole or its XML is not laid out as expected (then calamine reads it whole)."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
        path = sheet_path(book, sheet)
        if path is None or book.getinfo(path).file_size <= 2 * slice_bytes:
            return None
        with book.open(path) as part:
            head = part.read(_READ)
    except (KeyError, zipfile.BadZipFile):
        return None
    opening, first_row = _DATA_START.search(head), _ROW.search(head)
    if opening is None or first_row is None or first_row.start() < opening.end():
        return None
    tag_end = head.find(b">", first_row.start())
    if tag_end < 0 or b' r="' not in head[first_row.start():tag_end]:
        return None  # rows without numbers: a slice would start counting at row 1 again
    return _slices(book, path, sheet, slice_bytes)


def _slices(book: zipfile.ZipFile, path: str, sheet: str, slice_bytes: int) -> Iterator[Slice]:
    others = {info.filename: book.read(info) for info in book.infolist()
              if info.filename != path and not info.filename.startswith("xl/worksheets/")}
    with book.open(path) as part:
        buffer = b""
        prefix = closing = None
        while True:
            piece = part.read(min(_READ, slice_bytes))
            buffer += piece
            if prefix is None:
                row = _ROW.search(buffer)
                if row is None:
                    continue
                ns = _DATA_START.search(buffer).group(1) or b""
                closing = b"</" + ns + b"sheetData></" + ns + b"worksheet>"
                prefix = _DIMENSION.sub(b"", buffer[:row.start()])
                buffer = buffer[row.start():]
            if not piece:  # the end: the rows left and the XML after them (merged cells)
                yield _read(others, path, sheet, prefix + buffer, last=True)
                return
            if len(buffer) >= slice_bytes:
                last = None
                for last in _ROW_END.finditer(buffer, max(0, len(buffer) - (1 << 20))):
                    pass
                if last is None:  # rows longer than 1 MB: look through all of it
                    for last in _ROW_END.finditer(buffer):
                        pass
                if last is not None:
                    yield _read(others, path, sheet, prefix + buffer[:last.end()] + closing)
                    buffer = buffer[last.end():]


def _read(others: dict[str, bytes], path: str, sheet: str, xml: bytes, last: bool = False
          ) -> Slice:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
        for name, content in others.items():
            book.writestr(name, content)
        book.writestr(path, xml)
    del xml
    out.seek(0)
    with calamine.CalamineWorkbook.from_filelike(out) as workbook:
        del out
        part = workbook.get_sheet_by_name(sheet)
        start, end = part.start, part.end
        rows = part.to_python(skip_empty_area=True) if start is not None else []
        merged = list(part.merged_cell_ranges or []) if last else None
    return Slice(rows, start, end, merged)
