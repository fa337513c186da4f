"""CLI: `reference` (reload the reference CSVs, or export them) and `serve-address` (where
`make run` binds)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dashboard import config
from dashboard.access import Actor
from dashboard.admin.reference import export_csv
from dashboard.audit import record
from dashboard.cli_support import EXIT_OK, AddCommand, open_db, operation, run_owned
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.store.schema import migrate
from dashboard.store.setup import reload_reference


def register(command: AddCommand) -> None:
    p = command("reference", cmd_reference, "Referenzdaten aus data/reference neu laden "
                "(export: den aktuellen Stand als CSV zurückschreiben)")
    p.add_argument("action", nargs="?", choices=("load", "export"), default="load",
                   help="load = aus CSV laden (Standard), export = als CSV schreiben")
    p.add_argument("--reference", help="Ordner der Referenzdaten")
    p.add_argument("--out", metavar="ORDNER", help="export: Zielordner (Standard: --reference "
                   "bzw. data/reference)")

    command("serve-address", cmd_serve_address, "die Adresse, an die `make run` bindet "
            "(127.0.0.1 ohne Anmeldung)")


@operation("reference_export")
def op_reference_export(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> {"files": {file name: CSV text}} of the current reference data."""
    return {"files": export_csv(read_taxonomy(db))}


def cmd_reference(args: argparse.Namespace) -> int:
    folder = Path(args.out or args.reference or config.reference_dir())
    if args.action == "export":  # through the running app when it owns the file
        files = run_owned(args, op_reference_export, {}, read_only=True)["files"]
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        print(f"Referenzdaten gespeichert: {fmt_int(len(files))} Dateien in {folder}")
        return EXIT_OK
    with open_db(args) as db:
        migrate(db)
        reload_reference(db, config.reference_dir(args.reference))
        record(db, Actor.cli(), "reference", {"table": "alle", "from": str(
            config.reference_dir(args.reference))}, "cli")
    print("Referenzdaten neu geladen.")
    return EXIT_OK


def cmd_serve_address(args: argparse.Namespace) -> int:
    print(config.serve_address())
    return EXIT_OK
