"""CLI: `template --out DATEI.xlsx` (the empty project list to fill in) and `export --out
DATEI.xlsx [filters]` (the projects in the same format, through the running app when it owns
the database; this process writes the file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dashboard.cli_support import (
    EXIT_OK,
    AddCommand,
    add_filter_args,
    decode,
    encode,
    filters_from_args,
    operation,
    reference_taxonomy,
    run_owned,
)
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database


def register(command: AddCommand) -> None:
    p = command("template", cmd_template, "Excel-Vorlage für Projektlisten erzeugen")
    p.add_argument("--out", required=True, metavar="DATEI.xlsx")

    p = command("export", cmd_export, "Projekte als Excel-Datei im Vorlagenformat ausgeben")
    p.add_argument("--out", required=True, metavar="DATEI.xlsx")
    add_filter_args(p)


@operation("export")
def op_export(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters (Filters JSON) -> the project export as base64 (the caller writes it)."""
    from dashboard.export.projects_xlsx import export_projects

    data = export_projects(db, Filters.model_validate_json(args["filters"]))
    return {"data": encode(data), "bytes": len(data)}


def cmd_template(args: argparse.Namespace) -> int:
    from dashboard.export.template import template_xlsx

    Path(args.out).write_bytes(template_xlsx(reference_taxonomy(args)))
    print(f"Vorlage gespeichert: {args.out}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    result = run_owned(args, op_export, {"filters": filters_from_args(args).model_dump_json()},
                       read_only=True)
    Path(args.out).write_bytes(decode(result["data"]))
    print(f"Projekte gespeichert: {args.out}")
    return EXIT_OK
