"""Reference data edited in the app: validated with the taxonomy model (the same as for the CSV
files), previewed, saved as a new version (ref_change: rows before and after), undoable, and
written to the audit log. `export_csv` writes the current version back to CSV files."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pandas as pd

from dashboard.access import Actor, require
from dashboard.analytics.filtering import query_filtered
from dashboard.audit import append
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import REFERENCE_FILES, ReferenceError, Taxonomy
from dashboard.store.gateway import Database, named_sql
from dashboard.store.reference import read_taxonomy

TABLES = {table: (file_name, field, model) for file_name, (table, field, model)
          in REFERENCE_FILES.items()}
EDITABLE = ("ref_mission_focus_area", "ref_programme", "ref_envelope", "ref_district",
            "ref_plausibility")


class ChangeRefused(ValueError):
    """A change that is not saved (German message)."""


def rows_of(taxonomy: Taxonomy, table: str) -> list[dict[str, Any]]:
    _file, field, _model = TABLES[table]
    return [_plain(r.model_dump()) for r in getattr(taxonomy, field)]


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in row.items()}


def validate(taxonomy: Taxonomy, table: str, rows: list[dict[str, Any]]) -> Taxonomy:
    """The taxonomy with `rows` in place of `table`, checked by the model; raises ChangeRefused."""
    _file, field, model = TABLES[table]
    try:
        values = tuple(model.model_validate(r) for r in rows)
        changed = Taxonomy.model_validate({**{f: getattr(taxonomy, f) for f in
                                              Taxonomy.model_fields}, field: values})
        changed.check()
    except (ValueError, ReferenceError) as exc:
        raise ChangeRefused(f"Nicht gespeichert: {exc}") from None
    keys = [tuple(v for k, v in r.items() if k in _key(table)) for r in rows]
    if len(set(keys)) != len(keys):
        raise ChangeRefused("Nicht gespeichert: ein Eintrag kommt doppelt vor.")
    if table == "ref_mission_focus_area":
        primaries = pd.Series([r["mission_code"] for r in rows if r["strength"] == "primary"])
        twice = sorted(primaries[primaries.duplicated()].unique())
        missing = sorted({m.code for m in taxonomy.missions} - set(primaries))
        if twice or missing:
            raise ChangeRefused("Nicht gespeichert: jede Zukunftsmission braucht genau einen "
                                "Hauptschwerpunkt" + (f" (mehrere: {', '.join(twice)})" if twice
                                                      else "")
                                + (f" (keiner: {', '.join(missing)})" if missing else "") + ".")
    return changed


def _key(table: str) -> tuple[str, ...]:
    return {"ref_mission_focus_area": ("mission_code", "focus_area_code"),
            # an envelope per fund, Land, Revier and funding period (migration 008)
            "ref_envelope": ("fund", "bundesland_code", "revier_code", "period_start"),
            # one bound of each kind per field (issue 19)
            "ref_plausibility": ("field", "bound"),
            }.get(table, ("code",))


def mismatches(db: Database, mapping: list[dict[str, Any]]) -> int:
    """Projects whose (main mission, focus area) the mapping would not contain: the count the
    Missionen page shows as "mögliche Fehlzuordnungen"."""
    pairs = query_filtered(db, "admin_mission_focus_pairs", Filters()).df
    allowed = {(r["mission_code"], r["focus_area_code"]) for r in mapping}
    outside = [n for m, f, n in pairs.itertuples(index=False) if (m, f) not in allowed]
    return int(sum(outside))


def preview(db: Database, table: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What saving would change: rows added/removed, and for the mapping the number of possible
    mis-assignments before and after. Raises ChangeRefused for invalid rows."""
    taxonomy = read_taxonomy(db)
    validate(taxonomy, table, rows)
    old = rows_of(taxonomy, table)
    as_text = {json.dumps(r, sort_keys=True, default=str) for r in old}
    new_text = {json.dumps(r, sort_keys=True, default=str) for r in rows}
    out = {"added": len(new_text - as_text), "removed": len(as_text - new_text)}
    if table == "ref_mission_focus_area":
        out |= {"mismatch_before": mismatches(db, old), "mismatch_after": mismatches(db, rows)}
    return out


def save(db: Database, actor: Actor, table: str, rows: list[dict[str, Any]], *,
         note: str | None = None, where: str = "page:administration",
         undo_of: int | None = None) -> int:
    """Replace `table` with `rows` as a new version (Administration only); returns its number."""
    require(actor, "edit_reference")
    if table not in EDITABLE:
        raise ChangeRefused(f"Die Tabelle {table} kann hier nicht geändert werden.")
    taxonomy = read_taxonomy(db)
    validate(taxonomy, table, rows)
    before = rows_of(taxonomy, table)
    if before == rows:
        raise ChangeRefused("Nichts geändert.")
    frame = pd.DataFrame(rows)
    with db.transaction() as cur:
        change_id = (cur.execute("SELECT coalesce(max(change_id), 0) + 1 FROM ref_change")
                     .fetchone()[0])
        cur.execute(f"DELETE FROM {table}")  # table is one of EDITABLE
        Database.insert_frame(cur, table, frame)
        cur.execute(named_sql("admin_ref_change_insert"),
                    [change_id, table, actor.identity, note, _json(before), _json(rows), undo_of])
        if undo_of is not None:
            cur.execute(named_sql("admin_ref_change_undone"), [change_id, undo_of])
        append(cur, actor, "reference", {"table": table, "change": change_id, "undo_of": undo_of,
                                         "note": note, "before": before, "after": rows}, where)
    return change_id


def history(db: Database) -> pd.DataFrame:
    return db.query("admin_ref_changes").df


def undo(db: Database, actor: Actor, change_id: int, *,
         where: str = "page:administration") -> int:
    """Restore the rows before `change_id` as a new version; only the latest change of a table
    that is not undone yet."""
    found = db.query("admin_ref_change_get", [change_id]).first()
    if found is None:
        raise ChangeRefused(f"Eine Änderung Nr. {change_id} gibt es nicht.")
    if pd.notna(found["undone_by"]):
        raise ChangeRefused(f"Änderung Nr. {change_id} wurde bereits rückgängig gemacht.")
    if int(found["latest"]) != change_id:
        raise ChangeRefused(f"Bitte zuerst die spätere Änderung Nr. {int(found['latest'])} "
                            "derselben Tabelle rückgängig machen.")
    return save(db, actor, found["table_name"], json.loads(found["before"]),
                note=f"Rückgängig: Änderung Nr. {change_id}", where=where, undo_of=change_id)


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, sort_keys=True, ensure_ascii=False, default=str)


def export_csv(taxonomy: Taxonomy) -> dict[str, str]:
    """File name -> CSV text of every reference table, in the format `init` reads."""
    out = {}
    for file_name, (_table, field, model) in REFERENCE_FILES.items():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(model.model_fields), lineterminator="\n")
        writer.writeheader()
        for item in getattr(taxonomy, field):
            row = item.model_dump()
            writer.writerow({k: (" ".join(v) if isinstance(v, tuple | list) else
                                 str(v).lower() if isinstance(v, bool) else v)
                             for k, v in row.items()})
        out[file_name] = buffer.getvalue()
    return out
