"""Section rows of a project list (a helper of step 3, ingest.parse): a row with one text cell
that names a Revier, a Land, a Landkreis, a Fachnetzwerk, an Entwicklungsschwerpunkt or a
Zukunftsmission ("Lausitzer Revier" alone in column A, then its projects) is a heading, never a
project. Where it settles a value unambiguously, it fills that value into the rows below it that
leave the cell empty (named in a notice); a row with its own, different value keeps it (a
warning says so)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dashboard.domain.taxonomy import Taxonomy, per_taxonomy
from dashboard.ingest.fields import BY_NAME, norm
from dashboard.ingest.grid import Grid
from dashboard.ingest.locate import Located, column_letter
from dashboard.ingest.lookups import lookups
from dashboard.ingest.messages import Issue, joined, quoted, row_ranges, say

# the level of a heading: a new one ends the headings of its level and below
_LEVEL = {"reviere": 0, "bundeslaender": 0, "districts": 1, "networks": 2, "focus_areas": 2,
          "missions": 2}
_NETWORK_WORDS = ("fachnetzwerk ", "netzwerk ")


@dataclass
class Heading:
    row: int                    # Excel row
    text: str
    level: int
    fills: dict[str, str]       # field -> code it gives the rows below
    applied: dict[str, list[int]] = field(default_factory=dict)  # field -> Excel rows filled


@per_taxonomy
def _names(taxonomy: Taxonomy) -> dict[str, tuple[str, dict[str, str]]]:
    """Normalised heading text -> (kind, fields it settles) for Länder and Fachnetzwerke (the
    other kinds resolve through ingest.lookups)."""
    found: dict[str, tuple[str, dict[str, str]]] = {}
    for land in taxonomy.bundeslaender:
        reviere = {d.revier_code for d in taxonomy.districts if d.bundesland_code == land.code}
        found[norm(land.name)] = ("bundeslaender",
                                  {"revier_code": next(iter(reviere))} if len(reviere) == 1 else {})
    by_name: dict[str, list] = {}
    for n in taxonomy.networks:
        by_name.setdefault(norm(n.name), []).append(n)
        for revier in (r for r in taxonomy.reviere if r.code == n.revier_code):
            for spelling in (revier.name, revier.short_name):  # "Energiemodellregion Lausitz"
                found[norm(f"{n.name} {spelling}")] = ("networks", _network_fills(n))
                found[norm(f"{spelling} {n.name}")] = ("networks", _network_fills(n))
    for key, networks in by_name.items():
        if len(networks) == 1:
            found.setdefault(key, ("networks", _network_fills(networks[0])))
        else:  # "Energiemodellregion" in both Reviere: the focus area only, if one
            foci = {f for n in networks for f in n.focus_area_codes}
            found.setdefault(key, ("networks", {"focus_area_code": next(iter(foci))}
                                   if len(foci) == 1 else {}))
    return found


def _network_fills(network) -> dict[str, str]:
    fills = {"revier_code": network.revier_code}
    if len(network.focus_area_codes) == 1:
        fills["focus_area_code"] = network.focus_area_codes[0]
    return fills


def heading_of(text: str, taxonomy: Taxonomy) -> tuple[str, dict[str, str]] | None:
    """(kind, fields it settles) when `text` names a Revier, Land, Landkreis, Fachnetzwerk,
    Entwicklungsschwerpunkt or Zukunftsmission exactly (no guess); else None."""
    key = norm(text)
    for prefix in _NETWORK_WORDS:
        key = key.removeprefix(prefix)
    if not key or key.isdigit():  # "1", "2": a number is no heading
        return None
    if key in (names := _names(taxonomy)):
        return names[key]
    tables = lookups(taxonomy)
    for table, fill in (("reviere", "revier_code"), ("districts", "district_code"),
                        ("focus_areas", "focus_area_code"), ("missions", "mission_code")):
        code = tables[table].known(key)
        if code is None:
            continue
        fills = {fill: code}
        if table == "districts":  # a Kreis settles its Revier too
            fills["revier_code"] = next(d.revier_code for d in taxonomy.districts if d.code == code)
        return table, fills
    return None


def split(data: list[tuple[int, list[Any]]], taxonomy: Taxonomy
          ) -> tuple[list[tuple[int, list[Any]]], list[tuple[Heading, list[int]]]]:
    """The data rows without the heading rows, and each heading with the indexes (into the
    returned rows) of the rows it stands over."""
    rows: list[tuple[int, list[Any]]] = []
    headings: list[tuple[Heading, list[int]]] = []
    stack: list[tuple[Heading, list[int]]] = []
    for excel_row, cells in data:
        # (one C-level count per row; the few rows with one cell are looked at)
        text = next(v for v in cells if v != "") if len(cells) - cells.count("") == 1 else None
        found = heading_of(text, taxonomy) if isinstance(text, str) else None
        if found is None:
            for _, below in stack:
                below.append(len(rows))
            rows.append((excel_row, cells))
            continue
        kind, fills = found
        heading = Heading(excel_row, " ".join(text.split()), _LEVEL[kind], fills)
        stack = [s for s in stack if s[0].level < heading.level]
        stack.append((heading, []))
        headings.append(stack[-1])
    return rows, headings


def apply(headings: list[tuple[Heading, list[int]]], data, file_name: str, sheet: str
          ) -> list[Issue]:
    """Fill each heading's values into the empty cells of the rows below it (of the columns the
    file has) in `data` (parse.ColumnData); the notices that say so, and a warning for each row
    that names another value."""
    values, raws, row_numbers, cells = data.values, data.raw, data.row_numbers, data.cells
    issues: list[Issue] = []
    for heading, below in headings:
        conflicts: list[Issue] = []
        for f, code in heading.fills.items():
            if f not in values:
                continue
            column, raw = values[f], raws[f]
            for i in below:
                if column[i] is None and (raw[i] == "" or raw[i] is None):
                    column[i] = code
                    heading.applied.setdefault(f, []).append(row_numbers[i])
                elif column[i] is not None and column[i] != code:
                    letter, header = cells[f]
                    conflicts.append(Issue("warning", say(
                        "rows.section_conflict", text=heading.text, row=heading.row, header=header),
                        file_name, sheet, row_numbers[i], header, letter, str(raw[i]),
                        say("rows.section_conflict_hint")))
        issues.append(_notice(heading, cells, file_name, sheet))
        issues.extend(conflicts)
    return issues


def _notice(heading: Heading, cells: dict[str, tuple[str, str]], file_name: str, sheet: str
            ) -> Issue:
    if not heading.applied:
        message = say("rows.section", row=heading.row, text=heading.text)
    else:
        what = joined([quoted(cells[f][1] if f in cells else BY_NAME[f].header)
                       for f in heading.applied], "word.and")
        rows = sorted({r for found in heading.applied.values() for r in found})
        listed = say("rows.section_one" if len(rows) == 1 else "rows.section_many",
                     rows=row_ranges(rows))
        message = say("rows.section_applied", row=heading.row, text=heading.text, fields=what,
                      rows=listed)
    return Issue("warning", message, file_name, sheet, heading.row, None, None, heading.text)


def fill_merged(grid: Grid, data: list[tuple[int, list[Any]]], located: Located) -> None:
    """A value in vertically merged cells belongs to every row of the range (Excel shows it
    beside each of them; the file stores it only in the top cell)."""
    if not grid.merged or not data:
        return
    index_of = {excel_row: n for n, (excel_row, _) in enumerate(data)}
    headers = {c.index: c for c in located.columns}
    spans: dict[int, list[int]] = {}
    for (r0, c0), (r1, c1) in grid.merged:
        c = c0 - grid.col_offset
        top, bottom = r0 - grid.row_offset + 1, r1 - grid.row_offset + 1  # Excel rows
        if r1 <= r0 or top not in index_of or c < 0:
            continue
        value = data[index_of[top]][1][c] if c < len(data[index_of[top]][1]) else ""
        if value == "":
            continue
        for excel_row in range(top + 1, bottom + 1):
            if excel_row in index_of:
                cells = data[index_of[excel_row]][1]
                if c < len(cells) and cells[c] == "":
                    cells[c] = value
        spans.setdefault(c, []).extend(range(top, bottom + 1))
    for c, rows in sorted(spans.items()):
        header = headers.get(c)
        letter = column_letter(grid.col_offset + c)
        located.notices.append(Issue("warning", say("rows.merged", letter=letter,
                                                    header=header.header if header else say("word.no_header"),
                                                    ranges=row_ranges(rows)),
                                     located.file_name, located.sheet, None,
                                     header.header if header else None, letter))
