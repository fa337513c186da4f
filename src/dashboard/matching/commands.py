"""CLI: `vernetzung [--db PATH] [filters] --json` (open pairs), `vernetzung akteure --json`
(normalised actors with their project keys), `vernetzung entscheiden A B ENTSCHEIDUNG
[--bleibt KEY]` (recorded as cli:<os user>). Through the running app when it owns the file."""

from __future__ import annotations

import argparse
import json
from typing import Any

from dashboard.access import Actor, cli_actor
from dashboard.audit import decision_audit
from dashboard.cli_support import (
    EXIT_OK,
    AddCommand,
    CliError,
    add_filter_args,
    filters_from_args,
    operation,
    run_owned,
)
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.texts import t


def register(command: AddCommand) -> None:
    """Add `vernetzung` to the CLI."""

    p = command("vernetzung", cmd_vernetzung,
                "Mögliche Überschneidungen von Projekten (offene Paare), Akteure, Entscheidungen")
    p.add_argument("aktion", nargs="?", default="paare", choices=("paare", "akteure", "entscheiden"),
                   help="paare (Standard), akteure oder entscheiden")
    p.add_argument("pair", nargs="*", metavar="KENNUNG",
                   help="bei entscheiden: die beiden Projekte und die Entscheidung "
                        "(dublette, verwandt, unabhaengig, offen)")
    p.add_argument("--bleibt", metavar="KENNUNG", help="bei einer Dublette: die Kennung, die bleibt")
    p.add_argument("--json", action="store_true", help="als JSON")
    add_filter_args(p)


def cmd_vernetzung(args: argparse.Namespace) -> int:

    filters = filters_from_args(args).model_dump_json()
    if args.aktion == "entscheiden":
        if len(args.pair) != 3:
            raise CliError("Bitte angeben: vernetzung entscheiden KENNUNG_A KENNUNG_B "
                           "dublette|verwandt|unabhaengig|offen [--bleibt KENNUNG]")
        a, b, decision = args.pair
        result = run_owned(args, op_vernetzung_decide, {"a": a, "b": b, "decision": decision,
                                                        "keep": args.bleibt,
                                                        "actor": Actor.cli().identity})
        print(json.dumps(result, ensure_ascii=False) if args.json else result["message"])
        return EXIT_OK
    if args.pair:
        raise CliError("Kennungen nur bei „vernetzung entscheiden“ angeben.")
    if args.aktion == "akteure":
        actors = run_owned(args, op_vernetzung_actors, {"filters": filters})["actors"]
        if args.json:
            print(json.dumps(actors, ensure_ascii=False))
        else:
            for a in actors:
                print(f"{a['name']}: {fmt_int(len(a['projects']))} Projekte, Fachnetzwerke "
                      f"{', '.join(a['networks']) or '–'}, Länder {', '.join(a['laender']) or '–'}")
        return EXIT_OK
    pairs = run_owned(args, op_vernetzung_pairs, {"filters": filters})["pairs"]
    if args.json:
        print(json.dumps(pairs, ensure_ascii=False))
    else:
        if not pairs:
            print("Keine offenen möglichen Überschneidungen.")
        for p in pairs:
            print(f"{p['a']} ↔ {p['b']}  {round(100 * p['score'])} %  {'; '.join(p['reasons'])}")
    return EXIT_OK


@operation("vernetzung_pairs")
def op_vernetzung_pairs(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters (Filters JSON) -> {"pairs": the open pairs of `vernetzung --json`}."""
    from dashboard.matching.queue import pairs_json

    return {"pairs": pairs_json(db, Filters.model_validate_json(args["filters"]))}


@operation("vernetzung_actors")
def op_vernetzung_actors(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters -> {"actors": [{name, key, variants, projects, networks, reviere, laender}]}."""
    from dashboard.matching.queue import actors

    df = actors(db, Filters.model_validate_json(args["filters"]))
    keep = ["name", "key", "variants", "projects", "networks", "reviere", "laender"]
    return {"actors": [{k: (list(v) if k != "name" and k != "key" else v) for k, v in r.items()}
                       for r in df[keep].to_dict("records")]}


@operation("vernetzung_decide")
def op_vernetzung_decide(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: a, b, decision, keep, actor -> {"decision_id", "message"}; German error otherwise."""
    from dashboard.matching.service import decide

    actor = cli_actor(args)  # the CLI's operating-system user, whatever the request says
    decision_id = decide(db, actor.identity, (args["a"], args["b"]), args["decision"],
                         keep=args.get("keep"),
                         audit=decision_audit(actor, "cli", (args["a"], args["b"]),
                                              args["decision"], args.get("keep")))
    return {"decision_id": decision_id,
            "message": f"Entscheidung Nr. {decision_id} gespeichert: {args['a']} ↔ {args['b']} "
                       f"{t('match.decision.' + args['decision'])}"
                       + (f", {args['keep']} bleibt" if args["decision"] == "dublette" else "")
                       + f" ({args['actor']})."}
