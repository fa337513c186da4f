"""CLI: `python -m dashboard audit verify` (exit 0 = chain intact, 1 = broken)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from dashboard.formatting import fmt_int


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("audit", cmd_audit, "Protokoll prüfen (Hash-Kette)")
    p.add_argument("action", choices=("verify",), help="verify = die Kette prüfen")


def cmd_audit(args: argparse.Namespace) -> int:
    from dashboard.cli import EXIT_ERRORS, EXIT_OK, run_owned

    result = run_owned(args, "audit_verify", {}, read_only=True)
    if result["broken"] is None:
        print(f"Protokoll unverändert: {fmt_int(result['entries'])} Einträge, Kette vollständig.")
        return EXIT_OK
    print(f"Protokoll verändert! Erster fehlerhafter Eintrag: {result['broken']} "
          f"({fmt_int(result['entries'])} Einträge geprüft).")
    return EXIT_ERRORS


def op_audit_verify(db, args: dict) -> dict:
    """-> {"entries", "broken": German text of the first broken entry or None}."""
    from dashboard.audit import verify
    from dashboard.store.schema import applied

    if 5 not in applied(db):
        return {"entries": 0, "broken": None}
    n, broken = verify(db)
    return {"entries": n, "broken": None if broken is None else str(broken)}
