"""Reusable page pieces: KPI tiles, empty states, chart blocks with their data downloads."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import clock
from dashboard.export.tables import to_csv_bytes, to_xlsx_bytes
from dashboard.texts import column, in_language, t
from dashboard.ui.language import (
    PROJECT_ID_IN_LINK,
    date_format,
    keeping_language,
    project_link,
)
from dashboard.ui.safe import md, md_frame, md_heading


def tile(label: str, value: str, *, help_text: str | None = None, key: str,
         delta: str | None = None, delta_color: str = "normal", delta_arrow: str = "auto") -> None:
    """One KPI tile; `key` becomes a CSS class `st-key-<key>` that tests find it by. A `delta`
    with delta_color and delta_arrow "off" is a grey note under the figure."""
    with st.container(key=key, border=True):
        st.metric(label, value, delta=delta, help=help_text, delta_color=delta_color,
                  delta_arrow=delta_arrow)


# A tile is never narrower than its figure: st.columns(5) cuts "811,6 Mio. €" to "811,6…" at
# 1280 px; a wrapping row puts the rest of the tiles on a second line instead (style in shell).
TILE_ROW_STYLE = """<style>
[data-testid="stHorizontalBlock"][class*="st-key-tiles_"] > [data-testid="stLayoutWrapper"]
  {flex-basis: 14rem;}
</style>"""


def tile_row(key: str):
    """A row for tiles (use as `with tile_row(...):`) that wraps where a tile would get too
    narrow for its figure."""
    return st.container(horizontal=True, key=f"tiles_{key}")


def data_age_notice(today) -> None:
    """Say how old the data are when nothing changed in the last 30 days (pages that count from
    a day: Übersicht, Pipeline, Finanzen, Wirkung)."""
    from dashboard.formatting import fmt_date, fmt_int
    from dashboard.ui.resources import data_age

    age = data_age(today)
    if age.is_old():
        st.info(t("age.notice", day=fmt_date(age.newest_change), days=fmt_int(age.days)),
                icon=":material/history:")


def empty_state(message: str, *, key: str = "empty_state") -> None:
    """A sentence instead of a broken chart."""
    with st.container(key=key):
        st.info(message, icon=":material/info:")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "daten"


def download_context():
    """The selection and day every download of this run carries (file name, sheet, caption)."""

    from dashboard.domain.filters import Filters
    from dashboard.export.context import ExportContext
    from dashboard.texts.filters import describe
    from dashboard.ui import resources

    filters = st.session_state.get("filters") or Filters()
    return ExportContext.of(filters, describe(filters, resources.taxonomy()), clock.today())


def chart_block(*, key: str, title: str, explanation: str, figure: go.Figure,
                data: pd.DataFrame, file_stem: str | None = None,
                units: dict[str, str] | None = None) -> None:
    """Title that states the finding, one line on what is counted, the chart, and the data
    behind it as CSV and XLSX, the chart as PNG and SVG (each naming selection and day)."""
    stem = file_stem or _slug(key)
    with st.container(key=f"chart_{key}"):
        st.header(md(title))
        st.caption(md(explanation))
        st.plotly_chart(figure, key=f"plot_{key}", config={"displaylogo": False}, theme=None)
        left, right, png, svg, _ = st.columns([1, 1, 1, 1, 2])
        data_downloads(data, key=key, file_stem=stem, slots=(left, right), units=units,
                       explanation=explanation)
        image_downloads(figure, key=key, file_stem=stem, slots=(png, svg), title=title)


def data_downloads(data: pd.DataFrame, *, key: str, file_stem: str, slots,
                   units: dict[str, str] | None = None, explanation: str = "") -> None:
    """CSV and XLSX buttons (keys csv_<key>, xlsx_<key>; formula-safe, built on click); the
    file names carry day and selection, the XLSX a sheet „Hinweise“ saying what is counted."""
    context = download_context()
    left, right = slots
    left.download_button(t("download.csv"), keeping_language(to_csv_bytes, data),
                         context.file_name(file_stem, "csv"), "text/csv", key=f"csv_{key}",
                         icon=":material/download:", on_click="ignore")
    right.download_button(
        t("download.xlsx"),
        keeping_language(lambda: to_xlsx_bytes(data, units=units,
                                               info=context.info_rows(explanation),
                                               info_sheet=t("export.info.sheet"))),
        context.file_name(file_stem, "xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key=f"xlsx_{key}",
        icon=":material/download:", on_click="ignore")


def image_downloads(figure: go.Figure, *, key: str, file_stem: str, title: str,
                    slots=None) -> None:
    """PNG and SVG buttons (keys png_<key>, svg_<key>); the image (with the finding and the
    selection written on it, export/images.py) is rendered on the server only when clicked.
    Without chromium a sentence says what to install instead."""
    from dashboard.charts.renderer import unavailable_reason
    from dashboard.export.images import image_bytes

    if reason := unavailable_reason():
        st.caption(t("image.unavailable", reason=reason))
        return
    context = download_context()
    png, svg = slots or st.columns(2)
    png.download_button(t("image.png"), keeping_language(
        lambda: image_bytes(figure, "png", title=title, caption=context.caption)),
                        context.file_name(file_stem, "png"), "image/png", key=f"png_{key}",
                        icon=":material/image:", on_click="ignore")
    svg.download_button(t("image.svg"), keeping_language(
        lambda: image_bytes(figure, "svg", title=title, caption=context.caption)),
                        context.file_name(file_stem, "svg"), "image/svg+xml", key=f"svg_{key}",
                        icon=":material/image:", on_click="ignore")


def view_block(view, *, key: str | None = None, sentences_title: str | None = None) -> None:
    """Render a views.View: its chart block, its key sentences, and its numbers as a table (so
    no figure is only a picture); or its sentence when the selection is empty."""
    key = key or view.key
    if view.is_empty:
        st.header(md_heading(view.title))
        empty_state(md(view.empty_message or t("overview.empty")), key=f"empty_{key}")
        return
    data, units = headed(view.data, view.units)
    chart_block(key=key, title=view.title, explanation=view.explanation, figure=view.figure,
                data=data, file_stem=view.key, units=units)
    if sentences_title:
        st.header(sentences_title)
    view_sentences(view, key=f"sentences_{key}")
    data_table(data, units, key=f"table_{key}")


def headed(data: pd.DataFrame, units: dict[str, str]) -> tuple[pd.DataFrame, dict[str, str]]:
    """A view's data and units with the column headers of the active language (the same
    objects when nothing changes, as in German)."""
    names = {str(c): column(str(c)) for c in data.columns}
    if all(k == v for k, v in names.items()):
        return data, units
    return data.rename(columns=names), {names.get(k, k): u for k, u in units.items()}


def data_table(data: pd.DataFrame, units: dict[str, str], *, key: str) -> None:
    """The numbers behind a chart as a plain table in the language's formats, folded away."""
    from dashboard.briefing.tables import fmt_cell

    shown = pd.DataFrame({str(c): [fmt_cell(v, units.get(str(c))) for v in data[c]]
                          for c in data.columns})
    with st.expander(t("chart.table", n=len(shown)), key=key):
        st.table(md_frame(shown), hide_index=True)


def grouped_numbers(*labels: str) -> dict:
    """Column config for amounts and counts in a grid: thousands grouped in the reader's format
    ("3.531.600" in a German browser) and still sortable as numbers; the unit is in the label."""
    return {label: st.column_config.NumberColumn(label, format="localized") for label in labels}


# Project lists that link to the Projekte page (which reads ?projekt=<project_id>).
def project_link_columns() -> dict:
    """The column config of project_links, in the run's language."""
    return {
        "Projekt": st.column_config.LinkColumn(t("pl.col.project_id"),
                                               display_text=PROJECT_ID_IN_LINK),
        "Titel": st.column_config.TextColumn(t("pl.col.title"), width="large"),
        "Prüfstufe": st.column_config.TextColumn(t("pl.col.stage")),
        "seit": st.column_config.DateColumn(t("pl.col.since"), format=date_format()),
        "Tage": st.column_config.NumberColumn(t("pl.col.days"), format="%d"),
    }


def project_links(projects: pd.DataFrame) -> pd.DataFrame:
    """Columns project_id, title, stage_name, entered_on, days -> a table for
    project_link_columns()."""
    return pd.DataFrame({
        "Projekt": [project_link(p) for p in projects["project_id"]],
        "Titel": projects["title"], "Prüfstufe": projects["stage_name"],
        "seit": projects["entered_on"], "Tage": projects["days"],
    })


def lazy_tabs(options: dict[str, str], *, key: str = "ansicht"):
    """Tabs of which only the open one runs (the others send nothing to the browser, so a page
    draws one analysis at a time); the open tab is in the URL (`?ansicht=<label>`), so a shared
    link opens the same view. A tab named in the other language (a German link opened in
    English, or the switch of the language) opens as the same tab. Returns (name of the open
    tab, its container)."""
    labels = list(options.values())
    chosen = st.session_state.get(key) or st.query_params.get(key)
    if chosen and chosen not in labels and (same := in_language(chosen, labels)):
        st.session_state[key] = same
    tabs = st.tabs(labels, key=key, bind="query-params")
    for name, tab in zip(options, tabs, strict=True):
        if tab.open is not False:  # None when Streamlit does not track the state: run all
            return name, tab
    return next(iter(options)), tabs[0]


def keep_widget_state(*keys: str) -> None:
    """Streamlit forgets a widget's value in a run where it is not drawn (e.g. its tab is
    closed); re-assigning the value keeps it for when the widget comes back."""
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def view_sentences(view, *, key: str) -> None:
    """A view's key sentences as a short list under its chart (nothing for empty views)."""
    if view.sentences and not view.is_empty:
        with st.container(key=key):
            st.markdown("\n".join(f"- {md(s)}" for s in view.sentences))


def project_link_list(projects: pd.DataFrame, *, key: str) -> None:
    """A few projects (columns project_id, title, stage_name, entered_on, days) as a light
    markdown table whose IDs open the project. For short lists: st.dataframe loads a whole grid
    component into the browser."""
    from dashboard.formatting import fmt_date, fmt_int

    def cell(value: object) -> str:
        return md(value)

    head = [column["label"] for column in project_link_columns().values()]
    lines = ["| " + " | ".join(head) + " |", "|---|---|---|---|--:|"]
    for row in projects.itertuples():
        link = f"[{cell(row.project_id)}]({project_link(row.project_id)})"
        lines.append(f"| {link} | {cell(row.title)} | {cell(row.stage_name)} | "
                     f"{fmt_date(row.entered_on)} | {fmt_int(row.days)} |")
    with st.container(key=key):
        st.markdown("\n".join(lines))
