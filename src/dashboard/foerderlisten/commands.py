"""CLI: `foerderliste import DATEI --fonds JTF --land SN --stand 2025-12-31 [--dry-run]
[--json] [--zahlenformat F=de]`, `foerderliste abgleich [--json] [--fonds EFRE] [--periode
2014-20] [--ab 100000] [--nach-beguenstigten] [--sortierung betrag|liste]`, `foerderliste listen`,
`foerderliste undo NR`, `foerderliste entscheiden FONDS LAND VORHABEN PROJEKT
bestaetigt|abgelehnt|offen`. Exit codes as for project imports: 0 written (or a dry run
without errors), 1 errors found and nothing written, 2 unreadable file or wrong call."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path

from dashboard.cli_support import (
    EXIT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    AddCommand,
    CliError,
    encode,
    run_owned,
)
from dashboard.foerderlisten.operations import (
    op_abgleich,
    op_decide,
    op_history,
    op_import,
    op_undo,
)
from dashboard.formatting import fmt_int

ACTIONS = ("import", "abgleich", "listen", "undo", "entscheiden")
CLI_ROWS = 30   # rows of the selection the text output lists


def register(command: AddCommand) -> None:
    p = command("foerderliste", cmd_foerderliste,
                "Offizielle Listen der Vorhaben (EU/JTF) importieren und mit dem Monitor abgleichen")
    p.add_argument("aktion", choices=ACTIONS, help=", ".join(ACTIONS))
    p.add_argument("args", nargs="*", metavar="ANGABE",
                   help="import: DATEI; undo: NR; entscheiden: FONDS LAND VORHABEN PROJEKT "
                        "bestaetigt|abgelehnt|offen")
    p.add_argument("--fonds", action="append", default=[],
                   help="import: Fonds der Liste, JTF (Standard), EFRE, ESF+; abgleich: nur diese "
                        "Fonds zeigen (mehrfach möglich)")
    p.add_argument("--land", help="Land der Liste: SN, ST, TH, BB")
    p.add_argument("--stand", type=date.fromisoformat, metavar="JJJJ-MM-TT", help="Stand der Liste")
    p.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts schreiben")
    p.add_argument("--allow-partial", action="store_true",
                   help="bei Fehlern die Vorhaben ohne Fehler trotzdem übernehmen")
    p.add_argument("--zahlenformat", action="append", default=[], metavar="SPALTE=de|en",
                   help="Zahlenformat einer Spalte, wenn es nicht eindeutig ist (z. B. F=en)")
    p.add_argument("--personen", action="store_true",
                   help="abgleich: Namen natürlicher Personen zeigen (sonst verborgen)")
    p.add_argument("--periode", action="append", default=[], choices=("2014-20", "2021-27"),
                   help="abgleich: nur Listen dieser Förderperiode zeigen (mehrfach möglich)")
    p.add_argument("--ab", default="100000", metavar="BETRAG",
                   help="abgleich: nicht erfasste Vorhaben ab diesen Gesamtkosten zeigen "
                        "(Standard 100000; 0 = alle)")
    p.add_argument("--nach-beguenstigten", action="store_true",
                   help="abgleich: nicht erfasste Vorhaben je Begünstigtem zusammenfassen")
    p.add_argument("--sortierung", choices=("betrag", "liste"), default="betrag",
                   help="abgleich: nach Gesamtkosten (Standard) oder in der Reihenfolge der Liste")
    p.add_argument("--json", action="store_true", help="als JSON")


def _formats(specs: list[str]) -> dict[str, str]:

    out = {}
    for spec in specs:
        letter, _, fmt = spec.partition("=")
        if not letter.strip().isalpha() or fmt not in ("de", "en"):
            raise CliError(f"--zahlenformat {spec}: erwartet SPALTE=de oder SPALTE=en (z. B. F=en).")
        out[letter.strip().upper()] = fmt
    return out


def _selection(args: argparse.Namespace) -> dict:
    """The selection of "nicht im Monitor" as the app process takes it (checked here first)."""
    from dashboard.foerderlisten.selection import from_json

    text = args.ab.strip().replace(" ", "").replace("€", "")
    try:
        german = "," in text or re.fullmatch(r"\d{1,3}(\.\d{3})+", text)   # "100.000" = 100000
        amount = float(text.replace(".", "").replace(",", ".") if german else text)
    except ValueError:
        raise CliError(f"--ab {args.ab}: erwartet wird ein Betrag in Euro, z. B. 100000 oder 100.000.") from None
    values = {"funds": args.fonds, "periods": args.periode, "min_amount": amount,
              "by_beneficiary": args.nach_beguenstigten,
              "sort": {"betrag": "amount", "liste": "list"}[args.sortierung]}
    try:
        from_json(values)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return values


def cmd_foerderliste(args: argparse.Namespace) -> int:
    from dashboard.access import Actor

    actor = Actor.cli().identity  # the socket takes only this name (remote.cli_actor)
    if args.aktion == "import":
        return _import(args, actor)
    if args.aktion == "abgleich":
        result = run_owned(args, op_abgleich, {"personal": args.personen,
                                                           "selection": _selection(args)})
        print(json.dumps(result, ensure_ascii=False) if args.json else _abgleich_text(result))
        return EXIT_OK
    if args.aktion == "listen":
        records = json.loads(run_owned(args, op_history, {}, read_only=True)["records"])
        if args.json:
            print(json.dumps(records, ensure_ascii=False))
        for r in [] if args.json else records:
            state = "gilt" if r["in_force"] else ("rückgängig gemacht" if r["undone_by"] else "ersetzt")
            print(f"Nr. {r['batch_id']:>4}  {r['fund']} {r['land']}  Stand {r['stand'][:10]}  "
                  f"{r['file_name']}  {fmt_int(r['n_operations'])} Vorhaben  {state}")
        return EXIT_OK
    if args.aktion == "undo":
        if len(args.args) != 1 or not args.args[0].isdigit():
            raise CliError("Bitte die Nummer der Liste angeben: foerderliste undo NR")
        result = run_owned(args, op_undo, {"batch_id": int(args.args[0]), "actor": actor})
        print(json.dumps(result, ensure_ascii=False) if args.json else result["message"])
        return EXIT_OK if result["undone"] else EXIT_ERRORS
    if len(args.args) != 5:
        raise CliError("Bitte angeben: foerderliste entscheiden FONDS LAND VORHABEN PROJEKT "
                       "bestaetigt|abgelehnt|offen")
    fund, land, op_key, project, decision = args.args
    result = run_owned(args, op_decide, {"fund": fund, "land": land, "op_key": op_key,
                                                     "project_id": project, "decision": decision,
                                                     "actor": actor})
    print(json.dumps(result) if args.json else f"Entscheidung Nr. {result['decision_id']} gespeichert.")
    return EXIT_OK


def _import(args: argparse.Namespace, actor: str) -> int:
    from dashboard.ingest import safety
    from dashboard.ingest.messages import FileRejected

    if len(args.args) != 1:
        raise CliError("Bitte genau eine Datei angeben: foerderliste import DATEI --land SN --stand JJJJ-MM-TT")
    if not args.land or not args.stand:
        raise CliError("Bitte --land (SN, ST, TH, BB) und --stand (JJJJ-MM-TT) angeben.")
    path = Path(args.args[0])
    if not path.is_file():
        raise CliError(f"Die Datei {path} gibt es nicht.")
    try:
        safety.check_size(path.stat().st_size, path.name)
        if len(args.fonds) > 1:
            raise CliError("Bitte für den Import genau einen Fonds angeben (--fonds JTF).")
        payload = {"data": encode(path.read_bytes()), "file_name": path.name,
                   "fund": (args.fonds or ["JTF"])[0],
                   "land": args.land, "stand": args.stand.isoformat(), "dry_run": args.dry_run,
                   "allow_partial": args.allow_partial, "number_formats": _formats(args.zahlenformat),
                   "actor": actor}
        result = run_owned(args, op_import, payload)
    except FileRejected as exc:
        result = {"file": path.name, "operations": 0, "rejected": 0, "located": {}, "in_revier": {},
                  "unlocated": 0, "committed": False, "batch_id": None,
                  "errors": [{"row": None, "column": None, "value": None, "message": exc.message,
                              "suggestion": None}], "warnings": []}
        code = EXIT_USAGE
    except ValueError as exc:  # unknown fund or Land
        raise CliError(str(exc)) from None
    else:
        code = EXIT_OK if result["committed"] or (args.dry_run and not result["errors"]) else EXIT_ERRORS
    print(json.dumps(result, ensure_ascii=False, default=str) if args.json else _import_text(result, args.dry_run))
    return code


def _import_text(r: dict, dry_run: bool) -> str:
    lines = [f"Datei {r['file']}: {fmt_int(r['operations'])} Vorhaben, abgelehnt {fmt_int(r['rejected'])}"]
    if "new" in r:
        lines.append(f"  neu {fmt_int(r['new'])}, geändert {fmt_int(r['changed'])}, unverändert "
                     f"{fmt_int(r['unchanged'])}, nicht mehr gelistet {fmt_int(r['gone'])}")
        revier = ", ".join(f"{k} {fmt_int(v)}" for k, v in r["in_revier"].items()) or "keins"
        lines.append(f"  in den Revieren: {revier}; ohne Ort: {fmt_int(r['unlocated'])}, "
                     f"mehrdeutig: {fmt_int(r['ambiguous'])}")
    for title, issues in (("Fehler", r["errors"]), ("Hinweise", r["warnings"])):
        if issues:
            lines.append(f"{title} ({fmt_int(len(issues))}):")
        for i in issues[:50]:
            where = f"Zeile {i['row']}: " if i["row"] else ""
            hint = f" → {i['suggestion']}" if i["suggestion"] else ""
            lines.append(f"  {where}{i['message']}{hint}")
    if r["committed"]:
        lines.append(f"Übernommen als Förderliste Nr. {r['batch_id']}.")
    elif dry_run and not r["errors"]:
        lines.append("Probelauf: keine Fehler; nichts geschrieben.")
    else:
        lines.append(r.get("message") or "Nichts übernommen.")
    return "\n".join(lines)


def _abgleich_text(r: dict) -> str:
    from dashboard.formatting import fmt_eur

    c = r["counts"]
    lines = [(f"{fmt_int(c['operations'])} Vorhaben in den gültigen Listen, {fmt_int(c['in_revier'])} in "
             f"den Revieren; im Monitor erfasst: {fmt_int(c['matched'])} (mit Abweichungen "
             f"{fmt_int(c['with_differences'])}); nicht im Monitor: {fmt_int(c['not_in_monitor'])}; "
             f"im Monitor bewilligt, aber nicht in der Liste: {fmt_int(c['not_in_list'])}.")]
    sel = r.get("selection")
    if sel and c["not_in_monitor"]:
        lines.append(f"Gefördert, aber nicht im Monitor: {sel['sentence']}")
        for row in sel["rows"][:CLI_ROWS]:
            amount = fmt_eur(row["amount"], 0) if row["amount"] is not None else "–"
            if sel["by_beneficiary"]:
                lines.append(f"  {amount:>16}  {row['beneficiary']} ({fmt_int(row['operations'])} Vorhaben)")
            else:
                lines.append(f"  {amount:>16}  {row['fund']} {row['land']}  {row['op_key']}  "
                             f"{row['beneficiary']}: {row['title']}")
        if len(sel["rows"]) > CLI_ROWS:
            lines.append(f"  … und {fmt_int(len(sel['rows']) - CLI_ROWS)} weitere (--json zeigt alle)")
    return "\n".join(lines)
