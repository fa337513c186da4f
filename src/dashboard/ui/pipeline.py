"""The page Pipeline (app_pages/pipeline.py): funnel across the review stages, per Revier and focus
area, time in stage, stalled projects (linked to the project), activity per quarter."""

from __future__ import annotations

import streamlit as st

from dashboard import clock
from dashboard.analytics.durations import DEFAULT_STALLED_DAYS
from dashboard.texts import t
from dashboard.ui.components import (
    data_age_notice,
    keep_widget_state,
    lazy_tabs,
    project_link_columns,
    project_links,
    view_block,
)
from dashboard.ui.resources import load_view


def pipeline_page(filters) -> None:
    """Draw the page for the filters of this run."""
    today = clock.today()

    data_age_notice(today)
    keep_widget_state("stalled_days")
    shown, tab = lazy_tabs({
        "funnel": t("pipeline.tab.funnel"), "revier": t("pipeline.tab.revier"),
        "focus": t("pipeline.tab.focus"), "durations": t("pipeline.tab.durations"),
        "stalled": t("pipeline.tab.stalled"), "quarterly": t("pipeline.tab.quarterly")})
    with tab:
        if shown == "funnel":
            view_block(load_view("pipeline_funnel", filters))
        elif shown == "revier":
            view_block(load_view("pipeline_funnel_revier", filters))
        elif shown == "focus":
            view_block(load_view("pipeline_funnel_focus", filters))
        elif shown == "durations":
            view_block(load_view("stage_durations", filters, today=today))
        elif shown == "stalled":
            st.session_state.setdefault("stalled_days", DEFAULT_STALLED_DAYS)
            threshold = st.number_input(t("pipeline.stalled_days"), min_value=1, max_value=3650,
                                        step=10, key="stalled_days")
            stalled = load_view("stalled_projects", filters, today=today,
                                threshold_days=int(threshold))
            view_block(stalled)
            if not stalled.is_empty:
                st.caption(t("pipeline.stalled_table"))
                with st.container(key="stalled_table"):
                    st.dataframe(project_links(stalled.meta["projects"]), hide_index=True,
                                 column_config=project_link_columns())
        else:
            view_block(load_view("quarterly_activity", filters, today=today))
