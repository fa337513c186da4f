"""The reconciliation as services over the database: compute it (`reconciliation`), record
decisions on matches (`decide_match`, with `actor`), and the JSON of `foerderliste abgleich`."""

from __future__ import annotations

import threading
import weakref
from typing import Any

import pandas as pd

from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.personal import hide_personal
from dashboard.foerderlisten.reconcile import Reconciliation, candidate_pairs, reconcile
from dashboard.ingest.service import ensure_schema
from dashboard.matching.repository import load_records
from dashboard.store.gateway import Database
from dashboard.texts import t

DECISIONS = ("bestaetigt", "abgelehnt", "offen")
# per database gateway (as matching.service keeps its index): the result of its data version
_RESULTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def reconciliation(db: Database) -> Reconciliation:
    """The lists in force against the monitor's projects (computed once per data version of
    the gateway; a page, its view and the CLI in the app process share it)."""
    with _LOCK:
        version, result, inputs, pairs = _RESULTS.get(db, (None, None, None, None))
        if version == db.data_version and result is not None:
            return result
        projects, ops, records = db.query("oplist_projects").df, repo.current_operations(db), \
            load_records(db)
        # what the candidates depend on: the lists in force and every matched project's state
        # (a decision on a match changes neither, so it only reassigns: milliseconds, not seconds)
        now = (tuple(sorted(set(ops["batch_id"]))),
               int(pd.util.hash_pandas_object(records[["key", "fingerprint"]], index=False).sum()),
               int(pd.util.hash_pandas_object(projects["project_id"], index=False).sum()))
        if now != inputs or pairs is None:
            pairs = candidate_pairs(ops, projects, records)
        result = reconcile(ops, projects, records, repo.decisions(db), pairs=pairs)
        _RESULTS[db] = (db.data_version, result, now, pairs)
        return result


class MatchDecisionError(ValueError):
    """A decision that cannot be taken (German)."""


def decide_match(db: Database, actor, *, fund: str, land: str, op_key: str,
                 project_id: str, decision: str, where: str = "cli") -> int:
    """Confirm ('bestaetigt'), reject ('abgelehnt') or reopen ('offen') the match of an
    operation with a project; stored with who and when, audited. Netzwerkmanagement and
    Administration (as Vernetzung decisions). Returns the decision's number."""
    from dashboard.access import require
    from dashboard.audit import append
    from dashboard.ingest.accountable import acting

    if decision not in DECISIONS:
        raise MatchDecisionError(t("fl.decide.unknown", value=decision, options=", ".join(DECISIONS)))
    if not actor:
        raise MatchDecisionError(t("fl.decide.no_actor"))
    who = acting(actor)
    require(who, "decide_pairs")
    ensure_schema(db)
    ops = repo.list_in_force(db, fund, land)
    if op_key not in set(ops["op_key"]):
        raise MatchDecisionError(t("fl.decide.no_operation", op=op_key, fund=fund, land=land))
    if not db.scalar("SELECT count(*) FROM project WHERE project_id = ?", [project_id]):
        raise MatchDecisionError(t("fl.decide.no_project", project=project_id))
    with db.transaction() as cur:
        number = repo.write_decision(cur, fund, land, op_key, project_id, decision, who.identity)
        append(cur, who, "foerderliste_decision", {"decision_id": int(number), "fund": fund,
                                                   "land": land, "operation": op_key,
                                                   "project": project_id, "decision": decision},
               where)
        return number


def _records(df: pd.DataFrame, columns: list[str]) -> list[dict[str, Any]]:
    out = df.loc[:, [c for c in columns if c in df]].copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.date
    out = out.astype(object).where(out.notna(), None)
    return [{k: (v.isoformat() if hasattr(v, "isoformat") else
                 float(v) if hasattr(v, "as_tuple") else v) for k, v in r.items()}
            for r in out.to_dict("records")]


OP_COLUMNS = ["fund", "land", "op_key", "beneficiary", "title", "total_cost_eur", "start_date",
              "end_date", "district_code", "revier_code"]


def abgleich_json(db: Database, *, personal: bool = False, selection=None) -> dict[str, Any]:
    """{"counts", "matched", "not_in_monitor", "not_in_list"} (natural persons' names hidden
    unless `personal`), with "selection" of not_in_monitor when an OpSelection is given."""
    r = reconciliation(db)
    extra = {}
    if selection is not None:
        from dashboard.foerderlisten.selection import missing_selection

        extra = {"selection": missing_selection(db, selection, personal=personal).to_json()}
    hide = (lambda df: df) if personal else hide_personal
    matched = _records(hide(r.matched), [*OP_COLUMNS, "project_id", "score", "confirmed",
                                         "p_title", "p_stage_code", "p_total_cost_eur",
                                         "amount_difference_eur", "amount_differs", "dates_differ",
                                         "stage_not_granted"])
    return {"counts": r.counts(), "matched": matched,
            "not_in_monitor": _records(hide(r.not_in_monitor), OP_COLUMNS),
            "not_in_list": _records(r.not_in_list, ["project_id", "title", "sponsor", "land_code",
                                                     "revier_code", "stage_code", "programme_code",
                                                     "granted_eur"]),
            **extra}
