"""The import plan: what an upload would change, computed before anything is written.

New, changed (field by field, old -> new), unchanged and rejected rows, the stage events to
append, and the projects of the same Fachnetzwerke that the list does not name ("nicht in
dieser Liste" - shown, never deleted). The diff runs column-wise over DataFrames.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from dashboard.domain.project import PROJECT_COLUMNS
from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.table import Issue, ParsedTable
from dashboard.ingest.validate import EVENT_COLUMNS, identify, validate
from dashboard.store.gateway import Database, named_sql

# compared field by field; `source` says where a record came from and is not a change
COMPARED = tuple(c for c in PROJECT_COLUMNS if c not in ("project_id", "source"))
HISTORY = "stage_history"  # pseudo field of the diff: an appended stage event
Source = Database | duckdb.DuckDBPyConnection


@dataclass
class ImportPlan:
    """Everything an upload would do; committing writes exactly this."""

    file_name: str
    sheet: str
    rows: int
    new: pd.DataFrame          # row + PROJECT_COLUMNS
    changed: pd.DataFrame      # row + PROJECT_COLUMNS (the new state)
    unchanged: pd.DataFrame    # row, project_id, title
    diffs: pd.DataFrame        # project_id, title, field, column, old, new
    events: pd.DataFrame       # stage events to append (EVENT_COLUMNS)
    rejected: pd.DataFrame     # row, project_id, title, message
    missing: pd.DataFrame      # stored projects of the same Fachnetzwerke not in the list
    issues: list[Issue] = field(default_factory=list)
    data_version: int = 0      # Database.data_version the plan was computed at

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    def counts(self) -> dict[str, int]:
        return {"rows": self.rows, "new": len(self.new), "changed": len(self.changed),
                "unchanged": len(self.unchanged), "rejected": len(self.rejected),
                "events": len(self.events), "missing": len(self.missing)}


def fetch(source: Source, name: str, params: list[Any]) -> pd.DataFrame:
    """Run a named query through the gateway, or on a transaction's cursor."""
    if isinstance(source, Database):
        return source.query(name, params).df
    return source.execute(named_sql(name), params).df()


def stored_records(frame: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Stored project rows as plain Python values (date, list, None), keyed by project_id."""
    if frame.empty:
        return {}
    out = frame.copy()
    for column in out.columns:
        kind = BY_NAME[column].kind if column in BY_NAME else "text"
        series = out[column]
        if kind == "date":
            series = pd.to_datetime(series).dt.date
        elif kind == "ref_list":
            series = series.map(lambda v: [] if v is None or not len(v) else list(v))
        elif kind in ("integer", "marker"):
            series = series.astype(object).map(lambda v: None if pd.isna(v) else int(v))
        series = series.astype(object)
        if kind != "ref_list":
            series = series.where(series.notna(), None)
        out[column] = series
    return {r["project_id"]: r for r in out.to_dict("records")}


def build_plan(source: Source, table: ParsedTable, taxonomy: Taxonomy, *,
               data_version: int = 0) -> ImportPlan:
    """Validate the table against the stored projects and work out every change."""
    ids, id_issues = identify(table)
    named = [i for i in dict.fromkeys(ids) if i]
    stored = fetch(source, "ingest_existing_projects", [named])
    checked = validate(table, taxonomy, ids, stored_records(stored), id_issues)
    projects = checked.projects
    is_new = ~projects["project_id"].isin(stored["project_id"])
    events = _new_events(source, checked.events, projects.loc[~is_new, "project_id"])
    diffs = pd.concat([_field_diffs(projects[~is_new], stored),
                       _event_diffs(events[events["project_id"].isin(projects.loc[~is_new,
                                                                                  "project_id"])],
                                    projects, taxonomy)], ignore_index=True)
    touched = projects["project_id"].isin(diffs["project_id"]) & ~is_new
    return ImportPlan(
        file_name=table.file_name, sheet=table.sheet, rows=table.n_rows,
        new=projects[is_new].reset_index(drop=True),
        changed=projects[touched].reset_index(drop=True),
        unchanged=projects.loc[~is_new & ~touched, ["row", "project_id", "title"]]
        .reset_index(drop=True),
        diffs=diffs, events=events.loc[:, list(EVENT_COLUMNS)].reset_index(drop=True),
        rejected=checked.rejected, missing=_missing(source, table, taxonomy, named),
        issues=checked.issues, data_version=data_version)


def _new_events(source: Source, events: pd.DataFrame, existing_ids: pd.Series) -> pd.DataFrame:
    """The file's events minus those already in the history (same stage, date and outcome)."""
    if events.empty or existing_ids.empty:  # nothing to subtract: spare the query
        return events
    stored = fetch(source, "ingest_existing_events", [existing_ids.tolist()])
    if stored.empty or events.empty:
        return events
    key = ["project_id", "stage_code", "entered_on", "outcome"]
    stored = stored.assign(entered_on=stored["entered_on"].astype("datetime64[s]"),
                           outcome=stored["outcome"].astype(object).fillna(""))
    mine = events.assign(outcome=events["outcome"].astype(object).fillna(""))
    merged = mine[key].merge(stored[key].drop_duplicates(), on=key, how="left", indicator=True)
    return events[(merged["_merge"] == "left_only").to_numpy()]


def _canonical(series: pd.Series, kind: str) -> pd.Series:
    """Comparable form of a column, the same for file values and stored values."""
    if kind == "date":
        return pd.to_datetime(series).astype("datetime64[s]")
    if kind == "amount":
        return pd.to_numeric(series.astype(object), errors="coerce").astype(float).round(2)
    if kind in ("integer", "marker"):
        return pd.to_numeric(series.astype(object), errors="coerce").astype(float)
    if kind == "bool":
        return series.astype(object).map(bool)
    if kind == "ref_list":
        return series.map(lambda v: "|".join(v) if v is not None and len(v) else "")
    values = series.astype(object)
    return values.where(values.notna() & (values != ""), None)


def _field_diffs(projects: pd.DataFrame, stored: pd.DataFrame) -> pd.DataFrame:
    """One row per changed field of an existing project: project_id, field, old, new."""
    columns = ["project_id", "title", "field", "column", "old", "new"]
    if projects.empty:
        return pd.DataFrame(columns=columns)
    old = stored.set_index("project_id").reindex(projects["project_id"])
    parts = []
    for column in COMPARED:
        kind = BY_NAME[column].kind
        a = _canonical(projects[column].reset_index(drop=True), kind)
        b = _canonical(old[column].reset_index(drop=True), kind)
        differs = ~((a == b) | (a.isna() & b.isna())).to_numpy()
        if differs.any():
            parts.append(pd.DataFrame({
                "project_id": projects["project_id"].to_numpy()[differs],
                "title": projects["title"].to_numpy()[differs], "field": column,
                "column": BY_NAME[column].header,
                "old": old[column].to_numpy()[differs], "new": projects[column].to_numpy()[differs]}))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def _event_diffs(events: pd.DataFrame, projects: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    names = {s.code: s.name for s in taxonomy.stages}
    reasons = {r.code: r.name for r in taxonomy.exit_reasons}
    titles = projects.set_index("project_id")["title"]
    label = np.where(events["outcome"].isna(), "erreicht",
                     events["outcome"].astype(object).fillna("").map(
                         lambda o: f"ausgeschieden ({reasons.get(o, o)})"))
    return pd.DataFrame({"project_id": events["project_id"].to_numpy(),
                         "title": titles.reindex(events["project_id"]).to_numpy(),
                         "field": HISTORY, "column": "Prüfstufen-Historie", "old": None,
                         "new": [f"{names.get(s, s)} {lab} am {d:%d.%m.%Y}" for s, lab, d in
                                 zip(events["stage_code"], label, events["entered_on"], strict=True)]})


def _missing(source: Source, table: ParsedTable, taxonomy: Taxonomy, named: list[str]) -> pd.DataFrame:
    """Stored projects of the Fachnetzwerke this list covers that it does not name."""
    pairs = set(zip(table.data.column("revier_code"), table.data.column("focus_area_code")))
    networks = {n.code for n in (taxonomy.network_for(*p) for p in pairs if all(p)) if n}
    return fetch(source, "ingest_missing", [sorted(networks), named])
