"""Roles in the running app (AppTest with [auth] secrets and a logged-in st.user): the menu
shows the permitted pages, a direct link to another says "Keine Berechtigung", an identity
without a role sees one sentence only, the administrator edits users, the log shows it."""

from __future__ import annotations

import json

import pytest

from dashboard.store.gateway import Database
from dashboard.ui.navigation import PAGES
from tests.app.conftest import open_address, shown


def test_leitung_has_no_import_and_a_direct_link_says_keine_berechtigung(as_user):
    at = as_user(["sw-leitung"])
    assert not at.exception
    assert at.get("metric"), "Leitung reads the dashboards"
    open_address(at, "import")
    assert not at.exception
    assert any("Keine Berechtigung" in e.value for e in at.error)
    assert not at.get("file_uploader")


def test_identity_without_role_sees_one_sentence(as_user):
    at = as_user(["other"], email="niemand@x.example")
    assert not at.exception
    [sentence] = [m.value for m in at.markdown if "keine Rolle" in m.value]
    assert "niemand@x.example" in sentence and "Referat 23" in sentence
    assert not at.get("metric") and not at.get("plotly_chart")


def test_table_role_and_admin_user_editing(as_user, writable_db_path):
    at = as_user(["sw-admin"], email="admin@smr.example", page="app_pages/admin.py")
    assert not at.exception
    at.text_input(key="admin_user_email").input("Nora@SAS.example")
    at.selectbox(key="admin_user_role").select("netzwerkmanagement")
    at.multiselect(key="admin_user_networks").select("MR-GE")
    at.button(key="admin_user_save").click()
    at.run()
    assert not at.exception
    # md() escapes markdown characters; the screen shows the plain text
    assert any("Gespeichert: nora@sas.example" in shown(s.value)
               for s in at.success), [e.value for e in [*at.error, *at.success]]
    # the new user resolves from the table (no groups) and may import for MR-GE
    manager = as_user([], email="nora@sas.example", page="app_pages/importer.py")
    assert not manager.exception and manager.get("file_uploader")
    assert not any("Keine Berechtigung" in e.value for e in manager.error)
    import streamlit as st

    st.cache_resource.clear()  # the app's connection closes: the file is free to read
    with Database.open_existing(writable_db_path, read_only=True) as db:
        log = db.query("SELECT actor, kind, source, detail FROM audit_log ORDER BY seq").df
    user_rows = log[log["kind"] == "user"]
    assert list(user_rows["actor"]) == ["admin@smr.example"]
    assert json.loads(user_rows["detail"].iloc[0])["after"]["networks"] == ["MR-GE"]
    assert set(log.loc[log["kind"] == "login", "actor"]) == {"admin@smr.example",
                                                             "nora@sas.example"}


def test_protocol_page_for_admin_and_denied_for_leitung(as_user):
    at = as_user(["sw-admin"], page="app_pages/protocol.py")
    assert not at.exception
    assert at.get("arrow_data_frame") or at.dataframe, "the login entry is listed"
    at.button(key="protocol_verify").click()
    at.run()
    assert any("Kette vollständig" in s.value for s in at.success)
    leitung = open_address(as_user(["sw-leitung"]), "protokoll")
    assert any("Keine Berechtigung" in e.value for e in leitung.error)


def test_every_page_has_an_action_the_policy_knows():
    from dashboard.access import ACTIONS

    assert {p.action for p in PAGES} <= set(ACTIONS)


def _unmapped_count(at) -> int:
    from tests.app.conftest import open_tab

    open_tab(at, "Mögliche Fehlzuordnungen")
    [text] = [m.value for m in at.markdown if "nicht zugeordneten Kombination" in m.value]
    return int(text.split()[0].replace(".", ""))


def test_admin_changes_the_mapping_and_the_missions_page_follows(as_user):
    at = as_user(["sw-admin"], page="app_pages/missions.py")
    before = _unmapped_count(at)
    at.switch_page("app_pages/admin.py")
    at.run()
    from tests.app.conftest import open_tab

    open_tab(at, "Missionen → Schwerpunkte")
    at.selectbox(key="admin_map_mission").select("M01")
    at.run()
    at.selectbox(key="admin_map_primary_M01").select("F6")
    at.run()
    preview = " ".join(m.value for m in at.markdown if "Fehlzuordnung" in m.value)
    after = int(preview.split("gelten ")[1].split()[0].replace(".", ""))
    assert f"(bisher {before})" in preview.replace("\\", "") and after > before
    at.button(key="admin_save_ref_mission_focus_area").click()
    at.run()
    assert not at.exception
    at.switch_page("app_pages/missions.py")
    at.run()
    assert _unmapped_count(at) == after


def test_admin_sets_the_stale_threshold_and_undoes_a_reference_change(as_user):
    from tests.app.conftest import open_tab, shown

    at = as_user(["sw-admin"], page="app_pages/admin.py")
    open_tab(at, "Einstellungen")
    at.number_input(key="admin_stale_days").set_value(1)
    at.run()
    preview = " ".join(m.value for m in at.markdown if "veraltet" in m.value)
    assert "(bisher " in preview
    at.button(key="admin_stale_save").click()
    at.run()
    assert any("veraltet nach 1 Tagen" in shown(s.value) for s in at.success)
    open_tab(at, "Missionen → Schwerpunkte")
    at.selectbox(key="admin_map_mission").select("M03")
    at.run()
    at.multiselect(key="admin_map_secondary_M03").select("F6")
    at.run()
    at.button(key="admin_save_ref_mission_focus_area").click()
    at.run()
    assert any("Version Nr. 1" in shown(s.value) for s in at.success)
    open_tab(at, "Versionen")
    at.selectbox(key="admin_history_pick").select(1)
    at.button(key="admin_history_undo").click()
    at.run()
    assert any("Änderung Nr. 1 rückgängig gemacht (neue Version Nr. 2)" in shown(s.value)
               for s in at.success)
    open_tab(at, "Missionen → Schwerpunkte")
    at.selectbox(key="admin_map_mission").select("M03")
    at.run()
    assert at.multiselect(key="admin_map_secondary_M03").value == []


@pytest.mark.parametrize("tab", ["Förderprogramme", "InvKG-Mittel", "Kreise → Revier"])
def test_reference_tables_open_in_the_editor_unchanged(as_user, tab):
    from tests.app.conftest import open_tab, shown

    at = as_user(["sw-admin"], page="app_pages/admin.py")
    open_tab(at, tab)
    assert not at.exception and not at.error
    assert any("Keine Änderung" in shown(c.value) for c in at.caption)


def test_logout_is_audited(as_user, writable_db_path):
    import streamlit as st

    at = as_user(["sw-leitung"], email="leitung@smr.example")
    at.button(key="logout_button").click()
    at.run()
    assert not at.exception
    st.cache_resource.clear()
    with Database.open_existing(writable_db_path, read_only=True) as db:
        kinds = db.query("SELECT kind, actor FROM audit_log ORDER BY seq").df
    assert list(kinds["kind"]) == ["login", "logout"]
    assert set(kinds["actor"]) == {"leitung@smr.example"}


def test_protocol_page_shows_the_head_and_finds_a_deleted_newest_entry(as_user,
                                                                        writable_db_path):
    import streamlit as st

    at = as_user(["sw-admin"], page="app_pages/protocol.py")
    st.cache_resource.clear()  # the app's connection lets go of the file
    with Database.open_existing(writable_db_path) as db:
        head = db.query("audit_last").first()
        db.connection().execute("DELETE FROM audit_log WHERE seq = ?", [head["seq"]])
    at = as_user(["sw-admin"], page="app_pages/protocol.py")  # logs in: a new newest entry
    captions = " ".join(c.value for c in at.caption)
    assert f"**{head['seq']}:" in captions, captions
    at.button(key="protocol_verify").click()
    at.run()
    errors = " ".join(e.value for e in at.error)
    assert "Protokoll verändert!" in shown(errors)
    assert f"Eintrag Nr. {head['seq']} trägt nicht den notierten Hash" in shown(errors)
    assert not at.success


def test_mapping_table_speaks_german(as_user):
    """Issue 23.11: the mapping table showed "primary"/"secondary" in German mode; it uses the
    words of the Missionen page (Hauptzuordnung/Nebenzuordnung)."""
    from tests.app.conftest import open_tab

    at = as_user(["sw-admin"], page="app_pages/admin.py")
    open_tab(at, "Missionen → Schwerpunkte")
    assert not at.exception
    table = next(d.value for d in at.dataframe if len(d.value.columns) == 3)
    values = set(table.astype(str).to_numpy().ravel())
    assert not values & {"primary", "secondary"}, values
    assert {"Hauptzuordnung", "Nebenzuordnung"} <= values
