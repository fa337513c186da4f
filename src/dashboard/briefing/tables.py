"""Appendix tables: a chart's data as German-formatted text cells, cut to what fits a page."""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd

from dashboard.formatting import fmt_date, fmt_int, fmt_number
from dashboard.ui.texts import t

MAX_ROWS, MAX_COLS = 12, 7


def fmt_value(value: object) -> str:
    """One cell in German format: 1.234 / 1.234,56 / 31.12.2025 / text; missing -> '–'."""
    if hasattr(value, "item") and not isinstance(value, (str, pd.Timestamp)):
        value = value.item()  # numpy scalars
    if value is None or value is pd.NA or value is pd.NaT or (
            isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, (datetime, date, pd.Timestamp)):
        return fmt_date(value)
    if isinstance(value, int) or (hasattr(value, "is_integer") and value.is_integer()):
        return fmt_int(value)
    if isinstance(value, float):
        return fmt_number(value, 2)
    return str(value)


def appendix_table(data: pd.DataFrame, max_rows: int = MAX_ROWS,
                   max_cols: int = MAX_COLS) -> tuple[list[str], list[list[str]], str]:
    """Header, text rows and the note on what was left out."""
    shown = data.iloc[:max_rows, :max_cols]
    header = [str(c) for c in shown.columns]
    rows = [[fmt_value(v) for v in row] for row in shown.itertuples(index=False, name=None)]
    total = len(data)
    note = (t("briefing.appendix.more", shown=fmt_int(len(shown)), total=fmt_int(total))
            if total > len(shown) or data.shape[1] > max_cols
            else t("briefing.appendix.all", total=fmt_int(total)))
    return header, rows, note
