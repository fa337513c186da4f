"""The .xlsx template for project lists: German headers in the canonical order (the data
contract, in every language), dropdown lists from the current reference data (on a hidden
"Listen" sheet), an instructions sheet in the reader's language ("Anleitung" / "Instructions")
and one example row. projects_xlsx writes exports in exactly this layout."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from dashboard import clock
from dashboard.domain.taxonomy import Taxonomy
from dashboard.export.tables import write_safe
from dashboard.ingest.fields import ALL_FIELDS
from dashboard.ingest.values import STATUS_NAMES
from dashboard.texts import t

SHEET = "Projekte"
LISTS_SHEET = "Listen"
VALIDATED_ROWS = 5000
YES_NO = ("ja", "nein")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FILL = PatternFill("solid", fgColor="F8CBAD")


def choices(taxonomy: Taxonomy) -> dict[str, list[str]]:
    """Field name -> the texts offered in its dropdown (names as people know them)."""
    markers = [m.name for m in sorted(taxonomy.theme_markers, key=lambda m: m.value)]
    lists = {
        "revier_code": [r.name for r in taxonomy.reviere],
        "district_code": [d.name for d in taxonomy.districts],
        "mission_code": [m.name for m in taxonomy.missions],
        "focus_area_code": [f.name for f in taxonomy.focus_areas],
        "stage_code": [s.name for s in taxonomy.stages],
        "programme_code": [p.name for p in taxonomy.programmes],
        "sponsor_type": [s.name for s in taxonomy.sponsor_types],
        "invkg_area": [a.name for a in taxonomy.invkg_areas],
        "status": list(STATUS_NAMES.values()),
        "amounts_flagged": list(YES_NO),
    }
    for theme in ("theme_fk", "theme_kj", "theme_gs", "theme_dw"):
        lists[theme] = markers
    return lists


def new_workbook(taxonomy: Taxonomy) -> tuple[Workbook, Worksheet]:
    """Template workbook without data rows: headers, dropdowns, Listen and Anleitung sheets."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for col, f in enumerate(ALL_FIELDS, start=1):
        _header_cell(ws.cell(row=1, column=col), f)
    _layout(ws)
    lists_ws = wb.create_sheet(LISTS_SHEET)
    for n, (_, values) in enumerate(choices(taxonomy).items(), start=1):
        for r, value in enumerate(values, start=2):
            write_safe(lists_ws.cell(row=r, column=n), value)
    _finish(wb, ws, lists_ws, taxonomy)
    _instructions(wb.create_sheet(t("template.sheet")))
    return wb, ws


def streamed_workbook(taxonomy: Taxonomy) -> tuple[Workbook, Any]:
    """The same layout in openpyxl's write-only mode: the Listen and Anleitung sheets are
    written, Projekte has its header row; the caller appends the data rows (constant memory)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    _layout(ws)
    header = []
    for f in ALL_FIELDS:
        cell = WriteOnlyCell(ws)
        _header_cell(cell, f)
        header.append(cell)
    lists_ws = wb.create_sheet(LISTS_SHEET)
    lists = list(choices(taxonomy).items())
    _finish(wb, ws, lists_ws, taxonomy)
    for r in range(max(len(v) for _, v in lists) + 1):
        row = []
        for name, values in lists:
            cell = WriteOnlyCell(lists_ws)
            write_safe(cell, name if r == 0 else values[r - 1] if r <= len(values) else None)
            row.append(cell)
        lists_ws.append(row)
    notes = wb.create_sheet(t("template.sheet"))
    notes.column_dimensions["A"].width = 120
    for n, line in enumerate(_instruction_lines()):
        cell = WriteOnlyCell(notes)
        write_safe(cell, line)
        if n == 0:
            cell.font = Font(bold=True, size=14)
        notes.append([cell])
    ws.append(header)
    return wb, ws


def _header_cell(cell, f) -> None:
    write_safe(cell, f.header)
    cell.font = Font(bold=True)
    cell.fill = _REQUIRED_FILL if f.required else _HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _layout(ws) -> None:
    for col, f in enumerate(ALL_FIELDS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(12, min(40, len(f.header) + 4))
    ws.freeze_panes = "C2"


def _finish(wb: Workbook, ws, lists_ws, taxonomy: Taxonomy) -> None:
    """Hide the Listen sheet, name its columns and point each dropdown at its column."""
    lists_ws.sheet_state = "hidden"
    columns = {f.name: i for i, f in enumerate(ALL_FIELDS, start=1)}
    for n, (field, values) in enumerate(choices(taxonomy).items(), start=1):
        letter = get_column_letter(n)
        if not wb.write_only:
            lists_ws.cell(row=1, column=n, value=field)
        target = get_column_letter(columns[field])
        dv = DataValidation(type="list", formula1=f"={LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}",
                            allow_blank=True, showErrorMessage=False)
        dv.add(f"{target}2:{target}{VALIDATED_ROWS}")
        ws.data_validations.append(dv)


def _instructions(ws: Worksheet) -> None:
    """The instructions in the reader's language (German for the CLI); the headers they name
    stay German, as in the sheet Projekte."""
    for r, line in enumerate(_instruction_lines(), start=1):
        write_safe(ws.cell(row=r, column=1), line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 120


def _instruction_lines() -> list[str]:
    return [t("template.title"), "", *(t(f"template.{n}") for n in range(1, 12))]


def template_xlsx(taxonomy: Taxonomy) -> bytes:
    """The empty template with one example row."""
    wb, ws = new_workbook(taxonomy)
    year = clock.today().year  # the example stays current: idea last year, start this year
    example = {
        "title": "Beispiel: Wasserstofftankstelle Hoyerswerda", "description": "Tankstelle für Linienbusse",
        "sponsor": "Stadt Hoyerswerda", "sponsor_type": taxonomy.sponsor_types[0].name,
        "revier_code": taxonomy.reviere[0].name, "district_code": taxonomy.districts[0].name,
        "municipality": "Hoyerswerda", "mission_code": taxonomy.missions[0].name,
        "focus_area_code": taxonomy.focus_areas[0].name, "theme_fk": "Hauptziel",
        "theme_kj": "nicht adressiert", "theme_gs": "signifikant", "theme_dw": "nicht adressiert",
        "stage_code": taxonomy.stages[0].name, "status": "aktiv", "programme_code": taxonomy.programmes[0].name,
        "total_cost_eur": 1250000.0, "requested_eur": 1000000.0, "amounts_flagged": "nein",
        "planned_jobs": 12, "planned_apprenticeships": 2, "invkg_area": taxonomy.invkg_areas[1].name,
        "start_date": date(year, 1, 1), "end_date": date(year + 1, 12, 31),
        "contact": "Max Mustermann", "date_IDEE": date(year - 1, 3, 1),
    }
    for col, f in enumerate(ALL_FIELDS, start=1):
        cell = ws.cell(row=2, column=col)
        write_safe(cell, example.get(f.name))
        if f.kind == "amount":
            cell.number_format = "#,##0.00 €"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
