"""The Administration page's parts: users and roles, reference-data editors with a preview,
and the version history with undo. Every write goes through the services (access.users,
admin.reference), which check the role again and write the audit log."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.access import ALL, Actor, PermissionDenied, Role
from dashboard.access.users import UserError, list_users, remove_user, save_user
from dashboard.admin import reference
from dashboard.formatting import fmt_int
from dashboard.ui import resources
from dashboard.ui.auth import where
from dashboard.ui.components import empty_state
from dashboard.ui.safe import md
from dashboard.ui.texts import t, tn

WHERE = where("administration")
_MESSAGE = "admin_message"


def message() -> None:
    """The result of the last action (kept over the rerun the action started)."""
    if found := st.session_state.pop(_MESSAGE, None):
        kind, text = found
        (st.success if kind == "ok" else st.error)(md(text), icon=":material/info:")


def _run(action, done: str) -> None:
    try:
        result = action()
    except (PermissionDenied, UserError, reference.ChangeRefused) as exc:
        st.session_state[_MESSAGE] = ("error", str(exc))
        return
    st.session_state[_MESSAGE] = ("ok", done.format(result=result))


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
        nets = st.multiselect(t("admin.users.networks"), [ALL, *codes], key="admin_user_networks")
        active = st.checkbox(t("admin.users.active"), value=True, key="admin_user_active")
        note = st.text_input(t("admin.users.note"), key="admin_user_note")
        if st.form_submit_button(t("admin.users.save"), key="admin_user_save", type="primary"):
            _run(lambda: save_user(db, actor, email, role, nets, codes, active=active,
                                   note=note or None, where=WHERE),
                 t("admin.users.saved", email=email.strip().casefold(), role=Role(role).label))
            st.rerun()
    if not table.empty:
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        gone = left.selectbox(t("admin.users.email"), table["email"], key="admin_user_pick")
        if right.button(t("admin.users.remove"), key="admin_user_remove"):
            _run(lambda: remove_user(db, actor, gone, where=WHERE),
                 t("admin.users.removed", email=gone))
            st.rerun()


def editor(actor: Actor, table: str) -> None:
    """A data editor over one reference table (the mapping: a form per mission); the preview
    below it; save as a new version."""
    st.caption(t("admin.ref.caption"))
    rows = reference.rows_of(resources.taxonomy(), table)
    if table == "ref_mission_focus_area":
        proposed = _mapping_form(rows)
    else:
        frame = pd.DataFrame(rows)
        for column in frame.columns:
            if frame[column].map(lambda v: isinstance(v, list)).any():
                frame[column] = frame[column].map(" ".join)
        edited = st.data_editor(frame, key=f"admin_edit_{table}", num_rows="dynamic",
                                hide_index=True)
        proposed = [{k: _value(v) for k, v in r.items()} for r in edited.to_dict("records")]
    _preview_and_save(actor, table, proposed)


def _mapping_form(rows: list[dict]) -> list[dict]:
    """Choose a mission, its primary and secondary focus areas; the other missions stay."""
    taxonomy = resources.taxonomy()
    missions = {m.code: m.name for m in taxonomy.missions}
    areas = {f.code: f.name for f in taxonomy.focus_areas}
    st.dataframe(pd.DataFrame(rows).rename(columns={c: t(f"admin.col.{c}") for c in rows[0]}),
                 key="admin_mapping_table", hide_index=True)
    code = st.selectbox(t("admin.col.mission_code"), list(missions), key="admin_map_mission",
                        format_func=lambda c: f"{c} {missions[c]}")
    mine = [r for r in rows if r["mission_code"] == code]
    primary_now = next((r["focus_area_code"] for r in mine if r["strength"] == "primary"), None)
    left, right = st.columns(2)
    primary = left.selectbox(t("admin.map.primary"), list(areas), key=f"admin_map_primary_{code}",
                             index=list(areas).index(primary_now) if primary_now else 0,
                             format_func=lambda c: f"{c} {areas[c]}")
    secondary = right.multiselect(
        t("admin.map.secondary"), [a for a in areas if a != primary],
        default=[r["focus_area_code"] for r in mine
                 if r["strength"] == "secondary" and r["focus_area_code"] != primary],
        key=f"admin_map_secondary_{code}", format_func=lambda c: f"{c} {areas[c]}")
    others = [r for r in rows if r["mission_code"] != code]
    new = [{"mission_code": code, "focus_area_code": primary, "strength": "primary"},
           *({"mission_code": code, "focus_area_code": a, "strength": "secondary"}
             for a in secondary)]
    order = {c: i for i, c in enumerate(missions)}
    return sorted([*others, *new], key=lambda r: (order[r["mission_code"]],
                                                   r["strength"] != "primary",
                                                   r["focus_area_code"]))


def _preview_and_save(actor: Actor, table: str, proposed: list[dict]) -> None:
    db = resources.database()
    st.subheader(t("admin.ref.preview"))
    try:
        shown = reference.preview(db, table, proposed)
    except reference.ChangeRefused as exc:
        st.error(md(str(exc)), icon=":material/error:")
        return
    if not shown["added"] and not shown["removed"]:
        st.caption(t("admin.ref.unchanged"))
        return
    with st.container(key=f"admin_preview_{table}"):
        st.write(t("admin.ref.changes", added=fmt_int(shown["added"]),
                   removed=fmt_int(shown["removed"])))
        if "mismatch_after" in shown:
            st.write(t("admin.ref.mismatch", after=tn("count.projects", shown["mismatch_after"]),
                       before=fmt_int(shown["mismatch_before"])))
    note = st.text_input(t("admin.ref.note"), key=f"admin_note_{table}")
    if st.button(t("admin.ref.save"), key=f"admin_save_{table}", type="primary"):
        _run(lambda: reference.save(db, actor, table, proposed, note=note or None, where=WHERE),
             t("admin.ref.saved", change="{result}"))
        st.session_state.pop(f"admin_edit_{table}", None)
        st.rerun()


def _value(v):
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    return v.item() if hasattr(v, "item") else v


def history(actor: Actor) -> None:
    db = resources.database()
    df = reference.history(db)
    if df.empty:
        empty_state(t("admin.history.none"), key="admin_history_empty")
        return
    st.dataframe(df, key="admin_history_table", hide_index=True)
    open_ = df[df["undone_by"].isna()]
    if open_.empty:
        return
    left, right = st.columns([2, 2], vertical_alignment="bottom")
    change = left.selectbox(t("admin.history.which"), open_["change_id"].astype(int).tolist(),
                            key="admin_history_pick")
    if right.button(t("admin.history.undo"), key="admin_history_undo"):
        _run(lambda: reference.undo(db, actor, int(change), where=WHERE),
             t("admin.history.undone", change=change, new="{result}"))
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
        _run(lambda: save_stale_days(db, actor, int(days), where=WHERE),
             t("admin.settings.saved", days=fmt_int(int(days))))
        st.rerun()
