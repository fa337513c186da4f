""""In den Monitor übernehmen": operations of a list that the monitor lacks become projects,
with the mission and focus area a manager confirmed (suggested by the keyword rules). They go
through the ordinary project import (a generated list in the template's columns), so they are
checked, archived and can be undone like any import; the match is then stored as confirmed."""

from __future__ import annotations

import io
import re
from typing import Any

import pandas as pd
from openpyxl import Workbook

from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.personal import hide_personal
from dashboard.foerderlisten.rules import suggest
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.service import run_import
from dashboard.store.gateway import Database
from dashboard.texts import t

PROGRAMMES = {"JTF": "JTF"}
COLUMNS = ("project_id", "title", "description", "sponsor", "revier_code", "district_code",
           "municipality", "mission_code", "focus_area_code", "stage_code", "programme_code",
           "total_cost_eur", "start_date", "end_date", "remarks", "as_of")


def project_id(fund: str, land: str, op_key: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", f"{fund}-{land}-{op_key}").strip("-")


def proposals(ops) -> list[dict[str, Any]]:
    """Per operation the suggested mission and focus area and the words that led to them."""
    out = []
    for op in ops.itertuples(index=False):
        s = suggest(op.title, op.purpose)
        out.append({"fund": op.fund, "land": op.land, "op_key": op.op_key,
                    "mission_code": s.mission_code, "focus_area_code": s.focus_area_code,
                    "keywords": list(s.keywords)})
    return out


def _cell(value: Any) -> Any:
    """A value as a spreadsheet cell: nothing for missing values, dates as dates."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value


def _workbook(rows: list[dict[str, Any]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekte"
    ws.append([BY_NAME[c].header for c in COLUMNS])
    for row in rows:
        ws.append([_cell(row.get(c)) for c in COLUMNS])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def adopt(db: Database, actor, items: list[dict[str, Any]], *, dry_run: bool = False,
          plausible_confirmed: bool = False, where: str = "cli") -> dict[str, Any]:
    """Write the confirmed operations as projects. `items`: fund, land, op_key,
    focus_area_code (required) and mission_code (may be None), as the manager confirmed them.
    Values beyond a plausibility warning bound (a listed cost over 1 Mrd. €) are written only
    with `plausible_confirmed`, as in the project import; "to_confirm" of a dry run names them.
    Returns the import's JSON plus the project ids."""
    ops = repo.current_operations(db).set_index(["fund", "land", "op_key"], drop=False)
    rows = []
    for item in items:
        key = (item["fund"], item["land"], item["op_key"])
        if key not in ops.index:
            raise ValueError(t("fl.decide.no_operation", op=key[2], fund=key[0], land=key[1]))
        op = hide_personal(ops.loc[[key]]).iloc[0]  # a natural person's name stays in the list
        rows.append({
            "project_id": project_id(*key), "title": op["title"] or op["beneficiary"],
            "description": op["purpose"], "sponsor": op["beneficiary"],
            "revier_code": op["revier_code"], "district_code": op["district_code"],
            "municipality": op["municipality"], "mission_code": item.get("mission_code"),
            "focus_area_code": item.get("focus_area_code"), "stage_code": "BEW",
            "programme_code": PROGRAMMES.get(key[0], "SONST"),
            "total_cost_eur": None if pd.isna(op["total_cost_eur"]) else float(op["total_cost_eur"]),
            "start_date": op["start_date"], "end_date": op["end_date"],
            "remarks": t("fl.adopt.remark", fund=key[0], land=key[1], op=key[2],
                         stand=op["stand"].strftime("%d.%m.%Y")),
            "as_of": op["stand"]})
    from dashboard.access import acting

    who = acting(actor)  # the project import checks "import" for each row's Fachnetzwerk
    result = run_import(db, _workbook(rows), "Foerderliste_Uebernahme.xlsx", dry_run=dry_run,
                        plausible_confirmed=plausible_confirmed, user=who.identity, actor=who,
                        where=where)
    out = result.to_json() | {"projects": [r["project_id"] for r in rows]}
    if result.committed:
        with db.transaction() as cur:
            for item, row in zip(items, rows, strict=True):
                repo.write_decision(cur, item["fund"], item["land"], item["op_key"],
                                    row["project_id"], "bestaetigt", who.identity)
    return out
