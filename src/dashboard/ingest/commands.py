"""CLI commands of the import: import, imports list|undo (German output)."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path
from typing import Any

from dashboard.cli_support import (
    EXIT_ERRORS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    AddCommand,
    CliError,
    encode,
    run_owned,
)
from dashboard.formatting import fmt_datetime, fmt_int
from dashboard.ingest.operations import (
    op_import,
    op_import_outcome,
    op_imports_list,
    op_undo,
)

MAX_LISTED = 50
KIND_NAMES = {"import": "Import", "undo": "Rückgängig", "demo": "Demodaten"}


def register(command: AddCommand) -> None:
    """Add the import commands to the CLI."""

    p = command("import", cmd_import, "Projektliste (xlsx, xlsm, xls, xlsb, ods, csv) importieren")
    p.add_argument("file", metavar="DATEI", help="die Projektliste")
    p.add_argument("--sheet", metavar="NAME", help="Tabellenblatt (Standard: das erste passende)")
    p.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts schreiben")
    p.add_argument("--allow-partial", action="store_true",
                   help="bei Fehlern die gültigen Zeilen trotzdem übernehmen")
    p.add_argument("--plausibel-bestaetigt", action="store_true", dest="plausible_confirmed",
                   help="ungewöhnliche Werte (über einer Warnschwelle der Plausibilitätsgrenzen) "
                        "sind geprüft und werden übernommen")
    p.add_argument("--json", action="store_true", help="Ergebnis als ein JSON-Objekt")
    p.add_argument("--user", metavar="NAME", help="für wen der Import vermerkt wird")
    p.add_argument("--zuordnung", action="append", default=[], metavar="WERT=CODE",
                   help="einen abgelehnten Wert mit Vorschlag so lesen, in allen seinen Zellen "
                        "(z. B. \"Wirkstoffentwicklung=M05\"; mehrfach möglich)")
    p.add_argument("--merken", action="store_true",
                   help="die Zuordnungen für die Fachnetzwerke der Zeilen merken (spätere "
                        "Importe lesen sie mit Hinweis)")

    p = command("imports", cmd_imports, "Importhistorie anzeigen oder einen Import rückgängig machen")
    p.add_argument("action", choices=("list", "undo"), help="list = anzeigen, undo = rückgängig")
    p.add_argument("batch_id", nargs="?", type=int, metavar="NR", help="Nummer des Imports (undo)")
    p.add_argument("--user", metavar="NAME", help="für wen das Rückgängigmachen vermerkt wird")
    p.add_argument("--json", action="store_true", help="als JSON")


def _user(args: argparse.Namespace) -> str:
    return args.user or _actor()


def _actor() -> str:
    """Who acts from the command line: cli:<os user> (Administration; the audit log says so)."""
    from dashboard.access import Actor

    return Actor.cli().identity


def cmd_import(args: argparse.Namespace) -> int:
    from dashboard.ingest import safety
    from dashboard.ingest.messages import FileRejected
    from dashboard.ingest.service import rejected_json

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"Die Datei {path} gibt es nicht.")
    request_id = uuid.uuid4().hex
    try:
        safety.check_size(path.stat().st_size, path.name)  # before reading it into memory
        # the file travels as bytes: the process that owns the database never opens our paths
        payload = {"data": encode(path.read_bytes()), "file_name": path.name, "sheet": args.sheet,
                   "dry_run": args.dry_run, "allow_partial": args.allow_partial,
                   "plausible_confirmed": args.plausible_confirmed,
                   "user": _user(args), "actor": _actor(), "request_id": request_id,
                   "decisions": list(args.zuordnung), "remember": bool(args.merken)}
        result = run_owned(args, op_import, payload)
        # a dry run passes when the same command without --dry-run would commit
        passes = not result["errors"] and (args.plausible_confirmed or not result["to_confirm"])
        code = EXIT_OK if result["committed"] or (args.dry_run and passes) else EXIT_ERRORS
    except KeyboardInterrupt:
        return _interrupted(args, request_id)
    except FileRejected as exc:
        result, code = rejected_json(path.name, exc.message), EXIT_USAGE
    except CliError as exc:  # refused by the app process that owns the database
        result, code = rejected_json(path.name, str(exc)), exc.code
    if args.json:
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        _print_import(result, dry_run=args.dry_run, code=code)
    return code


def _interrupted(args: argparse.Namespace, request_id: str) -> int:
    """Ctrl-C during an import: say plainly whether it was committed (it is not, unless the
    commit had already happened when the key was pressed)."""

    try:
        outcome = run_owned(args, op_import_outcome, {"request_id": request_id, "wait": 600},
                            read_only=True)
    except Exception:  # noqa: BLE001 - the question is optional; the answer below stays true
        outcome = {"known": False, "committed": False, "batch_id": None}
    if outcome.get("committed"):
        print(f"Abgebrochen (Strg+C), aber der Import war schon übernommen: Nr. "
              f"{outcome['batch_id']}. Rückgängig machen mit: imports undo {outcome['batch_id']}",
              file=sys.stderr)
    else:
        print("Abgebrochen (Strg+C): der Import wurde nicht übernommen.", file=sys.stderr)
    return EXIT_INTERRUPTED


def _print_import(r: dict[str, Any], *, dry_run: bool, code: int) -> None:
    sheet = f", Blatt „{r['sheet']}“" if r["sheet"] else ""
    print(f"Datei {r['file']}{sheet}: {fmt_int(r['rows'])} Zeilen")
    print(f"  neu: {fmt_int(r['new'])}, geändert: {fmt_int(r['changed'])}, "
          f"unverändert: {fmt_int(r['unchanged'])}, abgelehnt: {fmt_int(r['rejected'])}")
    _print_decisions(r)
    for title, issues in (("Fehler", r["errors"]), ("Hinweise", r["warnings"])):
        if issues:
            print(f"{title} ({fmt_int(len(issues))}):")
        for issue in issues[:MAX_LISTED]:
            where = ", ".join(p for p in (f"Zeile {issue['row']}" if issue["row"] else "",
                                          f"Spalte {issue['column']}" if issue["column"] else "") if p)
            value = f" (Wert: {issue['value']})" if issue["value"] not in (None, "") else ""
            hint = f" → {issue['suggestion']}" if issue["suggestion"] else ""
            print(f"  {where + ': ' if where else ''}{issue['message']}{value}{hint}")
        if len(issues) > MAX_LISTED:
            print(f"  … und {fmt_int(len(issues) - MAX_LISTED)} weitere (alle mit --json)")
    if r["to_confirm"] and (r["committed"] or (dry_run and code == 0)):
        print(f"Bestätigt ({fmt_int(len(r['to_confirm']))}): ungewöhnliche Werte (siehe Hinweise) "
              "werden übernommen.")
    elif r["to_confirm"]:
        print(f"Zu bestätigen ({fmt_int(len(r['to_confirm']))}): ungewöhnliche Werte (siehe "
              "Hinweise) werden nur mit --plausibel-bestaetigt übernommen.")
    if r["committed"]:
        print(f"Übernommen als Import Nr. {r['batch_id']}.")
    elif dry_run and code == 0:
        hints = f", aber {fmt_int(len(r['warnings']))} Hinweise (bitte lesen)" if r["warnings"] else ""
        print(f"Probelauf: keine Fehler{hints}; nichts geschrieben.")
    elif code == 2:
        print("Die Datei konnte nicht gelesen werden; nichts geschrieben.")
    elif r["to_confirm"] and not r["errors"]:
        print("Nichts übernommen. Ungewöhnliche Werte prüfen und mit --plausibel-bestaetigt "
              "bestätigen.")
    else:
        print("Nichts übernommen. Fehler beheben oder mit --allow-partial nur die gültigen "
              "Zeilen übernehmen.")


def _print_decisions(r: dict[str, Any]) -> None:
    """The decisions the plan read cells through, and the ones it could take (--zuordnung)."""
    decisions = r.get("decisions") or []
    if decisions:
        print(f"Zuordnungen ({fmt_int(len(decisions))}):")
    for d in decisions:
        how = "gemerkt" if d["source"] == "alias" else "--zuordnung"
        print(f"  Spalte {d['letter']} ({d['column']}): „{d['value']}“ → {d['code']} "
              f"in {_cells(d['cells'])} (Zeilen {d['rows']}; {how})")
    offers = [o for o in r.get("offers") or [] if not o.get("decided")]
    if offers:
        print(f"Vorschläge, die mit --zuordnung übernommen werden können ({fmt_int(len(offers))}):")
    for o in offers:
        print(f"  Spalte {o['letter']} ({o['column']}): „{o['value']}“ in {_cells(o['cells'])}"
              f" → --zuordnung \"{o['value']}={o['codes'][0]}\""
              + (f" (oder {', '.join(o['codes'][1:])})" if len(o["codes"]) > 1 else ""))


def _cells(n: int) -> str:
    return "1 Zelle" if n == 1 else f"{fmt_int(n)} Zellen"


def cmd_imports(args: argparse.Namespace) -> int:
    import io

    import pandas as pd


    if args.action == "undo":
        if args.batch_id is None:
            raise CliError("Bitte die Nummer des Imports angeben: imports undo NR")
        result = run_owned(args, op_undo, {"batch_id": args.batch_id, "user": _user(args),
                                          "actor": _actor()})
        print(json.dumps(result, ensure_ascii=False) if args.json else result["message"])
        return EXIT_OK if result["undone"] else EXIT_ERRORS
    records = run_owned(args, op_imports_list, {}, read_only=True)["records"]
    history = pd.read_json(io.StringIO(records), orient="records", dtype=False)
    if "created_at" in history:
        history["created_at"] = pd.to_datetime(history["created_at"])
    if args.json:
        print(history.to_json(orient="records", date_format="iso", force_ascii=False))
        return EXIT_OK
    if history.empty:
        print("Noch keine Importe.")
    for b in history.itertuples():
        state = (f"rückgängig gemacht (Nr. {int(b.undone_by)})" if _given(b.undone_by)
                 else f"macht Nr. {int(b.undo_of)} rückgängig" if _given(b.undo_of)
                 else "rückgängig machbar" if b.undoable else "")
        counts = (f"neu {fmt_int(b.n_new)}, geändert {fmt_int(b.n_changed)}, "
                  f"abgelehnt {fmt_int(b.n_rejected)}" if b.kind == "import" else "")
        kind = KIND_NAMES.get(b.kind, b.kind)
        print(f"Nr. {b.batch_id:>4}  {kind:<10}  {fmt_datetime(b.created_at)}  "
              f"{b.user_name if _given(b.user_name) else '-'}  "
              f"{b.file_name if _given(b.file_name) else (b.note or '')}  {counts}  {state}".rstrip())
    return EXIT_OK


def _given(value: object) -> bool:
    import pandas as pd

    return not pd.isna(value) and str(value) != ""
