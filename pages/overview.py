"""Übersicht: the state at a glance (KPI tiles, InvKG envelope per Revier)."""

import streamlit as st

from dashboard.analytics.overview import envelope_commitment, kpis
from dashboard.formatting import fmt_eur, fmt_eur_short, fmt_int, fmt_pct
from dashboard.ui.components import empty_state, tile, view_block
from dashboard.ui.resources import load, load_view
from dashboard.ui.shell import current_filters
from dashboard.ui.texts import t

filters = current_filters()
st.title(t("overview.title"))
st.caption(t("overview.caption"))

figures = load(kpis, filters)
if figures["projects"] == 0:
    empty_state(t("overview.empty") if not filters.is_empty() else t("overview.empty_db"))
    st.stop()

cols = st.columns(5)
for col, key, value in (
    (cols[0], "projects", fmt_int(figures["projects"])),
    (cols[1], "in_review", fmt_int(figures["in_review"])),
    (cols[2], "granted", fmt_int(figures["granted"])),
    (cols[3], "requested_eur", fmt_eur_short(figures["requested_eur"])),
    (cols[4], "granted_eur", fmt_eur_short(figures["granted_eur"])),
):
    with col:
        tile(t(f"kpi.{key}"), value, help_text=t(f"kpi.{key}.help"), key=f"kpi_{key}")

st.subheader(t("envelope.title"))
st.caption(t("envelope.caption"))
envelopes = load(envelope_commitment, filters)
for col, row in zip(st.columns(len(envelopes)), envelopes.itertuples(), strict=True):
    with col:
        tile(t("envelope.tile", revier=row.revier_name), fmt_pct(row.share),
             help_text=t("envelope.tile.help", committed=fmt_eur(row.committed_eur, 0),
                         envelope=fmt_eur(row.envelope_eur, 0), label=row.label),
             key=f"envelope_{row.revier_code}")
        st.progress(min(1.0, float(row.share)))

view_block(load_view("stage_current", filters))
