"""`python -m dashboard ...`: the same code the app uses, from the shell."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable
from datetime import date
from typing import Any

from dashboard import config
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import ReferenceError
from dashboard.formatting import fmt_int
from dashboard.matching.errors import DecisionError
from dashboard.store.gateway import Database, DatabaseError

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_UNEXPECTED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # as shells report Ctrl-C


class CliError(Exception):
    """A problem to report to the user (German) with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def add_filter_args(p: argparse.ArgumentParser) -> None:
    """The shared filters, as repeatable options (codes as in data/reference)."""
    g = p.add_argument_group("Filter")
    g.add_argument("--revier", action="append", default=[], metavar="CODE", help="z. B. LR, MR")
    g.add_argument("--land", action="append", default=[], metavar="CODE", help="z. B. SN, ST")
    g.add_argument("--kreis", action="append", default=[], metavar="CODE", help="Kreisschlüssel")
    g.add_argument("--schwerpunkt", action="append", default=[], metavar="CODE", help="F1 bis F6")
    g.add_argument("--mission", action="append", default=[], metavar="CODE", help="M01 bis M10, ohne")
    g.add_argument("--programm", action="append", default=[], metavar="CODE", help="z. B. RL_INVKG")
    g.add_argument("--von", type=date.fromisoformat, metavar="JJJJ-MM-TT")
    g.add_argument("--bis", type=date.fromisoformat, metavar="JJJJ-MM-TT")


def filters_from_args(args: argparse.Namespace, *, check: bool = True) -> Filters:
    """The filters of the command line; unknown codes and a period that ends before it starts
    are usage errors (exit 2) naming the valid codes, never silently empty figures."""
    filters = Filters(reviere=tuple(args.revier), bundeslaender=tuple(args.land),
                      districts=tuple(args.kreis), focus_areas=tuple(args.schwerpunkt),
                      missions=tuple(args.mission), programmes=tuple(args.programm),
                      period_from=args.von, period_to=args.bis)
    if check:
        check_filters(filters, reference_taxonomy(args))
    return filters


def check_filters(filters: Filters, taxonomy) -> None:
    """Raise CliError for codes the reference data does not know, or von after bis."""
    from dashboard.domain.filters import URL_KEYS
    from dashboard.texts.filters import options

    known = options(taxonomy)
    for field, values in filters.model_dump().items():
        if isinstance(values, tuple) and (bad := [v for v in values if v not in known[field]]):
            raise CliError(f"Unbekannte Angabe für --{URL_KEYS[field]}: {', '.join(bad)}. "
                           f"Möglich sind: {', '.join(known[field])}.")
    if filters.period_from and filters.period_to and filters.period_from > filters.period_to:
        raise CliError(f"--von ({filters.period_from:%d.%m.%Y}) liegt nach --bis "
                       f"({filters.period_to:%d.%m.%Y}); so gäbe es keine Projekte.")


def reference_taxonomy(args: argparse.Namespace):
    """The reference data of the database; the CSV folder while another process holds it."""
    from dashboard.domain.taxonomy import read_reference_dir
    from dashboard.store.reference import read_taxonomy

    try:
        with open_db(args, read_only=True) as db:
            return read_taxonomy(db)
    except DatabaseError:
        return read_reference_dir(config.reference_dir())


def open_db(args: argparse.Namespace, *, read_only: bool = False) -> Database:
    return Database.open_existing(config.db_path(args.db), read_only=read_only)


def run_owned(args: argparse.Namespace, op: str, payload: dict[str, Any], *,
              read_only: bool = False) -> dict[str, Any]:
    """Run an operation of dashboard.remote: here when this process can open the database,
    else through the running app that owns it (store.server)."""
    from dashboard.remote import HANDLERS
    from dashboard.store.server import GatewayUnavailable, RemoteError, UnsafeSocket, call

    path = config.db_path(args.db)
    try:
        db = Database.open_existing(path, read_only=read_only)
    except DatabaseError as exc:
        if "verwendet" not in str(exc):
            raise
        try:
            return call(path, op, payload)
        except GatewayUnavailable:
            raise exc from None
        except (RemoteError, UnsafeSocket) as remote:
            raise CliError(str(remote)) from None
    with db:
        if not read_only:
            from dashboard.store.schema import migrate

            migrate(db)
        return HANDLERS[op](db, payload)


def cmd_init(args: argparse.Namespace) -> int:
    from dashboard.store.setup import init_database

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


STATS_LABELS = {
    "projects": "Projekte", "missions": "Zukunftsmissionen", "focus_areas": "Schwerpunkte",
    "networks": "Fachnetzwerke", "reviere": "Reviere", "districts": "Kreise",
    "in_review": "In Prüfung", "granted": "Bewilligt", "exited": "Ausgeschieden",
    "by_stage": "Je Prüfstufe (alle)", "active_by_stage": "Je Prüfstufe (aktiv)",
    "exited_by_stage": "Ausgeschieden je Prüfstufe", "funnel": "Trichter (erreicht)",
    "by_mission": "Je Hauptmission", "by_focus_area": "Je Schwerpunkt", "by_revier": "Je Revier",
    "themes": "Querschnittsthemen (0/1/2)", "funding": "Fördermittel",
}


def _stats_value(value: Any) -> str:
    from dashboard.formatting import fmt_eur

    if isinstance(value, dict):
        return ", ".join(f"{'ohne' if k == 'none' else k} {_stats_value(v)}"
                         for k, v in value.items())
    if isinstance(value, float):
        return fmt_eur(value)
    return fmt_int(value)


def cmd_stats(args: argparse.Namespace) -> int:
    figures = run_owned(args, "stats", {"filters": filters_from_args(args).model_dump_json()},
                        read_only=True)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return EXIT_OK
    for key, value in figures.items():
        if key == "funding":
            print(f"Beantragt: {_stats_value(value['requested_eur'])}")
            print(f"Bewilligt (€): {_stats_value(value['granted_eur'])}")
        elif key == "themes":
            for theme, markers in value.items():
                print(f"Thema {theme}: nicht adressiert {fmt_int(markers.get('0', 0))}, "
                      f"signifikant {fmt_int(markers.get('1', 0))}, "
                      f"Hauptziel {fmt_int(markers.get('2', 0))}")
        elif key == "exited_by_stage":
            left = {stage: sum(reasons.values()) for stage, reasons in value.items()}
            print(f"{STATS_LABELS[key]}: {_stats_value(left)}")
        else:
            print(f"{STATS_LABELS.get(key, key)}: {_stats_value(value)}")
    return EXIT_OK


def cmd_reference(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dashboard.access import Actor
    from dashboard.audit import record
    from dashboard.store.setup import reload_reference

    folder = Path(args.out or args.reference or config.reference_dir())
    if args.action == "export":  # through the running app when it owns the file
        files = run_owned(args, "reference_export", {}, read_only=True)["files"]
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        print(f"Referenzdaten gespeichert: {fmt_int(len(files))} Dateien in {folder}")
        return EXIT_OK
    with open_db(args) as db:
        from dashboard.store.schema import migrate

        migrate(db)
        reload_reference(db, config.reference_dir(args.reference))
        record(db, Actor.cli(), "reference", {"table": "alle", "from": str(
            config.reference_dir(args.reference))}, "cli")
    print("Referenzdaten neu geladen.")
    return EXIT_OK


def cmd_serve_address(args: argparse.Namespace) -> int:
    print(config.serve_address())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard",
                                     description="Strukturwandel-Monitor: Datenbank und Auswertungen",
                                     add_help=False)
    parser.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")
    sub = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")
    commands: dict[str, Callable[[argparse.Namespace], int]] = {}

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                **kwargs: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, **kwargs)
        p.add_argument("--db", help="Datenbankdatei (Standard: $DASHBOARD_DB oder data/strukturwandel.duckdb)")
        p.set_defaults(func=func)
        commands[name] = func
        return p

    p = command("init", cmd_init, "Datenbank anlegen (Schema, Referenzdaten, optional Demodaten)")
    p.add_argument("--demo", action="store_true", help="Demodaten erzeugen")
    p.add_argument("--size", type=int, default=400, help="Anzahl Demoprojekte (Standard 400)")
    p.add_argument("--seed", type=int, default=42, help="Startwert des Zufallsgenerators")
    p.add_argument("--force", action="store_true", help="bestehende Datenbank überschreiben")
    p.add_argument("--reference", help="Ordner der Referenzdaten (Standard data/reference)")

    p = command("stats", cmd_stats, "Kennzahlen ausgeben")
    p.add_argument("--json", action="store_true", help="als ein JSON-Objekt")
    add_filter_args(p)

    p = command("reference", cmd_reference, "Referenzdaten aus data/reference neu laden "
                "(export: den aktuellen Stand als CSV zurückschreiben)")
    p.add_argument("action", nargs="?", choices=("load", "export"), default="load",
                   help="load = aus CSV laden (Standard), export = als CSV schreiben")
    p.add_argument("--reference", help="Ordner der Referenzdaten")
    p.add_argument("--out", metavar="ORDNER", help="export: Zielordner (Standard: --reference "
                   "bzw. data/reference)")

    command("serve-address", cmd_serve_address, "die Adresse, an die `make run` bindet "
            "(127.0.0.1 ohne Anmeldung)")

    # Further commands register themselves here (import, export, template, imports, briefing).
    for register in _extensions():
        register(command)
    return parser


def _extensions() -> list[Callable]:
    """Command groups living next to their feature code."""
    found = []
    for module_name in ("dashboard.ingest.commands", "dashboard.briefing.commands",
                        "dashboard.matching.commands", "dashboard.audit.commands",
                        "dashboard.foerderlisten.commands", "dashboard.api.commands"):
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        found.append(module.register)
    return found


def main(argv: list[str] | None = None) -> int:
    from dashboard import cli_german

    cli_german.install()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed its message
        return EXIT_USAGE if exc.code else EXIT_OK
    try:
        if getattr(args, "size", 1) < 1:
            raise CliError("--size muss mindestens 1 sein.")
        return args.func(args)
    except CliError as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:  # Ctrl-C: a sentence, never a traceback
        print("Abgebrochen.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (DatabaseError, ReferenceError, DecisionError) as exc:
        print(f"Fehler: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a user
        if os.environ.get("DASHBOARD_DEBUG"):
            traceback.print_exc()
        print(f"Unerwarteter Fehler ({type(exc).__name__}): {exc}. "
              "Mit DASHBOARD_DEBUG=1 werden Details ausgegeben.", file=sys.stderr)
        return EXIT_UNEXPECTED
