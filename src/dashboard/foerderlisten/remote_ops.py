"""The Förderlisten operations the CLI runs itself or hands to the running app (dashboard.remote):
requests carry data (the file as base64), never paths."""

from __future__ import annotations

from datetime import date
from typing import Any

from dashboard.store.gateway import Database


def op_import(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: data, file_name, fund, land, stand (ISO), dry_run, allow_partial, number_formats,
    actor -> the JSON of `foerderliste import`."""
    from dashboard.foerderlisten.plan import plan_list
    from dashboard.foerderlisten.service import ListResult, commit_list
    from dashboard.ingest.service import ensure_schema
    from dashboard.remote import decode

    data = decode(args["data"])
    if not args.get("dry_run"):
        ensure_schema(db)
    plan = plan_list(db, data, args["file_name"], fund=args["fund"], land=args["land"],
                     stand=date.fromisoformat(args["stand"]),
                     number_formats=args.get("number_formats") or {})
    if args.get("dry_run"):
        return ListResult(plan, False).to_json()
    from dashboard.remote import cli_actor

    return commit_list(db, plan, data, actor=cli_actor(args),
                       allow_partial=bool(args.get("allow_partial"))).to_json()


def op_abgleich(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.abgleich import abgleich_json
    from dashboard.foerderlisten.selection import from_json

    selection = from_json(args["selection"]) if args.get("selection") is not None else None
    return abgleich_json(db, personal=bool(args.get("personal")), selection=selection)


def op_undo(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.service import undo_list
    from dashboard.remote import cli_actor

    return undo_list(db, int(args["batch_id"]), actor=cli_actor(args))


def op_history(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.service import history

    return {"records": history(db).to_json(orient="records", date_format="iso")}


def op_decide(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.foerderlisten.abgleich import decide_match
    from dashboard.remote import cli_actor

    number = decide_match(db, cli_actor(args), fund=args["fund"], land=args["land"],
                          op_key=args["op_key"], project_id=args["project_id"],
                          decision=args["decision"])
    return {"decision_id": number}


HANDLERS = {"foerderliste_import": op_import, "foerderliste_abgleich": op_abgleich,
            "foerderliste_undo": op_undo, "foerderliste_history": op_history,
            "foerderliste_decide": op_decide}
