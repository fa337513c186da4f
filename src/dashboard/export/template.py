"""The .xlsx template for project lists: German headers in the canonical order (the data
contract, in every language), dropdown lists from the current reference data (on a hidden
"Listen" sheet), an instructions sheet in the reader's language ("Anleitung" / "Instructions")
and one example row. projects_xlsx writes exports in exactly this layout."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from dashboard import clock
from dashboard.domain.taxonomy import Taxonomy
from dashboard.export.tables import write_safe
from dashboard.ingest.fields import ALL_FIELDS
from dashboard.ingest.values import STATUS_NAMES
from dashboard.ui.texts import t

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
        cell = ws.cell(row=1, column=col)
        write_safe(cell, f.header)
        cell.font = Font(bold=True)
        cell.fill = _REQUIRED_FILL if f.required else _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = max(12, min(40, len(f.header) + 4))
    ws.freeze_panes = "C2"
    lists_ws = wb.create_sheet(LISTS_SHEET)
    lists_ws.sheet_state = "hidden"
    columns = {f.name: i for i, f in enumerate(ALL_FIELDS, start=1)}
    for n, (field, values) in enumerate(choices(taxonomy).items(), start=1):
        letter = get_column_letter(n)
        lists_ws.cell(row=1, column=n, value=field)
        for r, value in enumerate(values, start=2):
            write_safe(lists_ws.cell(row=r, column=n), value)
        target = get_column_letter(columns[field])
        dv = DataValidation(type="list", formula1=f"={LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}",
                            allow_blank=True, showErrorMessage=False)
        dv.add(f"{target}2:{target}{VALIDATED_ROWS}")
        ws.add_data_validation(dv)
    _instructions(wb.create_sheet(t("template.sheet")))
    return wb, ws


def _instructions(ws: Worksheet) -> None:
    """The instructions in the reader's language (German for the CLI); the headers they name
    stay German, as in the sheet Projekte."""
    lines = [t("template.title"), "", *(t(f"template.{n}") for n in range(1, 12))]
    for r, line in enumerate(lines, start=1):
        write_safe(ws.cell(row=r, column=1), line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 120


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
