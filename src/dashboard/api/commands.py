"""CLI: `opendata` lists the Fachnetzwerke that do not publish open data; `opendata sperren
NETZ` / `opendata freigeben NETZ` record a network's decision (as cli:<os user>). Through the
running app when it owns the file, so the API leaves the network out at once."""

from __future__ import annotations

import argparse
import json
from typing import Any

from dashboard.access import cli_actor
from dashboard.cli_support import EXIT_OK, AddCommand, CliError, operation, run_owned
from dashboard.store.gateway import Database


def register(command: AddCommand) -> None:
    """Add `opendata` to the CLI."""
    p = command("opendata", cmd_opendata,
                "Offene Daten: Fachnetzwerke, die ihre Projekte nicht veröffentlichen")
    p.add_argument("aktion", nargs="?", default="liste", choices=("liste", "sperren", "freigeben"),
                   help="liste (Standard), sperren oder freigeben")
    p.add_argument("netzwerk", nargs="?", metavar="FACHNETZWERK",
                   help="Code des Fachnetzwerks, z. B. LR-EN")
    p.add_argument("--json", action="store_true", help="als JSON")


def cmd_opendata(args: argparse.Namespace) -> int:
    from dashboard.access import Actor

    if args.aktion == "liste":
        if args.netzwerk:
            raise CliError("Ein Fachnetzwerk nur bei „sperren“ oder „freigeben“ angeben.")
        rows = run_owned(args, op_opendata_list, {})["opted_out"]
    else:
        if not args.netzwerk:
            raise CliError(f"Bitte angeben: opendata {args.aktion} FACHNETZWERK (z. B. LR-EN)")
        rows = run_owned(args, op_opendata_set, {"network": args.netzwerk, "actor": Actor.cli().identity,
                                                "opted_out": args.aktion == "sperren"})["opted_out"]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    elif not rows:
        print("Alle Fachnetzwerke veröffentlichen ihre bewilligten Projekte.")
    else:
        for r in rows:
            print(f"{r['network_code']} {r['network_name'] or ''}: nicht veröffentlicht "
                  f"(seit {r['decided_at'][:10]})")
    return EXIT_OK


@operation("opendata_list")
def op_opendata_list(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """-> {"opted_out": [{"network_code", "network_name", "revier_code", "decided_at"}]}."""
    from dashboard.api.public import opted_out

    df = opted_out(db)
    return {"opted_out": [{**r, "decided_at": r["decided_at"].isoformat()}
                          for r in df.to_dict("records")]}


@operation("opendata_set")
def op_opendata_set(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: network, opted_out, actor -> the list after the change (as opendata_list)."""
    from dashboard.api.public import set_opt_out

    set_opt_out(db, args["network"], bool(args["opted_out"]), by=cli_actor(args))
    return op_opendata_list(db, {})
