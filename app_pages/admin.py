"""Administration: users and roles, reference data (versioned, previewed, undoable)."""

import streamlit as st

from dashboard.texts import t
from dashboard.ui import admin, admin_reference, admin_targets
from dashboard.ui.auth import current_actor
from dashboard.ui.components import lazy_tabs

actor = current_actor()
st.title(t("admin.title"))
st.caption(t("admin.caption"))
admin.message()
TABLES = {"mapping": "ref_mission_focus_area", "programmes": "ref_programme",
          "envelopes": "ref_envelope", "districts": "ref_district",
          "plausibility": "ref_plausibility"}
key, tab = lazy_tabs({"users": t("admin.tab.users"),
                      **{k: t(f"admin.tab.{k}") for k in TABLES},
                      "targets": t("admin.tab.targets"),
                      "settings": t("admin.tab.settings"), "history": t("admin.tab.history")})
with tab:
    if key == "users":
        admin.users(actor)
    elif key == "history":
        admin_reference.history(actor)
    elif key == "targets":
        admin_targets.editor(actor)
    elif key == "settings":
        admin.settings(actor)
    else:
        admin_reference.editor(actor, TABLES[key])
