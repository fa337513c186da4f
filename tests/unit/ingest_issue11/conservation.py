"""Generated project lists for the conservation check: a JSON-able spec (title rows, headers in
several spellings and units, cells in several formats, vertically merged cells, blank rows,
totals and note rows, unknown columns, some invalid cells) -> a real xlsx, and what every
non-empty cell must become in the database as a user would compare it."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

# field -> (header spellings with their amount scale, value makers)
HEADERS: dict[str, list[tuple[str, float]]] = {
    "project_id": [("Projekt-ID", 1), ("Projektnummer", 1)],
    "title": [("Projekttitel", 1), ("Vorhaben", 1), ("Titel", 1)],
    "revier_code": [("Revier", 1)],
    "focus_area_code": [("Entwicklungsschwerpunkt", 1), ("Schwerpunkt", 1)],
    "district_code": [("Landkreis", 1)],
    "stage_code": [("Prüfstufe", 1), ("Stufe", 1)],
    "total_cost_eur": [("Gesamtkosten (€)", 1), ("Kosten gesamt (T€)", 1000), ("Gesamtkosten in Mio. €", 1e6)],
    "start_date": [("Projektbeginn", 1), ("Beginn", 1)],
    "planned_jobs": [("Geplante Arbeitsplätze", 1)],
    "actual_jobs": [("Arbeitsplätze umgesetzt", 1), ("Arbeitsplätze (Ist)", 1)],
    "planned_apprenticeships": [("Geplante Ausbildungsplätze", 1)],
    "invkg_area": [("Förderbereich InvKG", 1), ("Förderbereich", 1)],
    "remarks": [("Bemerkungen", 1)],
    "unknown_text": [("Interne Notiz", 1)],
    "unknown_amount": [("Eigenanteil (€)", 1)],
}
REVIERE = [("LR", ["LR", "Lausitzer Revier", "Lausitz"]), ("MR", ["MR", "Mitteldeutsches Revier"])]
FOCI = [("F4", ["F4", "Energiemodellregion", "Energie", "4"]), ("F1", ["F1", "Mobilität"]),
        ("F6", ["Tourismus und lebenswerte Regionen", "F6"])]
DISTRICTS = {"LR": ("14626", ["Landkreis Görlitz", "Görlitz", "LK Görlitz"]),
             "MR": ("14729", ["Landkreis Leipzig"])}
STAGES = [("IDEE", "Projektidee"), ("FN", "Fachnetzwerk"), ("FG_FOE", "FG Förderung"),
          ("ANTRAG", "Antrag eingereicht")]
# Förderbereich (InvKG § 4 Abs. 1) as people write it
AREAS = [("FB5", ["FB5", "Digitalisierung", "5"]), ("FB8", ["Klima- und Umweltschutz", "FB8"])]
INVALID = {"district_code": "Leipziger Land", "start_date": "2027", "planned_jobs": "viele",
           "actual_jobs": "einige", "planned_apprenticeships": "-2", "invkg_area": "Breitband",
           "total_cost_eur": "teuer", "stage_code": "Fachgruppe"}


@st.composite
def specs(draw) -> dict[str, Any]:
    """One list: {'title_rows', 'columns': [[field, header, scale]], 'rows': [[cells]] with cells
    as ['kind', value] ('blank' rows as None), 'merges': [[col, first, last]] (data row
    indexes), 'totals', 'note'}."""
    optional = ["project_id", "district_code", "stage_code", "total_cost_eur", "start_date",
                "planned_jobs", "remarks", "unknown_text", "unknown_amount", "actual_jobs",
                "planned_apprenticeships", "invkg_area"]
    chosen = ["title", "revier_code", "focus_area_code",
              *draw(st.lists(st.sampled_from(optional), unique=True, max_size=len(optional)))]
    chosen = draw(st.permutations(chosen))
    columns = [[f, *draw(st.sampled_from(HEADERS[f]))] for f in chosen]
    n = draw(st.integers(1, 8))
    rows: list[Any] = []
    for i in range(n):
        if draw(st.integers(0, 9)) == 0:
            rows.append(None)  # a blank row
        revier, spellings = draw(st.sampled_from(REVIERE))
        row = []
        for field, _header, scale in columns:
            row.append(draw(_cell(field, i, revier, spellings, scale)))
        rows.append(row)
    data_rows = [k for k, r in enumerate(rows) if r is not None]
    merges = []
    revier_col = [c[0] for c in columns].index("revier_code")
    if len(data_rows) >= 2 and draw(st.booleans()):
        first = draw(st.sampled_from(data_rows[:-1]))
        last = first + 1
        if rows[last] is not None:
            merges.append([revier_col, first, last])
            rows[last][revier_col] = ["empty", None]
    return {"title_rows": draw(st.lists(st.sampled_from(["Projektliste Energie", "Stand: Oktober 2026",
                                                           "Vertraulich"]), max_size=2)),
            "columns": columns, "rows": rows, "merges": merges,
            "totals": draw(st.booleans()), "note": draw(st.booleans())}


def _cell(field: str, i: int, revier: str, spellings: list[str], scale: float):
    invalid = st.just(["text", INVALID[field]]) if field in INVALID else st.nothing()
    empty = st.just(["empty", None])
    if field == "project_id":
        return st.just(["text", f"P-{i:03d}"]) | empty
    if field == "title":
        return st.sampled_from(["Wärmenetz", "Radweg", "Labor"]).map(
            lambda w: ["text", f"{w} Nr. {i}"]) | st.just(["empty", None])
    if field == "revier_code":
        return st.sampled_from(spellings).map(lambda s: ["text", s])
    if field == "focus_area_code":
        return st.sampled_from([s for _c, ss in FOCI for s in ss]).map(lambda s: ["text", s])
    if field == "district_code":
        return st.sampled_from(DISTRICTS[revier][1]).map(lambda s: ["text", s]) | empty | invalid
    if field == "stage_code":
        return st.sampled_from([name for _c, name in STAGES]).map(lambda s: ["text", s]) | empty | invalid
    if field in ("total_cost_eur", "unknown_amount"):
        number = st.integers(1, 5000).map(lambda k: k * 250)
        typed = number.map(lambda v: ["number", v]) | number.map(
            lambda v: ["text", f"{v:,}".replace(",", ".") + ",00" + ("" if scale != 1 else " €")])
        return typed | empty | invalid
    if field == "start_date":
        day = st.dates(date(2020, 1, 1), date(2030, 12, 31))
        return (day.map(lambda d: ["date", d.isoformat()]) | day.map(
            lambda d: ["text", d.strftime("%d.%m.%Y")]) | empty | invalid)
    if field in ("planned_jobs", "actual_jobs", "planned_apprenticeships"):
        return st.integers(0, 500).map(lambda v: ["number", v]) | empty | invalid
    if field == "invkg_area":
        return st.sampled_from([s for _c, ss in AREAS for s in ss]).map(
            lambda s: ["text", s]) | empty | invalid
    return st.sampled_from(["wichtig", "Träger prüfen", "=kein Formel"]).map(lambda s: ["text", s]) | empty


def _value(cell: list) -> Any:
    kind, value = cell
    if kind == "date":
        d = date.fromisoformat(value)
        return datetime(d.year, d.month, d.day)
    return value


def workbook(spec: dict[str, Any]) -> tuple[bytes, dict[tuple[int, int], Any]]:
    """The xlsx and its non-empty cells {(excel row, column number): value as written}."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    cells: dict[tuple[int, int], Any] = {}

    def put(r: int, c: int, value: Any, *, as_text: bool = False) -> None:
        if value is None:
            return
        cell = ws.cell(row=r, column=c, value=value)
        if as_text:
            cell.data_type = "s"  # '=kein Formel' stays text, as a user would type it
        cells[(r, c)] = value

    r = 1
    for title in spec["title_rows"]:
        put(r, 1, title)
        r += 1
    if spec["title_rows"]:
        r += 1  # a blank line before the header
    header_row = r
    for c, (_f, header, _s) in enumerate(spec["columns"], start=1):
        put(r, c, header)
    first = r + 1
    for k, row in enumerate(spec["rows"]):
        if row is None:
            continue
        for c, cell in enumerate(row, start=1):
            put(first + k, c, _value(cell), as_text=cell[0] == "text")
    for col, a, b in spec["merges"]:
        letter = get_column_letter(col + 1)
        ws.merge_cells(f"{letter}{first + a}:{letter}{first + b}")
    end = first + len(spec["rows"])
    if spec["totals"]:
        put(end, 1, "Summe")
        end += 1
    if spec["note"]:
        put(end + 1, 1, "* Angaben ohne Gewähr")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue(), {**cells, ("header", 0): header_row, ("first", 0): first}
