"""A messy upload written by the test (one workbook with nearly every kind of problem, plus a few
files the reader refuses), and every text the import makes of it: plan issues with their
locations, rejected rows, the stage history, commit and undo messages, the error report and the
template. Used to pin the German texts and to check the English ones."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook, load_workbook

from dashboard.export.error_report import error_report_xlsx
from dashboard.export.template import template_xlsx
from dashboard.formatting import fmt_datetime
from dashboard.ingest.fields import ALL_FIELDS
from dashboard.ingest.messages import FileRejected
from dashboard.ingest.service import commit_result, plan_import, undo_import
from tests.unit.ingest.corpus import GOOD_ROWS

HEADERS = [f.header for f in ALL_FIELDS]
USER = "admin"

# one bad thing (or a few) per row: {header: value} over a good row
BAD: list[dict[str, Any]] = [
    {"Zukunftsmission": "Raumfahrt", "Landkreis": "Leipziger Land"},
    {"Projektbeginn": "32.01.2026", "Projektende": "irgendwann", "Landkreis": "Riesa-Großenhain"},
    {"Gesamtkosten (€)": "viel Geld", "Beantragte Förderung (€)": -5.5, "Bewilligte Förderung (€)": 1e16},
    {"Geplante Arbeitsplätze": "12,5", "Geplante Ausbildungsplätze": -3, "Fachkräftesicherung": "vielleicht",
     "Status": "zurueckgstellt", "Betragsabweichung begründet": "vielleicht"},
    {"Projektbeginn": date(1850, 1, 1), "Projektende": "2027", "Datum Projektidee": 7.25},
    {"Revier": "Lausitzer Revier", "Landkreis": "Burgenlandkreis", "Förderbereich InvKG": True},
    {"Status": "aktiv", "Ausgeschieden am": date(2026, 2, 1)},
    {"Status": "abgelehnt", "Prüfstufe": "Projektidee", "Bewilligt am": date(2025, 1, 1),
     "Antrag eingereicht am": date(2025, 6, 1)},
    {"Gesamtkosten (€)": 100.0, "Beantragte Förderung (€)": 200.0, "Bewilligte Förderung (€)": 300.0,
     "Projektbeginn": date(2027, 1, 1), "Projektende": date(2026, 1, 1)},
    {"Zukunftsmission": "M02", "Weitere Missionen": "M02; M01"},
    {"Projekttitel": "Sehr langer Titel " * 40, "Revier": None},
    {"Projekt-ID": "P-001"},
    {"Beantragte Förderung (€)": "#DIV/0!", "Förderprogramm": "RL"},
    {"Projekt-ID": None, "Prüfstufe": None, "Datum Projektidee": None, "Datum Fachnetzwerk": None,
     "Antrag eingereicht am": None},
    {"Projekt-ID": None, "Prüfstufe": None, "Datum Projektidee": None, "Datum Fachnetzwerk": None,
     "Antrag eingereicht am": None, "Entwicklungsschwerpunkt": "Raumfahrtzentrum"},
]


def _row(n: int, changes: dict[str, Any]) -> list[Any]:
    base = {**GOOD_ROWS[n % len(GOOD_ROWS)], "Projekt-ID": f"X-{n:03d}",
            "Projekttitel": f"Unordentliches Projekt {n}"}
    base.update(changes)
    return [base.get(h) for h in HEADERS]


def _save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def messy_xlsx(similar: dict[str, str] | None = None) -> bytes:
    """The messy workbook: text above the header, unknown, header-less and duplicate columns,
    a thousands column, merged cells, bad cells, a totals row and a footnote, a hidden sheet and
    a second list. `similar` (title, sponsor of a stored project) adds a look-alike new row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    ws.append(["Projektliste Netzwerk Lausitz", None, "vertraulich"])
    headers = [h.replace("Gesamtkosten (€)", "Gesamtkosten (T€)") for h in HEADERS]
    ws.append([*headers, "Interne Notiz", None, "Revier", "Kosten Bund"])
    rows = [_row(0, {}), _row(1, {})] + [_row(n + 2, bad) for n, bad in enumerate(BAD)]
    if similar:
        rows.append(_row(40, {"Projekt-ID": None, **similar}))
    for n, row in enumerate(rows):
        extra = ["intern" if n % 2 else None, "ohne Kopf" if n < 3 else None,
                 "LR" if n == 1 else None, "1.250,00 €" if n < 4 else None]
        ws.append([*row, *extra])
    ws.append(["Summe", None, None])
    ws.append(["* Angaben ohne Gewähr"])
    revier = HEADERS.index("Revier") + 1
    ws.merge_cells(start_row=3, start_column=revier, end_row=4, end_column=revier)
    other = wb.create_sheet("Archiv")
    other.append(["Projekttitel", "Revier", "Entwicklungsschwerpunkt"])
    other.append(["Alt 1", "MR", "F2"])
    hidden = wb.create_sheet("Alt")
    hidden.append(["Projekttitel", "Revier", "Entwicklungsschwerpunkt"])
    hidden.sheet_state = "hidden"
    return _save(wb)


def no_id_xlsx() -> bytes:
    """Without Projekt-ID, with a stage missing and a required column missing."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Liste"
    ws.append(["Projekttitel", "Entwicklungsschwerpunkt", "Prüfstufe"])
    ws.append(["Ohne Revier", "Mobilität", None])
    return _save(wb)


REFUSED: dict[str, bytes] = {
    "leer.csv": b"",
    "text.xlsx": b"Dies ist eine Textdatei und keine Arbeitsmappe.\n",
    "kaputt.xlsx": b"PK\x03\x04" + bytes(range(256)) * 8,
    "binaer.csv": b"\x00\x01\x02\x03" * 100,
    "leere_zeilen.csv": b"\r\n;;\r\n\r\n",
}


def refused_files() -> dict[str, bytes]:
    wb = Workbook()
    wb.active.append(["Einkaufsliste"])
    wb.active.append(["Milch", 2])
    return {**REFUSED, "einkauf.xlsx": _save(wb), "leer.xlsx": _save(Workbook())}


def _issues(issues) -> list[dict[str, Any]]:
    return [{"severity": i.severity, "where": i.location(), "value": i.value,
             "message": i.message, "suggestion": i.suggestion} for i in issues]


def _cells(data: bytes) -> list[str]:
    wb = load_workbook(io.BytesIO(data))
    out = [f"[{ws.title}]" for ws in wb.worksheets]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    out.append(cell.value)
                if cell.comment is not None:
                    out.append(cell.comment.text)
    return out


def changed_xlsx(db) -> bytes:
    """A stored project at stage Projektidee with a new title and the next stage reached."""
    row = db.query("SELECT project_id, revier_code, focus_area_code FROM project "
                   "WHERE stage_code = 'IDEE' ORDER BY project_id LIMIT 1").df.iloc[0]
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    ws.append(["Projekt-ID", "Projekttitel", "Revier", "Entwicklungsschwerpunkt", "Prüfstufe",
               "Datum Fachnetzwerk", "Stand"])
    ws.append([row["project_id"], "Neuer Titel", row["revier_code"], row["focus_area_code"],
               "Fachnetzwerk", date(2026, 10, 15), date(2026, 10, 20)])
    return _save(wb)


def _similar(db) -> dict[str, str]:
    row = db.query("SELECT title, sponsor FROM project WHERE sponsor IS NOT NULL "
                   "ORDER BY project_id LIMIT 1").df.iloc[0]
    return {"Projekttitel": str(row["title"]), "Projektträger": str(row["sponsor"])}


def all_texts(db, taxonomy) -> dict[str, Any]:
    """Every text a person sees of the messy uploads, in the active language."""
    out: dict[str, Any] = {}
    data = messy_xlsx(_similar(db))
    table, plan = plan_import(db, data, "messy.xlsx", taxonomy=taxonomy, user=USER)
    out["plan"] = _issues(plan.issues)
    out["rejected"] = [str(m) for m in plan.rejected.get("message", [])]
    _, changed = plan_import(db, changed_xlsx(db), "geaendert.xlsx", taxonomy=taxonomy, user=USER)
    out["diff_columns"] = [str(c) for c in changed.diffs["column"]]
    out["history"] = [str(v) for v in changed.diffs["new"]]
    out["error_report"] = _cells(error_report_xlsx(data, table.file_name, table, plan.issues))
    out["template"] = _cells(template_xlsx(taxonomy))
    refused = commit_result(db, table, plan, data, user=USER, allow_partial=False, taxonomy=taxonomy)
    out["commit_refused"] = refused.message
    # the T€ column makes some costs exceed the plausibility warning bound (issue 19): confirmed
    done = commit_result(db, table, plan, data, user=USER, allow_partial=True,
                         plausible_confirmed=True, taxonomy=taxonomy)
    out["committed"] = done.committed
    again_table, again = plan_import(db, data, "messy.xlsx", taxonomy=taxonomy, user=USER)
    when = fmt_datetime(db.query("SELECT created_at FROM import_batch WHERE batch_id = ?",
                                 [int(done.batch_id)]).df.iloc[0, 0])
    out["again"] = [i.message.replace(when, "<when>") for i in again.issues
                    if i.row is None and str(done.batch_id) in i.message]
    nothing = commit_result(db, again_table, again, data, user=USER, allow_partial=True,
                            taxonomy=taxonomy)
    out["commit_nothing"] = nothing.message
    out["undo"] = undo_import(db, int(done.batch_id), user=USER)["message"]
    out["undo_again"] = undo_import(db, int(done.batch_id), user=USER)["message"]
    out["undo_unknown"] = undo_import(db, 999_999, user=USER)["message"]
    _, undone = plan_import(db, data, "messy.xlsx", taxonomy=taxonomy, user=USER)
    out["same_file_undone"] = [i.message.replace(when, "<when>") for i in undone.issues
                               if i.row is None and str(done.batch_id) in i.message]
    _, plan2 = plan_import(db, no_id_xlsx(), "ohne_id.xlsx", taxonomy=taxonomy, user=USER)
    out["no_id"] = _issues(plan2.issues)
    out["refused"] = {}
    for name, content in refused_files().items():
        try:
            plan_import(db, content, name, taxonomy=taxonomy, user=USER)
            out["refused"][name] = None
        except FileRejected as exc:
            out["refused"][name] = exc.message
    return out


def flat(texts: Any) -> list[str]:
    """Every string in `texts` (nested dicts and lists)."""
    if isinstance(texts, str):
        return [texts]
    if isinstance(texts, dict):
        return [s for v in texts.values() for s in flat(v)]
    if isinstance(texts, (list, tuple)):
        return [s for v in texts for s in flat(v)]
    return []


