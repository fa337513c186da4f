"""The Finanzen and Wirkung pages in AppTest: they run, every tab draws, each tile equals an
independent count over the database and the chart beside it, switches change the view. The app
runs on a copy of the fixture database; the independent counts read the fixture itself."""

from __future__ import annotations

import duckdb
import pytest

from dashboard.formatting import fmt_pct
from tests.app.conftest import chart_specs, open_tab

FINANZEN, WIRKUNG = "app_pages/finance.py", "app_pages/impact.py"


def _sql(path, sql: str, params=None):
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_finanzen_tiles_equal_an_independent_sum_and_the_pace_chart(make_app, writable_db_path, demo_db_path):
    at = make_app(writable_db_path, page=FINANZEN)
    assert not at.exception and not at.error
    # InvKG: granted EUR of live projects under an RL-InvKG programme in Saxon districts
    rows = dict(_sql(demo_db_path, """
        SELECT p.revier_code, sum(p.granted_eur)::DOUBLE / (SELECT sum(amount_eur)::DOUBLE
            FROM ref_envelope v WHERE v.fund = 'InvKG' AND v.revier_code = p.revier_code)
        FROM project p JOIN ref_district d ON d.code = p.district_code
        WHERE p.programme_code = 'RL_INVKG' AND p.status = 'aktiv' AND d.bundesland_code = 'SN'
        GROUP BY p.revier_code"""))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Lausitzer Revier: gebunden"] == fmt_pct(rows["LR"])
    assert metrics["Mitteldeutsches Revier: gebunden"] == fmt_pct(rows["MR"])
    spec = chart_specs(at)[0]
    bound = {tr["name"].split(":")[0]: max(v for v in tr["y"] if v is not None)
             for tr in spec["data"] if tr["name"].endswith("bewilligt")}
    envelope = {tr["name"].split(":")[0]: tr["y"][0] for tr in spec["data"]
                if tr["name"].endswith("Finanzrahmen")}
    for name, code in (("Lausitzer Revier", "LR"), ("Mitteldeutsches Revier", "MR")):
        assert bound[name] / envelope[name] == pytest.approx(rows[code])
    assert "Tempo" in at.main.header[0].value or "gebunden" in at.main.header[0].value


@pytest.mark.parametrize("tab", ["Finanzrahmen je Periode", "Je Jahr", "Aufteilung"])
def test_finanzen_tabs_draw(make_app, writable_db_path, demo_db_path, tab):
    at = make_app(writable_db_path, page=FINANZEN)
    open_tab(at, tab)
    assert not at.exception and not at.error
    specs = chart_specs(at)
    assert specs
    if tab == "Je Jahr":
        granted = _sql(demo_db_path, "SELECT sum(granted_eur)::DOUBLE FROM project "
                                     "WHERE status = 'aktiv'")[0][0]
        bars = next(tr for tr in specs[-1]["data"] if tr["name"] == "bewilligt")
        assert sum(bars["y"]) == pytest.approx(granted)
    if tab == "Aufteilung":
        at.radio(key="finanzen_dimension").set_value("programme").run()
        assert not at.exception
        labels = chart_specs(at)[-1]["data"][0]["y"]
        assert "RL InvKG" in labels and "STARK" in labels


def test_wirkung_page_progress_indicator_and_versions(make_app, writable_db_path, demo_db_path):
    at = make_app(writable_db_path, page=WIRKUNG)
    assert not at.exception and not at.error
    spec = chart_specs(at)[0]
    assert spec["layout"]["shapes"][0]["x0"] == 100  # the target line
    n_in_force = len(spec["data"][0]["y"])
    assert n_in_force == _sql(demo_db_path, "SELECT count(DISTINCT (indicator_code, scope, "
                                            "scope_code)) FROM indicator_target")[0][0]
    open_tab(at, "Je Indikator")
    at.selectbox(key="wirkung_indicator").set_value("GRANT").run()
    assert not at.exception and not at.error
    spec = chart_specs(at)[-1]
    target = next(tr for tr in spec["data"] if tr["name"] == "Ziel")
    assert sorted(target["y"]) == sorted(v for (v,) in _sql(
        demo_db_path, "SELECT sum(amount_eur)::DOUBLE FROM ref_envelope WHERE fund = 'InvKG' "
                      "GROUP BY revier_code"))
    open_tab(at, "Ziele und Versionen")
    assert not at.exception
    table = at.table[0].value
    assert len(table) == _sql(demo_db_path, "SELECT count(*) FROM indicator_target")[0][0]
    assert set(table["gilt heute"]) == {"ja", "nein"}
