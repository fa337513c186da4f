"""The import's operations (dashboard.cli_support): the command line runs them itself or hands
them to the running app that owns the database; the same functions either way."""

from __future__ import annotations

import threading
from typing import Any

from dashboard.access import cli_actor
from dashboard.cli_support import decode, operation
from dashboard.ingest.decisions import parse_assignment
from dashboard.ingest.messages import FileRejected
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy

_outcomes: dict[str, dict[str, Any]] = {}      # request id -> what the import did
_done: dict[str, threading.Event] = {}
_lock = threading.Lock()


@operation("import")
def op_import(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: data (base64), file_name, sheet, dry_run, allow_partial, plausible_confirmed, user
    [, request_id] ->
    the import JSON. When the asking process goes away (Ctrl-C) before the commit, nothing is
    committed; `import_outcome` tells it afterwards what happened."""
    from dashboard.ingest.service import run_import

    request_id = args.get("request_id")
    if request_id:
        with _lock:
            _done[request_id] = threading.Event()
    outcome: dict[str, Any] = {"committed": False, "batch_id": None}
    try:
        # taken out of args: the base64 text (4/3 of the file) need not live beside the bytes
        data = decode(args.pop("data"))
        result = run_import(db, data, args["file_name"], sheet=args.get("sheet"),
                            dry_run=bool(args.get("dry_run")),
                            allow_partial=bool(args.get("allow_partial")),
                            plausible_confirmed=bool(args.get("plausible_confirmed")),
                            user=args["user"],
                            cancelled=args.get("_cancelled"), actor=cli_actor(args), where="cli",
                            decisions=assignments(db, args.get("decisions") or []),
                            remember=bool(args.get("remember")))
        outcome = {"committed": result.committed, "batch_id": result.batch_id}
        return result.to_json()
    finally:
        if request_id:
            with _lock:
                _outcomes[request_id] = outcome
                _done[request_id].set()


def assignments(db: Database, texts: list[str]) -> list:
    """--zuordnung "WERT=CODE" texts as decisions; FileRejected (one sentence) when malformed."""
    if not texts:
        return []
    taxonomy = read_taxonomy(db)
    try:
        return [parse_assignment(text, taxonomy) for text in texts]
    except ValueError as exc:
        raise FileRejected(str(exc)) from None


@operation("import_outcome")
def op_import_outcome(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: request_id -> {"known", "committed", "batch_id"}, once that import has ended."""
    request_id = args["request_id"]
    with _lock:
        event = _done.get(request_id)
    if event is None:
        return {"known": False, "committed": False, "batch_id": None}
    event.wait(timeout=float(args.get("wait", 600)))
    with _lock:
        outcome = _outcomes.pop(request_id, {"committed": False, "batch_id": None})
        _done.pop(request_id, None)
    return {"known": True, **outcome}


@operation("undo")
def op_undo(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: batch_id, user -> what the undo reports."""
    from dashboard.ingest.service import undo_import

    result = undo_import(db, int(args["batch_id"]), user=args["user"], actor=cli_actor(args),
                         where="cli")
    return result if isinstance(result, dict) else {"result": str(result)}


@operation("imports_list")
def op_imports_list(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> the import history as JSON records (dates ISO)."""
    from dashboard.ingest.service import list_imports

    return {"records": list_imports(db).to_json(orient="records", date_format="iso")}
