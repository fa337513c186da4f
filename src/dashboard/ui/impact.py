"""The Wirkung page's pieces: progress towards the targets, one indicator per scope, and the
list of target versions."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import clock
from dashboard.formatting import fmt_date, fmt_number
from dashboard.texts import t
from dashboard.ui.components import data_age_notice, keep_widget_state, lazy_tabs, view_block
from dashboard.ui.resources import load, load_view, taxonomy
from dashboard.ui.safe import md, md_frame

INDICATOR_KEY = "wirkung_indicator"


def versions_table(today: date, filters=None, of: tuple | None = None) -> pd.DataFrame:
    """Every target version (or those of one target: `of` = indicator, scope, code) as literal
    text for st.table (which renders Markdown: the person and the names are never markup or
    links)."""
    from dashboard.analytics.impact import target_versions, versions_of
    from dashboard.domain.filters import Filters
    from dashboard.views.impact import scope_names

    df = load(target_versions, filters or Filters(), today)
    if of is not None:
        df = versions_of(df, *of)
    names = scope_names(taxonomy())
    return md_frame(pd.DataFrame({
        t("wirkung.col.indicator"): df["indicator_name"],
        t("wirkung.col.scope"): [names.get((s, c if isinstance(c, str) else None), str(c))
                                 for s, c in zip(df["scope"], df["scope_code"], strict=True)],
        t("wirkung.col.period"): [f"{a}–{b}" for a, b in zip(df["period_start"], df["period_end"],
                                                             strict=True)],
        t("wirkung.col.baseline"): [fmt_number(v, 0) for v in df["baseline"]],
        t("wirkung.col.target"): [fmt_number(v, 0) for v in df["target_value"]],
        t("wirkung.col.valid_from"): [fmt_date(v) for v in df["valid_from"]],
        t("wirkung.col.in_force"): [t("value.yes") if v else t("value.no")
                                    for v in df["in_force"]],
        t("wirkung.col.actor"): df["actor"],
    }))


def impact_page(filters, *, today: date | None = None) -> None:
    """One analysis at a time: progress, one indicator per scope, the target versions."""
    from dashboard.analytics.impact import indicator_list

    today = today or clock.today()  # one day for the whole run (and part of every cache key)
    data_age_notice(today)
    if not filters.is_empty():
        st.caption(md(t("wirkung.filtered")))
    keep_widget_state(INDICATOR_KEY)
    shown, tab = lazy_tabs({"progress": t("wirkung.tab.progress"),
                            "indicator": t("wirkung.tab.indicator"),
                            "targets": t("wirkung.tab.targets")})
    with tab:
        if shown == "progress":
            view_block(load_view("indicator_progress", filters, today=today))
        elif shown == "indicator":
            ind = load(indicator_list, filters)
            names = dict(zip(ind["code"], ind["name"], strict=True))
            code = st.selectbox(t("wirkung.indicator"), list(names), key=INDICATOR_KEY,
                                format_func=names.get) or next(iter(names))
            view_block(load_view("indicator_detail", filters, today=today, indicator=code))
        else:
            st.caption(t("wirkung.targets.caption"))
            with st.container(key="table_targets"):
                st.table(versions_table(today, filters), hide_index=True)
