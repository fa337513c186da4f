"""Karte: districts of the Reviere coloured by a chosen measure, projects as points at their
municipality, a table with the same numbers; a click on a district sets the Kreis filter."""

import streamlit as st

from dashboard.analytics.geo import MEASURES
from dashboard.ui.geo import map_block
from dashboard.ui.resources import load_view
from dashboard.ui.shell import page_start
from dashboard.ui.texts import t

filters = page_start("map")
measure = st.radio(t("map.measure"), MEASURES, key="map_measure", horizontal=True,
                   format_func=lambda m: t(f"map.measure.{m}")) or MEASURES[0]
map_block(load_view("district_map", filters, measure=measure))
