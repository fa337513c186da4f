"""Mission x focus-area figures against pandas over the raw tables, for several selections."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analytics.portfolio import (
    coverage_gaps,
    mission_focus_matrix,
    mission_revier_counts,
    revier_phrase,
    sankey_links,
    unmapped_projects,
)
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database
from tests.unit.portfolio.conftest import SELECTIONS, filtered


def _missions_of(row, include_further: bool) -> list[str]:
    primary = row["mission_code"] or "ohne"
    if not include_further:
        return [primary]
    return list(dict.fromkeys([primary, *row["further_missions"]]))


@pytest.mark.parametrize("include_further", [False, True])
@pytest.mark.parametrize("name", list(SELECTIONS))
def test_matrix_equals_pandas(demo_db, raw, name, include_further):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    got = mission_focus_matrix(demo_db, f, include_further)
    assert len(got) == 11 * 6  # every mission (+ "ohne") x focus area, also when empty
    long = p.assign(m=[_missions_of(r, include_further) for _, r in p.iterrows()]).explode("m")
    live = long["status"] == "aktiv"
    counts = long.groupby(["m", "focus_area_code"]).size()
    requested = long[live].groupby(["m", "focus_area_code"])["requested_eur"].sum()
    for r in got.itertuples():
        key = (r.mission_code, r.focus_area_code)
        assert r.projects == counts.get(key, 0), key
        assert r.requested_eur == pytest.approx(requested.get(key, 0.0)), key
    if not include_further:
        assert got["projects"].sum() == len(p)
    mapping = raw["ref_mission_focus_area"]
    strength = dict(zip(zip(mapping["mission_code"], mapping["focus_area_code"], strict=True),
                        mapping["strength"], strict=True))
    assert [strength.get((m, fa)) for m, fa in zip(got["mission_code"], got["focus_area_code"],
                                                     strict=True)] == got["strength"].tolist()


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_unmapped_projects_are_the_unmapped_combinations(demo_db, raw, name):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    mapping = raw["ref_mission_focus_area"]
    pairs = set(zip(mapping["mission_code"], mapping["focus_area_code"], strict=True))
    expected = sorted(r.project_id for r in p.itertuples()
                      if r.mission_code is not None and (r.mission_code, r.focus_area_code) not in pairs)
    assert sorted(unmapped_projects(demo_db, f)["project_id"]) == expected
    if name == "alle":
        assert expected, "the fixture has mis-tagged projects"


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_sankey_links_sum_to_projects(demo_db, raw, name):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    links = sankey_links(demo_db, f)
    first = links[links["level"] == "mission_focus_area"]
    second = links[links["level"] == "focus_area_revier"]
    assert first["value"].sum() == len(p) == second["value"].sum()
    expected = p.groupby(["focus_area_code", "revier_code"]).size()
    assert dict(zip(zip(second["source"], second["target"], strict=True), second["value"],
                    strict=True)) == expected.to_dict()
    none = first.loc[first["source"] == "ohne", "value"].sum()
    assert none == p["mission_code"].isna().sum()


def test_sankey_funding_is_live_requested(demo_db, raw):
    p = filtered(raw, Filters())
    links = sankey_links(demo_db, Filters(), "requested_eur")
    total = links.loc[links["level"] == "focus_area_revier", "value"].sum()
    assert total == pytest.approx(p.loc[p["status"] == "aktiv", "requested_eur"].sum())


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_mission_revier_counts(demo_db, raw, name):
    f = SELECTIONS[name]
    p = filtered(raw, f)
    got = mission_revier_counts(demo_db, f)
    long = p.assign(m=[[x for x in _missions_of(r, True) if x != "ohne"] for _, r in p.iterrows()])
    counts = long.explode("m").dropna(subset=["m"]).groupby(["m", "revier_code"]).size()
    assert len(got) == 10 * 2
    for r in got.itertuples():
        assert r.projects == counts.get((r.mission_code, r.revier_code), 0)


def _expected_gaps(raw, f: Filters) -> set[tuple]:
    """Independent gap list: (kind, mission, focus area, Revier)."""
    p = filtered(raw, f)
    if p.empty:
        return set()
    mapping = raw["ref_mission_focus_area"]
    missions = list(raw["ref_mission"].sort_values("sort")["code"])
    focus = list(raw["ref_focus_area"].sort_values("sort")["code"])
    reviere = list(f.reviere) or list(raw["ref_revier"]["code"])
    chosen = [m for m in f.missions if m != "ohne"]
    scope = [] if f.missions and not chosen else (chosen or missions)
    out = {("focus_area_unmapped", None, fa, None) for fa in (f.focus_areas or focus)
           if fa not in set(mapping["focus_area_code"])}
    named = p.assign(m=[[x for x in _missions_of(r, True) if x != "ohne"] for _, r in p.iterrows()])
    named = named.explode("m").dropna(subset=["m"])
    silent = set()
    for m in scope:
        here = named[(named["m"] == m) & named["revier_code"].isin(reviere)]
        if here.empty:
            silent.add(m)
            out.add(("mission_no_project", m, None, None))
            continue
        out |= {("mission_revier", m, None, r) for r in reviere if r not in set(here["revier_code"])}
    for mf in mapping[mapping["strength"] == "primary"].itertuples():
        in_scope = mf.mission_code in scope and mf.mission_code not in silent \
            and mf.focus_area_code in (f.focus_areas or focus)
        if in_scope and named[(named["m"] == mf.mission_code)
                              & (named["focus_area_code"] == mf.focus_area_code)].empty:
            out.add(("mapping_unused", mf.mission_code, mf.focus_area_code, None))
    return out


def _as_set(gaps: pd.DataFrame) -> set[tuple]:
    def clean(v):
        return None if v is None or pd.isna(v) else v
    return {(r.kind, clean(r.mission_code), clean(r.focus_area_code), clean(r.revier_code))
            for r in gaps.itertuples()}


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_coverage_gaps_equal_independent_gaps(demo_db, raw, name):
    f = SELECTIONS[name]
    gaps = coverage_gaps(demo_db, f)
    assert _as_set(gaps) == _expected_gaps(raw, f)
    if name == "alle":
        # Tourismus has no mission in the reference mapping: a sentence, from reference data
        assert ("focus_area_unmapped", None, "F6", None) in _as_set(gaps)
        assert any("Tourismus und lebenswerte Regionen" in s for s in gaps["sentence"])
    if name == "unmoeglich":
        assert gaps.empty


def test_removing_a_mission_from_a_revier_shows_the_sentence(writable_db_path):
    with Database(writable_db_path) as db:
        with db.transaction() as cur:
            cur.execute("DELETE FROM project WHERE revier_code = 'LR' AND (mission_code = 'M05' "
                        "OR list_contains(further_missions, 'M05'))")
        gaps = coverage_gaps(db, Filters())
        assert "Die Mission M05 Intelligente Wirkstoffentwicklung hat im Lausitzer Revier " \
               "kein Projekt." in gaps["sentence"].tolist()
        assert ("mission_revier", "M05", None, "LR") in _as_set(gaps)
        # and the mapping M05 -> F5 is still served by the Mitteldeutsches Revier
        assert ("mapping_unused", "M05", "F5", None) not in _as_set(gaps)


def test_revier_phrases():
    assert revier_phrase("Lausitzer Revier") == "im Lausitzer Revier"
    assert revier_phrase("Mitteldeutsches Revier") == "im Mitteldeutschen Revier"
    assert revier_phrase("Mitteldeutsches Revier", "gen") == "des Mitteldeutschen Reviers"
    assert revier_phrase("Lausitzer Revier", "gen") == "des Lausitzer Reviers"
