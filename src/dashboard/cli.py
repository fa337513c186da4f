"""`python -m dashboard ...`: the same code the app uses, from the shell. The entry point only:
every feature adds its commands (dashboard.features); what they share is in cli_support."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

from dashboard import cli_german
from dashboard.cli_support import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE, CliError
from dashboard.domain.taxonomy import ReferenceError
from dashboard.features import register_commands
from dashboard.matching.errors import DecisionError
from dashboard.store.gateway import DatabaseError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard",
                                     description="Strukturwandel-Monitor: Datenbank und Auswertungen",
                                     add_help=False)
    parser.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")
    sub = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str,
                **kwargs: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, **kwargs)
        p.add_argument("--db", help="Datenbankdatei (Standard: $DASHBOARD_DB oder data/strukturwandel.duckdb)")
        p.set_defaults(func=func)
        return p

    register_commands(command)
    return parser


def main(argv: list[str] | None = None) -> int:
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
