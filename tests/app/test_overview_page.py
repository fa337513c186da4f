"""Übersicht page in AppTest: tiles equal the analytics figures, filters from the URL apply."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.analytics.overview import kpis
from dashboard.analytics.pipeline import stage_counts
from dashboard.config import reference_dir
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import read_reference_dir
from dashboard.formatting import fmt_eur_short, fmt_int
from dashboard.store.gateway import Database
from tests.app.conftest import chart_specs


def _metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _expected(db_path, filters: Filters) -> dict:
    with Database.open_existing(db_path, read_only=True) as db:
        return kpis(db, filters)


def test_tiles_show_the_kpis(make_app, writable_db_path):
    expected = _expected(writable_db_path, Filters())
    at = make_app(writable_db_path)
    assert not at.exception
    assert _metric(at, "Projekte") == fmt_int(expected["projects"])
    assert _metric(at, "In Prüfung") == fmt_int(expected["in_review"])
    assert _metric(at, "Bewilligt") == fmt_int(expected["granted"])
    assert _metric(at, "Beantragt") == fmt_eur_short(expected["requested_eur"])
    assert _metric(at, "Bewilligt (€)") == fmt_eur_short(expected["granted_eur"])


def test_url_filters_apply_and_unknown_codes_are_dropped(make_app, writable_db_path):
    filters = Filters(reviere=("MR",), focus_areas=("F2",))
    expected = _expected(writable_db_path, filters)
    at = make_app(writable_db_path, query={"revier": "MR,XX", "schwerpunkt": "F2", "von": "kein-datum"})
    assert not at.exception
    assert _metric(at, "Projekte") == fmt_int(expected["projects"])
    assert at.multiselect(key="filter_reviere").value == ["MR"]
    assert at.query_params["revier"] in ("MR", ["MR"])


@pytest.mark.parametrize("query", [{}, {"revier": "LR"}, {"schwerpunkt": "F6", "land": "SN"}])
def test_stage_chart_and_tiles_count_the_same_projects(make_app, demo_db_path, writable_db_path,
                                                       query):
    """The tiles read from the page equal the stage chart read from the page: review-stage
    bars = "In Prüfung", granted stages with their exits = "Bewilligt", all = "Projekte"."""
    at = make_app(writable_db_path, query=query)
    spec = chart_specs(at)[0]
    stages = {s.code: s for s in read_reference_dir(reference_dir()).stages}
    active = dict(zip(spec["data"][0]["y"], spec["data"][0]["x"], strict=True))
    exits = {}
    for trace in spec["data"][1:]:
        for stage, n in zip(trace["y"], trace["x"], strict=True):
            exits[stage] = exits.get(stage, 0) + n
    review = {s.name for s in stages.values() if s.kind == "active"}

    def tile(label: str) -> int:
        return int(_metric(at, label).replace(".", ""))

    assert sum(n for stage, n in active.items() if stage in review) == tile("In Prüfung")
    assert sum(n + exits.get(stage, 0) for stage, n in active.items()
               if stage not in review) == tile("Bewilligt")
    assert sum(active.values()) + sum(exits.values()) == tile("Projekte")
    with Database.open_existing(demo_db_path, read_only=True) as db:
        counts = stage_counts(db, Filters.from_query_params(
            query, {"reviere": {"LR", "MR"}, "focus_areas": {"F6"}, "bundeslaender": {"SN"}}))
    assert sum(exits.values()) > 0 and sum(active.values()) < counts["projects"].sum(), \
        "projects that left are shown apart, not where they left"


def test_empty_selection_shows_a_sentence(make_app, writable_db_path):
    at = make_app(writable_db_path, query={"revier": "LR", "land": "ST"})
    assert not at.exception
    assert any("keine Projekte" in i.value for i in at.info)
    assert len(at.metric) == 0


def test_empty_database_and_missing_database(make_app, empty_db_path, tmp_path):
    at = make_app(empty_db_path)
    assert any("noch keine Projekte" in i.value for i in at.info)
    at = make_app(tmp_path / "fehlt.duckdb")
    assert not at.exception
    assert any("noch keine Datenbank" in e.value for e in at.error)


def test_filter_reset_clears_the_selection_and_keeps_the_open_tab(make_app, writable_db_path):
    """Reset: every filter empty, no period (not "today"), the filter parameters leave the URL,
    the page's open tab (a parameter bound to the tabs) stays."""
    from dashboard.texts import t
    from tests.app.conftest import open_tab

    at = make_app(writable_db_path, page="app_pages/pipeline.py",
                  query={"revier": "MR", "von": "2024-01-01"})
    open_tab(at, t("pipeline.tab.durations"))
    assert at.session_state["filters"] == Filters(reviere=("MR",), period_from=date(2024, 1, 1))
    at.button(key="filter_reset").click().run()
    assert not at.exception
    assert at.session_state["filters"] == Filters()
    assert at.date_input(key="filter_period_from").value is None
    assert "revier" not in at.query_params and "von" not in at.query_params
    assert at.session_state["ansicht"] == t("pipeline.tab.durations")
    assert at.get("plotly_chart")[0].key == "plot_stage_durations"


@pytest.mark.parametrize("query, shown_reviere", [
    ({}, {"LR", "MR"}),
    ({"revier": "LR"}, {"LR"}),
    ({"revier": "MR"}, {"MR"}),
    ({"land": "ST"}, set()),  # the envelopes are Saxon: no Saxon project is in the selection
])
def test_envelope_tiles_only_for_reviere_in_the_selection(make_app, writable_db_path, query,
                                                          shown_reviere):
    """Issue 23.5: with ?revier=LR the tile "Mitteldeutsches Revier: gebunden 0,0 %" read as if
    nothing were bound there; a Revier outside the selection has no tile (as on Finanzen)."""
    at = make_app(writable_db_path, query=query)
    assert not at.exception
    labels = [m.label for m in at.metric if m.label.endswith(": gebunden")]
    names = {"LR": "Lausitzer Revier", "MR": "Mitteldeutsches Revier"}
    assert {code for code, name in names.items()
            if any(label.startswith(name) for label in labels)} == shown_reviere
    assert not any(m.value == "0,0 %" for m in at.metric if m.label.endswith(": gebunden")), \
        "no tile reads 0,0 % because its Revier is filtered away"
    if not shown_reviere:
        assert any("nicht in der Auswahl" in c.value for c in at.caption)
