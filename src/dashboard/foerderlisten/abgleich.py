"""The reconciliation as services over the database: compute it (`reconciliation`), record
decisions on matches (`decide_match`, with `actor`), and the JSON of `foerderliste abgleich`."""

from __future__ import annotations

import threading
import weakref

import pandas as pd

from dashboard.foerderlisten import repository as repo
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
    from dashboard.access import acting, require
    from dashboard.audit import append

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
