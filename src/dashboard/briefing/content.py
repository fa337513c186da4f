"""What a briefing says, independent of PPTX or PDF: title, filters, KPIs, one entry per view
(headline, picture, key sentences) and the data behind each chart for the appendix."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dashboard import clock
from dashboard.analytics.overview import kpis
from dashboard.audit.head import current
from dashboard.charts.renderer import (
    SLIDE_HEIGHT_PX,
    SLIDE_WIDTH_PX,
    ChartRenderer,
    RendererUnavailable,
    shared_renderer,
)
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_date, fmt_eur_short, fmt_int, fmt_pct
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.texts.filters import describe
from dashboard.views import View, all_views, view_label

VIEW_SCALE = 1.5  # text of the slide pictures: 21 px in a 1600 px wide image


@dataclass(frozen=True)
class ChartEntry:
    key: str
    label: str                  # registry label, e.g. "Projekte je aktueller Prüfstufe"
    view: View
    sentences: tuple[str, ...]  # the view's key sentences
    png: bytes | None           # SLIDE_WIDTH_PX x SLIDE_HEIGHT_PX; None for an empty selection


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    filter_text: str
    stand: str                          # "Stand: 31.12.2025"
    head: str                           # "Protokoll-Kopf 6:3fa1…" (the audit chain's head)
    kpis: tuple[tuple[str, str], ...]   # (label, German-formatted value)
    charts: tuple[ChartEntry, ...]


def kpi_figures(db: Database, filters: Filters) -> tuple[tuple[str, str], ...]:
    """The KPI slide: labels of the Übersicht tiles with German-formatted values."""
    k = kpis(db, filters)
    share = k["granted"] / k["projects"] if k["projects"] else None
    return (
        (t("kpi.projects"), fmt_int(k["projects"])),
        (t("kpi.in_review"), fmt_int(k["in_review"])),
        (t("kpi.granted"), f"{fmt_int(k['granted'])} ({fmt_pct(share, 0)})"),
        (t("briefing.kpi.exited"), fmt_int(k["exited"])),
        (t("kpi.requested_eur"), fmt_eur_short(k["requested_eur"])),
        (t("kpi.granted_eur"), fmt_eur_short(k["granted_eur"])),
    )


def key_sentences(view: View) -> tuple[str, ...]:
    """The view's own sentences (at most three). There is no generic filler: a sentence such as
    "Insgesamt 417 Projekte, verteilt auf 20 Werte" says nothing a reader can act on, and was
    wrong where the data table repeats projects over several rows."""
    return tuple(view.sentences[:3])


def check_view_keys(view_keys: Sequence[str]) -> list[str]:
    """The requested keys (all registered ones when empty); German ValueError for unknown."""
    known = list(all_views())
    if not known:
        raise ValueError(t("briefing.no_views"))
    keys = list(dict.fromkeys(view_keys)) or known
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise ValueError(t("briefing.unknown_views", unknown=", ".join(unknown),
                           known=", ".join(known)))
    return keys


def _start_quietly(renderer: ChartRenderer) -> None:
    try:
        renderer.start()
    except RendererUnavailable:
        pass  # render_many raises it again, on the caller's thread


def stand_line(db: Database, today: date) -> str:
    """"Stand: <today>", and how old the data are when nothing changed for 30 days."""
    from dashboard.analytics.changes import data_age

    stand = t("briefing.stand", date=fmt_date(today))
    age = data_age(db, today)
    if age.is_old():
        stand += " · " + t("age.notice", day=fmt_date(age.newest_change), days=fmt_int(age.days))
    return stand


def collect(db: Database, filters: Filters, taxonomy: Taxonomy, view_keys: Sequence[str], *,
            today: date | None = None, renderer: ChartRenderer | None = None) -> Briefing:
    """Build every chosen view once (scale for slides) and render their pictures together."""
    registry = all_views()
    keys = check_view_keys(view_keys)
    today = today or clock.today()  # one day for every view of the briefing
    renderer = renderer or shared_renderer()
    # a cold chromium starts while the views query the database
    threading.Thread(target=_start_quietly, args=(renderer,), daemon=True).start()
    views = [registry[k][1](db, filters, taxonomy, scale=VIEW_SCALE, today=today) for k in keys]
    drawn = [v for v in views if not v.is_empty]
    pictures: dict[str, bytes] = {}
    if drawn:
        images = renderer.render_many([v.figure for v in drawn], "png",
                                      width=SLIDE_WIDTH_PX, height=SLIDE_HEIGHT_PX)
        pictures = {v.key: png for v, png in zip(drawn, images, strict=True)}
    charts = []
    for key, view in zip(keys, views, strict=True):
        charts.append(ChartEntry(key, view_label(key), view, key_sentences(view),
                                 pictures.get(view.key)))
    return Briefing(
        title=t("briefing.title"), subtitle=t("briefing.subtitle"),
        filter_text=t("briefing.filters", summary=describe(filters, taxonomy)),
        stand=stand_line(db, today),
        head=head_line(db), kpis=kpi_figures(db, filters), charts=tuple(charts),
    )


def head_line(db: Database) -> str:
    """The audit chain's head as printed on the title page: a reader can later check that the
    log still reaches it (nothing at its end deleted since the briefing was made)."""
    head = current(db)
    return t("briefing.head_empty") if head is None else t("briefing.head", head=str(head))
