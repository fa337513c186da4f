"""CLI: `vernetzung [--db PATH] [filters] --json` (open pairs), `vernetzung akteure --json`
(normalised actors with their project keys), `vernetzung entscheiden A B ENTSCHEIDUNG
[--bleibt KEY]` (recorded as cli:<os user>). Through the running app when it owns the file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from dashboard.access import Actor
from dashboard.formatting import fmt_int


def register(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `vernetzung` to the CLI (cli.build_parser calls this)."""
    from dashboard.cli import add_filter_args

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
    from dashboard.cli import EXIT_OK, CliError, filters_from_args, run_owned

    filters = filters_from_args(args).model_dump_json()
    if args.aktion == "entscheiden":
        if len(args.pair) != 3:
            raise CliError("Bitte angeben: vernetzung entscheiden KENNUNG_A KENNUNG_B "
                           "dublette|verwandt|unabhaengig|offen [--bleibt KENNUNG]")
        a, b, decision = args.pair
        result = run_owned(args, "vernetzung_decide", {"a": a, "b": b, "decision": decision,
                                                        "keep": args.bleibt,
                                                        "actor": Actor.cli().identity})
        print(json.dumps(result, ensure_ascii=False) if args.json else result["message"])
        return EXIT_OK
    if args.pair:
        raise CliError("Kennungen nur bei „vernetzung entscheiden“ angeben.")
    if args.aktion == "akteure":
        actors = run_owned(args, "vernetzung_actors", {"filters": filters})["actors"]
        if args.json:
            print(json.dumps(actors, ensure_ascii=False))
        else:
            for a in actors:
                print(f"{a['name']}: {fmt_int(len(a['projects']))} Projekte, Fachnetzwerke "
                      f"{', '.join(a['networks']) or '–'}, Länder {', '.join(a['laender']) or '–'}")
        return EXIT_OK
    pairs = run_owned(args, "vernetzung_pairs", {"filters": filters})["pairs"]
    if args.json:
        print(json.dumps(pairs, ensure_ascii=False))
    else:
        if not pairs:
            print("Keine offenen möglichen Überschneidungen.")
        for p in pairs:
            print(f"{p['a']} ↔ {p['b']}  {round(100 * p['score'])} %  {'; '.join(p['reasons'])}")
    return EXIT_OK
