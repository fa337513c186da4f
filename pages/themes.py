"""Querschnittsthemen: shares of projects carrying each theme, funding share, gaps per network."""

import streamlit as st

from dashboard.analytics.themes import FUNDING
from dashboard.ui.components import view_block, view_sentences
from dashboard.ui.resources import load_view
from dashboard.ui.shell import current_filters
from dashboard.ui.texts import t

filters = current_filters()
st.title(t("themes.title"))
st.caption(t("themes.caption"))

first = load_view("themes_by_focus_area", filters)
view_block(first)
if first.is_empty:
    st.stop()
view_sentences(first, key="themes_focus_sentences")
for key in ("themes_by_revier", "themes_by_stage"):
    view = load_view(key, filters)
    view_block(view)
    view_sentences(view, key=f"{key}_sentences")

measure = st.radio(t("themes.funding_measure"), FUNDING, key="themes_funding_measure",
                   horizontal=True, format_func=lambda m: t(f"missions.measure.{m}")) or FUNDING[0]
funding = load_view("themes_funding", filters, measure=measure)
view_block(funding)
view_sentences(funding, key="themes_funding_sentences")

networks = load_view("themes_networks", filters)
view_block(networks)
st.subheader(t("themes.gaps.title"))
view_sentences(networks, key="themes_gaps")
