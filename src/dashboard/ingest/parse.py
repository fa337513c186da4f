"""Step 3 of the import, Located -> Parsed: the data rows (blank, totals, note and section rows
left out and named), vertically merged cells filled down, and every cell of a read column typed once
per distinct value (ingest.values), each error located as Excel shows it."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest import safety, sections
from dashboard.ingest.amounts import amount_value
from dashboard.ingest.cells import MARK_MAX, blank_notices, is_mark
from dashboard.ingest.fields import BY_NAME, norm
from dashboard.ingest.grid import Grid, too_many
from dashboard.ingest.locate import Located, SourceColumn, column_letter
from dashboard.ingest.messages import Issue, as_shown, as_text, say
from dashboard.ingest.values import parser_for

_TOTALS = re.compile(r"^(summe|summen|gesamt|gesamtsumme|insgesamt|zwischensumme|total|gesamtergebnis)\b")
_NOTE_START = ("*", "¹", "²", "(", "quelle", "hinweis", "anmerkung", "stand", "erlaeuterung",
               "legende", "fussnote")
_HASH_LED = operator.methodcaller("startswith", "#")


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
    """The parsed cells column by column: what the checks read (rows are built on demand)."""

    row_numbers: list[int]                 # Excel row number of each data row
    values: dict[str, list[Any]]           # field -> typed value per row (None: empty or invalid)
    raw: dict[str, Sequence[Any]]          # field -> raw cell per row ("" for an empty cell)
    issues: dict[int, list[Issue]] = field(default_factory=dict)  # row index -> cell errors
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
        """The cell errors in row order."""
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
class Parsed:
    """The rows of one sheet plus file-level notices (skipped sheets/rows, unknown columns, scaling).
    The cells are held column-wise (`data`); `rows` builds ParsedRow objects on first use."""

    file_name: str
    sheet: str
    header_row: int
    columns: list[SourceColumn]
    data: ColumnData  # (a list of ParsedRow is turned into columns)
    notices: list[Issue] = field(default_factory=list)
    available_sheets: list[str] = field(default_factory=list)
    applied: list[Any] = field(default_factory=list)  # decisions.Applied: cells read through
    offers: list[Any] = field(default_factory=list)   # decisions.Offer: a decision to make
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


def parse(located: Located, taxonomy: Taxonomy, decisions: Sequence[Any] = (),
          aliases: Sequence[Any] = ()) -> Parsed:
    """Classify the rows below the header and type every cell of the read columns; refused
    reference cells are read through the person's decisions and the networks' aliases
    (ingest.decisions)."""
    from dashboard.ingest import decisions as decide

    grid, notices = located.grid, located.notices

    def note(message: str, row: int | None = None, value: str | None = None) -> None:
        notices.append(Issue("warning", message, located.file_name, located.sheet, row, None, None,
                             value))

    if grid.truncated_after:
        note(say("rows.truncated", row=grid.truncated_after), grid.truncated_after)
    title = next((c.letter for c in located.read if c.field == "title"), None)
    data = _data_rows(grid, located.first_data, title, note)
    if len(data) > safety.MAX_DATA_ROWS:
        raise too_many(located.file_name)
    sections.fill_merged(grid, data, located)
    data, headings = sections.split(data, taxonomy)  # "Lausitzer Revier" alone: no project
    columns = _parse_columns(data, located, taxonomy)
    notices.extend(sections.apply(headings, columns, located.file_name, located.sheet))
    applied, offers, used = decide.apply(columns, located, taxonomy, decisions, aliases)
    return Parsed(located.file_name, located.sheet, located.header_row, located.columns, columns,
                  [*notices, *used], located.available_sheets, applied, offers)


def _totals_hint(folded: str) -> bool:
    return "summ" in folded or "gesamt" in folded or "total" in folded


def _data_rows(grid: Grid, first_data: int, title_letter: str | None, note) -> list[tuple[int, list[Any]]]:
    """(Excel row, cells) of the real data rows; totals rows and notes below the table named."""
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
            note(say("rows.totals", row=excel_row, text=as_text(first)), excel_row, as_text(first))
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
        note(say("rows.footnote", row=excel_row, text=text[:60]), excel_row, text)
    return [(r, cells) for r, cells, _, _ in kept]


def _parse_column(column: Sequence[Any], parse_one, kinds: set[type], fast=None,
                  distinct: set | None = None) -> tuple[list[Any], list[tuple[int, Any]]]:
    """Typed values of a column and its (row index, Typed) errors and notices; lists repeat
    themselves, so each distinct value is parsed once (`fast(raw)`: a common cell's value)."""
    if bool in kinds and (kinds & {int, float}):  # True == 1.0 for a dict: keep them apart
        keyed: dict[Any, Any] = {}
        for raw in column:
            key = (raw.__class__, raw)
            if key not in keyed:
                keyed[key] = parse_one(raw)
        results = [keyed[(raw.__class__, raw)] for raw in column]
        return ([None if r.error else r.value for r in results],
                [(n, r) for n, r in enumerate(results) if r.error is not None or r.notice])
    typed: dict[Any, Any] = {}
    distinct = set(column) if distinct is None else distinct
    if fast is None:
        mapping = {raw: parse_one(raw) for raw in distinct}
    else:
        mapping = {}
        for raw in distinct:
            value = fast(raw)
            if value is None:
                mapping[raw] = parse_one(raw)
            else:
                typed[raw] = value
    typed.update((raw, None if r.error else r.value) for raw, r in mapping.items())
    values = list(map(typed.__getitem__, column))
    failed = {raw: r for raw, r in mapping.items() if r.error is not None or r.notice is not None}
    if not failed:
        return values, []
    return values, [(n, failed[raw]) for n, raw in enumerate(column) if raw in failed]


def text_column(column: Sequence[str]) -> list[str] | None:
    """A text column of strings (names, ids: mostly all different) is its stripped text when no
    cell is empty, a mark for "no value" ('k. A.', '-') or '#'-led (Excel errors); else None."""
    if any(map(_HASH_LED, column)):
        return None
    values = list(map(str.strip, column))
    if min(map(len, values), default=MARK_MAX + 1) <= MARK_MAX and any(  # a mark is short
            map(is_mark, {v for v in values if len(v) <= MARK_MAX})):
        return None
    return values


def _parse_columns(data, located: Located, taxonomy: Taxonomy) -> ColumnData:
    """Parse each read column (once per distinct value) and keep the results column-wise."""
    read = located.read
    cells_of = {c.field: (c.letter, c.header) for c in read}
    row_numbers = [r for r, _ in data]
    values: dict[str, list[Any]] = {}
    raws: dict[str, Sequence[Any]] = {}
    issues_by_row: dict[int, list[Issue]] = {}
    # one C-level transpose instead of a Python loop per column (csv rows may be ragged)
    transposed = list(itertools.zip_longest(*(cells for _, cells in data), fillvalue=""))
    for col in read:
        column = transposed[col.index] if col.index < len(transposed) else ("",) * len(data)
        parse_one = parser_for(col.field, col.scale, taxonomy)
        kinds = set(map(type, column))
        kind = BY_NAME[col.field].kind
        text = text_column(column) if kind == "text" and kinds == {str} else None
        if text is not None:  # (no cell of it is a mark for "no value")
            values[col.field], errors = text, []
        else:
            fast = functools.partial(amount_value, scale=col.scale) if kind == "amount" else None
            values[col.field], errors = _parse_column(column, parse_one, kinds, fast,
                                                      distinct := set(column))
            located.notices.extend(blank_notices(column, distinct, col, row_numbers, located))
        raws[col.field] = column
        for n, result in errors:
            issues_by_row.setdefault(n, []).append(Issue(
                "error" if result.error else "warning", result.error or result.notice,
                located.file_name, located.sheet, row_numbers[n], col.header, col.letter,
                as_shown(column[n]), result.suggestion))
    del transposed
    return ColumnData(row_numbers, values, raws, issues_by_row, cells_of)
