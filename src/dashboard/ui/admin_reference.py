"""The Administration page's reference data: an editor per table (the mapping as a form per
mission), the preview of what a change does, saving as a new version, history with undo. The
services (admin.reference) check the role again and write the audit log."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.access import Actor
from dashboard.admin import reference
from dashboard.formatting import fmt_int
from dashboard.texts import t, tn
from dashboard.ui import resources
from dashboard.ui.admin_actions import WHERE, run_action
from dashboard.ui.components import empty_state
from dashboard.ui.safe import md


def editor(actor: Actor, table: str) -> None:
    """A data editor over one reference table (the mapping: a form per mission); the preview
    below it; save as a new version."""
    st.caption(t("admin.ref.caption"))
    if table == "ref_plausibility":
        st.caption(t("admin.plausibility.caption"))
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
    # the strength in the words of the Missionen page, not the stored "primary"/"secondary"
    shown = pd.DataFrame(rows).assign(strength=lambda f: [t(f"view.mark.{s}") for s in f["strength"]])
    st.dataframe(shown.rename(columns={c: t(f"admin.col.{c}") for c in rows[0]}),
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
        key=f"admin_map_secondary_{code}", format_func=lambda c: f"{c} {areas[c]}",
        placeholder=t("admin.map.none"))
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
    st.header(t("admin.ref.preview"))
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
        run_action(lambda: reference.save(db, actor, table, proposed, note=note or None, where=WHERE),
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
        run_action(lambda: reference.undo(db, actor, int(change), where=WHERE),
             t("admin.history.undone", change=change, new="{result}"))
        st.rerun()
