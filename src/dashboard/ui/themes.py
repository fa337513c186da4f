"""The page Querschnittsthemen (app_pages/themes.py): shares of projects carrying each theme by
focus area, Revier and stage, the funding share and gaps per network, one at a time in tabs."""

from __future__ import annotations

import streamlit as st

from dashboard.analytics.themes import FUNDING
from dashboard.texts import t
from dashboard.ui.components import (
    keep_widget_state,
    lazy_tabs,
    view_block,
)
from dashboard.ui.resources import load_view


def themes_page(filters) -> None:
    """Draw the page for the filters of this run."""

    keep_widget_state("themes_funding_measure")
    shown, tab = lazy_tabs({
        "themes_by_focus_area": t("themes.tab.focus_area"), "themes_by_revier": t("themes.tab.revier"),
        "themes_by_stage": t("themes.tab.stage"), "themes_funding": t("themes.tab.funding"),
        "themes_networks": t("themes.tab.networks")})
    with tab:
        if shown == "themes_funding":
            measure = st.radio(t("themes.funding_measure"), FUNDING, key="themes_funding_measure",
                               horizontal=True,
                               format_func=lambda m: t(f"missions.measure.{m}")) or FUNDING[0]
            view = load_view(shown, filters, measure=measure)
        else:
            view = load_view(shown, filters)
        view_block(view, sentences_title=t("themes.gaps.title") if shown == "themes_networks"
                   else None)
