"""The Karte page's block: the map beside a table with the same numbers, downloads, the
attribution, and a click on a district that sets the shared Kreis filter."""

from __future__ import annotations

import streamlit as st

from dashboard.formatting import fmt_eur_short, fmt_int, fmt_pct
from dashboard.ui.components import _MD_SPECIAL, data_downloads, image_downloads
from dashboard.ui.texts import t

DISTRICT_FILTER = "filter_districts"  # the shared filter bar's Kreis widget (ui/filters.py)


def _clicked(event) -> list[str]:
    points = ((event or {}).get("selection") or {}).get("points") or []
    return [p["location"] for p in points if p.get("location")]


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


def _table(view) -> str:
    """The view's numbers as a plain (accessible) table in German formats."""
    df = view.meta["districts"]
    heads = [t(f"map.col.{c}") for c in ("district", "revier", "projects", "theme_main_share",
                                         "granted_eur")]
    lines = ["| " + " | ".join(heads) + " |", "|---|---|--:|--:|--:|"]
    for row in df.itertuples():
        name = str(row.district_name).translate(_MD_SPECIAL)
        lines.append(f"| {name} | {row.revier_name} | {fmt_int(row.projects)} | "
                     f"{fmt_pct(row.theme_main_share, 0)} | {fmt_eur_short(row.granted_eur)} |")
    return "\n".join(lines)


def map_block(view, *, key: str = "karte") -> None:
    """Title stating the finding, the map and the table side by side, sentences, downloads."""
    st.subheader(view.title)
    st.caption(view.explanation)
    left, right = st.columns([3, 2], gap="medium")
    state_key = f"plot_{key}"
    measure = t(f"map.measure.{view.meta['measure']}")
    with left:
        st.plotly_chart(view.figure, key=state_key, on_select=lambda: on_map_click(state_key),
                        selection_mode="points", alt=t("map.alt", measure=measure),
                        config={"displaylogo": False, "scrollZoom": False})
        st.caption(t("map.attribution.caption"))
    with right.container(key=f"{key}_table"):
        st.markdown(f"**{t('map.table')}**")
        st.markdown(_table(view))
    if view.sentences:
        with st.container(key=f"{key}_sentences"):
            st.markdown("\n".join(f"- {s}" for s in view.sentences))
    slots = st.columns([1, 1, 1, 1, 2])
    data_downloads(view.data, key=key, file_stem=view.key, slots=slots[:2])
    image_downloads(view.figure, key=key, file_stem=view.key, slots=slots[2:4])
