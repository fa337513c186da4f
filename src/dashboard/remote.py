"""Operations another process may ask the database owner (the running app) to perform (the
writes, and the reads of the CLI: DuckDB lets no second process open a file the app holds).

The CLI runs them itself when it can open the file, and through store.server when the app
holds it; either way the same functions run, so results are identical. Requests carry data,
never paths: the file to import travels as bytes, an export comes back as bytes and the CLI
writes it (the app process never opens a path a request names).
"""

from __future__ import annotations

import base64
import threading
from typing import Any

from dashboard.store.gateway import Database

_outcomes: dict[str, dict[str, Any]] = {}      # request id -> what the import did
_done: dict[str, threading.Event] = {}
_lock = threading.Lock()


def cli_actor(args: dict[str, Any]):
    """The actor of a request: the CLI's operating-system user, who owns the database (the
    socket only accepts the app's own uid). Only the name travels; the role never does."""
    from dashboard.access import Actor

    name = str(args.get("actor") or "")
    return Actor.cli(name.removeprefix("cli:") if name.startswith("cli:") else None)


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


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
        result = run_import(db, decode(args["data"]), args["file_name"], sheet=args.get("sheet"),
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
    from dashboard.ingest.decisions import parse_assignment
    from dashboard.ingest.messages import FileRejected
    from dashboard.store.reference import read_taxonomy

    if not texts:
        return []
    taxonomy = read_taxonomy(db)
    try:
        return [parse_assignment(text, taxonomy) for text in texts]
    except ValueError as exc:
        raise FileRejected(str(exc)) from None


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


def op_undo(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: batch_id, user -> what the undo reports."""
    from dashboard.ingest.service import undo_import

    result = undo_import(db, int(args["batch_id"]), user=args["user"], actor=cli_actor(args),
                         where="cli")
    return result if isinstance(result, dict) else {"result": str(result)}


def op_imports_list(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> the import history as JSON records (dates ISO)."""
    from dashboard.ingest.service import list_imports

    return {"records": list_imports(db).to_json(orient="records", date_format="iso")}


def op_export(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters (Filters JSON) -> the project export as base64 (the caller writes it)."""
    from dashboard.domain.filters import Filters
    from dashboard.ingest.service import export_projects

    data = export_projects(db, Filters.model_validate_json(args["filters"]))
    return {"data": encode(data), "bytes": len(data)}


def op_stats(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters (Filters JSON) -> the figures of `stats --json`."""
    from dashboard.analytics.stats import stats
    from dashboard.domain.filters import Filters

    return stats(db, Filters.model_validate_json(args["filters"]))


def op_vernetzung_pairs(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters (Filters JSON) -> {"pairs": the open pairs of `vernetzung --json`}."""
    from dashboard.domain.filters import Filters
    from dashboard.matching.queue import pairs_json

    return {"pairs": pairs_json(db, Filters.model_validate_json(args["filters"]))}


def op_vernetzung_actors(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters -> {"actors": [{name, key, variants, projects, networks, reviere, laender}]}."""
    from dashboard.domain.filters import Filters
    from dashboard.matching.queue import actors

    df = actors(db, Filters.model_validate_json(args["filters"]))
    keep = ["name", "key", "variants", "projects", "networks", "reviere", "laender"]
    return {"actors": [{k: (list(v) if k != "name" and k != "key" else v) for k, v in r.items()}
                       for r in df[keep].to_dict("records")]}


def op_vernetzung_decide(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: a, b, decision, keep, actor -> {"decision_id", "message"}; German error otherwise."""
    from dashboard.audit import decision_audit
    from dashboard.matching.service import decide
    from dashboard.texts import t

    actor = cli_actor(args)  # the CLI's operating-system user, whatever the request says
    decision_id = decide(db, actor.identity, (args["a"], args["b"]), args["decision"],
                         keep=args.get("keep"),
                         audit=decision_audit(actor, "cli", (args["a"], args["b"]),
                                              args["decision"], args.get("keep")))
    return {"decision_id": decision_id,
            "message": f"Entscheidung Nr. {decision_id} gespeichert: {args['a']} ↔ {args['b']} "
                       f"{t('match.decision.' + args['decision'])}"
                       + (f", {args['keep']} bleibt" if args["decision"] == "dublette" else "")
                       + f" ({args['actor']})."}


def op_opendata_list(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> {"opted_out": [{"network_code", "network_name", "revier_code", "decided_at"}]}."""
    from dashboard.api.public import opted_out

    df = opted_out(db)
    return {"opted_out": [{**r, "decided_at": r["decided_at"].isoformat()}
                          for r in df.to_dict("records")]}


def op_opendata_set(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: network, opted_out, actor -> the list after the change (as opendata_list)."""
    from dashboard.api.public import set_opt_out

    set_opt_out(db, args["network"], bool(args["opted_out"]), by=cli_actor(args))
    return op_opendata_list(db, {})


def op_audit_verify(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    from dashboard.audit.commands import op_audit_verify as verify

    return verify(db, args)


def op_reference_export(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> {"files": {file name: CSV text}} of the current reference data."""
    from dashboard.admin.reference import export_csv
    from dashboard.store.reference import read_taxonomy

    return {"files": export_csv(read_taxonomy(db))}


HANDLERS = {"audit_verify": op_audit_verify, "reference_export": op_reference_export,
            "import": op_import, "import_outcome": op_import_outcome, "undo": op_undo,
            "imports_list": op_imports_list, "export": op_export, "stats": op_stats,
            "vernetzung_pairs": op_vernetzung_pairs,
            "vernetzung_actors": op_vernetzung_actors, "vernetzung_decide": op_vernetzung_decide,
            "opendata_list": op_opendata_list, "opendata_set": op_opendata_set}


def _extend() -> None:
    """Operations of features that keep them next to their code (Förderlisten)."""
    from dashboard.foerderlisten.remote_ops import HANDLERS as foerderlisten

    HANDLERS.update(foerderlisten)


_extend()

