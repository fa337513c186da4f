"""Übersicht page in AppTest: tiles equal the analytics figures, filters from the URL apply."""

from __future__ import annotations

from dashboard.analytics.overview import kpis
from dashboard.analytics.pipeline import stage_counts
from dashboard.domain.filters import Filters
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


def test_stage_chart_plots_the_stage_counts(make_app, writable_db_path):
    with Database.open_existing(writable_db_path, read_only=True) as db:
        counts = stage_counts(db, Filters())
    at = make_app(writable_db_path)
    trace = chart_specs(at)[0]["data"][0]
    assert trace["x"] == counts["projects"].tolist()
    assert trace["y"] == counts["stage_name"].tolist()


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
