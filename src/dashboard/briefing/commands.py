"""`python -m dashboard briefing --out FILE.pptx|FILE.pdf [--views k1,k2] [filters]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from dashboard.cli_support import (
    EXIT_OK,
    CliError,
    add_filter_args,
    filters_from_args,
    open_db,
)


def cmd_briefing(args: argparse.Namespace) -> int:
    from dashboard.briefing.content import check_view_keys
    from dashboard.briefing.deck import briefing_pptx
    from dashboard.briefing.pdf import FontMissing, briefing_pdf
    from dashboard.charts.renderer import RendererUnavailable, unavailable_reason
    from dashboard.store.reference import read_taxonomy
    from dashboard.texts import t

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


def cmd_image(args: argparse.Namespace) -> int:
    """Views as PNG or SVG, exactly as the page's image buttons make them: one view to a file,
    several (comma-separated) into a folder as <key>.<format>."""
    from dashboard import clock
    from dashboard.charts.renderer import RendererUnavailable, unavailable_reason
    from dashboard.export.context import ExportContext
    from dashboard.export.images import image_bytes
    from dashboard.store.reference import read_taxonomy
    from dashboard.texts import t
    from dashboard.texts.filters import describe
    from dashboard.views import all_views

    out = Path(args.out)
    keys = [k.strip() for k in args.view.split(",") if k.strip()]
    several = len(keys) > 1
    fmt = (args.format or "png") if several else out.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise CliError(t("image.bad_suffix", suffix=out.suffix or fmt))
    views = all_views()
    if unknown := [k for k in keys if k not in views]:
        raise CliError(t("briefing.unknown_views", unknown=", ".join(unknown),
                         known=", ".join(views)))
    if reason := unavailable_reason():
        raise CliError(reason)
    filters = filters_from_args(args)
    today = clock.today()
    with open_db(args, read_only=True) as db:
        taxonomy = read_taxonomy(db)
        built = {k: views[k][1](db, filters, taxonomy, today=today) for k in keys}
        context = ExportContext.of(filters, describe(filters, taxonomy), today)
    if empty := [v.title for v in built.values() if v.is_empty]:
        raise CliError(t("image.empty", title="; ".join(empty)), code=1)
    if several:
        out.mkdir(parents=True, exist_ok=True)
    try:
        for key, view in built.items():
            target = out / f"{key}.{fmt}" if several else out
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(image_bytes(view.figure, fmt, title=view.title,
                                           caption=context.caption))
            print(t("image.written", path=target))
    except RendererUnavailable as exc:
        raise CliError(str(exc)) from exc
    return EXIT_OK


def register(command) -> None:
    """Add the `briefing` and `bild` subcommands to the CLI."""

    p = command("bild", cmd_image, "Ein Diagramm als PNG oder SVG schreiben (wie der Bildknopf "
                "im Dashboard)")
    p.add_argument("--view", required=True, metavar="K1,K2",
                   help="das Diagramm, z. B. stage_current, oder mehrere mit Komma")
    p.add_argument("--out", required=True, metavar="DATEI",
                   help="Ausgabedatei (.png oder .svg); bei mehreren Diagrammen ein Ordner")
    p.add_argument("--format", choices=("png", "svg"), help="Bildformat bei mehreren Diagrammen")
    add_filter_args(p)

    p = command("briefing", cmd_briefing,
                "Briefing als PowerPoint (.pptx) oder PDF für die gewählten Filter schreiben")
    p.add_argument("--out", required=True, metavar="DATEI",
                   help="Ausgabedatei, Endung .pptx oder .pdf")
    p.add_argument("--views", metavar="K1,K2",
                   help="Diagramme in dieser Reihenfolge (Standard: alle), z. B. stage_current")
    add_filter_args(p)
