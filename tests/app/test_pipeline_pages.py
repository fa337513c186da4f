"""Übersicht (additions), Pipeline and Veränderungen in AppTest: the plotted values equal the
analytics results for several filter selections; empty selections give sentences."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from dashboard import clock
from dashboard.analytics.changes import changes_summary, kpi_changes, last_meeting, resolve_since
from dashboard.analytics.durations import longest_waiting, stage_durations, stalled_projects
from dashboard.analytics.freshness import network_freshness
from dashboard.analytics.pipeline import stage_funnel, stage_funnel_by
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.texts import t
from tests.app.conftest import decode_typed_arrays, open_tab
from tests.conftest import DEMO_AS_OF

PIPELINE = "app_pages/pipeline.py"
CHANGES = "app_pages/changes.py"
SELECTIONS = {
    "alle": ({}, Filters()),
    "lausitz_energie": ({"revier": "LR", "schwerpunkt": "F4"}, Filters(reviere=("LR",), focus_areas=("F4",))),
    "ohne_mission": ({"mission": "ohne"}, Filters(missions=("ohne",))),
}


def _spec(at, key: str) -> dict:
    el = next(e for e in at.get("plotly_chart") if e.key == f"plot_{key}")
    return decode_typed_arrays(json.loads(el.proto.spec))


def _compute(db_path, func, *args):
    """Expected figures from the (identical) original fixture file: the app process holds its
    copy read-write, and DuckDB refuses a second, read-only connection to it."""
    with Database.open_existing(db_path, read_only=True) as db:
        return func(db, *args)


def _project_table(at):
    """The one table of linked projects on the page (st.dataframe has no key in AppTest)."""
    tables = [d.value for d in at.dataframe if "Projekt" in d.value.columns]
    assert len(tables) == 1
    return tables[0]


def _ok(at) -> None:
    assert not at.exception
    assert not at.error


@pytest.mark.parametrize("case", list(SELECTIONS))
def test_pipeline_page_plots_the_analytics(make_app, demo_db_path, writable_db_path, case):
    query, filters = SELECTIONS[case]
    today = clock.today()
    at = make_app(writable_db_path, page=PIPELINE, query=query)
    _ok(at)
    funnel = _compute(demo_db_path, stage_funnel, filters)
    assert _spec(at, "pipeline_funnel")["data"][0]["x"] == funnel["reached"].tolist()
    assert len(at.get("plotly_chart")) == 1, "only the open tab is drawn"
    for key, dim, tab in (("pipeline_funnel_revier", "revier", "pipeline.tab.revier"),
                          ("pipeline_funnel_focus", "focus_area", "pipeline.tab.focus")):
        open_tab(at, t(tab))
        _ok(at)
        df = _compute(demo_db_path, stage_funnel_by, filters, dim)
        plotted = [x for trace in _spec(at, key)["data"] for x in trace["x"]]
        assert plotted == df["reached"].tolist()
    open_tab(at, t("pipeline.tab.durations"))
    durations = _compute(demo_db_path, stage_durations, filters, today)
    boxes = [t for t in _spec(at, "stage_durations")["data"] if t["type"] == "box"]
    assert [b["median"][0] for b in boxes] == durations.loc[durations["n_completed"] > 0, "median"].tolist()
    open_tab(at, t("pipeline.tab.stalled"))
    stalled = _compute(demo_db_path, stalled_projects, filters, today, 90)
    assert sum(_spec(at, "stalled_projects")["data"][0]["y"]) == len(stalled)
    table = _project_table(at)
    assert table["Projekt"].str.removeprefix("projekte?projekt=").tolist() == stalled["project_id"].tolist()


def test_stalled_threshold_widget(make_app, demo_db_path, writable_db_path):
    today = clock.today()
    at = open_tab(make_app(writable_db_path, page=PIPELINE), t("pipeline.tab.stalled"))
    at.number_input(key="stalled_days").set_value(200).run()
    _ok(at)
    stalled = _compute(demo_db_path, stalled_projects, Filters(), today, 200)
    assert sum(_spec(at, "stalled_projects")["data"][0]["y"]) == len(stalled)
    assert any(s.value.startswith(f"{fmt_int(len(stalled))} Projekt") for s in at.main.header)


def test_pipeline_empty_selection_is_a_sentence(make_app, demo_db_path, writable_db_path):
    at = make_app(writable_db_path, page=PIPELINE, query={"revier": "LR", "land": "ST"})
    _ok(at)
    assert not at.get("plotly_chart")
    assert any("keine Projekte" in i.value for i in at.info)


@pytest.mark.parametrize("case", ["alle", "lausitz_energie"])
def test_overview_additions(make_app, demo_db_path, writable_db_path, case):
    query, filters = SELECTIONS[case]
    today = clock.today()
    at = make_app(writable_db_path, query=query)
    _ok(at)
    # 30 days ago, or the 30 days up to the newest change when the data are older (far days)
    since = _compute(demo_db_path, lambda db: resolve_since(db, today))
    assert since == (today - timedelta(30) if today - DEMO_AS_OF <= timedelta(30)
                     else DEMO_AS_OF - timedelta(30))
    changes = _compute(demo_db_path, kpi_changes, filters, since).set_index("kpi")
    metric = next(m for m in at.metric if m.label == "Projekte")
    delta = int(changes.at["projects", "delta"])
    sign = "+" if delta > 0 else ("±" if delta == 0 else "-")
    assert metric.proto.delta == f"{sign}{fmt_int(abs(delta))}"
    assert any(f"seit dem {since:%d.%m.%Y} (dieser Tag eingeschlossen"
               in c.value for c in at.caption)
    fresh = _compute(demo_db_path, network_freshness, filters, today)
    warned = [w.value for w in at.warning]
    assert len(warned) == (1 if fresh["stale"].any() else 0), "stale data is flagged above the tabs"
    open_tab(at, t("overview.tab.waiting"))
    _ok(at)
    waiting = _compute(demo_db_path, longest_waiting, filters, today, 5)
    assert _spec(at, "longest_waiting")["data"][0]["x"] == waiting["days"].tolist()
    listed = "\n".join(m.value for m in at.markdown if "projekte?projekt=" in m.value)
    rows = [line for line in listed.splitlines() if "projekte?projekt=" in line]
    assert [line.rsplit("|", 2)[1].strip() for line in rows] == [fmt_int(d) for d in waiting["days"]]
    assert all(pid.replace("_", "\\_") in line for pid, line in zip(waiting["project_id"], rows, strict=True))
    open_tab(at, t("overview.tab.freshness"))
    bar = _spec(at, "data_freshness")["data"][0]
    assert bar["x"] == fresh["age_days"].astype(float).fillna(0).tolist()
    assert bar["marker"]["color"].count("#D55E00") == int(fresh["stale"].sum())


@pytest.mark.parametrize("case", list(SELECTIONS))
def test_changes_page_default_is_30_days(make_app, demo_db_path, writable_db_path, case):
    query, filters = SELECTIONS[case]
    today = clock.today()
    at = make_app(writable_db_path, page=CHANGES, query=query)
    _ok(at)
    since = _compute(demo_db_path, lambda db: resolve_since(db, today))
    assert since == (today - timedelta(30) if today - DEMO_AS_OF <= timedelta(30)
                     else DEMO_AS_OF - timedelta(30))
    assert at.date_input(key="changes_since").value == since
    summary = _compute(demo_db_path, changes_summary, filters, since, today)
    if summary[["neu", "wechsel", "ausstieg"]].to_numpy().sum() == 0:
        assert any("keine Veränderungen" in i.value for i in at.info)
        return
    traces = {t["name"]: t["y"] for t in _spec(at, "changes_since")["data"]}
    assert traces.get("in die Stufe gewechselt", [0] * len(summary)) == summary["wechsel"].tolist()
    # the tiles on top: the same period counted per stage and summed
    tiles = {m.label: m.value for m in at.metric}
    totals = summary[["neu", "wechsel", "ausstieg"]].sum()
    assert tiles[t("changes.tile.new")] == fmt_int(totals["neu"])
    assert tiles[t("changes.tile.moves")] == fmt_int(totals["wechsel"])
    assert tiles[t("changes.tile.exits")] == fmt_int(totals["ausstieg"])
    assert tiles[t("changes.tile.grants")] == fmt_int(summary.set_index("stage_code").at["BEW", "wechsel"])


def test_changes_page_save_and_reuse_last_meeting(make_app, demo_db_path, writable_db_path):
    at = make_app(writable_db_path, page=CHANGES)
    chosen = date(2025, 6, 30)
    at.date_input(key="changes_since").set_value(chosen).run()
    _ok(at)
    summary = _compute(demo_db_path, changes_summary, Filters(), chosen, clock.today())
    traces = {t["name"]: t["y"] for t in _spec(at, "changes_since")["data"]}
    assert traces["neu aufgenommen"][0] == summary["neu"].sum()
    at.button(key="changes_save_meeting").click().run()
    _ok(at)
    assert any("30.06.2025" in s.value for s in at.success)
    at.date_input(key="changes_since").set_value(clock.today() - timedelta(days=3)).run()
    at.button(key="changes_use_meeting").click().run()
    _ok(at)
    assert at.date_input(key="changes_since").value == chosen
    # the page's database connection holds the file; read through the same process afterwards
    from dashboard.ui.resources import database

    assert last_meeting(database()) == chosen


def test_changes_long_list_shows_the_newest_and_offers_all(make_app, demo_db_path, writable_db_path):
    """More than SHOWN_ROWS entries: the newest on screen, a sentence with the total, downloads."""
    from dashboard.analytics.changes import change_events, stage_moves

    since = date(2020, 1, 1)
    at = make_app(writable_db_path, page=CHANGES)
    at.date_input(key="changes_since").set_value(since).run()
    open_tab(at, t("changes.moves"))
    _ok(at)
    moves = _compute(demo_db_path, lambda db, f: stage_moves(change_events(db, f, since, clock.today())), Filters())
    assert len(moves) > 1000
    assert next(m.value for m in at.metric if m.label == t("changes.tile.moves")) == fmt_int(len(moves))
    assert any(f"1.000 von {fmt_int(len(moves))}" in c.value for c in at.caption)
    assert at.main.header[0].value == f"{t('changes.moves')} ({fmt_int(len(moves))})"
    table = at.dataframe[0].value  # the one list of the open tab
    assert len(table) == 1000
    assert at.get("download_button")
