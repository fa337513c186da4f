"""Typing the cells of one column of a list, with the column's format decided from all its
values first (numbers: German/English; rates: share or percent) and reported."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dashboard.foerderlisten import numbers
from dashboard.foerderlisten.columns import OpField, clean_text
from dashboard.geo.names import clean_postcode
from dashboard.ingest.messages import as_text
from dashboard.ingest.values import excel_error, is_mark, parse_date


@dataclass
class ColumnResult:
    """Typed values by row index, errors and warnings by row index, and report lines."""

    values: dict[int, Any] = field(default_factory=dict)
    errors: dict[int, str] = field(default_factory=dict)
    warnings: dict[int, str] = field(default_factory=dict)
    column_errors: list[tuple[str, str]] = field(default_factory=list)   # (message, suggestion)
    notes: list[str] = field(default_factory=list)


def is_empty(value: Any) -> bool:
    """No value: nothing, spaces, or a mark for "none" ("-", "k. A.", "//"): the import's one
    definition (ingest.cells.is_mark), so a cell the date or amount reader takes for "none" is
    the cell this list counts as empty."""
    return value is None or (isinstance(value, str) and is_mark(clean_text(value)))


def text_of(value: Any) -> str:
    """A cell as text: numbers without a German decimal comma ("2.1" stays "2.1"), dates
    as 31.12.2025, PDF leftovers removed."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (date, datetime)):
        return as_text(value)
    return clean_text(str(value))


def _number_cells(cells: dict[int, Any], f: OpField, letter: str, forced: str | None,
                  out: ColumnResult) -> tuple[dict[int, float], bool]:
    texts = {i: v for i, v in cells.items() if isinstance(v, str)}
    decision = numbers.decide(texts.values(), forced)  # type: ignore[arg-type]
    percent = any(numbers.strip_unit(v)[1] for v in texts.values())
    if decision.format is None:
        key = "conflict" if decision.conflict else "ambiguous"
        out.column_errors.append((f"number.{key}", decision.example or ""))
        return {}, percent
    if decision.format in ("de", "en") and (decision.german or decision.english):
        out.notes.append(f"number.{decision.format}|{decision.example}")
    elif forced:
        out.notes.append(f"number.forced_{forced}|")
    found: dict[int, float] = {}
    for i, v in cells.items():
        if isinstance(v, bool):
            out.errors[i] = "cell.not_number"
        elif isinstance(v, (int, float)):
            found[i] = float(v)
        else:
            n = numbers.to_number(v, decision.format)
            if n is None:
                out.errors[i] = "cell.not_number"
            else:
                found[i] = n
    return found, percent


def type_column(cells: dict[int, Any], f: OpField, letter: str,
                forced: str | None = None) -> ColumnResult:
    """Type the non-empty `cells` (row index -> raw value) of field `f` in column `letter`;
    `forced` ('de'/'en') is the number format the user chose for this column."""
    out = ColumnResult()
    cells = dict(cells)  # the caller's cells stay as read (the report quotes them)
    for i, v in list(cells.items()):
        if (bad := excel_error(v)) is not None:
            out.errors[i] = bad.error or "cell.excel_error"
            del cells[i]
    if f.kind in ("amount", "rate"):
        found, percent = _number_cells(cells, f, letter, forced, out)
        if f.kind == "amount":
            out.values = found
            return out
        as_percent = percent or any(v > 1 for v in found.values())
        out.notes.append("rate.percent" if as_percent else "rate.share")
        for i, v in found.items():
            share = v / 100 if as_percent else v
            if not 0 <= share <= 1:
                out.errors[i] = "cell.rate_range"
            else:
                out.values[i] = share
        return out
    if f.kind == "date":
        for i, v in cells.items():
            typed = parse_date(v if not isinstance(v, str) else clean_text(v))
            if typed.error:
                out.errors[i] = typed.error
            else:
                out.values[i] = typed.value
        return out
    if f.kind == "postcode":
        restored = 0
        for i, v in cells.items():
            code = clean_postcode(v)
            if code is None:
                out.warnings[i] = "cell.not_postcode"
                out.values[i] = text_of(v)
                continue
            restored += len(text_of(v).strip()) == 4
            out.values[i] = code
        if restored:
            out.notes.append(f"postcode.restored|{restored}")
        return out
    for i, v in cells.items():
        text = text_of(v)
        if f.name == "intervention" and isinstance(v, (int, float)) and len(text) < 3:
            text = text.zfill(3)  # "029" read back as the number 29
        out.values[i] = text
    return out
