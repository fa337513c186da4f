"""`stats` figures against independent counts (pandas over the raw tables)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analytics.overview import envelope_commitment, kpis
from dashboard.analytics.stats import stats
from dashboard.domain.filters import Filters
from tests.unit.pipeline.reference import Raw

FILTER_CASES = {
    "alle": Filters(),
    "lausitz_energie": Filters(reviere=("LR",), focus_areas=("F4",)),
    "sachsen_anhalt": Filters(bundeslaender=("ST",)),
    "mission_oder_ohne": Filters(missions=("M02", "ohne")),
    "programm_zeitraum": Filters(programmes=("RL_INVKG",), period_from=date(2023, 1, 1),
                                 period_to=date(2024, 12, 31)),
    "kreis": Filters(districts=("14626", "14713")),
    "leer": Filters(reviere=("LR",), bundeslaender=("ST",)),
}


@pytest.fixture(scope="module")
def raw(demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        tables = Raw(db)
        return {
            "raw": tables,
            "p": tables.projects,
            "e": tables.events,
            "s": tables.stages,
            "prog": db.query("SELECT * FROM ref_programme").df,
            "env": db.query("SELECT * FROM ref_envelope").df,
        }


def independent_filter(raw, f: Filters) -> pd.DataFrame:
    """The one independent (pandas) reading of the filters, shared with the pipeline tests."""
    return raw["raw"].filtered(f)


@pytest.mark.parametrize("case", FILTER_CASES)
def test_stats_match_independent_counts(demo_db, raw, case):
    f = FILTER_CASES[case]
    p = independent_filter(raw, f)
    s = stats(demo_db, f)
    assert s["projects"] == len(p)
    kind = p["stage_code"].map(dict(zip(raw["s"]["code"], raw["s"]["kind"])))
    live = p["status"] == "aktiv"
    assert s["in_review"] == int((live & (kind == "active")).sum())
    assert s["granted"] == int((kind == "positive_end").sum())
    assert s["exited"] == int((~live).sum())
    assert s["by_stage"] == {c: int((p["stage_code"] == c).sum()) for c in raw["s"]["code"]}
    ev = raw["e"][raw["e"]["project_id"].isin(p["project_id"])]
    assert s["funnel"] == {c: int(ev.loc[ev["stage_code"] == c, "project_id"].nunique())
                           for c in raw["s"]["code"]}
    expected_missions = p["mission_code"].fillna("none").value_counts().to_dict()
    assert {k: v for k, v in s["by_mission"].items() if v} == expected_missions
    assert sum(s["by_focus_area"].values()) == len(p)
    assert s["by_revier"] == {r: int((p["revier_code"] == r).sum()) for r in ("LR", "MR")}
    for code, col in (("FK", "theme_fk"), ("KJ", "theme_kj"), ("GS", "theme_gs"), ("DW", "theme_dw")):
        assert s["themes"][code] == {str(v): int((p[col] == v).sum()) for v in (0, 1, 2)}
    assert s["funding"]["requested_eur"] == pytest.approx(float(p.loc[live, "requested_eur"].sum()))
    assert s["funding"]["granted_eur"] == pytest.approx(float(p.loc[live, "granted_eur"].sum()))


def test_funnel_never_grows_along_the_pipeline(demo_db):
    funnel = list(stats(demo_db)["funnel"].values())
    assert funnel == sorted(funnel, reverse=True)
    assert all(n > 0 for n in funnel)


@pytest.mark.parametrize("case", ["alle", "lausitz_energie", "leer"])
def test_envelope_commitment_matches_independent_sum(demo_db, raw, case):
    f = FILTER_CASES[case]
    p = independent_filter(raw, f)
    counting = set(raw["prog"].loc[raw["prog"]["fund"] == "InvKG", "code"])
    got = envelope_commitment(demo_db, f).set_index("revier_code")
    invkg = raw["env"][raw["env"]["fund"] == "InvKG"]
    for (revier, land), env in invkg.groupby(["revier_code", "bundesland_code"]):
        sel = p[(p["revier_code"] == revier) & (p["bundesland_code"] == land)
                & p["programme_code"].isin(counting) & (p["status"] == "aktiv")]
        assert got.loc[revier, "committed_eur"] == pytest.approx(float(sel["granted_eur"].sum()))
        assert got.loc[revier, "share"] == pytest.approx(
            float(sel["granted_eur"].sum()) / float(env["amount_eur"].sum()))


def test_empty_database_gives_zeros(empty_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(empty_db_path, read_only=True) as db:
        s = stats(db)
        assert s["projects"] == 0 and s["missions"] == 10 and s["networks"] == 11
        assert set(s["funnel"].values()) == {0}
        assert kpis(db, Filters())["granted_eur"] == 0.0
