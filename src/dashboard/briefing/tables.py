"""Appendix tables: a chart's data as text cells formatted for the language (shares as percentages, euros
with the euro sign), split into pages that fit, and a note on what was left out."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime

import pandas as pd

from dashboard.formatting import fmt_date, fmt_eur, fmt_int, fmt_number, fmt_pct
from dashboard.texts import column, t

MAX_ROWS, MAX_COLS = 60, 8  # more goes to the CSV/Excel download; the note says so


def fmt_value(value: object) -> str:
    """One cell in the language's format: 1.234 / 1.234,56 / 31.12.2025 / text (1,234 /
    1,234.56 / 31 Dec 2025); missing -> '–'."""
    if hasattr(value, "item") and not isinstance(value, (str, pd.Timestamp)):
        value = value.item()  # numpy scalars
    if value is None or value is pd.NA or value is pd.NaT or (
            isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    if isinstance(value, (datetime, date, pd.Timestamp)):
        return fmt_date(value)
    if isinstance(value, int) or (hasattr(value, "is_integer") and value.is_integer()):
        return fmt_int(value)
    if isinstance(value, float):
        return fmt_number(value, 2)
    return str(value)


def fmt_cell(value: object, unit: str | None = None) -> str:
    """A cell in the unit its view names for the column: shares as '92 %', euros as
    '1.234.567 €'; everything else as fmt_value."""
    if unit in ("share", "eur") and isinstance(value, (int, float)) and not isinstance(value, bool) \
            and not (isinstance(value, float) and math.isnan(value)):
        return fmt_pct(float(value), 0) if unit == "share" else fmt_eur(float(value), 0)
    return fmt_value(value)


def appendix_table(data: pd.DataFrame, units: dict[str, str] | None = None,
                   max_rows: int = MAX_ROWS, max_cols: int = MAX_COLS
                   ) -> tuple[list[str], list[list[str]], str]:
    """Header, text rows (at most `max_rows`) and the note on what was left out."""
    units = units or {}
    shown = data.iloc[:max_rows, :max_cols]
    header = [column(str(c)) for c in shown.columns]
    rows = [[fmt_cell(v, units.get(str(c))) for v, c in zip(row, shown.columns, strict=True)]
            for row in shown.itertuples(index=False, name=None)]
    total, cols = len(data), data.shape[1]
    if total > len(shown) or cols > max_cols:
        note = t("briefing.appendix.more", shown=fmt_int(len(shown)), total=fmt_int(total),
                 cols=fmt_int(min(cols, max_cols)), all_cols=fmt_int(cols))
    else:
        note = t("briefing.appendix.all", total=fmt_int(total))
    return header, rows, note


def paginate(rows: list[list[str]], height_of: Callable[[list[str]], float],
             available: float) -> list[list[list[str]]]:
    """Rows split into pages whose summed heights (`height_of` a row) fit `available`; every
    page has at least one row, no row is dropped."""
    pages: list[list[list[str]]] = [[]]
    used = 0.0
    for row in rows:
        h = height_of(row)
        if pages[-1] and used + h > available:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += h
    return pages if pages[0] else []


def column_shares(header: list[str], rows: list[list[str]]) -> list[float]:
    """Column widths as shares of the table width, by the longest text (clamped), so a title
    column gets room and a count column does not."""
    longest = [max([len(r[i]) for r in rows] + [len(header[i])]) for i in range(len(header))]
    # a header word is never split ("Projek-te"): its longest word sets a minimum
    words = [max(len(w) for w in (header[i] or " ").split()) + 2 for i in range(len(header))]
    weights = [min(max(n, w, 6), 48) for n, w in zip(longest, words, strict=True)]
    total = sum(weights)
    return [w / total for w in weights]


def unbreakable(text: str) -> str:
    """'985,1 Mio. €' with no-break spaces: a figure never wraps away from its unit."""
    return text.replace(" ", "\u00a0")
