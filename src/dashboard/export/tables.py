"""Formula-safe table downloads: text that looks like a formula stays text."""

from __future__ import annotations

import io
import math
from datetime import date, datetime

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from dashboard.i18n import language

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def write_safe(cell, value: object) -> None:
    """Set an openpyxl cell; strings are always stored as text, never as formulas."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        cell.value = None
        return
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    elif isinstance(value, datetime):
        cell.number_format = "DD.MM.YYYY HH:MM"
    elif isinstance(value, date):
        cell.number_format = "DD.MM.YYYY"


# number formats of the units views name for their columns (views.View.units)
UNIT_FORMATS = {"share": "0%", "eur": '#,##0.00 "€"', "points": "0.0"}


def to_xlsx_bytes(df: pd.DataFrame, sheet_name: str = "Daten", *,
                  units: dict[str, str] | None = None,
                  info: list[tuple[str, str]] | None = None, info_sheet: str = "Hinweise") -> bytes:
    """One sheet with a bold header row and sensible column widths; shares and euro columns
    (`units`) in their number formats; `info` rows (selection, day, what is counted) on a
    second sheet, so the file says where its numbers come from."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name[:31]
    formats = {i: UNIT_FORMATS[u] for i, name in enumerate(df.columns, start=1)
               if (u := (units or {}).get(str(name))) in UNIT_FORMATS}
    for col, name in enumerate(df.columns, start=1):
        write_safe(ws.cell(row=1, column=col), str(name))
        ws.cell(row=1, column=col).font = ws.cell(row=1, column=col).font.copy(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = min(60, max(10, len(str(name)) + 2))
    for r, row in enumerate(df.itertuples(index=False), start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            write_safe(cell, value)
            if c in formats and isinstance(cell.value, (int, float)):
                cell.number_format = formats[c]
    ws.freeze_panes = "A2"
    if info:
        sheet = wb.create_sheet(info_sheet[:31])
        for r, (label, text) in enumerate(info, start=1):
            write_safe(sheet.cell(row=r, column=1), label)
            sheet.cell(row=r, column=1).font = sheet.cell(row=r, column=1).font.copy(bold=True)
            write_safe(sheet.cell(row=r, column=2), text)
        sheet.column_dimensions["A"].width = 20
        sheet.column_dimensions["B"].width = 100
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """Semicolon CSV with decimal comma (opens correctly in German Excel); in English a comma
    CSV with decimal point and ISO dates (as English spreadsheet programs read them).
    Formula-like text is prefixed with an apostrophe so spreadsheet programs do not evaluate
    it."""
    safe = df.copy()
    for col in safe.columns:
        if safe[col].dtype == object or str(safe[col].dtype).startswith("str"):
            safe[col] = safe[col].map(lambda v: f"'{v}" if is_formula_like(v) else v)
    if language() == "en":
        return safe.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")
    return safe.to_csv(index=False, sep=";", decimal=",", date_format="%d.%m.%Y").encode("utf-8-sig")
