"""CLI: `migrate --von QUELLE --nach ZIEL`: copy the whole store between the embedded DuckDB file
and PostgreSQL (either way), then compare row counts and checksums of every table."""

from __future__ import annotations

import argparse
from pathlib import Path

from dashboard import config
from dashboard.cli_support import EXIT_ERRORS, EXIT_OK, AddCommand, CliError
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.store.schema import migrate


def register(command: AddCommand) -> None:
    p = command("migrate", cmd_migrate, "den ganzen Datenbestand zwischen Datei und PostgreSQL "
                "kopieren (beide Richtungen) und Tabelle für Tabelle vergleichen")
    p.add_argument("--von", metavar="QUELLE", help="Datei oder postgresql://… (Standard: --db bzw. "
                   "DASHBOARD_DB)")
    p.add_argument("--nach", metavar="ZIEL", required=True, help="Datei oder postgresql://…")
    p.add_argument("--app-rolle", metavar="ROLLE", help="nach PostgreSQL: die Rolle, mit der die "
                   "App sich verbindet, erhält nur die nötigen Rechte (Protokoll: lesen und ergänzen)")
    p.add_argument("--force", action="store_true", help="bestehende Zieldatei bzw. Daten ersetzen")


def cmd_migrate(args: argparse.Namespace) -> int:
    from dashboard.store.transfer import from_postgres, has_store, safe_address, to_postgres

    source = config.db_target(args.von or args.db)
    target = args.nach
    if config.is_shared(source) == config.is_shared(target):
        raise CliError("Genau eines von Quelle und Ziel muss eine PostgreSQL-Adresse "
                       "(postgresql://…) sein, das andere eine Datei.")
    if config.is_shared(target):
        if not Path(source).is_file():
            raise CliError(f"Die Datenbank {source} existiert nicht.")
        if not args.force and has_store(target):
            raise CliError(f"In {safe_address(target)} liegt schon ein Datenbestand. Zum Ersetzen `--force` "
                           "angeben.")
        with Database.open_existing(source) as db:   # the file in this version's schema first
            migrate(db)
        checks = to_postgres(Path(source), target, args.app_rolle)
    else:
        checks = from_postgres(source, Path(target), force=args.force)
    width = max(len(c.table) for c in checks)
    print(f"{'Tabelle':<{width}}  {'Quelle':>9}  {'Ziel':>9}  Prüfsumme")
    for c in checks:
        mark = "gleich" if c.same else f"VERSCHIEDEN ({c.sum_source} / {c.sum_target})"
        print(f"{c.table:<{width}}  {fmt_int(c.rows_source):>9}  {fmt_int(c.rows_target):>9}  {mark}")
    bad = [c.table for c in checks if not c.same]
    rows = sum(c.rows_target for c in checks)
    if bad:
        print(f"{len(bad)} von {len(checks)} Tabellen weichen ab: {', '.join(bad)}")
        return EXIT_ERRORS
    print(f"Kopiert nach {safe_address(target)}: {len(checks)} Tabellen, {fmt_int(rows)} Zeilen, "
          "Zeilenzahlen und Prüfsummen gleich.")
    return EXIT_OK
