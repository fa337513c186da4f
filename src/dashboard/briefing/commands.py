"""`python -m dashboard briefing --out FILE.pptx|FILE.pdf [--views k1,k2] [filters]`."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_briefing(args: argparse.Namespace) -> int:
    from dashboard.briefing.content import check_view_keys
    from dashboard.briefing.deck import briefing_pptx
    from dashboard.briefing.pdf import FontMissing, briefing_pdf
    from dashboard.briefing.renderer import RendererUnavailable, unavailable_reason
    from dashboard.cli import EXIT_OK, CliError, filters_from_args, open_db
    from dashboard.store.reference import read_taxonomy
    from dashboard.ui.texts import t

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pptx", ".pdf"):
        raise CliError(t("briefing.bad_suffix", suffix=out.suffix))
    keys = [k.strip() for k in (args.views or "").split(",") if k.strip()]
    try:
        keys = check_view_keys(keys)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if reason := unavailable_reason():  # fail before touching the database
        raise CliError(reason)
    build = briefing_pptx if suffix == ".pptx" else briefing_pdf
    with open_db(args, read_only=True) as db:
        try:
            content = build(db, filters_from_args(args), read_taxonomy(db), keys)
        except (RendererUnavailable, FontMissing) as exc:
            raise CliError(str(exc)) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(content)
    print(t("briefing.written", path=out, charts=len(keys)))
    return EXIT_OK


def register(command) -> None:
    """Add the `briefing` subcommand to the CLI."""
    from dashboard.cli import add_filter_args

    p = command("briefing", cmd_briefing,
                "Briefing als PowerPoint (.pptx) oder PDF für die gewählten Filter schreiben")
    p.add_argument("--out", required=True, metavar="DATEI",
                   help="Ausgabedatei, Endung .pptx oder .pdf")
    p.add_argument("--views", metavar="K1,K2",
                   help="Diagramme in dieser Reihenfolge (Standard: alle), z. B. stage_current")
    add_filter_args(p)
