"""CLI: `python -m dashboard audit verify [--kopf N:HASH]` (exit 0 = chain intact and every
noted head reached, 1 = changed or cut short, 2 = a head that is no head)."""

from __future__ import annotations

import argparse
import sys

from dashboard.cli_support import EXIT_ERRORS, EXIT_OK, AddCommand, CliError, operation, run_owned
from dashboard.formatting import fmt_int


def register(command: AddCommand) -> None:
    p = command("audit", cmd_audit, "Protokoll prüfen (Hash-Kette und notierter Kopf)")
    p.add_argument("action", choices=("verify",), help="verify = die Kette prüfen")
    p.add_argument("--kopf", metavar="N:HASH",
                   help="gegen diesen notierten Kopf prüfen (Standard: die außerhalb der "
                        "Datenbank notierten Köpfe, README „Kopf des Protokolls“)")


def cmd_audit(args: argparse.Namespace) -> int:
    from dashboard.audit.head import parse
    from dashboard.texts import t

    if args.kopf is not None:
        try:
            parse(args.kopf)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    result = run_owned(args, op_audit_verify, {"kopf": args.kopf}, read_only=True)
    for warning in result["warnings"]:
        print(f"Hinweis: {warning}", file=sys.stderr)
    if result["broken"] is None and not result["problems"]:
        print(f"Protokoll unverändert: {fmt_int(result['entries'])} Einträge, Kette vollständig"
              + (f", Kopf {result['head']}." if result["head"] else "."))
        if result["against"]:
            print(t("audit.checked_against", head=result["against"],
                    source=result["against_source"]))
        return EXIT_OK
    if result["problems"]:
        print(f"Protokoll verändert! {result['problems'][0]}")
        if len(result["problems"]) > 1:
            print(t("audit.more", n=len(result["problems"]) - 1))
    if result["broken"] is not None:
        print(f"Protokoll verändert! Erster fehlerhafter Eintrag: {result['broken']} "
              f"({fmt_int(result['entries'])} Einträge geprüft).")
    return EXIT_ERRORS


@operation("audit_verify")
def op_audit_verify(db, args: dict) -> dict:
    """args: kopf ("N:HASH" or None) -> {"entries", "head", "broken", "problems", "warnings",
    "against", "against_source"} (texts German, JSON-able for the socket)."""
    from dashboard.audit.check import check
    from dashboard.audit.head import found_outside, parse
    from dashboard.store.schema import applied

    given = parse(args["kopf"]) if args.get("kopf") else None
    if 5 not in applied(db):  # no audit table yet: only a noted head can be missing
        from dashboard.audit.check import reaches
        from dashboard.audit.head import Noted
        from dashboard.texts import t

        noted = [Noted(given, t("audit.given"))] if given else found_outside(db.path)[0]
        problems = [p for n in sorted(noted, key=lambda n: -n.head.seq) if (p := reaches({}, n))]
        return {"entries": 0, "head": None, "broken": None, "problems": problems[:1],
                "warnings": [], "against": None, "against_source": None}
    v = check(db, given)
    return {"entries": v.entries, "head": None if v.head is None else str(v.head),
            "broken": None if v.broken is None else str(v.broken), "problems": v.problems,
            "warnings": v.warnings, "against": None if v.against is None else str(v.against.head),
            "against_source": None if v.against is None else v.against.source}
