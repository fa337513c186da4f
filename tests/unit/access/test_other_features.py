"""Deny by default reaches the features built beside the roles: official lists (Administration
imports and undoes; decisions by Netzwerkmanagement/Administration; adoption within the
manager's networks), targets and envelopes (Administration), the open-data opt-out (a setting,
Administration). Every refused call writes nothing; every allowed one leaves an audit entry
in the same chain (verify stays intact)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.access import ALL, Actor, PermissionDenied, Role
from dashboard.api.public import opted_out, set_opt_out
from dashboard.audit import verify
from dashboard.domain.impact import Target
from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.plan import plan_list
from dashboard.foerderlisten.service import commit_list, undo_list
from dashboard.impact.service import set_target, targets
from dashboard.store.gateway import Database
from tests.unit.foerderlisten.shapes import make_operations, write_2127_xlsx

ADMIN = Actor("admin@example.org", Role.ADMINISTRATION, ALL, "oidc")
LEITUNG = Actor("leitung@example.org", Role.LEITUNG, ALL, "oidc")
MODERATION = Actor("moderation@example.org", Role.MODERATION, ALL, "oidc")
MANAGER = Actor("lr-en@example.org", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}), "oidc")


@pytest.fixture
def db(writable_db_path: Path):
    with Database.open_existing(writable_db_path) as database:
        yield database


def _entries(db, kind: str) -> list[dict]:
    return db.query("SELECT actor, kind, source FROM audit_log WHERE kind = ? ORDER BY seq",
                    [kind]).rows


def test_official_lists_are_imported_and_undone_by_administration_only(db, tmp_path):
    data = write_2127_xlsx(make_operations(12, seed=5), tmp_path / "liste.xlsx").read_bytes()
    # a Stand after the demo list's (01.11.2026): this list is then the one in force
    plan = plan_list(db, data, "liste.xlsx", fund="JTF", land="SN", stand=date(2026, 11, 30))
    before = repo.current_operations(db)  # the demo's own list
    for who in (LEITUNG, MODERATION, MANAGER):
        with pytest.raises(PermissionDenied):
            commit_list(db, plan, data, actor=who)
    assert repo.current_operations(db).equals(before)
    assert not _entries(db, "foerderliste_import")
    done = commit_list(db, plan, data, actor=ADMIN, where="page:foerderlisten")
    assert done.committed and len(repo.list_in_force(db, "JTF", "SN")) == 12
    assert _entries(db, "foerderliste_import") == [
        {"actor": ADMIN.identity, "kind": "foerderliste_import", "source": "page:foerderlisten"}]
    with pytest.raises(PermissionDenied):
        undo_list(db, done.batch_id, actor=MANAGER)
    assert len(repo.list_in_force(db, "JTF", "SN")) == 12
    assert undo_list(db, done.batch_id, actor=ADMIN)["undone"]
    assert repo.current_operations(db).equals(before)
    assert [e["actor"] for e in _entries(db, "foerderliste_undo")] == [ADMIN.identity]
    assert verify(db)[1] is None


def test_targets_are_set_by_administration_only_and_audited(db):
    target = Target(indicator_code="JOBS", scope="revier", scope_code="LR", period_start=2026,
                    period_end=2030, baseline=0, target_value=500, valid_from=date(2026, 12, 1))
    before, logged = len(targets(db)), len(_entries(db, "target"))  # the demo's own targets
    for who in (LEITUNG, MANAGER, MODERATION):
        with pytest.raises(PermissionDenied):
            set_target(db, target, actor=who)
    assert len(targets(db)) == before and len(_entries(db, "target")) == logged
    set_target(db, target, actor=ADMIN, where="page:administration")
    assert len(targets(db)) == before + 1
    assert _entries(db, "target")[-1] == {"actor": ADMIN.identity, "kind": "target",
                                          "source": "page:administration"}
    assert verify(db)[1] is None


def test_the_open_data_opt_out_is_a_setting_of_administration(db):
    with pytest.raises(PermissionDenied):
        set_opt_out(db, "LR-EN", True, by=MANAGER)
    assert opted_out(db).empty
    set_opt_out(db, "LR-EN", True, by=ADMIN)
    assert list(opted_out(db)["network_code"]) == ["LR-EN"]
    assert _entries(db, "setting")[-1]["actor"] == ADMIN.identity
    assert verify(db)[1] is None
