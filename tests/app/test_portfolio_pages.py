"""Missionen & Schwerpunkte, Querschnittsthemen and Projekte in AppTest: the plotted values equal
the analytics results for several filter selections; empty selections give sentences; a project
opens from the URL with its stage history."""

from __future__ import annotations

import json

import pytest

from dashboard.analytics.portfolio import coverage_gaps, mission_focus_matrix, sankey_links
from dashboard.analytics.projects import project_page, stage_history
from dashboard.analytics.themes import theme_funding, theme_gaps, theme_shares
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.texts import t
from tests.app.conftest import decode_typed_arrays, open_tab, shown
from tests.conftest import DEMO_AS_OF

MISSIONS = "app_pages/missions.py"
THEMES = "app_pages/themes.py"
PROJECTS = "app_pages/projects.py"
SELECTIONS = {
    "alle": ({}, Filters()),
    "lausitz_energie": ({"revier": "LR", "schwerpunkt": "F4"},
                        Filters(reviere=("LR",), focus_areas=("F4",))),
    "ohne_mission": ({"mission": "ohne"}, Filters(missions=("ohne",))),
}


def _spec(at, key: str) -> dict:
    el = next(e for e in at.get("plotly_chart") if e.key == f"plot_{key}")
    return decode_typed_arrays(json.loads(el.proto.spec))


def _compute(db_path, func, *args):
    """Expected figures from the original fixture file (the app holds its copy read-write)."""
    with Database.open_existing(db_path, read_only=True) as db:
        return func(db, *args)


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_missions_heatmap_plots_the_matrix(make_app, writable_db_path, demo_db_path, name):
    query, filters = SELECTIONS[name]
    matrix = _compute(demo_db_path, mission_focus_matrix, filters)
    at = make_app(writable_db_path, page=MISSIONS, query=query)
    assert not at.exception
    assert not at.error
    z = _spec(at, "portfolio_matrix")["data"][0]["z"]
    expected = (matrix.pivot_table(index="mission_sort", columns="focus_area_sort",
                                   values="projects", sort=True).to_numpy().tolist())
    assert z == expected
    # the Sankey carries the same projects, mission -> focus area
    open_tab(at, t("missions.tab.sankey"))
    assert not at.exception
    links = _compute(demo_db_path, sankey_links, filters)
    sankey = _spec(at, "portfolio_sankey")["data"][0]
    assert sum(sankey["link"]["value"]) == 2 * int(matrix["projects"].sum())
    assert sorted(sankey["link"]["value"]) == sorted(links["value"].tolist())
    open_tab(at, t("missions.tab.gaps"))
    gaps = _compute(demo_db_path, coverage_gaps, filters)
    text = shown(_markdown(at))
    for sentence in gaps["sentence"]:
        assert sentence in text


def test_missions_funding_toggle_plots_granted_millions(make_app, writable_db_path, demo_db_path):
    matrix = _compute(demo_db_path, mission_focus_matrix, Filters(), True)
    at = make_app(writable_db_path, page=MISSIONS)
    at.radio(key="missions_measure").set_value("granted_eur")
    at.toggle(key="missions_further").set_value(True)
    at.run()
    assert not at.exception
    z = _spec(at, "portfolio_matrix")["data"][0]["z"]
    expected = (matrix.pivot_table(index="mission_sort", columns="focus_area_sort",
                                   values="granted_eur", sort=True) / 1e6).to_numpy().tolist()
    assert [v for row in z for v in row] == pytest.approx([v for row in expected for v in row])


@pytest.mark.parametrize("name", ["alle", "lausitz_energie"])
def test_themes_page_plots_the_shares(make_app, writable_db_path, demo_db_path, name):
    query, filters = SELECTIONS[name]
    at = make_app(writable_db_path, page=THEMES, query=query)
    assert not at.exception
    assert not at.error
    for by in ("focus_area", "revier", "stage"):
        open_tab(at, t(f"themes.tab.{by}"))
        assert not at.exception
        shares = _compute(demo_db_path, theme_shares, filters, by)
        shares = shares[shares["projects"] > 0]
        traces = _spec(at, f"themes_by_{by}")["data"]
        main = [tr for tr in traces if tr["name"] == "Hauptziel"]
        plotted = [x for tr in main for x in tr["x"]]
        assert plotted == pytest.approx(shares["share_2"].tolist())
    open_tab(at, t("themes.tab.funding"))
    funding = _compute(demo_db_path, theme_funding, filters, "requested_eur")
    bars = _spec(at, "themes_funding")["data"]
    assert bars[0]["x"] == pytest.approx(funding["share_main"].fillna(0).tolist())
    open_tab(at, t("themes.tab.networks"))
    text = shown(_markdown(at))
    for sentence in _compute(demo_db_path, theme_gaps, filters)["sentence"]:
        assert sentence in text


@pytest.mark.parametrize("page", [MISSIONS, THEMES, PROJECTS])
def test_empty_selection_shows_a_sentence(make_app, writable_db_path, page):
    at = make_app(writable_db_path, page=page, query={"von": "2099-01-01"})
    assert not at.exception
    assert not at.get("plotly_chart")
    assert at.info, "a sentence instead of a chart"


def test_projects_table_counts_and_detail_from_url(make_app, writable_db_path, demo_db_path):
    filters = Filters(reviere=("MR",))
    rows, total = _compute(demo_db_path, project_page, filters)
    pid = rows["project_id"].iat[0]
    stays = _compute(demo_db_path, stage_history, pid, DEMO_AS_OF)
    at = make_app(writable_db_path, page=PROJECTS, query={"revier": "MR", "projekt": pid})
    assert not at.exception
    assert not at.error
    assert f"von {fmt_int(total)}" in _markdown(at)
    table = at.dataframe(key="projects_table").value
    assert table["project_id"].tolist() == rows["project_id"].tolist()
    spec = _spec(at, "project_history")
    assert spec["data"][0]["y"] == stays["stage_name"].tolist()
    # only selectable dataframes carry their key into AppTest: find the history by its columns
    history = next(d.value for d in at.dataframe if "entered_on" in d.value.columns)
    assert history["stage"].tolist() == stays["stage_name"].tolist()
    closed = stays[~stays["is_open"]]
    assert history["days"].iloc[: len(closed)].tolist() == [fmt_int(d) for d in closed["days"]]


def test_projects_search_and_unknown_id(make_app, writable_db_path, demo_db_path):
    rows, total = _compute(demo_db_path, project_page, Filters(), "leipzig", "requested_eur", True)
    at = make_app(writable_db_path, page=PROJECTS, query={"projekt": "GIBT-ES-NICHT"})
    assert not at.exception
    assert "GIBT-ES-NICHT" in shown("\n".join(i.value for i in at.info))
    at.text_input(key="projects_search").set_value("leipzig")
    at.selectbox(key="projects_sort").set_value("requested_eur")
    at.toggle(key="projects_desc").set_value(True)
    at.run()
    table = at.dataframe(key="projects_table").value
    assert table["project_id"].tolist() == rows["project_id"].tolist()
    assert f"von {fmt_int(total)}" in _markdown(at)


def test_missions_controls_survive_a_visit_to_another_tab(make_app, writable_db_path):
    """The measure is drawn only on the tabs it applies to; switching away and back keeps it."""
    at = make_app(writable_db_path, page=MISSIONS)
    at.radio(key="missions_measure").set_value("granted_eur").run()
    open_tab(at, t("missions.tab.gaps"))
    assert not at.exception
    assert not at.get("radio")
    open_tab(at, t("missions.tab.sankey"))
    assert at.radio(key="missions_measure").value == "granted_eur"
    open_tab(at, t("missions.tab.matrix"))
    assert at.radio(key="missions_measure").value == "granted_eur"
