"""The page Veränderungen (app_pages/changes.py): new projects, stage moves, exits and new grants
since a chosen date (default 30 days ago); a date can be saved as "letzte Sitzung" and chosen
again later. Tiles on top count everything; the chart per stage and the lists behind the tiles
are tabs (one drawn at a time)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import clock
from dashboard.access import may
from dashboard.admin.settings import save_last_meeting
from dashboard.analytics.changes import (
    amount_changes,
    change_counts,
    exits,
    funding_changes,
    new_projects,
    resolve_since,
    stage_moves,
)
from dashboard.formatting import fmt_date, fmt_eur, fmt_eur_short, fmt_int
from dashboard.texts import t
from dashboard.ui.auth import current_actor, where
from dashboard.ui.components import (
    data_downloads,
    empty_state,
    lazy_tabs,
    tile,
    tile_row,
    view_block,
)
from dashboard.ui.language import date_input_format
from dashboard.ui.resources import data_age, database, load, load_view, taxonomy

SINCE_KEY = "changes_since"  # the date widget
START_ICONS = {"meeting": ":material/event:", "import": ":material/upload_file:",
               "newest": ":material/history:"}
PERIOD_KEY = "period_since"  # the chosen day, kept across pages (the Übersicht reads it)
SHOWN_ROWS = 1_000  # longer lists: the newest on screen, all of them as a download
NOTES = {"changes_funding": "changes.funding_note", "changes_amounts": "changes.amounts_note"}


def _start_at(day) -> None:
    st.session_state[SINCE_KEY] = day


def _save_meeting(default: date) -> None:
    chosen = st.session_state.get(SINCE_KEY) or default
    save_last_meeting(database(), chosen, actor=current_actor(), where=where("veraenderungen"))
    st.session_state["changes_saved"] = chosen


def _controls(age, default: date, today: date) -> None:
    """The day to count from, "letzte Sitzung" to save, and the sensible days to start at."""
    if age.is_old():  # say how old the data are before anyone reads "nothing changed"
        key = "age.notice_window" if not age.last_meeting and default < today else "age.notice"
        st.info(t(key, day=fmt_date(age.newest_change), days=fmt_int(age.days),
                  since=fmt_date(default)), icon=":material/history:")

    # one wrapping row: buttons keep their full labels at 1280 px (columns would cut them)
    with st.container(horizontal=True, vertical_alignment="bottom", key="changes_controls"):
        st.date_input(t("changes.since"), key=SINCE_KEY, max_value=today,
                      format=date_input_format(), help=t("changes.since_help"), width=260)
        if may(current_actor(), "edit_settings"):  # "letzte Sitzung": Administration only
            st.button(t("changes.save_meeting"), key="changes_save_meeting",
                      on_click=_save_meeting, args=(default,), icon=":material/bookmark:")
        # the sensible days to count from: the last meeting, the last import, the newest change
        for kind, day in age.starting_days().items():
            st.button(t(f"changes.start.{kind}", day=fmt_date(day)), key=f"changes_use_{kind}",
                      on_click=_start_at, args=(day,), icon=START_ICONS[kind])
        if not age.last_meeting:
            st.caption(t("changes.no_meeting"))
    if saved := st.session_state.pop("changes_saved", None):
        st.success(t("changes.saved", day=fmt_date(saved)), icon=":material/check:")


def _tiles(counts: dict, since: date, today: date) -> None:
    """The headline figures; the chart and the lists behind them are tabs below."""
    period = {"since": fmt_date(since), "until": fmt_date(today)}
    with tile_row("changes"):
        for key in ("new", "moves", "exits", "grants", "amounts"):
            note = fmt_eur_short(counts["granted_eur"]) if key == "grants" else None
            tile(t(f"changes.tile.{key}"), fmt_int(counts[key]), key=f"changes_tile_{key}",
                 help_text=t(f"changes.tile.{key}.help", **period),
                 delta=note, delta_color="off", delta_arrow="off")


def _table(df: pd.DataFrame, key: str, columns: dict[str, str]) -> None:
    if df.empty:
        empty_state(t("changes.none"), key=f"empty_{key}")
        return
    if len(df) > SHOWN_ROWS:
        full = df[list(columns)].rename(columns=columns)
        st.caption(t("changes.capped", shown=fmt_int(SHOWN_ROWS), total=fmt_int(len(df))))
        left, right, _ = st.columns([1, 1, 4])
        data_downloads(full, key=key, file_stem=key, slots=(left, right))
        df = df.sort_values("event_on", ascending=False, kind="stable").head(SHOWN_ROWS)
    money = {c: [fmt_eur(v, 0) if pd.notna(v) else "–" for v in df[c]]
             for c in ("requested_before", "requested_eur", "granted_before", "granted_eur")
             if c in df}
    shown = df.assign(event_on=[fmt_date(d) for d in df["event_on"]], **money)
    st.dataframe(shown[list(columns)].rename(columns=columns), key=key, hide_index=True)


def _sections(events: pd.DataFrame, amounts: pd.DataFrame) -> dict:
    """Per list: its heading, its rows (computed when its tab is open) and its columns."""
    base = {"event_on": t("pl.col.date"), "project_id": t("pl.col.project_id"),
            "title": t("pl.col.title")}
    return {
        "changes_new": (t("changes.new"), lambda: new_projects(events),
                        {**base, "stage_name": t("pl.col.stage")}),
        "changes_moves": (t("changes.moves"), lambda: stage_moves(events),
                          {**base, "from_stage": t("pl.col.from_stage"),
                           "stage_name": t("pl.col.stage")}),
        "changes_exits": (t("changes.exits"), lambda: exits(events),
                          {**base, "stage_name": t("pl.col.stage"), "outcome": t("pl.col.reason")}),
        "changes_funding": (t("changes.funding"), lambda: funding_changes(events),
                            {**base, "granted_eur": t("pl.col.granted_eur")}),
        "changes_amounts": (t("changes.amounts"), lambda: amounts,
                            {**base, "requested_before": t("pl.col.requested_before"),
                             "requested_eur": t("pl.col.requested_eur"),
                             "granted_before": t("pl.col.granted_before"),
                             "granted_eur": t("pl.col.granted_now")}),
    }


def _tabs(view, events: pd.DataFrame, amounts: pd.DataFrame) -> None:
    """One at a time: the chart per stage, or one list; the open one is in the URL."""
    sections = _sections(events, amounts)
    key, tab = lazy_tabs({"changes_stages": t("changes.tab.stages"),
                          **{k: label for k, (label, _, _) in sections.items()}})
    with tab:
        if key == "changes_stages":
            view_block(view)
            st.stop()
        label, rows, columns = sections[key]
        df = rows()
        st.header(f"{label} ({fmt_int(len(df))})")
        if key in NOTES:
            st.caption(t(NOTES[key]))
        _table(df, key, columns)


def changes_page(filters) -> None:
    """Draw the page for the filters of this run."""
    today = clock.today()
    st.title(t("changes.title"))
    st.caption(t("changes.caption"))

    age = data_age(today)  # how old the data are: database-wide
    default = resolve_since(database(), today, age=age)  # "letzte Sitzung", else 30 days (see there)
    if SINCE_KEY not in st.session_state:
        st.session_state[SINCE_KEY] = st.session_state.get(PERIOD_KEY) or default
    _controls(age, default, today)

    since = min(st.session_state.get(SINCE_KEY) or default, today)
    st.session_state[PERIOD_KEY] = since
    view = load_view("changes_since", filters, today=today, since=since)  # a resource: no unpickling
    amounts = load(amount_changes, filters, since, today)
    counts = change_counts(view.meta["events"], amounts)
    if view.is_empty and amounts.empty:
        view_block(view)  # its sentence: nothing changed in the period
        st.stop()

    _tiles(counts, since, today)
    reasons = {e.code: e.name for e in taxonomy().exit_reasons}
    events = view.meta["events"].assign(outcome=lambda d: d["outcome"].map(reasons))
    _tabs(view, events, amounts)
