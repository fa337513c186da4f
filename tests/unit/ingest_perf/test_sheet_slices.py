"""A big sheet is read a slice of rows at a time (issue 19: calamine holds a whole sheet, about
700 MB for the app's own 200.000-row export, before one Python cell exists): the cells come
back exactly as from the whole sheet, and reading a 20.000-row list no longer needs memory for
all of it at once."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import xlsxwriter

from dashboard.ingest import grid as grid_module
from dashboard.ingest.grid import open_book
from dashboard.ingest.sheet_slices import sheet_slices

SRC = Path(grid_module.__file__).resolve().parents[2]


def _xlsx(rows: int, merged: bool = False, gap: bool = False, wide: int = 0) -> bytes:
    """A list written by XlsxWriter: a title, a header, `rows` rows of text, numbers and dates;
    column A is empty in the lower half (a slice there starts at column B), `gap` leaves 40
    rows empty in the middle, `merged` merges a title cell and cells below the header."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet("Projekte")
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write(0, 1, "Projektliste Lausitz")
    if merged:
        sheet.merge_range(0, 1, 0, 4, "Projektliste Lausitz")
        sheet.merge_range(rows // 2, 7, rows // 2 + 3, 7, "Zusammen")
    for c, head in enumerate(["Nr.", "Projekt-ID", "Projekttitel", "Kurzbeschreibung",
                              "Gesamtkosten (€)", "Projektbeginn", "Revier", "Bemerkung"]):
        sheet.write(1, c, head)
    for r in range(2, rows + 2):
        if gap and rows // 3 <= r < rows // 3 + 40:
            continue
        if r < rows // 2:
            sheet.write_number(r, 0, r - 1)
        sheet.write_string(r, 1, f"LR-{r:06d}")
        sheet.write_string(r, 2, f"Wasserstoffzentrum Nummer {r} – Ausbau & Betrieb")
        sheet.write_string(r, 3, "Eine längere Beschreibung des Vorhabens mit Umlauten äöü " * 3)
        sheet.write_number(r, 4, 1000.5 * r)
        sheet.write_datetime(r, 5, date(2024, 1 + r % 12, 1 + r % 28), day)
        sheet.write_string(r, 6, "Lausitzer Revier")
        if r % 7 == 0:
            sheet.write_boolean(r, 7, True)
        for c in range(8, 8 + wide):  # more columns of marks (a wide list of "ja"/"nein")
            sheet.write_string(r, c, "ja" if (r + c) % 3 else "nein")
    book.close()
    return out.getvalue()


def _grid(data: bytes, slice_bytes: int):
    from dashboard.ingest import sheet_slices as module

    saved = module.sheet_slices.__defaults__
    module.sheet_slices.__defaults__ = (slice_bytes,)
    try:
        with open_book(data, "liste.xlsx", unsaved=True) as book:
            return book.grid("Projekte")
    finally:
        module.sheet_slices.__defaults__ = saved


def test_slices_give_the_cells_of_the_whole_sheet():
    data = _xlsx(3_000, merged=True, gap=True)
    assert sheet_slices(data, "Projekte", 64 << 10) is not None  # really read in slices
    whole, sliced = _grid(data, 1 << 40), _grid(data, 64 << 10)
    assert sliced.rows == whole.rows
    assert [[type(v) for v in row] for row in sliced.rows] == [[type(v) for v in row]
                                                               for row in whole.rows]
    assert (sliced.col_offset, sliced.merged, sliced.truncated_after) == (
        whole.col_offset, whole.merged, whole.truncated_after)
    assert sliced.merged and sliced.rows[1][:2] == ["Nr.", "Projekt-ID"]


_MEASURE = """
import json, sys
from pathlib import Path
from dashboard.ingest import sheet_slices
from dashboard.ingest.grid import open_book

sheet_slices.sheet_slices.__defaults__ = (1 << 20,)  # slices of 1 MB of XML


def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024

data = Path(sys.argv[1]).read_bytes()
before = hwm()
with open_book(data, "liste.xlsx", unsaved=True) as book:
    grid = book.grid("Projekte")
print(json.dumps({"rows": len(grid.rows), "mb": hwm() - before}))
"""


def test_a_big_sheet_is_read_without_holding_all_of_it(tmp_path):
    """Peak memory of reading a 20.000-row, 48-column list (31 MB of sheet XML, slices of 1 MB),
    in a fresh process: the Python cells plus one slice, not calamine's copy of the whole sheet
    on top (measured 07.12.2026: 87 MB read whole, 57 MB in slices)."""
    path = tmp_path / "liste.xlsx"
    path.write_bytes(_xlsx(20_000, wide=40))
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(SRC), "PATH": ""})
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["rows"] == 20_002
    assert measured["mb"] < 72, measured
