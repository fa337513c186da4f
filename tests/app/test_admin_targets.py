"""Administration edits a target on its page: the form starts from the version in force, saving
keeps the earlier version, the audit log names the person, and the Wirkung page shows the new
target in force at once; a wrong period is refused with a German sentence and nothing kept."""

from __future__ import annotations

from dashboard.store.gateway import Database
from tests.app.conftest import open_address, open_tab, shown

ADMIN = "admin@smr.example"


def _jobs_lr(db_path) -> list[dict]:
    import streamlit as st

    st.cache_resource.clear()  # the app's connection closes: the file is free to read
    with Database.open_existing(db_path, read_only=True) as db:
        return db.query("SELECT * FROM indicator_target WHERE indicator_code = 'JOBS' "
                        "AND scope = 'revier' AND scope_code = 'LR' ORDER BY target_id").df \
            .to_dict("records")


def _choose(at):
    open_tab(at, "Ziele")
    at.selectbox(key="admin_target_ind").select("JOBS")
    at.run()
    at.selectbox(key="admin_target_scope").select("revier")
    at.run()
    at.selectbox(key="admin_target_code_revier").select("LR")
    at.run()
    return at


def test_admin_saves_a_new_target_version_and_wirkung_shows_it(as_user, writable_db_path):
    before = _jobs_lr(writable_db_path)
    assert before, "the demo has a JOBS target for the Lausitzer Revier"
    at = _choose(as_user(["sw-admin"], email=ADMIN, page="app_pages/admin.py"))
    assert not at.exception
    current = before[-1]  # the demo's latest version is the one in force
    assert at.number_input(key="admin_target_value_JOBS_revier_LR").value == current["target_value"]
    assert at.number_input(key="admin_target_start_JOBS_revier_LR").value == current["period_start"]
    new_value = current["target_value"] + 1234
    at.number_input(key="admin_target_value_JOBS_revier_LR").set_value(new_value)
    at.text_input(key="admin_target_note_JOBS_revier_LR").set_value("=HYPERLINK(\"x\") *Sitzung*")
    at.button(key="admin_target_save").click()
    at.run()
    assert not at.exception and not at.error
    assert any("neue Fassung" in shown(s.value) for s in at.success)

    after = _jobs_lr(writable_db_path)
    assert after[:len(before)] == before                      # nothing overwritten
    [added] = after[len(before):]
    assert added["target_value"] == new_value and added["actor"] == ADMIN
    assert added["note"] == "=HYPERLINK(\"x\") *Sitzung*"     # stored as written
    with Database.open_existing(writable_db_path, read_only=True) as db:  # closed above
        last = db.query("SELECT actor, kind, source FROM audit_log ORDER BY seq DESC "
                        "LIMIT 1").first()
    assert last == {"actor": ADMIN, "kind": "target", "source": "page:administration"}

    at.switch_page("app_pages/impact.py")
    at.run()
    open_tab(at, "Ziele und Versionen")
    [table] = [el for el in at.table]
    rows = table.value.map(shown)  # the table's cells are escaped Markdown (ui.safe.md_frame)
    lr = rows[(rows.iloc[:, 0] == "Geschaffene oder gesicherte Arbeitsplätze")
              & (rows.iloc[:, 1] == "Lausitzer Revier")]
    in_force = lr[lr.iloc[:, 6] == "ja"]
    assert len(in_force) == 1
    assert in_force.iloc[0, 4].replace(".", "") == f"{new_value:.0f}"
    assert (lr.iloc[:, 6] == "nein").sum() == len(before)


def test_a_period_that_ends_before_it_starts_is_refused(as_user, writable_db_path):
    before = _jobs_lr(writable_db_path)
    at = _choose(as_user(["sw-admin"], email=ADMIN, page="app_pages/admin.py"))
    at.number_input(key="admin_target_start_JOBS_revier_LR").set_value(2035)
    at.number_input(key="admin_target_end_JOBS_revier_LR").set_value(2025)
    at.button(key="admin_target_save").click()
    at.run()
    assert any("vor seinem Beginn" in shown(e.value) for e in at.error)
    assert _jobs_lr(writable_db_path) == before


def test_other_roles_have_no_target_editor(as_user):
    at = open_address(as_user(["sw-leitung"]), "administration")
    assert any("Keine Berechtigung" in e.value for e in at.error)
    assert not at.get("number_input") and not [b for b in at.button
                                                if b.key == "admin_target_save"]
