"""Reconciliation on the demo database with a list built from known projects (the truth) and
operations the monitor does not have: every group against an independent count, decisions,
the view's statements, personal data, adoption into the monitor and its undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.domain.filters import Filters
from dashboard.foerderlisten.abgleich import decide_match, reconciliation
from dashboard.foerderlisten.adopt import adopt, proposals
from dashboard.foerderlisten.operations import abgleich_json
from dashboard.foerderlisten.personal import HIDDEN
from dashboard.foerderlisten.plan import plan_list
from dashboard.foerderlisten.rules import suggest
from dashboard.foerderlisten.service import commit_list
from dashboard.ingest.service import undo_import
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.views import build
from tests.figure_rules import Context, check_view
from tests.unit.foerderlisten.shapes import (
    make_operations,
    operations_from_projects,
    write_2127_xlsx,
)

GRANTED_SQL = """SELECT p.project_id FROM project p JOIN ref_stage s ON s.code = p.stage_code
JOIN ref_district d ON d.code = p.district_code WHERE s.kind = 'positive_end' AND p.status = 'aktiv'
AND p.programme_code = 'JTF' AND d.bundesland_code = 'SN'
AND p.project_id NOT IN (SELECT project_id FROM project_duplicate)"""


@pytest.fixture
def setup(writable_db_path: Path, tmp_path: Path):
    with Database(writable_db_path) as db:
        projects = db.query("SELECT p.*, d.bundesland_code FROM project p JOIN ref_district d "
                            "ON d.code = p.district_code WHERE d.bundesland_code = 'SN' "
                            "AND p.project_id NOT IN (SELECT project_id FROM project_duplicate) "
                            "ORDER BY p.project_id").df
        for col in ("start_date", "end_date"):
            projects[col] = pd.to_datetime(projects[col]).dt.date
        known = operations_from_projects(projects.iloc[::4].head(40), seed=11)
        extra = make_operations(20, seed=12)
        data = write_2127_xlsx(known + extra, tmp_path / "jtf.xlsx", merge_first=False).read_bytes()
        plan = plan_list(db, data, "jtf.xlsx", fund="JTF", land="SN", stand=date(2026, 11, 30))  # newer than the demo list
        assert commit_list(db, plan, data, actor="Test").committed
        yield db, projects.set_index("project_id"), known, extra


def test_groups_against_independent_counts(setup):
    db, projects, known, extra = setup
    r = reconciliation(db)
    truth = {o.application_no: o.extra["project_id"] for o in known}
    got = dict(zip(r.matched["op_key"], r.matched["project_id"], strict=True))
    assert got == truth                                   # every planted pair, nothing else
    for o in known:
        row = r.matched.set_index("op_key").loc[o.application_no]
        cost = projects.loc[o.extra["project_id"], "total_cost_eur"]
        differs = pd.isna(cost) or abs(o.total - float(cost)) > 0.01 * float(cost)  # none = differs
        assert bool(row["amount_differs"]) == differs
    reached = set(db.query("SELECT project_id FROM project p JOIN ref_stage s ON s.code = "
                           "p.stage_code WHERE s.kind = 'positive_end' AND p.status = 'aktiv'").df["project_id"])
    assert set(r.matched.loc[r.matched["stage_not_granted"], "project_id"]) == set(truth.values()) - reached
    granted = set(db.query(GRANTED_SQL).df["project_id"])
    assert sorted(r.not_in_monitor["op_key"]) == sorted(o.application_no for o in extra if o.place[4])
    assert set(r.not_in_list["project_id"]) == granted - set(truth.values())
    c = r.counts()
    assert c["operations"] == len(known) + len(extra)
    assert c["in_revier"] == c["matched_in_revier"] + c["not_in_monitor"]


def test_view_states_the_counts_and_its_statements_hold(setup):
    db, *_ = setup
    tax = read_taxonomy(db)
    view = build("foerderliste_abgleich", db, Filters(), tax)
    c = reconciliation(db).counts()
    assert [n.value for n in view.headline.numbers()] == [c["operations"], c["in_revier"],
                                                          c["matched_in_revier"]]
    assert f"{c['not_in_monitor']} geförderte Vorhaben" in view.sentences[0]
    for filters in (Filters(), Filters(reviere=("LR",))):
        assert check_view("foerderliste_abgleich", Context(db, filters, tax, date(2026, 11, 1))) == []


def test_decisions_are_stored_and_applied(setup):
    db, _, known, extra = setup
    first = known[0]
    decide_match(db, "Prüferin", fund="JTF", land="SN", op_key=first.application_no,
                 project_id=first.extra["project_id"], decision="abgelehnt")
    loose = next(o for o in extra if o.place[4])
    target = known[1].extra["project_id"]
    decide_match(db, "Prüferin", fund="JTF", land="SN", op_key=loose.application_no,
                 project_id=target, decision="bestaetigt")
    r = reconciliation(db)
    pairs = dict(zip(r.matched["op_key"], r.matched["project_id"], strict=True))
    assert pairs.get(first.application_no) != first.extra["project_id"]
    assert pairs[loose.application_no] == target
    assert bool(r.matched.set_index("op_key").loc[loose.application_no, "confirmed"])
    stored = db.query("SELECT actor, decision FROM oplist_decision ORDER BY decision_id").df
    assert stored.values.tolist() == [["Prüferin", "abgelehnt"], ["Prüferin", "bestaetigt"]]


def test_natural_persons_are_hidden_in_the_json(setup):
    db, _, _, extra = setup
    persons = {o.application_no for o in extra if o.place[4] and o.beneficiary in
               ("Müller, Hans", "Anna Schmidt", "Jana Berg e.K.")}
    assert persons
    shown = {r["op_key"]: r["beneficiary"] for r in abgleich_json(db)["not_in_monitor"]}
    assert all(shown[k] == HIDDEN for k in persons)
    assert all(v != HIDDEN for k, v in shown.items() if k not in persons)
    full = {r["op_key"]: r["beneficiary"] for r in abgleich_json(db, personal=True)["not_in_monitor"]}
    assert all(full[k] != HIDDEN for k in persons)


def test_adoption_suggests_writes_after_confirmation_and_can_be_undone(setup):
    db, *_ = setup
    assert (suggest("Elektrolyseur für grünen Wasserstoff").mission_code,
            suggest("Elektrolyseur für grünen Wasserstoff").focus_area_code) == ("M02", "F4")
    missing = reconciliation(db).not_in_monitor.head(2)
    items = proposals(missing)
    for item in items:
        item["focus_area_code"] = item["focus_area_code"] or "F6"
    before = db.scalar("SELECT count(*) FROM project")
    dry = adopt(db, "Netzwerkmanagerin", items, dry_run=True)
    assert not dry["committed"] and db.scalar("SELECT count(*) FROM project") == before
    out = adopt(db, "Netzwerkmanagerin", items)
    assert out["committed"] and out["new"] == 2
    rows = db.query("SELECT project_id, stage_code, programme_code, focus_area_code FROM project "
                    "WHERE list_contains(?::VARCHAR[], project_id)", [out["projects"]]).df
    assert set(rows["stage_code"]) == {"BEW"} and set(rows["programme_code"]) == {"JTF"}
    assert rows.set_index("project_id")["focus_area_code"].to_dict() == {
        p: i["focus_area_code"] for p, i in zip(out["projects"], items, strict=True)}
    r = reconciliation(db)
    assert set(out["projects"]) <= set(r.matched["project_id"])
    assert undo_import(db, out["batch_id"], user="Netzwerkmanagerin")["undone"]
    assert db.scalar("SELECT count(*) FROM project") == before


def test_an_adopted_operation_beyond_a_warning_bound_needs_the_confirmation(setup):
    """Issue 19: a listed cost over the warning bound (1 Mrd. €, data/reference/plausibility.csv)
    refused the adoption with no way to confirm it; now it is named and written once confirmed."""
    db, *_ = setup
    missing = reconciliation(db).not_in_monitor.head(1)
    key = tuple(missing.iloc[0][["fund", "land", "op_key"]])
    with db.transaction() as cur:
        cur.execute("UPDATE oplist_operation o SET total_cost_eur = 2.5e9 FROM oplist_import i "
                    "WHERE i.batch_id = o.batch_id AND i.fund = ? AND i.land = ? AND o.op_key = ?",
                    list(key))
    items = [{**i, "focus_area_code": i["focus_area_code"] or "F6"} for i in proposals(missing)]
    dry = adopt(db, "Netzwerkmanagerin", items, dry_run=True)
    assert [w["row"] for w in dry["to_confirm"]] == [2]
    refused = adopt(db, "Netzwerkmanagerin", items)
    assert not refused["committed"]
    out = adopt(db, "Netzwerkmanagerin", items, plausible_confirmed=True)
    assert out["committed"] and out["new"] == 1
    assert db.scalar("SELECT total_cost_eur FROM project WHERE project_id = ?",
                     [out["projects"][0]]) == 2.5e9


def test_the_view_statements_can_fail(setup):
    import dataclasses

    from tests.figure_rules import VIEW_STATEMENTS

    db, *_ = setup
    tax = read_taxonomy(db)
    ctx = Context(db, Filters(), tax, date(2026, 11, 1))
    view = build("foerderliste_abgleich", db, Filters(), tax)
    figures = view.meta["figures"].copy()
    figures.loc[0, "missing"] += 1            # a bar and a count that no longer agree
    bad = dataclasses.replace(view, meta={**view.meta, "figures": figures})
    assert VIEW_STATEMENTS["foerderliste_bars_equal_data"](bad, ctx)
    assert VIEW_STATEMENTS["foerderliste_adds_up"](bad, ctx)
    with db.transaction() as cur:              # a list stored but not counted
        cur.execute("DELETE FROM oplist_operation WHERE op_key = (SELECT min(op_key) FROM "
                    "oplist_operation WHERE batch_id = (SELECT max(batch_id) FROM oplist_import))")
    assert VIEW_STATEMENTS["foerderliste_adds_up"](view, ctx)
