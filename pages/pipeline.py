"""Pipeline: funnel across the review stages, per Revier and focus area, time in stage,
stalled projects (linked to the project), activity per quarter."""

from datetime import date

import streamlit as st

from dashboard.analytics.durations import DEFAULT_STALLED_DAYS
from dashboard.analytics.overview import kpis
from dashboard.ui.components import PROJECT_LINK_COLUMNS, empty_state, project_links, view_block
from dashboard.ui.resources import load, load_view
from dashboard.ui.shell import current_filters
from dashboard.ui.texts import t

filters = current_filters()
today = date.today()
st.title(t("pipeline.title"))
st.caption(t("pipeline.caption"))

if load(kpis, filters)["projects"] == 0:
    empty_state(t("pipeline.empty"))
    st.stop()

view_block(load_view("pipeline_funnel", filters))
by_revier, by_focus = st.tabs([t("pipeline.tab.revier"), t("pipeline.tab.focus")])
with by_revier:
    view_block(load_view("pipeline_funnel_revier", filters))
with by_focus:
    view_block(load_view("pipeline_funnel_focus", filters))

view_block(load_view("stage_durations", filters, today=today))

threshold = st.number_input(t("pipeline.stalled_days"), min_value=1, max_value=3650,
                            value=DEFAULT_STALLED_DAYS, step=10, key="stalled_days")
stalled = load_view("stalled_projects", filters, today=today, threshold_days=int(threshold))
view_block(stalled)
if not stalled.is_empty:
    st.caption(t("pipeline.stalled_table"))
    with st.container(key="stalled_table"):
        st.dataframe(project_links(stalled.meta["projects"]), hide_index=True,
                     column_config=PROJECT_LINK_COLUMNS)

view_block(load_view("quarterly_activity", filters, today=today))
