"""Operations another process may ask the database owner (the running app) to perform (the
writes, and the reads of the CLI: DuckDB lets no second process open a file the app holds).

The CLI runs them itself when it can open the file, and through store.server when the app
holds it; either way the same functions run, so results are identical."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dashboard.store.gateway import Database


def op_import(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: path, file_name, sheet, dry_run, allow_partial, user -> the import JSON."""
    from dashboard.ingest.service import run_import

    data = Path(args["path"]).read_bytes()
    result = run_import(db, data, args["file_name"], sheet=args.get("sheet"),
                        dry_run=bool(args.get("dry_run")),
                        allow_partial=bool(args.get("allow_partial")), user=args["user"])
    return result.to_json()


def op_undo(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: batch_id, user -> what the undo reports."""
    from dashboard.ingest.service import undo_import

    result = undo_import(db, int(args["batch_id"]), user=args["user"])
    return result if isinstance(result, dict) else {"result": str(result)}


def op_imports_list(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> the import history as JSON records (dates ISO)."""
    from dashboard.ingest.service import list_imports

    return {"records": list_imports(db).to_json(orient="records", date_format="iso")}


def op_export(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: out (path), filters (Filters JSON) -> writes the project export to `out`."""
    from dashboard.domain.filters import Filters
    from dashboard.ingest.service import export_projects

    data = export_projects(db, Filters.model_validate_json(args["filters"]))
    Path(args["out"]).write_bytes(data)
    return {"out": args["out"], "bytes": len(data)}


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
    from dashboard.matching.service import decide
    from dashboard.ui.texts import t

    decision_id = decide(db, args["actor"], (args["a"], args["b"]), args["decision"],
                         keep=args.get("keep"))
    return {"decision_id": decision_id,
            "message": f"Entscheidung Nr. {decision_id} gespeichert: {args['a']} ↔ {args['b']} "
                       f"{t('match.decision.' + args['decision'])}"
                       + (f", {args['keep']} bleibt" if args["decision"] == "dublette" else "")
                       + f" ({args['actor']})."}


HANDLERS = {"import": op_import, "undo": op_undo, "imports_list": op_imports_list,
            "export": op_export, "stats": op_stats, "vernetzung_pairs": op_vernetzung_pairs,
            "vernetzung_actors": op_vernetzung_actors, "vernetzung_decide": op_vernetzung_decide}
