"""Präsentation: the chosen charts as full-screen slides for the projector, with live refresh."""

import time

import streamlit as st

from dashboard import clock
from dashboard.briefing.content import key_sentences, kpi_figures
from dashboard.formatting import fmt_datetime
from dashboard.texts import t
from dashboard.ui import presentation as pres
from dashboard.ui.components import empty_state, image_downloads
from dashboard.ui.resources import data_version, load, load_view, taxonomy
from dashboard.ui.safe import md, md_heading
from dashboard.ui.shell import current_filters
from dashboard.views import all_views, view_label

pres.projector_layout()
state = st.session_state
filters = current_filters()
choices = pres.slide_choices({k: view_label(k) for k in all_views()})
state["pres_slides"] = [k for k in state.get("pres_slides", list(choices)) if k in choices]
frozen = state.get("pres_freeze", False)

# what is on screen stays on screen while frozen; otherwise the newest commit is shown
version = data_version()
if not frozen or "pres_version" not in state:
    if state.get("pres_version") != version:
        if "pres_version" in state:
            st.toast(t("pres.updated"), icon=":material/update:")
        state["pres_stand"] = clock.now_local()
    state["pres_version"] = version
snapshot = state.setdefault("pres_snapshot", {})


def fetch(kind: str, loader):
    key = (kind, filters.model_dump_json())
    if not (frozen and key in snapshot):
        if len(snapshot) > 64:
            snapshot.clear()
        snapshot[key] = loader()
    return snapshot[key]


top_left, top_right = st.columns([3, 1], vertical_alignment="center")
with top_left:
    pres.filter_chips(filters, taxonomy())
with top_right, st.container(key="pres_stand"):
    stand = t("pres.stand", when=fmt_datetime(state["pres_stand"]))
    st.markdown(f"**{stand}**" + (f" · {t('pres.frozen')}" if frozen else ""))

slides = state["pres_slides"]
if not slides:
    empty_state(t("pres.slides.empty"), key="pres_no_slides")
if pres.advance_due(time.monotonic(), state.get("pres_shown_at"), state.get("pres_auto", 0)):
    pres.step(1, len(slides))  # the slide's time is up (the live watcher woke this run)
index = pres.clamp_index(state.get("pres_index", 0), len(slides))
state["pres_index"] = index
state.setdefault("pres_shown_at", time.monotonic())
pres.follow(None if frozen else version, state["pres_shown_at"], state.get("pres_auto", 0))
current = slides[index] if slides else None
view = None
if current == pres.KPI_SLIDE:
    with st.container(key="pres_headline"):
        st.title(t("pres.kpis.title"))
elif current:
    view = fetch(current, lambda: load_view(current, filters, scale=pres.PROJECTOR_SCALE))
    figure = fetch(f"{current}:figure", lambda: pres.fill_stage(view.figure)) \
        if not view.is_empty else None
    with st.container(key="pres_headline"):
        st.title(md_heading(view.title))

# the stage takes the height the headline and the controls leave (see pres._CSS)
with st.container(key="pres_stage", height="stretch", horizontal=True):
    if current == pres.KPI_SLIDE:
        pres.kpi_tiles(fetch(current, lambda: load(kpi_figures, filters)))
    elif view is not None and view.is_empty:
        empty_state(md(view.empty_message or t("briefing.empty")), key="pres_empty")
    elif view is not None:
        with st.container(key="pres_chart", height="stretch"):
            st.plotly_chart(figure, key=f"pres_plot_{current}", height="stretch",
                            config={"displaylogo": False, "displayModeBar": False,
                                    "responsive": True}, theme=None)
        with st.container(key="pres_side", height="stretch"):
            with st.container(key="pres_sentences"):
                # a figure never breaks from its unit on the projector ("80 %")
                st.markdown("\n".join(f"- {md(s)}".replace(" %", "\u00a0%")
                                       for s in key_sentences(view)))
            image_downloads(view.figure, key=f"pres_{current}", file_stem=current,
                            title=view.title)

pres.controls(choices, slides, index, filters)
