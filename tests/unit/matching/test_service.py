"""Decisions and their effect on every figure; incremental matching after changes; the check
the import plan will call. On private copies of the fixture database."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analytics.overview import kpis
from dashboard.analytics.pipeline import stage_funnel
from dashboard.analytics.stats import stats
from dashboard.domain.filters import Filters
from dashboard.matching import queue, service
from dashboard.matching.service import DecisionError, decide, refresh, similar_to_existing
from dashboard.store.gateway import Database


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as opened:
        yield opened


def first_pair(db, **filters) -> tuple[str, str]:
    pairs = queue.open_pairs(db, Filters(**filters))
    return pairs["a"].iat[0], pairs["b"].iat[0]


def test_a_duplicate_leaves_the_tile_stats_and_funnel(db):
    a, b = first_pair(db)
    before, tile_before = stats(db), kpis(db, Filters())
    funnel_before = stage_funnel(db, Filters()).set_index("stage_code")["reached"]
    reached = set(db.query("SELECT DISTINCT stage_code FROM stage_event WHERE project_id = ?",
                           [b]).df["stage_code"])
    number = decide(db, "anna@example.org", (a, b), "dublette", keep=a)
    after, tile_after = stats(db), kpis(db, Filters())
    funnel_after = stage_funnel(db, Filters()).set_index("stage_code")["reached"]
    assert after["projects"] == before["projects"] - 1 == tile_after["projects"]
    assert tile_before["projects"] == before["projects"]
    assert sum(after["by_stage"].values()) == sum(before["by_stage"].values()) - 1
    assert sum(after["by_revier"].values()) == sum(before["by_revier"].values()) - 1
    for stage, n in funnel_before.items():
        assert funnel_after[stage] == n - (1 if stage in reached else 0), stage
    row = db.query("SELECT * FROM match_decision WHERE decision_id = ?", [number]).first()
    assert row["actor"] == "anna@example.org" and row["keep_id"] == a
    assert row["decided_at"] is not None
    assert db.query("SELECT duplicate_of FROM project_duplicate WHERE project_id = ?",
                    [b]).scalar() == a
    assert (a, b) not in set(zip(*[queue.open_pairs(db, Filters())[c] for c in ("a", "b")],
                                 strict=True))
    # reopening lifts the mark: every figure is as before
    decide(db, "anna@example.org", (a, b), "offen")
    assert stats(db) == before


def test_related_is_a_link_both_projects_show_and_leaves_the_queue(db):
    a, b = first_pair(db)
    decide(db, "cli:anna", (b, a), "verwandt")
    for one, other in ((a, b), (b, a)):
        linked = queue.related(db, Filters(), one)
        assert linked.set_index("partner").at[other, "kind"] == "verwandt"
    assert queue.summary(db, Filters())["decided"] == 1
    assert stats(db)["projects"] == 400


def test_independent_stays_hidden_until_a_text_changes(db):
    a, b = first_pair(db)
    decide(db, "anna", (a, b), "unabhaengig")
    assert (a, b) not in set(zip(queue.open_pairs(db, Filters())["a"],
                                 queue.open_pairs(db, Filters())["b"], strict=True))
    with db.transaction() as cur:  # the sponsor changes: no text change, still hidden
        cur.execute("UPDATE project SET sponsor = sponsor || ' (neu)' WHERE project_id = ?", [b])
    pairs = queue.open_pairs(db, Filters())
    assert (a, b) not in set(zip(pairs["a"], pairs["b"], strict=True))
    with db.transaction() as cur:
        cur.execute("UPDATE project SET description = description || ' Ergänzt.' "
                    "WHERE project_id = ?", [b])
    pairs = queue.open_pairs(db, Filters()).set_index(["a", "b"])
    assert (a, b) in pairs.index and pairs.loc[(a, b), "text_changed"]


def test_decisions_that_cannot_be_taken_say_why_in_german(db):
    a, b = first_pair(db)
    with pytest.raises(DecisionError, match="welche Kennung bleibt"):
        decide(db, "anna", (a, b), "dublette")
    with pytest.raises(DecisionError, match="Unbekannte Entscheidung"):
        decide(db, "anna", (a, b), "vielleicht")
    with pytest.raises(DecisionError, match="nicht .mehr. im Abgleich"):
        decide(db, "anna", (a, "GIBT-ES-NICHT"), "verwandt")
    assert db.scalar("SELECT count(*) FROM match_decision") == 0


def test_changed_projects_are_matched_incrementally_against_all(db):
    assert refresh(db)["kind"] == "none"
    source = db.query("SELECT * FROM project WHERE project_id = 'LR-EN-000088'").first()
    targets = db.query("SELECT project_id FROM project WHERE revier_code = 'MR' "
                       "ORDER BY project_id LIMIT 2").df["project_id"].tolist()
    with db.transaction() as cur:
        for target in targets:  # two other projects get the same text, sponsor and place
            cur.execute("UPDATE project SET title = ?, description = ?, sponsor = ?, "
                        "municipality = ? WHERE project_id = ?",
                        [source["title"], source["description"], source["sponsor"],
                         source["municipality"], target])
        cur.execute("DELETE FROM project WHERE project_id = 'LR-MIT-000337'")
    done = refresh(db)
    assert done["kind"] == "incremental" and done["changed"] == 3
    pairs = db.query("SELECT a, b, score FROM match_pair").df.set_index(["a", "b"])
    for target in targets:
        key = tuple(sorted(("LR-EN-000088", target)))
        assert pairs.loc[key, "score"] >= 0.9
    assert not db.query("SELECT * FROM match_pair WHERE 'LR-MIT-000337' IN (a, b)").df.shape[0]
    assert db.query("SELECT kind FROM match_run ORDER BY run_id DESC LIMIT 1").scalar() == "incremental"
    # a full run finds the same pairs for the changed projects
    incremental = set(db.query("SELECT a, b FROM match_pair WHERE score >= 0.4").df.itertuples(index=False))
    refresh(db, full=True)
    full = set(db.query("SELECT a, b FROM match_pair WHERE score >= 0.4").df.itertuples(index=False))
    touched = {p for p in full ^ incremental if set(p) & {*targets, "LR-EN-000088"}}
    assert not touched


def test_an_upload_row_like_a_stored_project_under_another_key_is_reported(db):
    stored = db.query("SELECT * FROM project WHERE project_id = 'MR-EN-000061'").first()
    rows = pd.DataFrame([
        {**{k: stored[k] for k in ("title", "description", "sponsor", "municipality",
                                   "district_code", "revier_code", "focus_area_code",
                                   "mission_code", "start_date", "end_date", "total_cost_eur",
                                   "requested_eur")}, "row": 7, "project_id": None},
        {**{k: stored[k] for k in ("title", "description", "sponsor", "municipality",
                                   "district_code", "revier_code", "focus_area_code")},
         "row": 8, "project_id": "MR-EN-000061"},  # the project itself: an update, no hit
        {"title": "Neues Hallenbad", "description": "Schwimmen lernen", "sponsor": "Stadt X",
         "municipality": "X", "row": 9},
    ])
    hits = similar_to_existing(db, rows)
    assert hits and hits[0][0] == 7 and hits[0][1] == "MR-EN-000061" and hits[0][2] >= 0.9
    assert "gleicher Träger" in hits[0][3] and "gleiche Gemeinde" in hits[0][3]
    assert all(row != 8 or pid != "MR-EN-000061" for row, pid, _, _ in hits)
    assert all(row != 9 for row, _, _, _ in hits)


def test_the_pairs_are_stored_once_per_data_version(db):
    assert service.ensure_current(db)["kind"] == "none"  # checked: nothing changed
    assert service.ensure_current(db) is None  # not even checked again at this data version
    runs = db.scalar("SELECT count(*) FROM match_run")
    queue.open_pairs(db, Filters())
    queue.open_pairs(db, Filters(reviere=("LR",)))
    assert db.scalar("SELECT count(*) FROM match_run") == runs
