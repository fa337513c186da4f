"""The list import as services (page, CLI and the app process on the CLI's behalf): plan,
commit, undo, history. Every write takes `actor` (who): the audit log (issue 12) is one line
in each of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard import config
from dashboard.access import Actor, acting, require
from dashboard.audit import append
from dashboard.audit.head import note_beside
from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.plan import ListPlan
from dashboard.ingest import archive
from dashboard.ingest.commit import fault
from dashboard.ingest.service import ensure_schema, issue_json
from dashboard.store.gateway import Database
from dashboard.store.projects import reserve_batch_number
from dashboard.texts import t


class NotWritten(Exception):
    """Nothing was written; .message says why (German)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class ListResult:
    plan: ListPlan
    committed: bool
    batch_id: int | None = None
    message: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The object `foerderliste import --json` prints."""
        return {"file": self.plan.read.file_name, "fonds": self.plan.fund, "land": self.plan.land,
                "stand": self.plan.stand.isoformat(), **self.plan.counts(),
                "committed": self.committed, "batch_id": self.batch_id, "message": self.message,
                "errors": [issue_json(i) | {"column_letter": i.column_letter} for i in self.plan.errors],
                "warnings": [issue_json(i) | {"column_letter": i.column_letter}
                             for i in self.plan.warnings]}


def commit_list(db: Database, plan: ListPlan, data: bytes, *, actor: Actor | str,
                allow_partial: bool = False, where: str = "cli") -> ListResult:
    """Write the list (all or nothing) and archive the file. A plan with errors is written
    only with allow_partial (rows with errors left out); a list without change is not.
    Administration only (PermissionDenied otherwise); the audit entry commits with the list."""
    who = acting(actor)
    require(who, "import_lists")
    ensure_schema(db)
    if plan.errors and not allow_partial:
        return ListResult(plan, False, message=t("fl.commit.errors", n=len(plan.errors)))
    if plan.is_empty:
        return ListResult(plan, False, message=t("fl.commit.nothing"))
    batch_id = reserve_batch_number(db)
    folder = config.archive_dir(db.path)
    final = folder / archive.archive_name(batch_id, plan.sha256, plan.read.file_name)
    staged = archive.stage(folder, batch_id, data)
    committed = False
    try:
        with db.transaction() as cur:
            c = plan.counts()
            record = {"batch_id": batch_id, "fund": plan.fund, "land": plan.land,
                      "stand": plan.stand, "file_name": plan.read.file_name, "sha256": plan.sha256,
                      "archived_path": str(final), "sheet": plan.read.sheet,
                      "header_row": plan.read.header_row, "columns": plan.read.columns,
                      "preamble": plan.read.preamble,
                      "notes": [i.message for i in plan.warnings if i.row is None],
                      "actor": who.identity, "n_operations": c["operations"], "n_rejected": c["rejected"],
                      "n_new": c["new"], "n_changed": c["changed"], "n_unchanged": c["unchanged"],
                      "n_gone": c["gone"]}
            repo.write_import(cur, record, plan.kept)
            append(cur, who, "foerderliste_import",
                   {"batch": batch_id, "fund": plan.fund, "land": plan.land,
                    "stand": plan.stand.isoformat(), "file": plan.read.file_name,
                    "sha256": plan.sha256, **{k: ({kk: int(vv) for kk, vv in v.items()} if isinstance(v, dict)
                          else int(v)) for k, v in c.items()},
                    "partial": bool(allow_partial and plan.errors)}, where)
            fault("before_commit")
        committed = True
        archive.publish(staged, final)
        note_beside(final, db)  # the audit chain's head beside the original (README)
    finally:
        if not committed:
            staged.unlink(missing_ok=True)
    return ListResult(plan, True, batch_id)


def undo_list(db: Database, batch_id: int, *, actor: Actor | str, where: str = "cli"
              ) -> dict[str, Any]:
    """Take a list import back: the list in force for its fund and Land is again the one
    before. {"undone", "batch_id", "message"}. Administration only; audited."""
    who = acting(actor)
    require(who, "import_lists")
    ensure_schema(db)
    found = db.query("SELECT undone_by FROM oplist_import WHERE batch_id = ?", [batch_id]).df
    if found.empty:
        return {"undone": False, "batch_id": batch_id, "message": t("fl.undo.unknown", batch=batch_id)}
    if pd.notna(found.iat[0, 0]):
        return {"undone": False, "batch_id": batch_id, "message": t("fl.undo.already", batch=batch_id)}
    with db.transaction() as cur:
        repo.mark_undone(cur, batch_id, who.identity)
        append(cur, who, "foerderliste_undo", {"batch": batch_id}, where)
    return {"undone": True, "batch_id": batch_id, "message": t("fl.undo.done", batch=batch_id)}


def history(db: Database) -> pd.DataFrame:
    return repo.history(db)
