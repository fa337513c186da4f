"""The Förderlisten operations the CLI runs itself or hands to the running app (dashboard.cli_support):
requests carry data (the file as base64), never paths."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from dashboard.access import cli_actor
from dashboard.cli_support import decode, operation
from dashboard.foerderlisten.personal import hide_personal
from dashboard.store.gateway import Database


@operation("foerderliste_import")
def op_import(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: data, file_name, fund, land, stand (ISO), dry_run, allow_partial, number_formats,
    actor -> the JSON of `foerderliste import`."""
    from dashboard.foerderlisten.plan import plan_list
    from dashboard.foerderlisten.service import ListResult, commit_list
    from dashboard.ingest.service import ensure_schema

    data = decode(args["data"])
    if not args.get("dry_run"):
        ensure_schema(db)
    plan = plan_list(db, data, args["file_name"], fund=args["fund"], land=args["land"],
                     stand=date.fromisoformat(args["stand"]),
                     number_formats=args.get("number_formats") or {})
    if args.get("dry_run"):
        return ListResult(plan, False).to_json()

    return commit_list(db, plan, data, actor=cli_actor(args),
                       allow_partial=bool(args.get("allow_partial"))).to_json()


@operation("foerderliste_abgleich")
def op_abgleich(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.selection import from_json

    selection = from_json(args["selection"]) if args.get("selection") is not None else None
    return abgleich_json(db, personal=bool(args.get("personal")), selection=selection)


@operation("foerderliste_undo")
def op_undo(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.service import undo_list

    return undo_list(db, int(args["batch_id"]), actor=cli_actor(args))


@operation("foerderliste_history")
def op_history(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.service import history

    return {"records": history(db).to_json(orient="records", date_format="iso")}


@operation("foerderliste_decide")
def op_decide(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.abgleich import decide_match

    number = decide_match(db, cli_actor(args), fund=args["fund"], land=args["land"],
                          op_key=args["op_key"], project_id=args["project_id"],
                          decision=args["decision"])
    return {"decision_id": number}


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
    from dashboard.foerderlisten.abgleich import reconciliation
    from dashboard.foerderlisten.selection import missing_selection

    r = reconciliation(db)
    extra = {}
    if selection is not None:
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
