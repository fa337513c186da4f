"""The import service enforces the scope itself: called directly, a manager's rows of another
network are per-cell errors (never written, also with partial commit), an undo reaching into
another network is refused, Leitung may not import; every write leaves an audit entry."""

from __future__ import annotations

import json

import pytest

from dashboard.access import ALL, Actor, PermissionDenied, Role
from dashboard.audit import verify
from dashboard.ingest.service import run_import, undo_import
from dashboard.store.gateway import Database
from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

MANAGER = Actor("lr-en@sas.example", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}), "oidc")
OTHER = Actor("mr-en@sas.example", Role.NETZWERKMANAGEMENT, frozenset({"MR-EN"}), "oidc")
LEITUNG = Actor("leitung@smr.example", Role.LEITUNG, ALL, "oidc")

MINE = good_record(project_id="T-0001")  # Lausitz, F4 = LR-EN
THEIRS = good_record(project_id="T-0002", title="Wasserstoff Borna", revier_code="MR",
                     district_code="14729", municipality="Borna")  # MR, F4 = MR-EN


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as database:
        yield database


def _import(db, actor, records, **kwargs):
    return run_import(db, xlsx_bytes(records), "liste.xlsx", user=actor.identity, actor=actor,
                      where="page:import", **kwargs)


def test_manager_rows_of_another_network_are_cell_errors_and_never_written(db):
    result = _import(db, MANAGER, [MINE, THEIRS], allow_partial=True)
    assert result.committed
    assert (len(result.plan.new), len(result.plan.rejected)) == (1, 1)
    [error] = [e for e in result.plan.errors if e.row == 3]
    assert "Fachnetzwerk MR-EN liegt außerhalb Ihrer Zuständigkeit" in error.message
    assert error.column == "Entwicklungsschwerpunkt"
    stored = set(db.query("SELECT project_id FROM project WHERE project_id LIKE 'T-%'").df
                 ["project_id"])
    assert stored == {"T-0001"}
    # without partial commit nothing at all is written
    again = _import(db, MANAGER, [good_record(project_id="T-0003", title="Andere Idee"), THEIRS])
    assert not again.committed
    assert db.scalar("SELECT count(*) FROM project WHERE project_id = 'T-0003'") == 0


def test_manager_cannot_take_over_a_project_of_another_network(db):
    assert _import(db, OTHER, [THEIRS]).committed
    moved = dict(THEIRS, revier_code="LR", district_code="14626", municipality="Weißwasser")
    result = _import(db, MANAGER, [moved])
    assert not result.committed
    assert "gehört zum Fachnetzwerk MR-EN" in result.plan.errors[0].message
    assert db.scalar("SELECT revier_code FROM project WHERE project_id = 'T-0002'") == "MR"


def test_undo_of_another_networks_import_is_refused(db):
    theirs = _import(db, OTHER, [THEIRS])
    refused = undo_import(db, theirs.batch_id, user=MANAGER.identity, actor=MANAGER)
    assert not refused["undone"] and "MR-EN" in refused["message"]
    assert "außerhalb Ihrer Zuständigkeit" in refused["message"]
    assert db.scalar("SELECT count(*) FROM project WHERE project_id = 'T-0002'") == 1
    denied = undo_import(db, theirs.batch_id, user=LEITUNG.identity, actor=LEITUNG)
    assert not denied["undone"] and "Leitung" in denied["message"]
    done = undo_import(db, theirs.batch_id, user=OTHER.identity, actor=OTHER,
                       where="page:import")
    assert done["undone"]


def test_leitung_may_not_import(db):
    with pytest.raises(PermissionDenied, match="Leitung"):
        _import(db, LEITUNG, [MINE])
    assert db.scalar("SELECT count(*) FROM project WHERE project_id = 'T-0001'") == 0


def test_every_write_is_in_the_audit_log(db):
    first = _import(db, MANAGER, [MINE, THEIRS], allow_partial=True)
    undo_import(db, first.batch_id, user=MANAGER.identity, actor=MANAGER, where="page:import")
    log = db.query("SELECT seq, actor, source, kind, networks, detail FROM audit_log "
                   "ORDER BY seq").df
    assert list(log["kind"]) == ["import", "undo"]
    assert set(log["actor"]) == {MANAGER.identity} and set(log["source"]) == {"page:import"}
    assert [list(n) for n in log["networks"]] == [["LR-EN"], ["LR-EN"]]
    detail = json.loads(log["detail"][0])
    assert (detail["batch"], detail["new"], detail["rejected"], detail["ids"]) == (
        first.batch_id, 1, 1, ["T-0001"])
    assert detail["partial"] is True
    assert verify(db) == (2, None)


def test_vernetzung_decision_is_audited_with_the_decision(db):
    from dashboard.audit import decision_audit
    from dashboard.matching.service import decide

    a, b = db.query("SELECT a, b FROM match_pair ORDER BY score DESC LIMIT 1").first().values()
    decision_id = decide(db, MANAGER.identity, (a, b), "verwandt",
                         audit=decision_audit(MANAGER, "page:vernetzung", (a, b), "verwandt",
                                              None))
    entry = db.query("SELECT actor, kind, source, detail FROM audit_log").first()
    assert (entry["actor"], entry["kind"], entry["source"]) == (
        MANAGER.identity, "decision", "page:vernetzung")
    assert json.loads(entry["detail"]) == {"decision_id": decision_id, "pair": sorted([a, b]),
                                           "decision": "verwandt", "keep": None}
    from dashboard.access import may

    assert not may(LEITUNG, "decide_pairs") and may(MANAGER, "decide_pairs")


def test_protocol_scope_admin_all_manager_own_networks(db):
    from dashboard.audit import record
    from dashboard.audit.query import entries

    _import(db, MANAGER, [MINE])
    _import(db, OTHER, [THEIRS])
    record(db, "admin@x", "setting", {"key": "x"}, "cli")
    admin = Actor("admin@x", Role.ADMINISTRATION, ALL, "oidc")
    assert len(entries(db, admin)) == 3
    mine = entries(db, MANAGER)
    assert list(mine["actor"]) == [MANAGER.identity]  # not the other network, not settings
    assert list(entries(db, admin, kinds=("setting",))["kind"]) == ["setting"]
    assert list(entries(db, admin, person=OTHER.identity)["actor"]) == [OTHER.identity]
    with pytest.raises(PermissionDenied):
        entries(db, LEITUNG)


def test_contacts_only_for_the_owning_network_and_administration(db):
    from dashboard.access.personal import redact
    from dashboard.domain.filters import Filters
    from dashboard.ingest.service import export_frames
    from dashboard.store.reference import read_taxonomy

    projects, _events = export_frames(db, Filters())
    taxonomy = read_taxonomy(db)
    has = projects["contact"].notna()
    assert has.any()
    lr_en = ((projects["revier_code"] == "LR") & (projects["focus_area_code"] == "F4"))
    assert redact(projects, Actor.cli("x"), taxonomy)["contact"].notna().sum() == has.sum()
    assert redact(projects, LEITUNG, taxonomy)["contact"].notna().sum() == 0
    managed = redact(projects, MANAGER, taxonomy)["contact"]
    assert managed.notna().sum() == (has & lr_en).sum() > 0
    assert managed[~lr_en].isna().all()


def test_protocol_summary_lines(db):
    from dashboard.audit.query import entries, summary

    first = _import(db, MANAGER, [MINE, THEIRS], allow_partial=True)
    undo_import(db, first.batch_id, user=MANAGER.identity, actor=MANAGER)
    rows = entries(db, MANAGER)
    lines = [summary(k, d) for k, d in zip(rows["kind"], rows["detail"], strict=True)]
    undo = f"Import Nr. {first.batch_id} rückgängig gemacht (Vorgang Nr. {first.batch_id + 1})"
    done = (f"Import Nr. {first.batch_id}, liste.xlsx: neu 1, geändert 0, abgelehnt 1 "
            "(nur gültige Zeilen)")
    assert lines == [undo, done]
