"""A published list of operations -> ListRead: the header found among title rows and logos,
every column mapped (or kept as an extra), every cell typed with the column's format decided
from all its values, and every non-empty cell stored or named in a report with row and column.
Reuses ingest.grid (format checks, calamine, csv) and ingest.messages.Issue."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from dashboard.foerderlisten.cells import is_empty, text_of, type_column
from dashboard.foerderlisten.columns import (
    FIELDS,
    MIN_HEADER_FIELDS,
    header_scale,
    match_field,
)
from dashboard.foerderlisten.layout import fill_merged, find_header, first_sheet, stand_of
from dashboard.foerderlisten.personal import is_natural_person
from dashboard.formatting import fmt_int
from dashboard.ingest.grid import Book, open_book
from dashboard.ingest.locate import column_letter
from dashboard.ingest.messages import HasIssues, Issue
from dashboard.texts import t

_TOTALS = re.compile(r"^(summe|gesamt|insgesamt|total|zwischensumme)\b", re.IGNORECASE)
# a footnote or remark under the list ("¹ Natürliche Personen werden nicht genannt", "Quelle: SAB")
_NOTE = re.compile(r"^\s*([\u00b9\u00b2\u00b3\u2070-\u2079*†]|\(?\d{1,2}\)\s|hinweis|anmerkung|quelle|"
                   r"fu(ß|ss)note|erl(ä|ae)uterung|note|source)", re.IGNORECASE)
_COLUMN_NUMBER = re.compile(r"\(?(?:spalte\s*)?(\d{1,2})\)?\.?", re.IGNORECASE)


def _column_numbers(values: list[Any]) -> bool:
    """A row of column numbers under the header ("1", "2", … or "(1)", "Spalte 1"), as the
    Annex XII lists number their columns."""
    numbers = []
    for v in values:
        m = _COLUMN_NUMBER.fullmatch(text_of(v).strip())
        if not m:
            return False
        numbers.append(int(m[1]))
    return len(numbers) >= MIN_HEADER_FIELDS and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
OPERATION_COLUMNS = ("row_number", "op_key", *(f.name for f in FIELDS), "natural_person", "extra")


@dataclass
class ListRead(HasIssues):
    """What a list holds: operations (one row each), the issues, what stood above the header."""

    file_name: str
    sheet: str
    header_row: int
    columns: list[dict[str, Any]]           # letter, header, field (None = kept as extra)
    operations: pd.DataFrame
    issues: list[Issue] = field(default_factory=list)
    preamble: list[dict[str, Any]] = field(default_factory=list)   # row, column, value
    stand_in_file: date | None = None
    rows_read: int = 0

    @property
    def rejected_rows(self) -> set[int]:
        return {i.row for i in self.errors if i.row is not None}


def _message(key: str, **values: Any) -> str:
    """A text of dashboard.texts (area foerderlisten) or a sentence ingest made already."""
    from dashboard.texts import text_of

    try:
        text_of(f"fl.{key}")
    except KeyError:  # a sentence of ingest.values (already in the run's language)
        return key
    return t(f"fl.{key}", **values)


def _op_key(application_no: Any, beneficiary: Any, title: Any, start: Any) -> str:
    if isinstance(application_no, str) and application_no.strip():
        return application_no.strip()
    raw = "|".join(str(x) for x in (beneficiary, title, start))
    return "h:" + hashlib.sha256(raw.encode()).hexdigest()[:12]


def read_list(data: bytes, file_name: str, *, number_formats: dict[str, str] | None = None
              ) -> ListRead:
    """Read a list (.xlsx/.xls/.ods/.csv). `number_formats` maps a column letter to 'de' or
    'en' for columns the reader found ambiguous. Raises FileRejected for unreadable files."""
    with open_book(data, file_name) as book:
        return _read(book, file_name, number_formats or {})


def _read(book: Book, file_name: str, forced: dict[str, str]) -> ListRead:
    grid = first_sheet(book)
    header_idx, cells = find_header(grid)
    issues: list[Issue] = []
    letter = {c: column_letter(grid.col_offset + c) for c in range(max(map(len, grid.rows), default=0))}
    excel_row = {r: grid.row_offset + r + 1 for r in range(len(grid.rows))}

    def issue(severity: str, key: str, row: int | None = None, col: int | None = None,
              header: str | None = None, value: Any = None, suggestion: str | None = None, **kw) -> None:
        if col is not None:
            kw.setdefault("letter", letter[col])
        issues.append(Issue(severity, _message(key, **kw), file_name, grid.sheet,  # type: ignore[arg-type]
                            excel_row.get(row) if row is not None else None, header,
                            letter.get(col) if col is not None else None,
                            None if value is None else text_of(value), suggestion))

    first = header_idx + 1
    # a second header row in English ("Operation name") continues the German one
    if first < len(grid.rows) and sum(1 for v in grid.rows[first] if match_field(v)) >= MIN_HEADER_FIELDS \
            and not any(isinstance(v, (int, float)) for v in grid.rows[first]):
        first += 1
    headers = {c: " ".join(text_of(v).split()) for c, v in enumerate(grid.rows[header_idx]) if not is_empty(v)}
    columns, mapped, seen = [], {}, {}
    for c, f in sorted(cells.items()):
        name = f.name if f and f.name not in seen else None
        if f and f.name in seen:
            issue("warning", "column.duplicate", col=c, header=headers[c], name=headers[c], first=seen[f.name])
        if name:
            seen[name] = letter[c]
            mapped[c] = f
        columns.append({"letter": letter[c], "header": headers[c], "field": name})
    preamble = [{"row": excel_row[r], "column": letter[c], "value": text_of(v)}
                for r in range(header_idx) for c, v in enumerate(grid.rows[r]) if not is_empty(v)]
    stand = stand_of(preamble)
    if preamble:
        issue("warning", "rows.preamble", n=len(preamble), header_row=excel_row[header_idx])
    fill_merged(grid, first)
    data_rows, skipped = [], []
    # rows of one cell after the last row of several are footnotes, never operations
    last_full = max((r for r in range(first, len(grid.rows))
                     if sum(not is_empty(v) for v in grid.rows[r]) > 1), default=first)
    for r in range(first, len(grid.rows)):
        row = grid.rows[r]
        filled = {c: v for c, v in enumerate(row) if not is_empty(v)}
        if not filled:
            continue
        texts = [text_of(v) for v in filled.values()]
        quoted = " | ".join(f"{letter[c]}: {text_of(v)}" for c, v in filled.items())
        if r == first and _column_numbers(list(filled.values())):
            skipped.append(r)
            issue("warning", "rows.column_numbers", row=r, value=quoted)
            continue
        if len(filled) == 1 and (r > last_full or _NOTE.match(texts[0])):
            skipped.append(r)
            issue("warning", "rows.note", row=r, value=quoted)
            continue
        if _TOTALS.match(texts[0]) and len(filled) <= max(3, len(mapped) // 2):
            skipped.append(r)
            issue("warning", "rows.totals", row=r, value=quoted)  # the whole row: every cell is quoted
            continue
        data_rows.append((r, filled))
    for c in sorted({c for _, f in data_rows for c in f} - set(headers)):
        n = sum(1 for _, f in data_rows if c in f)
        issue("warning", "column.no_header", col=c, n=n)
    for c in sorted(set(headers) - set(mapped)):
        n = sum(1 for _, f in data_rows if c in f)
        if n:
            issue("warning", "column.extra", col=c, header=headers[c], name=headers[c], n=n)
    values: dict[str, dict[int, Any]] = {}
    for c, f in mapped.items():
        raw = {r: filled[c] for r, filled in data_rows if c in filled}
        result = type_column(raw, f, letter[c], forced.get(letter[c]))
        for key, example in result.column_errors:
            issue("error", key, col=c, header=headers[c], value=example or None,
                  suggestion=_message("number.choose", letter=letter[c]), letter=letter[c],
                  label=f.label, example=example)
        for note in result.notes:
            key, _, arg = note.partition("|")
            issue("warning", key, col=c, header=headers[c], letter=letter[c], example=arg, n=arg)
        for r, key in result.errors.items():
            issue("error", key, row=r, col=c, header=headers[c], value=raw.get(r), label=f.label,
                  cell=text_of(raw.get(r, "")))
        for r, key in result.warnings.items():
            issue("warning", key, row=r, col=c, header=headers[c], value=raw.get(r),
                  cell=text_of(raw.get(r, "")))
        if f.kind == "amount" and (scale := header_scale(headers[c])) != 1:
            # "Gesamtkosten in T€": 4,5 is 4.500 € (said in the report, never silent)
            result.values = {r: v * scale for r, v in result.values.items()}
            issue("warning", "number.scaled", col=c, header=headers[c], letter=letter[c],
                  unit=t("fl.unit.thousand" if scale == 1_000 else "fl.unit.million"),
                  factor=fmt_int(scale))
        values[f.name] = result.values
    records = []
    for r, filled in data_rows:
        rec: dict[str, Any] = {"row_number": excel_row[r]}
        for f in FIELDS:
            rec[f.name] = values.get(f.name, {}).get(r)
        extra = {letter[c]: text_of(v) for c, v in filled.items() if c not in mapped}
        rec["extra"] = json.dumps(extra, ensure_ascii=False) if extra else None
        if not rec["title"] and not rec["beneficiary"]:
            issue("error", "row.no_operation", row=r, value=" | ".join(text_of(v) for v in filled.values()))
        rec["natural_person"] = is_natural_person(rec["beneficiary"])
        rec["op_key"] = _op_key(rec["application_no"], rec["beneficiary"], rec["title"], rec["start_date"])
        records.append(rec)
    ops = pd.DataFrame(records, columns=list(OPERATION_COLUMNS))
    _unique_keys(ops, issues, file_name, grid.sheet)
    return ListRead(file_name, grid.sheet, excel_row[header_idx], columns, ops, issues, preamble,
                    stand, len(data_rows) + len(skipped))


def _unique_keys(ops: pd.DataFrame, issues: list[Issue], file_name: str, sheet: str) -> None:
    """A key used twice gets "#2", "#3" (and a notice when it is an application number)."""
    if ops.empty:
        return
    dup = ops.groupby("op_key").cumcount()
    for i in ops.index[dup > 0]:
        if not ops.at[i, "op_key"].startswith("h:"):
            issues.append(Issue("warning", _message("row.duplicate_key", op=ops.at[i, "op_key"]),
                                file_name, sheet, int(ops.at[i, "row_number"])))
    ops["op_key"] = [k if d == 0 else f"{k}#{d + 1}" for k, d in zip(ops["op_key"], dup, strict=True)]
