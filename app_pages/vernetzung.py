"""Vernetzung: possible overlaps between projects (a review queue with reasons and decisions)
and the actors across Fachnetzwerke and Länder, one at a time in tabs."""

from dashboard.texts import t
from dashboard.ui.components import lazy_tabs
from dashboard.ui.shell import page_start
from dashboard.ui.vernetzung import actors_tab, pairs_tab

filters = page_start("vernetzung")
shown, tab = lazy_tabs({"pairs": t("vernetzung.tab.pairs"), "actors": t("vernetzung.tab.actors")})
with tab:
    if shown == "pairs":
        pairs_tab(filters)
    else:
        actors_tab(filters)
