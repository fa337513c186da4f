"""Reusable page pieces: KPI tiles, empty states, chart blocks with their data downloads."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.export.tables import to_csv_bytes, to_xlsx_bytes
from dashboard.ui.texts import t


def tile(label: str, value: str, *, help_text: str | None = None, key: str,
         delta: str | None = None) -> None:
    """One KPI tile; `key` becomes a CSS class `st-key-<key>` that tests find it by."""
    with st.container(key=key, border=True):
        st.metric(label, value, delta=delta, help=help_text)


def empty_state(message: str, *, key: str = "empty_state") -> None:
    """A sentence instead of a broken chart."""
    with st.container(key=key):
        st.info(message, icon=":material/info:")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "daten"


def chart_block(*, key: str, title: str, explanation: str, figure: go.Figure,
                data: pd.DataFrame, file_stem: str | None = None) -> None:
    """Title that states the finding, one line on what is counted, the chart, and the data
    behind it as CSV and XLSX."""
    stem = file_stem or _slug(key)
    with st.container(key=f"chart_{key}"):
        st.subheader(title)
        st.caption(explanation)
        st.plotly_chart(figure, key=f"plot_{key}", config={"displaylogo": False})
        left, right, _ = st.columns([1, 1, 4])
        left.download_button(t("download.csv"), lambda: to_csv_bytes(data), f"{stem}.csv", "text/csv",
                             key=f"csv_{key}", icon=":material/download:")
        right.download_button(t("download.xlsx"), lambda: to_xlsx_bytes(data), f"{stem}.xlsx",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              key=f"xlsx_{key}", icon=":material/download:")


def view_block(view, *, key: str | None = None) -> None:
    """Render a views.View: its chart block, or its sentence when the selection is empty."""
    key = key or view.key
    if view.is_empty:
        st.subheader(view.title)
        empty_state(view.empty_message or t("overview.empty"), key=f"empty_{key}")
        return
    chart_block(key=key, title=view.title, explanation=view.explanation, figure=view.figure,
                data=view.data, file_stem=view.key)
