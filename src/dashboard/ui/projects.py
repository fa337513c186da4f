"""The page Projekte (app_pages/projects.py): the filtered project list (search, sort, pages) and
one project's detail."""

from __future__ import annotations

import math

import streamlit as st

from dashboard import clock
from dashboard.access.personal import PERSONAL_FIELDS, may_see
from dashboard.analytics.projects import (
    PAGE_SIZE,
    SORT_KEYS,
    display_rows,
    history_rows,
    project_detail,
    project_page,
    stage_history,
)
from dashboard.charts.stage_history import stay_timeline
from dashboard.charts.style import safe_text, stage_colours
from dashboard.formatting import fmt_int
from dashboard.texts import t
from dashboard.ui.auth import current_actor
from dashboard.ui.components import chart_block, empty_state
from dashboard.ui.resources import database, load, taxonomy
from dashboard.ui.safe import md
from dashboard.ui.vernetzung import related_section


def projects_page(filters) -> None:
    """Draw the page for the filters of this run."""
    st.title(t("projects.title"))
    st.caption(t("projects.caption"))

    search_col, sort_col, desc_col, page_col = st.columns([4, 2, 1.4, 1.2], vertical_alignment="bottom")
    search = search_col.text_input(t("projects.search"), key="projects_search",
                                   placeholder=t("projects.search.placeholder"))
    sort = sort_col.selectbox(t("projects.sort"), SORT_KEYS, key="projects_sort",
                              format_func=lambda k: t(f"col.{k}"))
    descending = desc_col.toggle(t("projects.descending"), key="projects_desc")
    page_no = int(st.session_state.get("projects_page") or 1)
    rows, total = load(project_page, filters, search, sort, descending, PAGE_SIZE,
                       (page_no - 1) * PAGE_SIZE)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    if page_no > pages:  # filters or search shrank the list: back to its last page
        st.session_state["projects_page"] = page_no = pages
        rows, total = load(project_page, filters, search, sort, descending, PAGE_SIZE,
                           (page_no - 1) * PAGE_SIZE)
    page_col.number_input(t("projects.page"), min_value=1, max_value=pages, step=1,
                          key="projects_page")

    selected = None
    if total == 0:
        empty_state(t("projects.none"), key="projects_empty")
    else:
        first = (page_no - 1) * PAGE_SIZE + 1
        st.markdown(t("projects.range", first=fmt_int(first), last=fmt_int(first + len(rows) - 1),
                      total=fmt_int(total), size=fmt_int(PAGE_SIZE)))
        shown = display_rows(rows)
        event = st.dataframe(shown, key="projects_table", hide_index=True, on_select="rerun",
                             selection_mode="single-row",
                             column_config={c: st.column_config.TextColumn(t(f"col.{c}"))
                                            for c in shown.columns})
        chosen = event.selection.rows if event is not None else []
        if chosen and chosen[0] < len(rows):
            selected = str(rows["project_id"].iat[chosen[0]])
            if st.query_params.get("projekt") != selected:
                st.query_params["projekt"] = selected
        elif st.session_state.get("projects_had_selection"):
            st.query_params.pop("projekt", None)  # the row was deselected: close its detail
        st.session_state["projects_had_selection"] = bool(chosen)

    project_id = selected or st.query_params.get("projekt")
    if project_id:
        detail = project_detail(database(), project_id)
        if detail is None:
            empty_state(t("projects.unknown", project_id=md(project_id)), key="projects_unknown")
            st.stop()
        row = detail["row"]
        with st.container(key="project_detail", border=True):
            st.header(t("projects.detail", project_id=md(row["project_id"]), title=md(row["title"])))
            left, right = st.columns([3, 2])
            fields = detail["fields"]
            if not may_see(current_actor(), taxonomy(), row.get("revier_code"),
                           row.get("focus_area_code")):  # personal data: own network only
                fields = fields[~fields["field"].isin(PERSONAL_FIELDS)]
            fields = fields.assign(field=lambda d: [t(f"field.{f}") for f in d["field"]])
            left.subheader(t("projects.fields"))
            left.dataframe(fields, key="project_fields", hide_index=True, column_config={
                "field": t("col.field"), "value": t("col.value")})
            right.subheader(t("projects.missions"))
            missions = detail["missions"]
            if missions.empty:
                right.markdown(t("projects.missions.none"))
            else:
                right.markdown("\n".join(f"- **{t('projects.role.' + r.role)}:** {md(r.mission_code)} "
                                         f"{md(r.mission_name)}" for r in missions.itertuples()))
            right.subheader(t("projects.themes"))
            right.dataframe(detail["themes"][["theme_name", "marker", "marker_name"]],
                            key="project_themes", hide_index=True, column_config={
                                "theme_name": t("col.theme"), "marker": t("col.marker"),
                                "marker_name": t("col.name")})
            stays = stage_history(database(), project_id, clock.today())
            if stays.empty:
                empty_state(t("projects.history.none"), key="project_history_empty")
            else:
                exit_names = {e.code: e.name for e in taxonomy().exit_reasons}
                table = history_rows(stays, exit_names)
                labels = [f"{entered} – {left if left != '–' else t('projects.history.today')} "
                          f"({days} {t('projects.history.days')})"
                          for entered, left, days in zip(table["entered_on"], table["left_on"],
                                                         table["days"], strict=True)]
                fig = safe_text(stay_timeline(stays.assign(label=labels),
                                              colours=stage_colours(taxonomy())))
                chart_block(key="project_history", title=t("projects.history"),
                            explanation=t("projects.history.caption"), figure=fig,
                            data=table.rename(columns={c: t(f"col.{c}") for c in table.columns}),
                            file_stem=f"verlauf-{project_id}")
                st.dataframe(table, key="project_history_table", hide_index=True, column_config={
                    c: t(f"col.{c}") for c in table.columns})
            related_section(project_id)
