"""The shared filter bar: widgets in the sidebar, state mirrored in the URL query parameters."""

from __future__ import annotations

import streamlit as st

from dashboard.domain.filters import URL_KEYS, Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.texts import t
from dashboard.texts.filters import FIELDS as _FIELDS
from dashboard.texts.filters import LABELS as _LABELS
from dashboard.texts.filters import options
from dashboard.ui.language import date_input_format


def _key(field: str) -> str:
    return f"filter_{field}"


def _reset() -> None:
    """Back to "everything": empty selections and no period (a date_input whose key is merely
    removed would come back as today). Only the filter parameters leave the URL; the page's own
    (e.g. the open tab) stay."""
    for field in _FIELDS:
        st.session_state[_key(field)] = []
    st.session_state[_key("period_from")] = None
    st.session_state[_key("period_to")] = None
    for key in URL_KEYS.values():
        if key in st.query_params:
            del st.query_params[key]


def filter_bar(taxonomy: Taxonomy) -> Filters:
    """Render the filters in the sidebar and return the selection; the URL follows it."""
    opts = options(taxonomy)
    if "filters_from_url" not in st.session_state:
        # first run of this session: the URL decides (unknown codes are dropped)
        st.session_state["filters_from_url"] = True
        url, dropped = Filters.parse(dict(st.query_params), {k: set(v) for k, v in opts.items()})
        st.session_state["filters_dropped"] = dropped
        for field in _FIELDS:
            st.session_state[_key(field)] = list(getattr(url, field))
        st.session_state[_key("period_from")] = url.period_from
        st.session_state[_key("period_to")] = url.period_to
    with st.sidebar:
        st.header(t("filter.header"))
        for field in _FIELDS:
            st.multiselect(t(_LABELS[field]), options=list(opts[field]),
                           format_func=opts[field].get, key=_key(field),
                           placeholder=t("filter.placeholder"))
        # one under the other: side by side the sidebar leaves each field 78 px, and the
        # letters of an empty one were cut ("dd.mm.y…")
        st.date_input(t("filter.von"), key=_key("period_from"), format=date_input_format(),
                      help=t("filter.period_help"))
        st.date_input(t("filter.bis"), key=_key("period_to"), format=date_input_format())
        st.button(t("filter.reset"), key="filter_reset", on_click=_reset)
    filters = Filters(
        **{field: tuple(st.session_state.get(_key(field)) or ()) for field in _FIELDS},
        period_from=st.session_state.get(_key("period_from")),
        period_to=st.session_state.get(_key("period_to")),
    )
    wanted = filters.to_query_params()
    current = {k: v for k, v in st.query_params.items() if k in URL_KEYS.values()}
    if wanted != current:
        for key in URL_KEYS.values():
            if key not in wanted and key in st.query_params:
                del st.query_params[key]
        st.query_params.update(wanted)
    return filters
