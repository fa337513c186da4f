"""The registered views of Übersicht, Pipeline and Veränderungen: figures plot the analytics
numbers, headlines state them, empty selections give a sentence, `scale` enlarges."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.analytics.changes import changes_summary
from dashboard.analytics.durations import stage_durations, stalled_projects
from dashboard.analytics.pipeline import stage_funnel, stage_funnel_by
from dashboard.formatting import fmt_int
from dashboard.store.reference import read_taxonomy
from dashboard.views import all_views
from dashboard.views.pipeline import build_with
from tests.conftest import DEMO_AS_OF
from tests.unit.pipeline.reference import FILTER_CASES

MY_VIEWS = ("longest_waiting", "data_freshness", "pipeline_funnel", "pipeline_funnel_revier",
            "pipeline_funnel_focus", "stage_durations", "stalled_projects", "quarterly_activity",
            "changes_since")


@pytest.fixture(scope="module")
def taxonomy(demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        return read_taxonomy(db)


def _build(key, db, filters, taxonomy, **kw):
    return all_views()[key][1](db, filters, taxonomy, today=DEMO_AS_OF, **kw)


@pytest.mark.parametrize("key", MY_VIEWS)
@pytest.mark.parametrize("case", ["alle", "ohne_mission", "leer"])
def test_every_view_builds(demo_db, taxonomy, key, case):
    view = _build(key, demo_db, FILTER_CASES[case], taxonomy)
    assert view.key == key and view.title and view.explanation
    if case == "leer":
        assert view.is_empty and view.empty_message
    else:
        assert not view.is_empty
        assert 1 <= len(view.sentences) <= 3
        assert not view.data.empty


def test_funnel_figure_plots_the_funnel(demo_db, taxonomy):
    filters = FILTER_CASES["lausitz_tourismus"]
    view = _build("pipeline_funnel", demo_db, filters, taxonomy)
    df = stage_funnel(demo_db, filters)
    bars = view.figure.data
    assert list(bars[0].x) == df["reached"].tolist()
    assert [list(b.x) for b in bars[1:]] == [df[c].tolist() for c in
                                              ("zurueckgestellt", "abgelehnt", "zurueckgezogen")]
    granted = int(df.set_index("stage_code").at["BEW", "reached"])
    assert view.title.startswith(f"{fmt_int(granted)} von {fmt_int(df['reached'].max())}")


@pytest.mark.parametrize("key,dimension", [("pipeline_funnel_revier", "revier"),
                                           ("pipeline_funnel_focus", "focus_area")])
def test_small_multiples_plot_each_group(demo_db, taxonomy, key, dimension):
    filters = FILTER_CASES["mission_programm"]
    view = _build(key, demo_db, filters, taxonomy)
    df = stage_funnel_by(demo_db, filters, dimension)
    groups = list(dict.fromkeys(df["group_code"]))
    assert len(view.figure.data) == len(groups)
    for trace, code in zip(view.figure.data, groups, strict=True):
        assert list(trace.x) == df.loc[df["group_code"] == code, "reached"].tolist()


def test_durations_figure_plots_quantiles(demo_db, taxonomy):
    view = _build("stage_durations", demo_db, FILTER_CASES["alle"], taxonomy)
    df = stage_durations(demo_db, FILTER_CASES["alle"], DEMO_AS_OF)
    boxes = [t for t in view.figure.data if t.type == "box"]
    assert [b.median[0] for b in boxes] == df["median"].tolist()
    assert [b.upperfence[0] for b in boxes] == df["p90"].tolist()
    slowest = df[df["kind"] == "active"].sort_values("median").iloc[-1]
    assert slowest["stage_name"] in view.title and fmt_int(slowest["median"]) in view.title


@pytest.mark.parametrize("threshold", [30, 90])
def test_stalled_view_counts_per_stage_and_takes_the_threshold(demo_db, taxonomy, threshold):
    view = build_with(demo_db, FILTER_CASES["alle"], "stalled_projects", DEMO_AS_OF,
                      (("threshold_days", threshold),))
    df = stalled_projects(demo_db, FILTER_CASES["alle"], DEMO_AS_OF, threshold)
    assert sum(view.figure.data[0].y) == len(df)
    assert view.title.startswith(f"{fmt_int(len(df))} Projekte warten seit über {threshold} Tagen")
    assert view.meta["projects"]["project_id"].tolist() == df["project_id"].tolist()


def test_changes_view_uses_the_given_date(demo_db, taxonomy):
    since = date(2026, 6, 1)
    view = build_with(demo_db, FILTER_CASES["alle"], "changes_since", DEMO_AS_OF, (("since", since),))
    summary = changes_summary(demo_db, FILTER_CASES["alle"], since, DEMO_AS_OF)
    traces = {t.name: list(t.y) for t in view.figure.data}
    assert traces["in die Stufe gewechselt"] == summary["wechsel"].tolist()
    assert view.title.startswith("Seit dem 01.06.2026 (einschließlich):")
    assert f"{fmt_int(summary['neu'].sum())} neue Projekte" in view.title


def test_scale_enlarges_text_and_height(demo_db, taxonomy):
    for key in MY_VIEWS:
        small = _build(key, demo_db, FILTER_CASES["alle"], taxonomy)
        big = _build(key, demo_db, FILTER_CASES["alle"], taxonomy, scale=2.0)
        assert big.figure.layout.font.size == 2 * small.figure.layout.font.size, key
        assert big.figure.layout.height > small.figure.layout.height, key
        assert big.figure.layout.separators == ",."
