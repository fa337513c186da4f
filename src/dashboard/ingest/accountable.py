"""Who imports and undoes: the actor's scope for the plan, the refusal of an undo that reaches
into another network, and the audit entries written in the same transaction as the change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb

from dashboard.access import Actor
from dashboard.audit import append
from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest.aliases import write_aliases
from dashboard.ingest.commit import NotCommitted
from dashboard.ingest.decisions import Alias
from dashboard.ingest.messages import say
from dashboard.ingest.plan import ImportPlan
from dashboard.ingest.scope import batch_networks, plan_networks

MAX_IDS = 500  # project ids named in one audit entry; batch_project keeps the full list



def import_audit(actor: Actor, where: str, taxonomy: Taxonomy, allow_partial: bool,
                 aliases: list[Alias] | None = None
                 ) -> Callable[[duckdb.DuckDBPyConnection, int, ImportPlan], None]:
    """The import's audit entry (with the decisions it read cells through) and the aliases it
    remembers, written in the import's transaction."""
    def write(cur: duckdb.DuckDBPyConnection, batch_id: int, plan: ImportPlan) -> None:
        ids = [*plan.new["project_id"], *plan.changed["project_id"]]
        detail: dict[str, Any] = {"batch": batch_id, "file": plan.file_name, "sheet": plan.sheet,
                                  "sha256": plan.sha256, **plan.counts(),
                                  "partial": bool(allow_partial and plan.has_errors),
                                  # values beyond a plausibility warning bound, as confirmed
                                  "confirmed": [{"row": i.row, "column": i.column, "value": i.value}
                                                for i in plan.to_confirm[:MAX_IDS]],
                                  "confirmed_total": len(plan.to_confirm),
                                  "ids": [str(i) for i in ids[:MAX_IDS]], "ids_total": len(ids)}
        if plan.applied:  # the person's decisions and the remembered ones used, cell by cell
            detail["decisions"] = [a.to_json() for a in plan.applied]
        append(cur, actor, "import", detail, where,
               plan_networks([plan.new, plan.changed], taxonomy))
        if aliases:
            write_aliases(cur, actor, aliases, batch_id, where)
    return write


def undo_guard(actor: Actor, batch_id: int, taxonomy: Taxonomy, found: list[str]
               ) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """Refuse (NotCommitted) an undo of a batch that touched networks outside the scope; the
    networks it touched land in `found` for the audit entry."""
    def allowed(cur: duckdb.DuckDBPyConnection) -> None:
        found.extend(batch_networks(cur, batch_id, taxonomy))
        outside = [n for n in found if not actor.covers(n)]
        if outside:
            raise NotCommitted(say("undo.scope", batch=batch_id, networks=", ".join(outside)))
    return allowed


def undo_audit(actor: Actor, where: str, batch_id: int, networks: list[str]
               ) -> Callable[[duckdb.DuckDBPyConnection, int], None]:
    def write(cur: duckdb.DuckDBPyConnection, undo_id: int) -> None:
        append(cur, actor, "undo", {"batch": batch_id, "undo_batch": undo_id}, where, networks)
    return write
