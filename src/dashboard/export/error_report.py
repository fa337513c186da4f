"""The error report: the uploaded sheet's cells at their original positions (so row numbers and
column letters match every message), an added "Fehler" column, faulty cells filled and
commented, and file-level notices on a second sheet. Fix it in Excel and upload it again.
The added column, the notices sheet and its headings are in the reader's language ("Errors",
"Notes" in English); the messages are those of the plan (made in the same language)."""

from __future__ import annotations

import io
from collections import defaultdict

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter

from dashboard.export.tables import write_safe
from dashboard.ingest.grid import load_grid
from dashboard.ingest.messages import Issue
from dashboard.ingest.parse import Parsed
from dashboard.texts import again, t

ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
WARNING_FILL = PatternFill("solid", fgColor="FFEB9C")
AUTHOR = "Strukturwandel-Monitor"


def _text(issue: Issue) -> str:
    message, suggestion = again(issue.message), again(issue.suggestion)
    return message + (f" {suggestion}" if suggestion else "")


def error_report_xlsx(original: bytes, file_name: str, table: Parsed, issues: list[Issue]) -> bytes:
    """Original rows + "Fehler" column + highlighted cells; `issues` are all problems to show
    (reading and validation), notices without a row go to the sheet "Hinweise"."""
    grid = load_grid(original, file_name, table.sheet)
    wb = Workbook()
    ws = wb.active
    ws.title = (table.sheet or t("report.sheet"))[:31]
    width = max((len(r) for r in grid.rows), default=0) + grid.col_offset
    for r, cells in enumerate(grid.rows, start=1):
        for c, value in enumerate(cells, start=grid.col_offset + 1):
            if value != "":
                write_safe(ws.cell(row=r, column=c), value)
    error_col = width + 1
    header = ws.cell(row=table.header_row, column=error_col)
    write_safe(header, t("report.column"))
    header.font = Font(bold=True, color="9C0006")
    ws.column_dimensions[get_column_letter(error_col)].width = 80
    by_row: dict[int, list[Issue]] = defaultdict(list)
    general: list[Issue] = []
    for issue in issues:
        if issue.row is None or (issue.row == table.header_row and issue.column_letter is None):
            general.append(issue)
        else:
            by_row[issue.row].append(issue)
    by_cell: dict[tuple[int, str], list[Issue]] = defaultdict(list)
    for row, row_issues in by_row.items():
        texts = [(f"{i.column}: " if i.column else "") + _text(i) for i in row_issues]
        cell = ws.cell(row=row, column=error_col)
        write_safe(cell, "\n".join(texts))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.font = Font(color="9C0006")
        for i in row_issues:
            if i.column_letter:
                by_cell[(row, i.column_letter)].append(i)
    for (row, letter), cell_issues in by_cell.items():
        cell = ws.cell(row=row, column=column_index_from_string(letter))
        is_error = any(i.severity == "error" for i in cell_issues)
        cell.fill = ERROR_FILL if is_error else WARNING_FILL
        cell.comment = Comment("\n".join(_text(i) for i in cell_issues), AUTHOR, width=300, height=120)
    ws.freeze_panes = ws.cell(row=table.header_row + 1, column=1)
    notes = wb.create_sheet(t("report.notes"))
    for c, title in enumerate((t("report.kind"), t("report.where"), t("report.note")), start=1):
        write_safe(notes.cell(row=1, column=c), title)
        notes.cell(row=1, column=c).font = Font(bold=True)
    for r, issue in enumerate(general, start=2):
        write_safe(notes.cell(row=r, column=1), t(f"report.{issue.severity}"))
        write_safe(notes.cell(row=r, column=2), issue.location())
        write_safe(notes.cell(row=r, column=3), _text(issue))
    notes.column_dimensions["B"].width = 50
    notes.column_dimensions["C"].width = 100
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
