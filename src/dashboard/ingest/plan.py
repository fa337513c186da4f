"""Step 5 of the import, Checked -> ImportPlan: what an upload would change, computed before
anything is written. New, changed (field by field, old -> new), unchanged and rejected rows,
the stage events to append, and the projects of the same Fachnetzwerke that the list does not
name ("nicht in dieser Liste" - shown, never deleted). The diff runs column-wise.

Stage history: every project's current stage is the stage of its latest event. When the list
gives a stage without a date for it (a "Prüfstufe" column only, or a changed stage on
re-upload), one event at that stage is appended, dated by the list's "Stand" or else the day
of the import, and marked so (basis 'stand' / 'import'): shown in the plan, never a guess
passed off as a date the list gave.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from dashboard import clock
from dashboard.domain.project import PROJECT_COLUMNS
from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest import heap
from dashboard.ingest.check import EVENT_COLUMNS, Checked, check
from dashboard.ingest.diffs import STORED_CHUNK, Source, fetch, field_diffs, stored_chunks
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.messages import (
    HasIssues,
    Issue,
    errors_first,
    fmt_date,
    fmt_datetime,
    listed,
    say,
)
from dashboard.ingest.parse import Parsed
from dashboard.ingest.plausible import settle_confirmations
from dashboard.ingest.stage_dates import StageDates
from dashboard.store.gateway import Database

# compared field by field; `source` says where a record came from and is not a change
COMPARED = tuple(c for c in PROJECT_COLUMNS if c not in ("project_id", "source"))
# stored fields check reads even when the file has them (ingest.rules, ingest.scope)
OLD_FIELDS = ("stage_code", "status", "revier_code", "focus_area_code")
HISTORY = "stage_history"  # pseudo field of the diff: an appended stage event
PLAN_EVENT_COLUMNS = (*EVENT_COLUMNS, "basis")


@dataclass
class ImportPlan(HasIssues):
    """Everything an upload would do; committing writes exactly this."""

    file_name: str
    sheet: str
    rows: int
    new: pd.DataFrame          # row + PROJECT_COLUMNS
    changed: pd.DataFrame      # row + PROJECT_COLUMNS (the new state)
    unchanged: pd.DataFrame    # row, project_id, title
    diffs: pd.DataFrame        # project_id, title, field, column, old, new
    events: pd.DataFrame       # stage events to append (PLAN_EVENT_COLUMNS)
    rejected: pd.DataFrame     # row, project_id, title, message
    missing: pd.DataFrame      # stored projects of the same Fachnetzwerke not in the list
    issues: list[Issue] = field(default_factory=list)
    data_version: int = 0      # Database.data_version the plan was computed at
    sha256: str | None = None  # of the uploaded file
    actor: str | None = None   # who the plan was computed for (the page's or CLI's user)
    scope: frozenset[str] | None | str = "unchecked"  # the Fachnetzwerke it was checked for
    applied: list[Any] = field(default_factory=list)  # decisions.Applied (cells read through)
    offers: list[Any] = field(default_factory=list)   # decisions.Offer (suggestions to decide)

    @property
    def is_empty(self) -> bool:
        """Nothing to write: no new or changed project and no stage event."""
        return not (len(self.new) or len(self.changed) or len(self.events))

    def counts(self) -> dict[str, int]:
        return {"rows": self.rows, "new": len(self.new), "changed": len(self.changed),
                "unchanged": len(self.unchanged), "rejected": len(self.rejected),
                "events": len(self.events), "missing": len(self.missing)}


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
        elif series.dtype == "str" and column != "project_id":
            # codes repeat: one Python text per distinct value, not one per project (issue 19)
            series = series.astype("category")
        series = series.astype(object)
        if kind != "ref_list":
            series = series.where(series.notna(), None)
        out[column] = series
    return {r["project_id"]: r for r in out.to_dict("records")}


def plan_table(source: Source, table: Parsed, taxonomy: Taxonomy, *, data_version: int = 0,
               sha256: str | None = None, today: date | None = None,
               scope: frozenset[str] | None = None) -> ImportPlan:
    """Check the parsed table against the stored projects (fetched once) and plan it; rows
    outside `scope` (the importing person's Fachnetzwerke; None = all) are rejected."""
    known: set[str] = set()
    present = {c.field for c in table.columns if c.field}

    def stored(ids: list[str]) -> dict[str, dict[str, Any]]:
        # as Python records only what check reads: a list of every column (the app's own
        # export) would otherwise hold each stored project twice (1 GB at 200k, issue 19)
        records: dict[str, dict[str, Any]] = {}
        for frame in stored_chunks(source, ids):
            wanted = [c for c in frame.columns
                      if c == "project_id" or c in OLD_FIELDS or c not in present]
            records.update(stored_records(frame[wanted]))
        known.update(records)
        heap.trim()  # the fetched frames are gone
        return records

    checked = check(table, taxonomy, stored, scope)
    heap.trim()  # check's columns are gone
    plan = build_plan(source, checked, taxonomy, known, data_version=data_version,
                      sha256=sha256, today=today)
    plan.scope = scope
    plan.applied, plan.offers = list(table.applied), list(table.offers)
    return plan


def build_plan(source: Source, checked: Checked, taxonomy: Taxonomy, known: set[str], *,
               data_version: int = 0, sha256: str | None = None,
               today: date | None = None) -> ImportPlan:
    """Work out every change of a checked table; `known` are the ids of the list's stored
    projects."""
    table, projects, typed = checked.table, checked.projects, checked.as_texts
    is_new = ~projects["project_id"].isin(list(known))
    existing = projects.loc[~is_new, "project_id"]
    # a re-upload of 200.000 stored projects is not copied whole (issue 19)
    stored = projects[~is_new] if is_new.any() else projects
    # the list's own "Stand" dates a stage it gives without a date (a stored one would not)
    stand = any(c.field == "as_of" for c in table.columns)
    events = _events_to_append(source, checked.dates,
                               typed(projects[["row", "project_id", "stage_code", "as_of"]]),
                               set(existing), today or clock.today(), stand)
    heap.trim()  # each step leaves holes the next one's objects do not fit
    diffs = pd.concat([field_diffs(source, stored, COMPARED, typed),
                       _event_diffs(events[events["project_id"].isin(existing)],
                                    typed(projects[["project_id", "title"]]), taxonomy)],
                      ignore_index=True)
    touched = projects["project_id"].isin(diffs["project_id"]) & ~is_new
    heap.trim()
    issues = settle_confirmations(checked.issues, table, stored, diffs, events)
    if sha256:
        issues += _same_file(source, table, sha256)
    new = typed(projects[is_new])
    issues += _similar(source, table, new)
    return ImportPlan(
        file_name=table.file_name, sheet=table.sheet, rows=table.n_rows,
        new=new.reset_index(drop=True),
        changed=typed(projects[touched]).reset_index(drop=True),
        unchanged=typed(projects.loc[~is_new & ~touched, ["row", "project_id", "title"]])
        .reset_index(drop=True),
        diffs=diffs, events=events.loc[:, list(PLAN_EVENT_COLUMNS)].reset_index(drop=True),
        rejected=checked.rejected, missing=_missing(source, table, taxonomy, checked.ids),
        issues=errors_first(issues), data_version=data_version, sha256=sha256)


SIMILAR_LIMIT = 2_000  # new rows compared with the stored projects while planning


def _similar(source: Source, table: Parsed, new: pd.DataFrame) -> list[Issue]:
    """A warning per new row that looks like a stored project under another key (issue 13:
    managers should not create duplicates). Only on the gateway (not inside a commit), with
    the pairs as last computed: planning writes nothing."""
    if new.empty or not isinstance(source, Database):
        return []
    if len(new) > SIMILAR_LIMIT:
        return [Issue("warning", say("similar.skipped", n=len(new), limit=SIMILAR_LIMIT),
                      table.file_name, table.sheet)]
    from dashboard.matching.service import similar_to_existing

    header = next((c.header for c in table.columns if c.field == "title"), None)
    letter = next((c.letter for c in table.columns if c.field == "title"), None)
    best: dict[Any, tuple[str, float, list[str]]] = {}
    for row, pid, score, reasons in similar_to_existing(source, new, refresh_first=False):
        best.setdefault(row, (pid, score, reasons))  # best first: one warning per row
    return [Issue("warning", say("similar.existing", pid=pid, pct=round(100 * score),
                                 reasons=listed(reasons, "; ") if reasons else "–"),
                  table.file_name, table.sheet, row=int(row), column=header,
                  column_letter=letter, value=str(new.loc[new["row"] == row, "title"].iat[0]),
                  suggestion=say("similar.existing_hint", pid=pid))
            for row, (pid, score, reasons) in best.items()]


def _events_to_append(source: Source, dates: StageDates, projects: pd.DataFrame,
                      existing: set[str], today: date, stand: bool) -> pd.DataFrame:
    """The file's events not yet stored, then one at the current stage where the history would
    not end there; worked out for STORED_CHUNK projects at a time (the stored history of
    200.000 projects, 1,4 million events, and its comparison took 300 MB; the file's own
    events are built a chunk at a time too, issue 19)."""
    kept, staged = [], []
    for start in range(0, max(len(projects), 1), STORED_CHUNK):
        mine = projects.iloc[start:start + STORED_CHUNK]
        ids = mine["project_id"].tolist()
        stored = [i for i in ids if i in existing]
        history = (fetch(source, "ingest_existing_events", [stored]) if stored
                   else pd.DataFrame(columns=["project_id", "stage_code", "entered_on", "outcome",
                                              "event_id"]))
        new = _new_events(dates.frame(start, start + STORED_CHUNK), history)
        kept.append(new)
        staged.append(_stage_events(mine, new, history, today, stand))
    # in the order of the whole frame of the file's events, as before it was built in chunks
    events = pd.concat([part for part in kept if len(part)] or kept[:1]).sort_index(kind="stable")
    parts = [part for part in staged if len(part)] or staged[:1]
    return pd.concat([events, *parts], ignore_index=True)


def _new_events(events: pd.DataFrame, history: pd.DataFrame) -> pd.DataFrame:
    """The file's events minus those already in the history (same stage, date and outcome)."""
    if events.empty or history.empty:
        return events
    key = ["project_id", "stage_code", "entered_on", "outcome"]
    stored = history.assign(entered_on=history["entered_on"].astype("datetime64[s]"),
                            outcome=history["outcome"].astype(object).fillna(""))
    mine = events.assign(outcome=events["outcome"].astype(object).fillna(""))
    merged = mine[key].merge(stored[key].drop_duplicates(), on=key, how="left", indicator=True)
    return events[(merged["_merge"] == "left_only").to_numpy()]


def _stage_events(projects: pd.DataFrame, events: pd.DataFrame, history: pd.DataFrame,
                  today: date, stand_given: bool) -> pd.DataFrame:
    """One event at the current stage for every project whose history (stored + appended)
    would not end there; dated by the row's Stand, else today (never before its last event)."""
    if projects.empty:
        return pd.DataFrame(columns=[*PLAN_EVENT_COLUMNS, "row"])
    order = np.arange(len(events), dtype=float) + 1e15  # appended after every stored event
    both = pd.concat([
        pd.DataFrame({"project_id": history["project_id"].astype(object),
                      "stage_code": history["stage_code"].astype(object),
                      "entered_on": history["entered_on"].astype("datetime64[s]"),
                      "order": history["event_id"].astype(float)}),
        pd.DataFrame({"project_id": events["project_id"].astype(object),
                      "stage_code": events["stage_code"].astype(object),
                      "entered_on": events["entered_on"].astype("datetime64[s]"), "order": order}),
    ], ignore_index=True)
    last = (both.sort_values(["project_id", "entered_on", "order"], kind="stable")
            .drop_duplicates("project_id", keep="last").set_index("project_id"))
    ids = projects["project_id"]
    last_stage = last["stage_code"].reindex(ids).to_numpy()
    last_day = last["entered_on"].reindex(ids)
    need = (pd.isna(last_stage) | (last_stage != projects["stage_code"].to_numpy()))
    if not need.any():
        return pd.DataFrame(columns=[*PLAN_EVENT_COLUMNS, "row"])
    chosen = projects.loc[need]
    given = chosen["as_of"].astype(object) if stand_given else pd.Series(None, index=chosen.index,
                                                                         dtype=object)
    stand = pd.to_datetime(given, errors="coerce").astype("datetime64[s]")
    day = stand.fillna(pd.Timestamp(today)).to_numpy()
    floor = last_day.to_numpy()[need]
    later = ~pd.isna(floor) & (floor > day)
    day = np.where(later, floor, day).astype("datetime64[s]")
    return pd.DataFrame({"project_id": chosen["project_id"].to_numpy(),
                         "stage_code": chosen["stage_code"].to_numpy(), "entered_on": day,
                         "outcome": None, "basis": np.where(stand.isna(), "import", "stand"),
                         "row": chosen["row"].to_numpy()}).astype({"outcome": object})


def _event_diffs(events: pd.DataFrame, projects: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    names = {s.code: s.name for s in taxonomy.stages}
    reasons = {r.code: r.name for r in taxonomy.exit_reasons}
    titles = projects.set_index("project_id")["title"]
    basis = {"stand": say("event.basis_stand"), "import": say("event.basis_import")}
    texts = [say("event.reached", stage=names.get(s, s), date=fmt_date(d)) if pd.isna(o) or o is None
             else say("event.exited", stage=names.get(s, s), reason=reasons.get(o, o),
                      date=fmt_date(d))
             for s, o, d in zip(events["stage_code"], events["outcome"], events["entered_on"],
                                strict=True)]
    texts = [text + basis.get(b, "") for text, b in zip(texts, events["basis"], strict=True)]
    return pd.DataFrame({"project_id": events["project_id"].to_numpy(),
                         "title": titles.reindex(events["project_id"]).to_numpy(),
                         "field": HISTORY, "column": say("event.history"), "old": None,
                         "new": texts})


def _same_file(source: Source, table: Parsed, sha256: str) -> list[Issue]:
    """Re-uploading a file that was imported before says so."""
    found = fetch(source, "ingest_same_file", [sha256])
    if found.empty:
        return []
    b = found.iloc[0]
    key = "plan.same_file_undone" if pd.notna(b["undone_by"]) else "plan.same_file"
    return [Issue("warning", say(key, when=fmt_datetime(b["created_at"]), batch=int(b["batch_id"])),
                  table.file_name, table.sheet)]


def _missing(source: Source, table: Parsed, taxonomy: Taxonomy, ids: list[str | None]) -> pd.DataFrame:
    """Stored projects of the Fachnetzwerke this list covers that it does not name."""
    pairs = set(zip(table.data.column("revier_code"), table.data.column("focus_area_code")))
    networks = {n.code for n in (taxonomy.network_for(*p) for p in pairs if all(p)) if n}
    named = [i for i in dict.fromkeys(ids) if i]
    return fetch(source, "ingest_missing", [sorted(networks), named])
