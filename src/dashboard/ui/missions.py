"""The page Missionen & Schwerpunkte (app_pages/missions.py): the mission x focus-area matrix,
possible mis-tagging, flows to the Reviere and coverage gaps, one at a time in tabs."""

from __future__ import annotations

import streamlit as st

from dashboard.analytics.portfolio import MEASURES, unmapped_projects
from dashboard.texts import t, tn
from dashboard.ui.components import (
    empty_state,
    keep_widget_state,
    lazy_tabs,
    view_block,
)
from dashboard.ui.language import PROJECT_ID_IN_LINK, project_link
from dashboard.ui.resources import load, load_view


def missions_page(filters) -> None:
    """Draw the page for the filters of this run."""

    keep_widget_state("missions_measure", "missions_further")
    shown, tab = lazy_tabs({"matrix": t("missions.tab.matrix"), "unmapped": t("missions.tab.unmapped"),
                            "sankey": t("missions.tab.sankey"), "gaps": t("missions.tab.gaps")})
    with tab:
        if shown in ("matrix", "sankey"):  # the controls only where they apply
            left, right = st.columns([3, 2])
            measure = left.radio(t("missions.measure"), MEASURES, key="missions_measure",
                                 horizontal=True,
                                 format_func=lambda m: t(f"missions.measure.{m}")) or "projects"
        if shown == "matrix":
            further = right.toggle(t("missions.further"), key="missions_further",
                                   help=t("missions.further.help"))
            matrix = load_view("portfolio_matrix", filters, measure=measure, include_further=further)
            view_block(matrix)
        elif shown == "unmapped":
            st.header(t("missions.unmapped.title"))
            st.caption(t("missions.unmapped.caption"))
            unmapped = load(unmapped_projects, filters)
            if unmapped.empty:
                empty_state(t("missions.unmapped.none"), key="missions_unmapped_empty")
            else:
                st.markdown(tn("missions.unmapped.count", len(unmapped)))
                table = unmapped.assign(link=[project_link(p) for p in unmapped["project_id"]])[
                    ["link", "title", "mission_code", "focus_area_name", "revier_name", "stage_name"]]
                st.dataframe(table, key="missions_unmapped", hide_index=True, column_config={
                    "link": st.column_config.LinkColumn(t("col.project_id"),
                                                        display_text=PROJECT_ID_IN_LINK),
                    "title": t("col.title"), "mission_code": t("col.mission"),
                    "focus_area_name": t("col.focus_area"), "revier_name": t("col.revier"),
                    "stage_name": t("col.stage")})
        elif shown == "sankey":
            sankey = load_view("portfolio_sankey", filters, measure=measure)
            view_block(sankey)
        else:
            coverage = load_view("portfolio_coverage", filters)
            view_block(coverage, sentences_title=t("missions.gaps.title"))
