"""Operations another process may ask the database owner (the running app) to perform.

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


HANDLERS = {"import": op_import, "undo": op_undo}
