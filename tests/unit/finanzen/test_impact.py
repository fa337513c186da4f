"""Indicators, versioned targets and observations: the rules by hand, the service with its
actor, cumulative series never summed over periods, derived values against pandas."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analytics.impact import derived_values, progress_table
from dashboard.domain.filters import Filters
from dashboard.domain.impact import (
    Observation,
    Target,
    combine,
    in_force,
    progress,
    status,
    time_share,
)
from dashboard.impact.service import ImpactError, record_observation, set_envelope, set_target
from dashboard.store.gateway import Database

DAY = date(2026, 11, 1)


def test_combine_never_sums_a_cumulative_series_over_periods():
    obs = pd.DataFrame({"unit": ["a", "a", "a", "b"], "as_of": [date(2024, 12, 31),
                        date(2025, 12, 31), date(2026, 6, 30), date(2025, 6, 30)],
                        "value": [100.0, 180.0, 250.0, 40.0]})
    assert combine(obs, cumulative=True, summable=True) == 290.0       # 250 + 40, not 570
    assert combine(obs, cumulative=True, summable=True, until=date(2025, 12, 31)) == 220.0
    assert combine(obs, cumulative=False, summable=True) == 570.0
    assert pd.isna(combine(obs, cumulative=True, summable=False))       # two units, not summable
    assert combine(obs[obs["unit"] == "a"], cumulative=True, summable=False) == 250.0


def test_progress_status_and_time_share():
    assert progress(60, 20, 100) == pytest.approx(0.5)
    assert progress(8, 10, 6) == pytest.approx(0.5)            # a target below the baseline
    assert pd.isna(progress(float("nan"), 0, 10)) and pd.isna(progress(5, 3, 3))
    assert time_share(2021, 2030, date(2021, 1, 1)) == 0.0
    assert time_share(2021, 2030, date(2031, 5, 1)) == 1.0
    assert time_share(2020, 2021, date(2021, 1, 1)) == pytest.approx(366 / 730)
    assert status(100, 0, 100, 0.5) == "reached"
    assert status(45, 0, 100, 0.5) == "on_track"               # 10 points below is in the plan
    assert status(30, 0, 100, 0.5) == "behind"
    assert status(20, 0, 100, 0.5) == "far_behind"
    assert status(float("nan"), 0, 100, 0.5) == "no_actual"
    assert status(5, 5, 5, 0.5) == "no_scale"


def _target(**changes) -> Target:
    base = {"indicator_code": "JOBS", "scope": "revier", "scope_code": "LR", "period_start": 2021,
            "period_end": 2030, "baseline": 0, "target_value": 100, "valid_from": date(2022, 1, 1)}
    return Target(**{**base, **changes})


def test_target_versions_are_kept_and_the_one_in_force_is_chosen(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        before = db.query("SELECT * FROM indicator_target").df
        first = set_target(db, _target(scope_code="MR", target_value=300), actor="anna")
        second = set_target(db, _target(scope_code="MR", target_value=400,
                                        valid_from=date(2026, 1, 1)), actor="ben")
        future = set_target(db, _target(scope_code="MR", target_value=999,
                                        valid_from=date(2027, 1, 1)), actor="ben")
        df = db.query("SELECT * FROM indicator_target").df
        assert len(df) == len(before) + 3
        kept = df.set_index("target_id")
        assert kept.loc[first, "target_value"] == 300 and kept.loc[first, "actor"] == "anna"
        mr = in_force(df[(df["scope_code"] == "MR") & (df["indicator_code"] == "JOBS")], DAY)
        assert mr.loc[mr["in_force"], "target_id"].tolist() == [second]
        assert future not in mr.loc[mr["in_force"], "target_id"].tolist()
        table = progress_table(db, Filters(), DAY)
        row = table[(table["indicator_code"] == "JOBS") & (table["scope_code"] == "MR")].iloc[0]
        assert row["target_value"] == 400
        with pytest.raises(ImpactError, match="handelnde Person"):
            set_target(db, _target(), actor=" ")
        with pytest.raises(ValueError):
            _target(period_start=2030, period_end=2021)


def test_a_cumulative_own_indicator_counts_its_latest_report(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        with db.transaction() as cur:
            cur.execute("INSERT INTO indicator VALUES ('OWN', 'Breitbandanschlüsse', 'Anschlüsse', "
                        "'output', 'increase', true, true, 'eigen', false, 9)")
        for year, value in ((2024, 100.0), (2025, 180.0), (2026, 250.0)):
            record_observation(db, Observation(indicator_code="OWN", scope="revier",
                                               scope_code="LR", stage="implemented", value=value,
                                               as_of=date(year, 6, 30)), actor="anna")
        set_target(db, _target(indicator_code="OWN", baseline=50, target_value=450), actor="anna")
        row = progress_table(db, Filters(), DAY).query("indicator_code == 'OWN'").iloc[0]
        assert row["actual"] == 250.0                                  # never 530
        assert row["progress"] == pytest.approx((250 - 50) / (450 - 50))
        with db.transaction() as cur:
            cur.execute("UPDATE indicator SET cumulative = false WHERE code = 'OWN'")
        row = progress_table(db, Filters(), DAY).query("indicator_code == 'OWN'").iloc[0]
        assert row["actual"] == 530.0                                  # flows add up
        with pytest.raises(ImpactError, match="Projektlisten"):
            record_observation(db, Observation(indicator_code="JOBS", scope="revier",
                                               scope_code="LR", stage="implemented", value=1,
                                               as_of=DAY), actor="anna")
        with pytest.raises(ImpactError, match="handelnde Person"):
            record_observation(db, Observation(indicator_code="OWN", scope="gesamt",
                                               stage="planned", value=1, as_of=DAY))
        with pytest.raises(ImpactError, match="XX"):
            record_observation(db, Observation(indicator_code="OWN", scope="revier",
                                               scope_code="XX", stage="planned", value=1,
                                               as_of=DAY), actor="anna")


def test_envelope_edit_is_logged_with_its_actor(writable_db_path):
    from dashboard.analytics.overview import envelope_commitment

    with Database.open_existing(writable_db_path) as db:
        set_envelope(db, fund="InvKG", bundesland_code="SN", revier_code="LR", period_start=2027,
                     amount_eur=800_000_000, actor="verwaltung")
        tile = envelope_commitment(db, Filters()).set_index("revier_code")
        assert tile.loc["LR", "envelope_eur"] == pytest.approx(946e6 + 800e6 + 688e6)
        log = db.query("SELECT * FROM admin_change").df
        assert log["actor"].tolist() == ["verwaltung"]
        assert "774000000" in log["before"].iloc[0] and "800000000" in log["after"].iloc[0]
        with pytest.raises(ImpactError, match="gibt es nicht"):
            set_envelope(db, fund="JTF", bundesland_code="SN", revier_code="LR",
                         period_start=2020, amount_eur=1, actor="verwaltung")


def test_derived_values_equal_pandas_over_the_projects(demo_db):
    p = demo_db.query("SELECT p.*, s.kind, pr.fund FROM project p JOIN ref_stage s ON "
                      "s.code = p.stage_code LEFT JOIN ref_programme pr ON "
                      "pr.code = p.programme_code").df
    got = derived_values(demo_db, Filters())
    live, granted = p["status"] == "aktiv", (p["status"] == "aktiv") & (p["kind"] == "positive_end")
    for revier, rows in p.groupby("revier_code"):
        def value(code, stage, revier=revier):
            sel = got[(got["indicator_code"] == code) & (got["stage"] == stage)
                      & (got["scope"] == "revier") & (got["scope_code"] == revier)]
            return float(sel["value"].iloc[0])
        assert value("JOBS", "implemented") == rows["actual_jobs"].sum()
        assert value("JOBS", "planned") == rows.loc[live, "planned_jobs"].sum()
        assert value("JOBS", "decided") == rows.loc[granted, "planned_jobs"].sum()
        assert value("APPR", "implemented") == rows["actual_apprenticeships"].sum()
        invkg = rows["fund"] == "InvKG"
        assert value("GRANT", "decided") == pytest.approx(rows.loc[live & invkg, "granted_eur"].sum())
        assert value("PROJ", "decided") == int((granted & invkg).loc[rows.index].sum())


@pytest.mark.parametrize(("scope", "code"), [("revier", "XX"), ("mission", "LR"),
                                             ("project", "GIBT-ES-NICHT"), ("land", "sn")])
def test_a_target_for_a_scope_that_does_not_exist_is_refused(writable_db_path, scope, code):
    """A target for an unknown Revier, a mission code that is a Revier's or a project key that
    is not stored would be kept and never shown (no progress row finds it)."""
    with Database.open_existing(writable_db_path) as db:
        before = db.query("SELECT count(*) AS n FROM indicator_target").first()["n"]
        with pytest.raises(ImpactError, match=code):
            set_target(db, _target(scope=scope, scope_code=code), actor="anna")
        assert db.query("SELECT count(*) AS n FROM indicator_target").first()["n"] == before


def test_a_target_for_every_known_scope_is_kept(writable_db_path):
    from dashboard.impact.scopes import scope_choices

    with Database.open_existing(writable_db_path) as db:
        key = db.query("SELECT project_id FROM project LIMIT 1").first()["project_id"]
        choices = scope_choices(db)
        assert set(choices) >= {"gesamt", "revier", "land", "mission", "focus_area", "programme",
                                "invkg_area"}
        for scope, codes in choices.items():
            code = next(iter(codes)) if codes else None
            set_target(db, _target(scope=scope, scope_code=code), actor="anna")
        with pytest.raises(ImpactError, match="nicht je Projekt"):  # never shown: refused
            set_target(db, _target(scope="project", scope_code=key), actor="anna")
