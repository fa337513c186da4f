"""What reading a project list yields: typed rows with their cell positions, and every problem
found, each located as Excel shows it (file, sheet, row, column letter and header)."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from dashboard.domain.taxonomy import Taxonomy


@dataclass(frozen=True)
class Issue:
    """One problem (error stops the row, warning does not), with where it is and what to do."""

    severity: Literal["error", "warning"]
    message: str                      # German sentence
    file: str
    sheet: str | None = None
    row: int | None = None            # row number as Excel shows it (1-based)
    column: str | None = None         # header text as in the file
    column_letter: str | None = None  # "A", "B", ... "AA"
    value: str | None = None          # offending value as text
    suggestion: str | None = None     # e.g. "Meinten Sie: M02 Wasserstoffmodellregion Sachsen?"

    def location(self) -> str:
        """German: 'Datei x.xlsx, Blatt Projekte, Zeile 7, Spalte C (Revier)'."""
        parts = [f"Datei {self.file}"]
        if self.sheet:
            parts.append(f"Blatt {self.sheet}")
        if self.row is not None:
            parts.append(f"Zeile {self.row}")
        if self.column_letter and self.column:
            parts.append(f"Spalte {self.column_letter} ({self.column})")
        elif self.column_letter or self.column:
            parts.append(f"Spalte {self.column_letter or self.column}")
        return ", ".join(parts)


@dataclass(frozen=True)
class SourceColumn:
    """A column of the file: its letter, header text, and the canonical field (None = unknown)."""

    letter: str
    header: str
    field: str | None


@dataclass
class ParsedRow:
    """One data row. values hold typed, normalised values (codes for references, date, float
    EUR, int, bool, list[str] for ref_list, 0/1/2 for markers, status code); a field with an
    error is missing from values and has an Issue in issues."""

    row: int                          # Excel row number
    values: dict[str, Any]
    raw: dict[str, Any]               # canonical field -> raw cell value as read
    issues: list[Issue] = field(default_factory=list)
    cells: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (letter, header)

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


class _Absent:
    """Marks a cell missing from a hand-built ParsedRow.raw (equal to nothing else)."""

    def __repr__(self) -> str:
        return "<absent>"


@dataclass
class ColumnData:
    """The parsed cells column by column: what validation reads (rows are built on demand)."""

    row_numbers: list[int]                 # Excel row number of each data row
    values: dict[str, list[Any]]           # field -> typed value per row (None: empty or invalid)
    raw: dict[str, Sequence[Any]]          # field -> raw cell per row ("" for an empty cell)
    issues: dict[int, list[Issue]] = field(default_factory=dict)  # row index -> reader errors
    cells: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (letter, header)
    empty: Any = ""   # what a raw column holds where ParsedRow.raw has no entry

    @classmethod
    def from_rows(cls, rows: list[ParsedRow]) -> ColumnData:
        """Columns of rows built by hand (tests, tools)."""
        absent = _Absent()
        names = list(dict.fromkeys(f for r in rows for f in (*r.values, *r.raw)))
        return cls([r.row for r in rows], {f: [r.values.get(f) for r in rows] for f in names},
                   {f: [r.raw.get(f, absent) for r in rows] for f in names},
                   {n: r.issues for n, r in enumerate(rows) if r.issues},
                   rows[0].cells if rows else {}, absent)

    def __len__(self) -> int:
        return len(self.row_numbers)

    def column(self, name: str) -> list[Any]:
        """Typed values of one field (all None when the file lacks the column)."""
        values = self.values.get(name)
        return values if values is not None else [None] * len(self.row_numbers)

    def row_issues(self) -> list[Issue]:
        """The reader's cell errors in row order."""
        return [issue for i in sorted(self.issues) for issue in self.issues[i]]

    def to_rows(self) -> list[ParsedRow]:
        fields = list(self.values)
        if not fields:
            return [ParsedRow(r, {}, {}, list(self.issues.get(n) or []), self.cells)
                    for n, r in enumerate(self.row_numbers)]
        rows: list[ParsedRow] = []
        value_rows = zip(*(self.values[f] for f in fields))
        raw_rows = zip(*(self.raw[f] for f in fields))
        for n, (excel_row, vrow, rrow) in enumerate(zip(self.row_numbers, value_rows, raw_rows, strict=True)):
            values = {f: v for f, v in zip(fields, vrow) if v is not None}
            raw = {f: v for f, v in zip(fields, rrow) if v != self.empty}
            rows.append(ParsedRow(excel_row, values, raw, self.issues.get(n) or [], self.cells))
        return rows


@dataclass
class ParsedTable:
    """The rows of one sheet plus file-level notices (skipped sheets/rows, unknown columns, scaling).
    The cells are held column-wise (`data`); `rows` builds ParsedRow objects on first use."""

    file_name: str
    sheet: str
    header_row: int
    columns: list[SourceColumn]
    data: ColumnData  # (a list of ParsedRow is turned into columns)
    notices: list[Issue] = field(default_factory=list)
    available_sheets: list[str] = field(default_factory=list)
    _rows: list[ParsedRow] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.data, list):  # built from ParsedRow objects
            self._rows, self.data = self.data, ColumnData.from_rows(self.data)

    @property
    def rows(self) -> list[ParsedRow]:
        if self._rows is None:
            self._rows = self.data.to_rows()
        return self._rows

    @property
    def n_rows(self) -> int:
        return len(self.data)

    @property
    def issues(self) -> list[Issue]:
        """Notices followed by every cell-level issue, in row order."""
        return [*self.notices, *self.data.row_issues()]


class FileRejected(Exception):
    """The whole file is refused; .message is one German sentence naming the file."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def read_project_list(
    data: bytes | Path, file_name: str, taxonomy: Taxonomy, sheet: str | None = None
) -> ParsedTable:
    """Read a project list (.xlsx/.xlsm/.xls/.xlsb/.ods/.csv) into typed rows and issues.

    Raises FileRejected for unreadable, hostile or header-less files. `sheet` picks a sheet by
    name; otherwise the first visible sheet with a recognisable header is used.
    """
    from dashboard.ingest.reader import read_table

    return read_table(data, file_name, taxonomy, sheet)


# --- assembling a ParsedTable from a sheet grid (called by reader.read_table) -----------------

_TOTALS = re.compile(r"^(summe|summen|gesamt|gesamtsumme|insgesamt|zwischensumme|total|gesamtergebnis)\b")
_NOTE_START = ("*", "¹", "²", "(", "quelle", "hinweis", "anmerkung", "stand", "erlaeuterung",
               "legende", "fussnote")


def _totals_hint(folded: str) -> bool:
    return "summ" in folded or "gesamt" in folded or "total" in folded


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_grid(grid, header, file_name, taxonomy, notices, available) -> ParsedTable:
    """Columns, row classification (blank, totals, notes) and per-column value parsing."""
    from dashboard.ingest import columns as cols
    from dashboard.ingest.fields import BY_NAME

    header_idx, cells = header
    cells, first_data = cols.with_sub_headers(grid, header_idx, cells, taxonomy)
    sheet = grid.sheet

    def note(message: str, row: int | None = None, letter: str | None = None,
             header_text: str | None = None, severity: str = "warning", value: str | None = None) -> None:
        notices.append(Issue(severity, message, file_name, sheet, row, header_text, letter, value))

    columns: list[SourceColumn] = []
    mapped: list[tuple[cols.HeaderCell, str]] = []
    seen: dict[str, str] = {}
    for cell in cells:
        letter = column_letter(grid.col_offset + cell.index)
        field_name = cell.field
        if field_name in seen:
            note(f"Die Spalte „{cell.header}“ kommt doppelt vor (schon in Spalte {seen[field_name]}) "
                 "und wurde nicht gelesen.", None, letter, cell.header)
            field_name = None
        elif field_name is None:
            note(f"Die Spalte „{cell.header}“ ist unbekannt und wird nicht übernommen.", None, letter, cell.header)
        else:
            seen[field_name] = letter
            mapped.append((cell, letter))
            if cell.scale != 1.0:
                unit = "Tausend" if cell.scale == 1000 else "Millionen"
                note(f"Die Beträge in „{cell.header}“ sind in {unit} Euro angegeben und werden "
                     f"mit {int(cell.scale):,} multipliziert.".replace(",", "."), None, letter, cell.header)
        columns.append(SourceColumn(letter, cell.header, field_name))
    for f in BY_NAME.values():
        if f.required and f.name not in seen:
            note(f"Die Pflichtspalte „{f.header}“ fehlt.", severity="error")
    if grid.truncated_after:
        note(f"Nach vielen leeren Zeilen wurde das Lesen in Zeile {grid.truncated_after} beendet; "
             "weiter unten stehende Einträge wurden nicht gelesen.", grid.truncated_after)

    data = _data_rows(grid, first_data, seen.get("title"), note)
    parsed = _parse_rows(data, mapped, file_name, sheet, taxonomy)
    return ParsedTable(file_name, sheet, grid.row_offset + header_idx + 1, columns, parsed, notices, available)


def _data_rows(grid, first_data: int, title_letter: str | None, note) -> list[tuple[int, list[Any]]]:
    """(Excel row, cells) of the real data rows; totals rows and notes below the table skipped."""
    from dashboard.ingest.lookups import norm
    from dashboard.ingest.values import as_text

    kept: list[tuple[int, list[Any], int, int]] = []   # row, cells, filled count, first filled col
    # one C-level look over all first cells: most lists have no totals word in column A at all
    # (casefold maps character by character, so casefolding the joined text is the same)
    firsts = "\0".join([r[0] for r in grid.rows[first_data:] if r and isinstance(r[0], str)])
    any_totals = _totals_hint(firsts.casefold())
    del firsts
    for i in range(first_data, len(grid.rows)):
        cells = grid.rows[i]
        filled = len(cells) - cells.count("")  # calamine and csv give "" for empty cells
        if filled <= 2:  # few cells: make sure they are not just spaces (rare, so checked only here)
            filled = sum(1 for v in cells if not (isinstance(v, str) and not v.strip()))
        if not filled:
            continue
        excel_row = grid.row_offset + i + 1
        first = cells[0]
        if isinstance(first, str) and not first.strip():
            col = next(c for c, v in enumerate(cells) if not (isinstance(v, str) and not v.strip()))
            first = cells[col]
        else:
            col = 0
        # every totals word holds one of these; casefold is far cheaper than norm()
        if (isinstance(first, str) and (col or any_totals) and _totals_hint(first.casefold())
                and _TOTALS.match(norm(first))):
            note(f"Zeile {excel_row} („{as_text(first)}“) ist eine Summenzeile und wurde übersprungen.",
                 excel_row, value=as_text(first))
            continue
        kept.append((excel_row, cells, filled, col))
    footnotes: list[tuple[int, str]] = []
    while kept and kept[-1][2] == 1:  # single-cell rows below the table: footnotes, sources
        excel_row, cells, _, col = kept[-1]
        text = as_text(cells[col])
        in_title = column_letter(grid.col_offset + col) == title_letter
        if in_title and not norm(text).startswith(_NOTE_START) and not text.startswith(_NOTE_START):
            break
        footnotes.insert(0, (excel_row, text))
        kept.pop()
    for excel_row, text in footnotes:
        note(f"Zeile {excel_row} („{text[:60]}“) ist eine Anmerkung unter der Tabelle und wurde "
             "übersprungen.", excel_row, value=text)
    return [(r, cells) for r, cells, _, _ in kept]


def _parse_column(column: Sequence[Any], parse, kinds: set[type], fast=None
                  ) -> tuple[list[Any], list[tuple[int, Any]]]:
    """Typed values of a column and its (row index, Parsed) errors. Lists repeat themselves, so
    each distinct value is parsed once and the column is mapped at C speed. `fast(raw)` gives
    the value of a common cell directly (None: ask `parse`)."""
    if bool in kinds and (kinds & {int, float}):  # True == 1.0 for a dict: keep them apart
        keyed: dict[Any, Any] = {}
        for raw in column:
            key = (raw.__class__, raw)
            if key not in keyed:
                keyed[key] = parse(raw)
        results = [keyed[(raw.__class__, raw)] for raw in column]
        return ([None if r.error else r.value for r in results],
                [(n, r) for n, r in enumerate(results) if r.error is not None])
    typed: dict[Any, Any] = {}
    if fast is None:
        mapping = {raw: parse(raw) for raw in set(column)}
    else:
        mapping = {}
        for raw in set(column):
            value = fast(raw)
            if value is None:
                mapping[raw] = parse(raw)
            else:
                typed[raw] = value
    typed.update((raw, None if r.error else r.value) for raw, r in mapping.items())
    values = list(map(typed.__getitem__, column))
    failed = {raw: r for raw, r in mapping.items() if r.error is not None}
    if not failed:
        return values, []
    return values, [(n, failed[raw]) for n, raw in enumerate(column) if raw in failed]


_HASH_LED = operator.methodcaller("startswith", "#")


def _text_column(column: Sequence[str]) -> list[str] | None:
    """A text column of strings (names, ids: mostly all different) is its stripped text when no
    cell is short (empty marks like 'k. A.') or '#'-led (Excel errors); else None (parse it)."""
    values = list(map(str.strip, column))
    if min(map(len, values), default=6) > 5 and not any(map(_HASH_LED, column)):
        return values
    return None


def _parse_rows(data, mapped, file_name: str, sheet: str, taxonomy) -> ColumnData:
    """Parse each column (once per distinct value) and keep the results column-wise."""
    from dashboard.ingest.fields import BY_NAME
    from dashboard.ingest.values import amount_value, as_text, parser_for

    cells_of = {cell.field: (letter, cell.header) for cell, letter in mapped}
    row_numbers = [r for r, _ in data]
    values: dict[str, list[Any]] = {}
    raws: dict[str, Sequence[Any]] = {}
    issues_by_row: dict[int, list[Issue]] = {}
    # one C-level transpose instead of a Python loop per column (csv rows may be ragged)
    transposed = list(itertools.zip_longest(*(cells for _, cells in data), fillvalue=""))
    for cell, letter in mapped:
        idx = cell.index
        column = transposed[idx] if idx < len(transposed) else ("",) * len(data)
        parse = parser_for(cell.field, cell.scale, taxonomy)
        kinds = set(map(type, column))
        kind = BY_NAME[cell.field].kind
        text = _text_column(column) if kind == "text" and kinds == {str} else None
        if text is not None:
            values[cell.field], errors = text, []
        else:
            fast = functools.partial(amount_value, scale=cell.scale) if kind == "amount" else None
            values[cell.field], errors = _parse_column(column, parse, kinds, fast)
        raws[cell.field] = column
        for n, result in errors:
            issues_by_row.setdefault(n, []).append(Issue(
                "error", result.error, file_name, sheet, row_numbers[n], cell.header, letter,
                as_text(column[n]), result.suggestion))
    return ColumnData(row_numbers, values, raws, issues_by_row, cells_of)
