"""CLI: `stats [filters] [--json]`, the key figures (the same as the Übersicht)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from dashboard.cli_support import (
    EXIT_OK,
    AddCommand,
    add_filter_args,
    filters_from_args,
    operation,
    run_owned,
)
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_eur, fmt_int
from dashboard.store.gateway import Database

STATS_LABELS = {
    "projects": "Projekte", "missions": "Zukunftsmissionen", "focus_areas": "Schwerpunkte",
    "networks": "Fachnetzwerke", "reviere": "Reviere", "districts": "Kreise",
    "in_review": "In Prüfung", "granted": "Bewilligt", "exited": "Ausgeschieden",
    "by_stage": "Je Prüfstufe (alle)", "active_by_stage": "Je Prüfstufe (aktiv)",
    "exited_by_stage": "Ausgeschieden je Prüfstufe", "funnel": "Trichter (erreicht)",
    "by_mission": "Je Hauptmission", "by_focus_area": "Je Schwerpunkt", "by_revier": "Je Revier",
    "themes": "Querschnittsthemen (0/1/2)", "funding": "Fördermittel",
}


def register(command: AddCommand) -> None:
    p = command("stats", cmd_stats, "Kennzahlen ausgeben")
    p.add_argument("--json", action="store_true", help="als ein JSON-Objekt")
    add_filter_args(p)


@operation("stats")
def op_stats(db: Database, args: dict[str, Any]) -> dict[str, Any]:
    """args: filters (Filters JSON) -> the figures of `stats --json`."""
    from dashboard.analytics.stats import stats

    return stats(db, Filters.model_validate_json(args["filters"]))


def _stats_value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{'ohne' if k == 'none' else k} {_stats_value(v)}"
                         for k, v in value.items())
    if isinstance(value, float):
        return fmt_eur(value)
    return fmt_int(value)


def cmd_stats(args: argparse.Namespace) -> int:
    figures = run_owned(args, op_stats, {"filters": filters_from_args(args).model_dump_json()},
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
