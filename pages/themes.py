"""Querschnittsthemen: shares of projects carrying each theme, funding share, gaps per network."""

import streamlit as st

from dashboard.analytics.themes import FUNDING
from dashboard.ui.components import view_block
from dashboard.ui.resources import load_view
from dashboard.ui.shell import current_filters
from dashboard.ui.texts import t


def sentences(view, key: str) -> None:
    """The view's key sentences as a short list under its chart."""
    if view.sentences and not view.is_empty:
        with st.container(key=key):
            st.markdown("\n".join(f"- {s}" for s in view.sentences))


filters = current_filters()
st.title(t("themes.title"))
st.caption(t("themes.caption"))

first = load_view("themes_by_focus_area", filters)
view_block(first)
if first.is_empty:
    st.stop()
sentences(first, "themes_focus_sentences")
for key in ("themes_by_revier", "themes_by_stage"):
    view = load_view(key, filters)
    view_block(view)
    sentences(view, f"{key}_sentences")

measure = st.radio(t("themes.funding_measure"), FUNDING, key="themes_funding_measure",
                   horizontal=True, format_func=lambda m: t(f"missions.measure.{m}")) or FUNDING[0]
funding = load_view("themes_funding", filters, measure=measure)
view_block(funding)
sentences(funding, "themes_funding_sentences")

networks = load_view("themes_networks", filters)
view_block(networks)
st.subheader(t("themes.gaps.title"))
sentences(networks, "themes_gaps")
