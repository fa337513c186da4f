"""Step 2 of the import, Book -> Located: which sheet, which row is the header (anywhere in the
first 30 rows), which column holds which field (names, synonyms, units such as T€), and every
cell that will not be read because of where it stands (title rows, unknown or unnamed
columns, other sheets), each named in a notice."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dashboard.domain.taxonomy import Taxonomy, per_taxonomy
from dashboard.ingest.fields import ALL_FIELDS, BY_NAME, SYNONYMS, norm, split_unit, unit_scale
from dashboard.ingest.grid import Book, Grid
from dashboard.ingest.messages import (
    FileRejected,
    Issue,
    cell_named,
    grouped,
    listed,
    n_values,
    say,
)

HEADER_SEARCH_ROWS = 30
MIN_HEADER_MATCHES = 2
ABOVE_LISTED = 5   # cells above the header quoted in the notice

# words that make an unknown header look like money or a date (compared on norm())
_AMOUNT_WORDS = ("kosten", "betrag", "summe", "foerder", "zuschuss", "zuwendung", "mittel", "eur",
                 "budget", "volumen", "ausgaben", "finanz", "invest", "preis")
_DATE_WORDS = ("datum", "termin", "frist", "beginn", "ende", "seit", "zeitraum", "laufzeit")
_DATE_TEXT = re.compile(r"^\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}")
_AMOUNT_TEXT = re.compile(r"^[+-]?\d[\d.' ]*(,\d+)?\s*(€|eur|euro|t€|teur|mio\.?\s*€?)?$", re.IGNORECASE)


@dataclass(frozen=True)
class HeaderCell:
    index: int          # 0-based column in the grid
    header: str         # text as in the file (line breaks turned into spaces)
    field: str | None
    scale: float = 1.0  # amounts: 1000 for T€, 1e6 for Mio. €


@dataclass(frozen=True)
class SourceColumn:
    """A column of the file: its letter, header text, and the canonical field (None = not read)."""

    letter: str
    header: str
    field: str | None
    index: int = -1
    scale: float = 1.0


@dataclass
class Located:
    """Where the list is: the chosen sheet's grid, its header and the columns to read."""

    file_name: str
    sheet: str
    grid: Grid
    header_row: int                  # Excel row of the header
    first_data: int                  # index in grid.rows of the first row below the header
    columns: list[SourceColumn]      # every header cell, in file order
    notices: list[Issue] = field(default_factory=list)
    available_sheets: list[str] = field(default_factory=list)

    @property
    def read(self) -> list[SourceColumn]:
        """The columns whose values are read (one per field)."""
        return [c for c in self.columns if c.field]


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@per_taxonomy
def header_index(taxonomy: Taxonomy) -> dict[str, str]:
    """Normalised header spelling -> field name (canonical headers, synonyms, stage names)."""
    index: dict[str, str] = {}
    for f in ALL_FIELDS:
        for spelling in (f.header, *SYNONYMS.get(f.name, ())):
            key = norm(split_unit(spelling)[0])
            index.setdefault(key, f.name)
            index.setdefault(key.replace(" ", ""), f.name)  # "Handlungs-\nfeld", "Projekt ID"
    for stage in taxonomy.stages:
        for name in {stage.name, stage.short_name, stage.name.replace("Fachgruppe", "FG")}:
            for pattern in ("Datum {}", "{} am", "{} seit", "Datum {} am"):
                index.setdefault(norm(pattern.format(name)), f"date_{stage.code}")
    return index


def match_header(text: Any, taxonomy: Taxonomy, index: int = -1) -> HeaderCell | None:
    """The field for one header cell (field None = unknown column); None for an empty cell."""
    if not isinstance(text, str) or not text.strip():
        return None
    shown = " ".join(text.split())
    name, unit = split_unit(shown)
    known = header_index(taxonomy)
    key = norm(name)
    # the whole text first: "Arbeitsplätze (Ist)" is its own column, not "Arbeitsplätze" in
    # the unit "Ist"
    found = known.get(norm(shown)) or known.get(key) or known.get(key.replace(" ", ""))
    scale = unit_scale(unit) if found and BY_NAME[found].kind == "amount" else 1.0
    return HeaderCell(index, shown, found, scale)


def find_header(rows: list[list[Any]], taxonomy: Taxonomy) -> tuple[int, list[HeaderCell]] | None:
    """(0-based row index, header cells) of the row in the first 30 that names most known
    fields (at least two), or None."""
    best: tuple[int, list[HeaderCell]] | None = None
    best_score = MIN_HEADER_MATCHES - 1
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = [cell for c, value in enumerate(row) if (cell := match_header(value, taxonomy, c))]
        score = len({cell.field for cell in cells if cell.field})
        if score > best_score:
            best, best_score = (r, cells), score
    return best


def with_sub_headers(grid: Grid, header_idx: int, cells: list[HeaderCell], taxonomy: Taxonomy
                     ) -> tuple[list[HeaderCell], int]:
    """Two-row headers: a merged cell ("Förderung (€)" over B:C) with sub-headers below
    ("beantragt", "bewilligt") gives "Förderung beantragt (€)". Returns cells and the first
    data row index."""
    rows = grid.rows
    below = rows[header_idx + 1] if header_idx + 1 < len(rows) else []
    abs_row = grid.row_offset + header_idx
    spans = [(c0 - grid.col_offset, c1 - grid.col_offset) for (r0, c0), (r1, c1) in grid.merged
             if r0 == r1 == abs_row and c1 > c0]
    if not spans or not below:
        return cells, header_idx + 1
    inside = {c for c0, c1 in spans for c in range(c0, c1 + 1)}
    texts = {c: v for c, v in enumerate(below) if isinstance(v, str) and v.strip()}
    if not texts or any(v not in ("", None) for c, v in enumerate(below) if c not in inside):
        return cells, header_idx + 1
    by_index = {cell.index: cell for cell in cells}
    result = [cell for cell in cells if cell.index not in inside]
    for c0, c1 in spans:
        parent = rows[header_idx][c0] if c0 < len(rows[header_idx]) else ""
        name, unit = split_unit(" ".join(str(parent).split()))
        for c in range(c0, c1 + 1):
            child = texts.get(c)
            if child is None:
                if c in by_index:
                    result.append(by_index[c])
                continue
            text = f"{name} {' '.join(child.split())}" + (f" ({unit})" if unit else "")
            result.append(match_header(text, taxonomy, c) or HeaderCell(c, text, None))
    result.sort(key=lambda cell: cell.index)
    return result, header_idx + 2


def locate(book: Book, taxonomy: Taxonomy, wanted: str | None = None) -> Located:
    """Choose the sheet (by name, else the first visible one with a header), find the header
    and map the columns. Raises FileRejected when there is no such sheet or no header."""
    notices: list[Issue] = []
    name = book.file_name
    if wanted is not None:
        if wanted not in book.sheets:
            raise FileRejected(say("sheet.unknown", sheet=wanted, file=name,
                                   names=", ".join(book.sheets)))
        grid = book.grid(wanted)
        header = find_header(grid.rows, taxonomy)
    else:
        for hidden in [s for s in book.sheets if s not in book.visible]:
            if find_header(book.grid(hidden, HEADER_SEARCH_ROWS).rows, taxonomy):
                notices.append(Issue("warning", say("sheet.hidden", sheet=hidden), name, hidden))
        grid, header, empty = None, None, True
        for sheet in book.visible:
            candidate = book.grid(sheet)
            empty = empty and not candidate.rows
            found = find_header(candidate.rows, taxonomy)
            if found is not None:
                grid, header = candidate, found
                break
        if grid is None:
            if empty:
                raise FileRejected(say("file.all_empty", file=name))
            raise FileRejected(say("sheet.no_header", file=name))
        later = book.visible[book.visible.index(grid.sheet) + 1:]
        for other in later:  # a second list in the same file is not silently ignored
            if find_header(book.grid(other, HEADER_SEARCH_ROWS).rows, taxonomy):
                notices.append(Issue("warning", say("sheet.other_list", sheet=other, chosen=grid.sheet),
                                     name, other, suggestion=say("sheet.other_list_hint", sheet=other)))
    if header is None:
        raise FileRejected(say("sheet.no_header", file=name))
    header_idx, cells = header
    cells, first_data = with_sub_headers(grid, header_idx, cells, taxonomy)
    located = Located(name, grid.sheet, grid, grid.row_offset + header_idx + 1, first_data, [],
                      notices, list(book.visible))
    _columns(located, cells)
    _above_header(located, header_idx)
    return located


def _columns(located: Located, cells: list[HeaderCell]) -> None:
    """Map header cells to fields; name every column whose values will not be read."""
    grid, notes = located.grid, located.notices

    def note(message: str, letter: str | None = None, header: str | None = None,
             severity: str = "warning", suggestion: str | None = None) -> None:
        notes.append(Issue(severity, message, located.file_name, located.sheet, None, header,
                           letter, None, suggestion))

    seen: dict[str, str] = {}
    data = grid.rows[located.first_data:]
    for cell in cells:
        letter = column_letter(grid.col_offset + cell.index)
        field_name = cell.field
        if field_name in seen:
            n = _filled(data, cell.index)
            note(say("column.duplicate_values", header=cell.header, first=seen[field_name],
                     values=n_values(n))
                 if n else say("column.duplicate", header=cell.header, first=seen[field_name]),
                 letter, cell.header)
            field_name = None
        elif field_name is None:
            _note_unknown(note, cell, data, letter)
        else:
            seen[field_name] = letter
            if cell.scale != 1.0:
                unit = say({1e3: "word.thousand", 1e6: "word.million"}.get(cell.scale,
                                                                          "word.billion"))
                note(say("column.scaled", header=cell.header, unit=unit,
                         factor=grouped(int(cell.scale))), letter, cell.header)
        located.columns.append(SourceColumn(letter, cell.header, field_name, cell.index, cell.scale))
    headed = {cell.index for cell in cells}
    width = max(map(len, data), default=0)
    for c in range(width):
        if c not in headed and (n := _filled(data, c)):
            letter = column_letter(grid.col_offset + c)
            note(say("column.no_header", letter=letter, values=n_values(n)), letter,
                 suggestion=say("column.no_header_hint"))
    for f in BY_NAME.values():
        if f.required and f.name not in seen:
            note(say("column.required_missing", header=f.header), severity="error",
                 suggestion=say("column.required_hint"))


def _note_unknown(note, cell: HeaderCell, data: list[list[Any]], letter: str) -> None:
    values = [row[cell.index] for row in data if cell.index < len(row)
              and not (isinstance(row[cell.index], str) and not row[cell.index].strip())]
    kind = _looks_like(cell.header, values)
    if kind:
        note(say("column.unknown_looks", header=cell.header, kind=say(f"kind.{kind}"),
                 values=n_values(len(values))),
             letter, cell.header, suggestion=say("column.unknown_looks_hint",
                                                 examples=say(f"hint.{kind}_examples")))
    elif values:
        note(say("column.unknown_values", header=cell.header, values=n_values(len(values))), letter,
             cell.header)
    else:
        note(say("column.unknown", header=cell.header), letter, cell.header)


def _looks_like(header: str, values: list[Any]) -> str | None:
    """'amount' or 'date' when an unknown column's header or most of its values say so."""
    key = f" {norm(header)} "
    unit = split_unit(header)[1]
    if unit and ("€" in unit or "eur" in unit.casefold()) or any(w in key for w in _AMOUNT_WORDS):
        return "amount"
    if any(w in key for w in _DATE_WORDS) or key.endswith(" am "):
        return "date"
    if not values:
        return None
    dates = sum(1 for v in values if isinstance(v, date) or (isinstance(v, str) and _DATE_TEXT.match(v.strip())))
    if dates * 2 > len(values):
        return "date"
    amounts = sum(1 for v in values if (isinstance(v, (int, float)) and not isinstance(v, bool)
                                        and abs(v) >= 100) or (isinstance(v, str) and "€" in v
                                                               and _AMOUNT_TEXT.match(v.strip())))
    return "amount" if amounts * 2 > len(values) else None


def _filled(data: list[list[Any]], c: int) -> int:
    """Non-empty cells of column index c."""
    return sum(1 for row in data if c < len(row) and row[c] != ""
               and not (isinstance(row[c], str) and not row[c].strip()))


def _above_header(located: Located, header_idx: int) -> None:
    """Text above the header (a title, a date) is named: it is not read as data."""
    cells = [(i, c, v) for i, row in enumerate(located.grid.rows[:header_idx]) for c, v in enumerate(row)
             if v != "" and not (isinstance(v, str) and not v.strip())]
    if not cells:
        return
    grid = located.grid
    named = [cell_named(v, f"{column_letter(grid.col_offset + c)}{grid.row_offset + i + 1}")
             for i, c, v in cells[:ABOVE_LISTED]]
    if len(cells) > ABOVE_LISTED:
        named.append(say("word.more", n=len(cells) - ABOVE_LISTED))
    located.notices.append(Issue("warning", say("rows.above_header", header=located.header_row,
                                                cells=listed(named)),
                                 located.file_name, located.sheet))
