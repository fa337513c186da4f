"""The page Übersicht (app_pages/overview.py): the state at a glance (KPI tiles with change, InvKG
envelope per Revier), a warning when a Fachnetzwerk's data is stale, and one analysis at a time
in tabs: projects per stage, the longest-waiting projects, data freshness per Fachnetzwerk."""

from __future__ import annotations

import streamlit as st

from dashboard import clock
from dashboard.analytics.changes import kpi_changes, resolve_since
from dashboard.analytics.overview import envelope_commitment, kpis
from dashboard.formatting import fmt_date, fmt_eur, fmt_eur_short, fmt_int, fmt_pct
from dashboard.texts import t
from dashboard.ui.components import (
    data_age_notice,
    empty_state,
    lazy_tabs,
    project_link_list,
    tile,
    tile_row,
    view_block,
)
from dashboard.ui.resources import data_age, database, load, load_view
from dashboard.ui.safe import md

PERIOD_KEY = "period_since"  # the day chosen on the Veränderungen page: one period for both


def overview_page(filters) -> None:
    """Draw the page for the filters of this run."""
    today = clock.today()
    st.title(t("overview.title"))
    st.caption(t("overview.caption"))

    figures = load(kpis, filters)
    if figures["projects"] == 0:
        empty_state(t("overview.empty") if not filters.is_empty() else t("overview.empty_db"))
        st.stop()

    since = min(st.session_state.get(PERIOD_KEY)
                or resolve_since(database(), today, age=data_age(today)), today)
    changes = load(kpi_changes, filters, since).set_index("kpi")
    then = fmt_date(since)
    meeting = data_age(today).last_meeting
    period = t("kpi.delta.meeting" if meeting == since else "kpi.delta.days", day=then,
               days=fmt_int((today - since).days))
    with tile_row("kpi"):
        for key, value, fmt in (
            ("projects", fmt_int(figures["projects"]), fmt_int),
            ("in_review", fmt_int(figures["in_review"]), fmt_int),
            ("granted", fmt_int(figures["granted"]), fmt_int),
            ("requested_eur", fmt_eur_short(figures["requested_eur"]), fmt_eur_short),
            ("granted_eur", fmt_eur_short(figures["granted_eur"]), fmt_eur_short),
        ):
            delta = changes.at[key, "delta"]
            sign = "+" if delta > 0 else ("±" if delta == 0 else "-")  # st.metric reads a leading "-"
            tile(t(f"kpi.{key}"), value, key=f"kpi_{key}",
                 help_text=f"{t(f'kpi.{key}.help')}\n\n{t('kpi.delta.help', period=period)}",
                 delta=t("kpi.delta", sign=sign, value=fmt(abs(delta))),
                 delta_color="normal" if delta else "off")

    st.caption(t("kpi.delta.caption", period=period))
    data_age_notice(today)

    st.header(t("envelope.title"))
    st.caption(t("envelope.caption"))
    envelopes = load(envelope_commitment, filters)
    # a Revier the filters leave out has no tile: "gebunden 0,0 %" would read as nothing bound there
    envelopes = envelopes[envelopes["in_selection"]]
    if envelopes.empty:
        st.caption(t("envelope.none_selected"))
    for col, row in zip(st.columns(max(1, len(envelopes))), envelopes.itertuples(), strict=False):
        with col:
            tile(t("envelope.tile", revier=row.revier_name), fmt_pct(row.share),
                 help_text=t("envelope.tile.help", committed=fmt_eur(row.committed_eur, 0),
                             envelope=fmt_eur(row.envelope_eur, 0), label=row.label),
                 key=f"envelope_{row.revier_code}")
            st.progress(min(1.0, float(row.share)))

    freshness = load_view("data_freshness", filters, today=today)
    if not freshness.is_empty and freshness.data["veraltet"].any():  # an alarm stays above the tabs
        st.warning(md(freshness.title), icon=":material/schedule:")

    shown, tab = lazy_tabs({"stages": t("overview.tab.stages"), "waiting": t("overview.tab.waiting"),
                            "freshness": t("overview.tab.freshness")})
    with tab:
        if shown == "stages":
            view_block(load_view("stage_current", filters))
        elif shown == "waiting":
            waiting = load_view("longest_waiting", filters, today=today)
            view_block(waiting)
            if not waiting.is_empty:
                project_link_list(waiting.meta["projects"], key="longest_waiting_table")
        else:
            view_block(freshness)
