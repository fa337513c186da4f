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
    p.add_argument("--app-rolle", metavar="ROLLE", help="PostgreSQL: die Rolle der App (erhält nur "
                   "die nötigen Rechte)")


def cmd_init(args: argparse.Namespace) -> int:
    from dashboard.demo.seed import init_database

    target = config.db_target(args.db)
    if config.is_shared(target):
        return _init_shared(args, target)
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


def _init_shared(args: argparse.Namespace, url: str) -> int:
    """PostgreSQL: build the database in a file first, then copy it over (as its owner)."""
    import tempfile
    from pathlib import Path

    from dashboard.cli_support import CliError
    from dashboard.demo.seed import init_database
    from dashboard.store.setup import retire_heads
    from dashboard.store.transfer import has_store, safe_address, to_postgres

    if not args.force and has_store(url):
        raise CliError(f"In {safe_address(url)} liegt schon ein Datenbestand. Zum Ersetzen `--force` angeben.")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "neu.duckdb"
        result = init_database(path, config.reference_dir(args.reference), demo=args.demo,
                               size=args.size, seed=args.seed)
        checks = to_postgres(path, url, args.app_rolle)
    retire_heads(config.local_stand_in(url))
    if not all(c.same for c in checks):
        raise CliError("Die Kopie nach PostgreSQL weicht ab; bitte `migrate` erneut ausführen.", 1)
    print(f"Datenbank angelegt: {safe_address(url)} (Schema-Version {result['schema_version']}, "
          f"{fmt_int(result['projects'])} Projekte, {fmt_int(result['events'])} Prüfstufen-Ereignisse)")
    return EXIT_OK
