"""The demo generator: deterministic, plausible, covering every stage, mission and network."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.config import reference_dir
from dashboard.demo.generator import generate
from dashboard.domain.project import PROJECT_COLUMNS, Project, StageEvent
from dashboard.domain.taxonomy import read_reference_dir

AS_OF = date(2026, 11, 1)


@pytest.fixture(scope="module")
def taxonomy():
    return read_reference_dir(reference_dir())


@pytest.fixture(scope="module")
def demo(taxonomy):
    return generate(taxonomy, size=400, seed=42, as_of=AS_OF)


def test_same_seed_same_data_other_seed_other_data(taxonomy, demo):
    again = generate(taxonomy, size=400, seed=42, as_of=AS_OF)
    pd.testing.assert_frame_equal(demo.projects, again.projects)
    pd.testing.assert_frame_equal(demo.events, again.events)
    other = generate(taxonomy, size=400, seed=7, as_of=AS_OF)
    assert not demo.projects["title"].equals(other.projects["title"])


def test_rows_validate_against_the_domain_model(demo):
    assert tuple(demo.projects.columns) == PROJECT_COLUMNS
    for record in demo.projects.head(60).to_dict("records"):
        clean = {k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in record.items()}
        clean["planned_jobs"] = None if pd.isna(clean["planned_jobs"]) else int(clean["planned_jobs"])
        Project.model_validate(clean)
    for record in demo.events.head(200).to_dict("records"):
        outcome = record["outcome"] if isinstance(record["outcome"], str) else None
        StageEvent.model_validate({**record, "outcome": outcome})


def test_coverage_of_taxonomy(taxonomy, demo):
    p = demo.projects
    assert p["project_id"].is_unique
    assert set(p["focus_area_code"]) == {f.code for f in taxonomy.focus_areas}
    assert set(p["revier_code"]) == {"LR", "MR"}
    assert set(p["mission_code"].dropna()) == {m.code for m in taxonomy.missions}
    networks = {taxonomy.network_for(r, f).code for r, f in zip(p["revier_code"], p["focus_area_code"])}
    assert len(networks) == 11
    assert set(demo.events["stage_code"]) == {s.code for s in taxonomy.stages}
    assert set(p["status"]) == {"aktiv", "zurueckgestellt", "abgelehnt", "zurueckgezogen"}
    for col in ("theme_fk", "theme_kj", "theme_gs", "theme_dw"):
        assert set(p[col]) == {0, 1, 2}


def test_plausible_values(taxonomy, demo):
    p = demo.projects
    district_revier = {d.code: d.revier_code for d in taxonomy.districts}
    assert (p["district_code"].map(district_revier) == p["revier_code"]).all()
    saxon = {d.code for d in taxonomy.districts if d.bundesland_code == "SN"}
    assert not ((p["programme_code"] == "RL_INVKG") & ~p["district_code"].isin(saxon)).any()
    both = p.dropna(subset=["requested_eur", "granted_eur"])
    assert (both["granted_eur"] <= both["requested_eur"]).all()
    costs = p.dropna(subset=["total_cost_eur", "requested_eur"])
    assert (costs["requested_eur"] <= costs["total_cost_eur"]).all()
    assert (p["end_date"] >= p["start_date"]).all()
    granted_stage = p["stage_code"].isin(["BEW", "UMS", "ABG"])
    assert p.loc[granted_stage, "granted_eur"].notna().all()
    assert p.loc[~granted_stage, "granted_eur"].isna().all()
    # F6 projects mostly have no mission (the finding leadership should see)
    f6 = p[p["focus_area_code"] == "F6"]
    assert f6["mission_code"].isna().mean() > 0.5
    # about 400 projects: shares roughly as designed
    assert 0.35 < (p["revier_code"] == "LR").mean() < 0.55


def test_histories_are_ordered_and_end_in_current_stage(taxonomy, demo):
    order = {s.code: s.sort for s in taxonomy.stages}
    ev = demo.events.assign(sort=demo.events["stage_code"].map(order))
    for pid, group in ev.groupby("project_id"):
        assert group["entered_on"].is_monotonic_increasing, pid
        assert group["sort"].is_monotonic_increasing, pid
        assert group["entered_on"].max() <= AS_OF
    last = ev.groupby("project_id").tail(1).set_index("project_id")
    current = demo.projects.set_index("project_id")
    assert (last.loc[current.index, "stage_code"] == current["stage_code"]).all()
    exited = current["status"] != "aktiv"
    outcomes = last.loc[current.index, "outcome"]
    assert (outcomes[exited] == current.loc[exited, "status"]).all()
    assert outcomes[~exited].isna().all()


def test_large_sizes_scale(taxonomy):
    big = generate(taxonomy, size=20_000, seed=1, as_of=AS_OF)
    assert len(big.projects) == 20_000
    assert big.projects["project_id"].is_unique
    assert len(big.events) > 5 * 20_000 * 0.8
