"""The Karte page's block: the map beside a table with the same numbers, downloads, the
attribution, and a click on a district that sets the shared Kreis filter."""

from __future__ import annotations

import streamlit as st

from dashboard.formatting import fmt_eur_short, fmt_int, fmt_pct
from dashboard.texts import t
from dashboard.ui.components import data_downloads, empty_state, image_downloads
from dashboard.ui.safe import md, md_heading

DISTRICT_FILTER = "filter_districts"  # the shared filter bar's Kreis widget (ui/filters.py)


def _clicked(event) -> list[str]:
    """District codes of the clicked points: a district's `location`, or the district of a
    project marker (plotly gives a click near a marker to the marker)."""
    points = ((event or {}).get("selection") or {}).get("points") or []
    codes = [p.get("location") or (p.get("customdata") or [None, None])[1] for p in points]
    return [c for c in codes if c]


def on_map_click(state_key: str) -> None:
    """A click on a district filters every page to it; a click on the district the filter
    already holds removes the filter. Runs as the chart's on_select callback, before the
    filter bar is drawn. (The chart's widget identity includes its figure: once the filter
    has changed the figure, the next click arrives as a fresh selection, never as plotly's
    deselect, so "clicked again" is read from the filter, not from the selection.)"""
    codes = _clicked(st.session_state.get(state_key))
    if not codes:
        return
    current = list(st.session_state.get(DISTRICT_FILTER) or [])
    st.session_state[DISTRICT_FILTER] = [] if current == [codes[0]] else [codes[0]]


def _tables(view) -> str:
    """The map's numbers (projects, and the measure it is coloured by) as plain tables, one
    per Revier, in German formats: HTML tables a screen reader can read (the chart is a
    picture), narrow enough for the column beside the map at 1280 px."""
    df = view.meta["districts"]
    measure = view.meta["measure"]
    columns = ["projects"] + ([measure] if measure != "projects" else [])
    heads = [t("map.col.district")] + [t(f"map.col.{c}") for c in columns]
    out = []
    for revier, group in df.groupby("revier_name", sort=False):
        out += [f"**{md(revier)}**", "", "| " + " | ".join(heads) + " |",
                "|---|" + "--:|" * len(columns)]
        for row in group.to_dict("records"):
            cells = [md(row["district_name"])]
            cells += [_FORMATS[c](row[c]) for c in columns]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


_FORMATS = {"projects": fmt_int, "granted_eur": fmt_eur_short, "requested_eur": fmt_eur_short,
            "theme_main_share": lambda v: fmt_pct(v, 0)}


def map_page(filters, *, key: str = "karte") -> None:
    """Finding, then the map with its sentences and downloads (left) beside the measure
    switch and the tables (right). The switch sits beside the map so the map starts high enough to
    fit a 1280 x 800 screen."""
    from dashboard.analytics.geo import MEASURES
    from dashboard.ui.resources import load_view

    head = st.container()
    left, right = st.columns([2, 1], gap="medium")
    with right:
        measure = st.radio(t("map.measure"), MEASURES, key="map_measure",
                           format_func=lambda m: t(f"map.measure.{m}")) or MEASURES[0]
    view = load_view("district_map", filters, measure=measure)
    with head:
        st.header(md_heading(view.title))
        st.caption(md(f"{view.explanation} {t('map.click')}"))
    if view.is_empty:
        empty_state(md(view.empty_message or t("overview.empty")), key=f"empty_{key}")
        return
    state_key = f"plot_{key}"
    with left:
        st.plotly_chart(view.figure, key=state_key, on_select=lambda: on_map_click(state_key),
                        selection_mode="points",
                        alt=t("map.alt", measure=t(f"map.measure.{measure}")),
                        config={"displaylogo": False, "scrollZoom": False})
        st.caption(t("map.attribution.caption"))
        # under the map, not under the longer tables: visible without scrolling at 1920 px
        if view.sentences:
            with st.container(key=f"{key}_sentences"):
                st.markdown("\n".join(f"- {md(s)}" for s in view.sentences))
        slots = st.columns(4)
        # keyed by the view (csv_district_map, ...) like every chart block of the app
        data_downloads(view.data, key=view.key, file_stem=view.key, slots=slots[:2],
                       units=view.units, explanation=view.explanation)
        image_downloads(view.figure, key=view.key, file_stem=view.key, title=view.title,
                        slots=slots[2:])
    with right.container(key=f"table_{view.key}"):  # "table_*": the numbers beside a chart
        st.markdown(_tables(view))
