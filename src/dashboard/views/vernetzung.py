"""The two figures of the Vernetzung page as views: open pairs per Fachnetzwerk (with the
tiles' totals beside them) and the actors who work in several Fachnetzwerke."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.charts.vernetzung import actor_network_figure, open_pairs_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import count, extreme, join_names, say
from dashboard.matching import queue
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register

PICTURE_ACTORS = 12  # actors in the network picture (readable at 1280 px)


def _network_data(counts: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        t("vernetzung.col.network"): [f"{n} ({r})" for n, r in
                                      zip(counts["network_name"], counts["revier_code"],
                                          strict=True)],
        t("col.code"): counts["network_code"],
        t("vernetzung.col.open"): counts["open_pairs"].astype(int)})


@register("vernetzung_networks", "Offene Paare je Fachnetzwerk",
          checks=("pairs_bars_match_tiles",))
def networks_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                  today: date | None = None, scale: float = 1.0) -> View:
    """Open pairs per Fachnetzwerk; a pair across two networks counts for both."""
    counts = queue.counts_by_network(db, filters)
    figures = queue.summary(db, filters)
    data = _network_data(counts)
    explanation = t("vernetzung.networks.caption")
    totals = pd.DataFrame({t("vernetzung.col.kind"): [t("vernetzung.kpi.open"),
                                                      t("vernetzung.kpi.cross")],
                           t("vernetzung.col.pairs"): [figures["open"], figures["cross"]]})
    meta = {"open": figures["open"], "cross": figures["cross"]}
    if figures["open"] == 0:
        return View.nothing("vernetzung_networks", t("vernetzung.networks.title"), explanation,
                            data, t("vernetzung.none"), meta=meta)
    column, label = t("vernetzung.col.open"), t("vernetzung.col.network")
    best = extreme(data, column, label)
    if best.is_tie:
        headline = say("vernetzung.networks.title_tie", networks=join_names(best.labels),
                       n=count(best.value))
    else:
        headline = say("vernetzung.networks.title_one", network=best.labels[0],
                       n=count(best.value, "count.pairs"))
    statements = [say("vernetzung.networks.total", agree="open", open=count(figures["open"]),
                      cross=count(figures["cross"]))]
    return View.of("vernetzung_networks", headline, explanation, data,
                   open_pairs_figure(counts, scale=scale), statements, claims=[best],
                   tables={"summe": totals}, meta=meta)


@register("actors_picture", "Akteure in mehreren Fachnetzwerken",
          checks=("actors_picture_matches_table",))
def actors_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                today: date | None = None, scale: float = 1.0) -> View:
    """Lines between an actor and the Fachnetzwerke it has projects in (the actors with the
    most Fachnetzwerke), with every actor of several networks as a table."""
    actors = queue.actors(db, filters)
    several = actors[actors["n_networks"] > 1] if len(actors) else actors
    table = pd.DataFrame({t("actors.col.name"): several.get("name", pd.Series(dtype=object)),
                          t("actors.col.networks"): several.get("n_networks",
                                                                pd.Series(dtype=int)),
                          t("actors.col.projects"): several.get("n_projects",
                                                                pd.Series(dtype=int))})
    top = several.head(PICTURE_ACTORS)
    explanation = t("actors.picture.caption", n=len(top))
    if several.empty:
        return View.nothing("actors_picture", t("actors.title"), explanation, table,
                            t("actors.picture.none"), meta={"actors": table})
    links = queue.actor_links(db, filters, tuple(top["key"]))
    data = links.rename(columns={"actor": t("actors.col.name"),
                                 "network": t("vernetzung.col.network"),
                                 "network_code": t("col.code"),
                                 "projects": t("actors.col.projects")})
    widest = extreme(table, t("actors.col.networks"), t("actors.col.name"), table="akteure")
    headline = say("actors.picture.title", agree="n", n=count(len(several)))
    if len(widest.labels) > 3:  # a list of names would not be read; say how many
        statements, claims = [say("actors.picture.widest_many", k=count(len(widest.labels)),
                                  n=count(widest.value))], []
    else:
        key = "actors.picture.widest_one" if len(widest.labels) == 1 else "actors.picture.widest"
        statements, claims = [say(key, names=join_names(widest.labels),
                                  n=count(widest.value))], [widest]
    return View.of("actors_picture", headline, explanation, data,
                   actor_network_figure(links, scale=scale), statements, claims=claims,
                   tables={"akteure": table}, meta={"actors": table})
