"""CLI: `init [--demo]`: create the database file (schema and reference data), with demo data
to try the monitor with."""

from __future__ import annotations

import argparse

from dashboard import config
from dashboard.cli_support import EXIT_OK, AddCommand
from dashboard.formatting import fmt_int


def register(command: AddCommand) -> None:
    p = command("init", cmd_init, "Datenbank anlegen (Schema, Referenzdaten, optional Demodaten)")
    p.add_argument("--demo", action="store_true", help="Demodaten erzeugen")
    p.add_argument("--size", type=int, default=400, help="Anzahl Demoprojekte (Standard 400)")
    p.add_argument("--seed", type=int, default=42, help="Startwert des Zufallsgenerators")
    p.add_argument("--force", action="store_true", help="bestehende Datenbank überschreiben")
    p.add_argument("--reference", help="Ordner der Referenzdaten (Standard data/reference)")


def cmd_init(args: argparse.Namespace) -> int:
    from dashboard.demo.seed import init_database

    path = config.db_path(args.db)
    result = init_database(path, config.reference_dir(args.reference), demo=args.demo,
                           size=args.size, seed=args.seed, force=args.force)
    print(f"Datenbank angelegt: {path} (Schema-Version {result['schema_version']}, "
          f"{fmt_int(result['projects'])} Projekte, "
          f"{fmt_int(result['events'])} Prüfstufen-Ereignisse)")
    if result["heads_set_aside"]:
        print(f"Notierte Köpfe des bisherigen Protokolls umbenannt (nicht mehr geprüft): "
              f"{', '.join(result['heads_set_aside'])}")
    return EXIT_OK
