"""The page Administration (app_pages/admin.py): users and roles, settings, reference data
(ui/admin_reference.py) and targets (ui/admin_targets.py) in tabs. Every write goes through the
services (access.users, admin.settings), which check the role again and write the audit log."""

from __future__ import annotations

import streamlit as st

from dashboard.access import ALL, Actor, Role
from dashboard.access.users import list_users, remove_user, save_user
from dashboard.formatting import fmt_int
from dashboard.texts import t
from dashboard.ui import admin_reference, admin_targets, resources
from dashboard.ui.admin_actions import WHERE, message, run_action
from dashboard.ui.auth import current_actor
from dashboard.ui.components import empty_state, lazy_tabs

TABLES = {"mapping": "ref_mission_focus_area", "programmes": "ref_programme",
          "envelopes": "ref_envelope", "districts": "ref_district",
          "plausibility": "ref_plausibility"}  # the reference tables, one tab each


def admin_page() -> None:
    """Title, the last action's message, then the open tab (only that one runs)."""
    actor = current_actor()
    st.title(t("admin.title"))
    st.caption(t("admin.caption"))
    message()
    key, tab = lazy_tabs({"users": t("admin.tab.users"),
                          **{k: t(f"admin.tab.{k}") for k in TABLES},
                          "targets": t("admin.tab.targets"),
                          "settings": t("admin.tab.settings"), "history": t("admin.tab.history")})
    with tab:
        if key == "users":
            users(actor)
        elif key == "history":
            admin_reference.history(actor)
        elif key == "targets":
            admin_targets.editor(actor)
        elif key == "settings":
            settings(actor)
        else:
            admin_reference.editor(actor, TABLES[key])


def users(actor: Actor) -> None:
    st.caption(t("admin.users.caption"))
    db = resources.database()
    table = list_users(db)
    if table.empty:
        empty_state(t("admin.users.none"), key="admin_users_empty")
    else:
        shown = table.assign(networks=[", ".join(n) for n in table["networks"]])
        st.dataframe(shown, key="admin_users_table", hide_index=True)
    codes = [n.code for n in resources.taxonomy().networks]
    with st.form("admin_user_form", border=True):
        email = st.text_input(t("admin.users.email"), key="admin_user_email")
        role = st.selectbox(t("admin.users.role"), [r.value for r in Role], key="admin_user_role",
                            format_func=lambda v: Role(v).label)
        nets = st.multiselect(t("admin.users.networks"), [ALL, *codes], key="admin_user_networks",
                              placeholder=t("admin.users.networks_none"))
        active = st.checkbox(t("admin.users.active"), value=True, key="admin_user_active")
        note = st.text_input(t("admin.users.note"), key="admin_user_note")
        if st.form_submit_button(t("admin.users.save"), key="admin_user_save", type="primary"):
            run_action(lambda: save_user(db, actor, email, role, nets, codes, active=active,
                                   note=note or None, where=WHERE),
                 t("admin.users.saved", email=email.strip().casefold(), role=Role(role).label))
            st.rerun()
    if not table.empty:
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        gone = left.selectbox(t("admin.users.email"), table["email"], key="admin_user_pick")
        if right.button(t("admin.users.remove"), key="admin_user_remove"):
            run_action(lambda: remove_user(db, actor, gone, where=WHERE),
                 t("admin.users.removed", email=gone))
            st.rerun()


def settings(actor: Actor) -> None:
    """The stale-data threshold, with what it changes on the Übersicht."""
    from dashboard.admin.settings import LIMITS, save_stale_days, stale_preview
    from dashboard.analytics.freshness import stale_days

    db = resources.database()
    current = stale_days(db)
    days = st.number_input(t("admin.settings.stale"), min_value=LIMITS[0], max_value=LIMITS[1],
                           value=current, step=1, key="admin_stale_days")
    shown = stale_preview(db, int(days))
    with st.container(key="admin_stale_preview"):
        st.write(t("admin.settings.stale_preview", after=fmt_int(shown["after"]),
                   total=fmt_int(shown["networks"]), before=fmt_int(shown["before"])))
    if st.button(t("admin.ref.save"), key="admin_stale_save", type="primary",
                 disabled=int(days) == current):
        run_action(lambda: save_stale_days(db, actor, int(days), where=WHERE),
             t("admin.settings.saved", days=fmt_int(int(days))))
        st.rerun()
    aliases(actor)


def aliases(actor: Actor) -> None:
    """The import decisions the Fachnetzwerke remembered (issue 19): listed, each removable
    (the service checks the actor and writes the audit entry)."""
    import pandas as pd

    from dashboard.formatting import fmt_datetime
    from dashboard.ingest.aliases import list_aliases, remove_alias
    from dashboard.ingest.fields import BY_NAME

    db = resources.database()
    st.header(t("admin.aliases.title"))
    st.caption(t("admin.aliases.caption"))
    frame = list_aliases(db)
    if frame.empty:
        empty_state(t("admin.aliases.none"), key="admin_aliases_empty")
        return
    headers = [BY_NAME[f].header if f in BY_NAME else f for f in frame["field"]]
    st.dataframe(pd.DataFrame({
        t("admin.aliases.network"): frame["network_name"].fillna(frame["network_code"]),
        t("admin.aliases.column"): headers, t("admin.aliases.value"): frame["value"],
        t("admin.aliases.code"): frame["code"], t("admin.aliases.by"): frame["created_by"],
        t("admin.aliases.when"): [fmt_datetime(v) for v in frame["created_at"]]}),
        key="admin_aliases", hide_index=True, width="stretch")
    rows = list(frame.itertuples())
    pick = st.selectbox(t("admin.aliases.pick"), range(len(rows)), key="admin_alias_pick",
                        format_func=lambda i: t("admin.aliases.option", network=rows[i].network_code,
                                                column=headers[i], value=rows[i].value,
                                                code=rows[i].code))
    if st.button(t("admin.aliases.remove"), key="admin_alias_remove"):
        r = rows[pick]
        run_action(lambda: remove_alias(db, actor, r.network_code, r.field, r.value, where=WHERE),
                   t("admin.aliases.removed", value=r.value, code=r.code))
        st.rerun()
