"""Finanzen figures against independent computations over the raw tables (pandas), the pace
rule by hand, and the envelope reference data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.analytics.finance import (
    breakdown,
    envelope_periods,
    funding_by_year,
    pace,
    pace_table,
)
from dashboard.analytics.overview import envelope_commitment, kpis
from dashboard.config import reference_dir
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import ReferenceError, read_reference_dir

FILTERS = {"alle": Filters(), "Lausitz": Filters(reviere=("LR",)),
           "Sachsen, F4": Filters(bundeslaender=("SN",), focus_areas=("F4",)),
           "leer": Filters(districts=("12052",), period_from=date(2021, 3, 1),
                           period_to=date(2021, 3, 2))}


@pytest.fixture(scope="module")
def raw(demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        p = db.query("SELECT p.*, d.bundesland_code FROM project p "
                     "LEFT JOIN ref_district d ON d.code = p.district_code").df
        e = db.query("SELECT * FROM stage_event").df
        prog = db.query("SELECT * FROM ref_programme").df
    return p, e, prog


def _select(p: pd.DataFrame, e: pd.DataFrame, f: Filters) -> pd.DataFrame:
    keep = pd.Series(True, index=p.index)
    for col, values in (("revier_code", f.reviere), ("bundesland_code", f.bundeslaender),
                        ("focus_area_code", f.focus_areas), ("district_code", f.districts)):
        if values:
            keep &= p[col].isin(values)
    if f.period_from or f.period_to:
        first = e.groupby("project_id")["entered_on"].min()
        day = pd.to_datetime(p["project_id"].map(first)).dt.date
        keep &= (day >= f.period_from) & (day <= f.period_to)
    return p[keep]


def _independent_years(raw, f: Filters, year: int) -> pd.DataFrame:
    p, e, prog = raw
    live = _select(p, e, f)
    live = live[live["status"] == "aktiv"]
    fund = dict(zip(prog["code"], prog["fund"], strict=True))
    first = {s: e[e["stage_code"] == s].groupby("project_id")["entered_on"].min()
             for s in ("BEW", "ANTRAG")}
    out = []
    for measure, column, stage in (("granted", "granted_eur", "BEW"),
                                   ("requested", "requested_eur", "ANTRAG")):
        sel = live[live[column].notna()]
        when = pd.to_datetime(sel["project_id"].map(first[stage]))
        years = when.dt.year.fillna(pd.to_datetime(sel["as_of"]).dt.year).fillna(year)
        frame = pd.DataFrame({"measure": measure, "year": years.astype(int),
                              "fund": sel["programme_code"].map(fund),
                              "eur": sel[column].astype(float)})
        out.append(frame)
    return pd.concat(out)


@pytest.mark.parametrize("case", list(FILTERS))
def test_funding_by_year_equals_an_independent_count(demo_db, raw, case):
    f = FILTERS[case]
    got = funding_by_year(demo_db, f, 2026)
    want = _independent_years(raw, f, 2026)
    for key in (["measure", "year"], ["measure", "fund"]):
        g = got.fillna({"fund": "-"}).groupby(key)["eur"].sum()
        w = want.fillna({"fund": "-"}).groupby(key)["eur"].sum()
        assert g.sort_index().to_dict() == pytest.approx(w.sort_index().to_dict())
    k = kpis(demo_db, f)
    assert got.loc[got["measure"] == "granted", "eur"].sum() == pytest.approx(k["granted_eur"])
    assert got.loc[got["measure"] == "requested", "eur"].sum() == pytest.approx(k["requested_eur"])


@pytest.mark.parametrize("case", list(FILTERS))
def test_envelope_periods_add_up_to_the_overview_tile(demo_db, raw, case):
    f = FILTERS[case]
    env = envelope_periods(demo_db, f, 2026)
    tiles = envelope_commitment(demo_db, f).set_index("revier_code")
    for revier, group in env[env["fund"] == "InvKG"].groupby("revier_code"):
        assert group["envelope_eur"].sum() == pytest.approx(tiles.loc[revier, "envelope_eur"])
        assert group["committed_eur"].sum() == pytest.approx(tiles.loc[revier, "committed_eur"])
    # the first period holds every grant of the demo (granted 2021-2026)
    first = env[(env["fund"] == "InvKG") & (env["period_start"] == 2020)]
    assert (env.loc[(env["fund"] == "InvKG") & (env["period_start"] > 2020),
                    "committed_eur"] == 0).all()
    assert first["share"].tolist() == pytest.approx(
        (first["committed_eur"] / first["envelope_eur"]).tolist())


def test_pace_is_the_mean_of_three_full_years_carried_forward():
    per_year = pd.Series({2021: 10.0, 2022: 20.0, 2023: 30.0, 2024: 40.0, 2025: 50.0, 2026: 5.0})
    p = pace(per_year, envelope_eur=500.0, today_year=2026, period_end=2038)
    assert p.rate_eur == pytest.approx(40.0)            # (30 + 40 + 50) / 3
    assert p.committed_eur == pytest.approx(155.0)
    assert p.reached_year == 2026 + 9                   # 155 + 9 x 40 = 515 >= 500 > 475
    assert p.outcome == "reached"
    late = pace(per_year, envelope_eur=5000.0, today_year=2026, period_end=2038)
    assert late.reached_year == 2026 + 122 and late.outcome == "late"   # ceil(4845 / 40)
    done = pace(per_year, envelope_eur=100.0, today_year=2026, period_end=2038)
    assert done.already and done.reached_year == 2024   # 10 + 20 + 30 + 40 = 100
    still = pace(pd.Series({2021: 10.0}), envelope_eur=100.0, today_year=2026, period_end=2038)
    assert still.reached_year is None and still.outcome == "none"


def test_pace_table_projects_from_todays_sum_and_stops_at_the_envelope(demo_db):
    table, paces = pace_table(demo_db, Filters(), 2026)
    for code, p in paces.items():
        rows = table[table["revier_code"] == code].set_index("year")
        assert rows.loc[2026, "cumulative_eur"] == pytest.approx(p.committed_eur)
        assert rows.loc[2026, "projected_eur"] == pytest.approx(p.committed_eur)
        assert rows.loc[2030, "projected_eur"] == pytest.approx(
            min(p.committed_eur + 4 * p.rate_eur, p.envelope_eur))
        assert rows["cumulative_eur"].dropna().is_monotonic_increasing


@pytest.mark.parametrize("case", list(FILTERS))
def test_breakdown_groups_add_up_to_the_tiles(demo_db, case):
    f = FILTERS[case]
    df = breakdown(demo_db, f)
    k = kpis(demo_db, f)
    for _dimension, group in df.groupby("dimension"):
        assert group["granted_eur"].sum() == pytest.approx(k["granted_eur"])
        assert group["requested_eur"].sum() == pytest.approx(k["requested_eur"])


def test_overlapping_funding_periods_are_refused(tmp_path: Path):
    folder = tmp_path / "ref"
    shutil.copytree(reference_dir(), folder)
    with (folder / "envelopes.csv").open("a", encoding="utf-8") as fh:
        fh.write("InvKG,SN,LR,2025,2027,1000,Doppelt\n")
    with pytest.raises(ReferenceError, match="überschneiden"):
        read_reference_dir(folder)
