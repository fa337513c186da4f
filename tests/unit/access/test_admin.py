"""Users table and reference edits: Administration only, validated, versioned, undoable,
audited; the preview counts the same mis-assignments the Missionen page lists."""

from __future__ import annotations

import json

import pytest

from dashboard.access import ALL, Actor, PermissionDenied, Role
from dashboard.access.resolve import AccessConfig, resolve
from dashboard.access.users import UserError, list_users, lookup, remove_user, save_user
from dashboard.admin import reference
from dashboard.analytics.filtering import query_filtered
from dashboard.audit import verify
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import read_reference_dir
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy

ADMIN = Actor("admin@smr.example", Role.ADMINISTRATION, ALL, "oidc")
MANAGER = Actor("m@sas.example", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}), "oidc")
NETWORKS = ["LR-EN", "MR-EN", "LR-KB"]


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as database:
        yield database


def test_user_table_round_trip_and_resolution(db):
    save_user(db, ADMIN, " Anna@SAS.example ", "netzwerkmanagement", ["LR-EN", "MR-EN"], NETWORKS)
    row = lookup(db, "anna@sas.example")
    assert (row["role"], row["networks"]) == ("netzwerkmanagement", ["LR-EN", "MR-EN"])
    actor = resolve({"email": "ANNA@sas.example"}, AccessConfig(), {}, lambda e: lookup(db, e))
    assert actor.networks == frozenset({"LR-EN", "MR-EN"}) and actor.source == "table"
    save_user(db, ADMIN, "anna@sas.example", "leitung", ["LR-EN"], NETWORKS, active=False)
    assert resolve({"email": "anna@sas.example"}, AccessConfig(), {},
                   lambda e: lookup(db, e)) is None  # deactivated
    assert list(list_users(db)["email"]) == ["anna@sas.example"]
    assert remove_user(db, ADMIN, "anna@sas.example")
    kinds = db.query("SELECT kind, detail FROM audit_log ORDER BY seq").df
    assert list(kinds["kind"]) == ["user"] * 3
    assert json.loads(kinds["detail"][1])["before"]["role"] == "netzwerkmanagement"
    assert verify(db)[1] is None


def test_user_changes_are_refused_for_others_and_checked(db):
    with pytest.raises(PermissionDenied):
        save_user(db, MANAGER, "x@y.example", "administration", [], NETWORKS)
    with pytest.raises(UserError, match="Fachnetzwerk"):
        save_user(db, ADMIN, "x@y.example", "netzwerkmanagement", [], NETWORKS)
    with pytest.raises(UserError, match="Unbekannte Fachnetzwerke: XX"):
        save_user(db, ADMIN, "x@y.example", "netzwerkmanagement", ["XX"], NETWORKS)
    with pytest.raises(UserError, match="keine gültige"):
        save_user(db, ADMIN, "kein mail", "leitung", [], NETWORKS)
    assert list_users(db).empty


def _unmapped_on_missions_page(db) -> int:
    return len(query_filtered(db, "portfolio_unmapped", Filters()).df)


def test_mapping_change_preview_save_undo(db):
    taxonomy = read_taxonomy(db)
    rows = reference.rows_of(taxonomy, "ref_mission_focus_area")
    before = _unmapped_on_missions_page(db)
    # M01 (Energie) no longer primary in F4 but in F6: its F4 projects become mis-assignments
    changed = [dict(r, focus_area_code="F6") if (r["mission_code"], r["focus_area_code"]) ==
               ("M01", "F4") else r for r in rows]
    shown = reference.preview(db, "ref_mission_focus_area", changed)
    assert shown["mismatch_before"] == before
    with pytest.raises(PermissionDenied):
        reference.save(db, MANAGER, "ref_mission_focus_area", changed)
    change = reference.save(db, ADMIN, "ref_mission_focus_area", changed, note="Test")
    assert _unmapped_on_missions_page(db) == shown["mismatch_after"] > before
    assert reference.rows_of(read_taxonomy(db), "ref_mission_focus_area") == changed
    undone = reference.undo(db, ADMIN, change)
    assert _unmapped_on_missions_page(db) == before
    assert reference.rows_of(read_taxonomy(db), "ref_mission_focus_area") == rows
    with pytest.raises(reference.ChangeRefused, match="bereits"):
        reference.undo(db, ADMIN, change)
    hist = reference.history(db)
    assert list(hist["change_id"]) == [undone, change]
    audit = db.query("SELECT kind, detail FROM audit_log ORDER BY seq").df
    assert list(audit["kind"]) == ["reference", "reference"]
    assert json.loads(audit["detail"][0])["after"] == changed


def test_invalid_mapping_is_refused_with_the_taxonomy_model(db):
    rows = reference.rows_of(read_taxonomy(db), "ref_mission_focus_area")
    with pytest.raises(reference.ChangeRefused, match="unbekannter Schwerpunkt F9"):
        reference.save(db, ADMIN, "ref_mission_focus_area", [*rows, {
            "mission_code": "M01", "focus_area_code": "F9", "strength": "secondary"}])
    with pytest.raises(reference.ChangeRefused, match="genau einen Hauptschwerpunkt"):
        reference.save(db, ADMIN, "ref_mission_focus_area",
                       [r for r in rows if r["mission_code"] != "M03"])
    with pytest.raises(reference.ChangeRefused):
        reference.save(db, ADMIN, "ref_mission_focus_area", [*rows, {
            "mission_code": "M01", "focus_area_code": "F1", "strength": "maybe"}])


def test_export_writes_what_init_reads(db, tmp_path):
    taxonomy = read_taxonomy(db)
    for name, text in reference.export_csv(taxonomy).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert read_reference_dir(tmp_path) == taxonomy


def test_cli_reference_export(writable_db_path, tmp_path, capsys):
    from dashboard.cli import main

    with Database.open_existing(writable_db_path) as db:
        rows = reference.rows_of(read_taxonomy(db), "ref_programme")
        reference.save(db, ADMIN, "ref_programme", [dict(rows[0], name="RL InvKG (neu)"),
                                                    *rows[1:]])
    assert main(["reference", "export", "--db", str(writable_db_path), "--out",
                 str(tmp_path)]) == 0
    assert f"{len(reference.REFERENCE_FILES)} Dateien" in capsys.readouterr().out
    assert "RL InvKG (neu)" in (tmp_path / "programmes.csv").read_text(encoding="utf-8")
    assert read_reference_dir(tmp_path).programmes[0].name == "RL InvKG (neu)"


def test_stale_threshold_setting(db):
    from datetime import date

    from dashboard.admin.settings import save_stale_days, stale_preview
    from dashboard.analytics.freshness import network_freshness, stale_days

    today = date(2026, 11, 1)
    shown = stale_preview(db, 1, today)
    with pytest.raises(PermissionDenied):
        save_stale_days(db, MANAGER, 1)
    with pytest.raises(reference.ChangeRefused):
        save_stale_days(db, ADMIN, 0)
    save_stale_days(db, ADMIN, 1)
    assert stale_days(db) == 1
    fresh = network_freshness(db, Filters(), today)
    assert int(fresh["stale"].sum()) == shown["after"] >= shown["before"]
    entry = db.query("SELECT kind, detail FROM audit_log").first()
    assert entry["kind"] == "setting"
    assert json.loads(entry["detail"]) == {"key": "stale_days", "before": 60, "after": 1}
