"""Streamlit pieces of importing a list: upload with fund, Land and Stand, number formats the
reader could not decide, the plan (tiles, issues with row and column, changed and no longer
listed operations), commit; the lists with undo."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import clock, i18n
from dashboard.access import may
from dashboard.foerderlisten.plan import FUNDS, ListPlan, plan_list
from dashboard.foerderlisten.service import commit_list, history, undo_list
from dashboard.formatting import fmt_date, fmt_datetime, fmt_int
from dashboard.ingest.messages import FileRejected
from dashboard.ingest.safety import MAX_FILE_BYTES
from dashboard.texts import t
from dashboard.ui import resources
from dashboard.ui.auth import current_actor, where
from dashboard.ui.components import tile, tile_row
from dashboard.ui.importer import chosen_size, dropzone_words

TYPES = ["xlsx", "xlsm", "xls", "ods", "csv"]
TILES = ("operations", "rejected", "new", "changed", "unchanged", "gone", "in_revier", "unlocated")


def _formats(upload) -> dict[str, str]:
    return st.session_state.get("fl_formats", {}).get(upload.file_id, {})


def read(upload, fund: str, land: str, stand: date) -> ListPlan | None:
    """The plan of an upload, once per (file, fund, Land, Stand, formats, data version)."""
    db = resources.database()
    formats = _formats(upload)
    key = (upload.file_id, fund, land, stand, tuple(sorted(formats.items())), db.data_version,
           i18n.language())  # the plan's messages are in the page's language
    state = st.session_state.get("fl_plan")
    if state and state["key"] == key:
        return state["plan"]
    try:
        plan = plan_list(db, upload.getvalue(), upload.name, fund=fund, land=land, stand=stand,
                         number_formats=formats)
    except (FileRejected, ValueError) as exc:
        st.error(t("fl.import.rejected", message=getattr(exc, "message", str(exc))))
        return None
    st.session_state["fl_plan"] = {"key": key, "plan": plan, "data": upload.getvalue()}
    return plan


def _allowed() -> bool:
    """Official lists cover a whole Land: Administration imports and undoes them."""
    return may(current_actor(), "import_lists")


def import_tab() -> None:
    if not _allowed():
        st.info(t("fl.import.not_allowed"), icon=":material/lock:")
        return
    a, b, c = st.columns(3)
    land_codes = [x.code for x in resources.taxonomy().bundeslaender]
    fund = a.selectbox(t("fl.import.fund"), FUNDS, key="fl_fund")
    land = b.selectbox(t("fl.import.land"), land_codes, key="fl_land")
    stand = c.date_input(t("fl.import.stand"), value=clock.today(), format="DD.MM.YYYY", key="fl_stand")
    limit = MAX_FILE_BYTES // 1024 // 1024
    with st.container(key="fl_upload_area"):  # German words in the drop zone, as on Import
        dropzone_words("fl_upload_area", limit)
        upload = st.file_uploader(t("fl.import.upload"), type=TYPES, max_upload_size=limit,
                                  key=f"fl_upload_{st.session_state.get('fl_gen', 0)}")
        chosen_size("fl_upload_area", upload)
    if upload is None:
        return
    plan = read(upload, fund, land, stand)
    if plan is None:
        return
    _choose_formats(upload, plan)
    counts = plan.counts()
    with tile_row("fl_import"):
        for name in TILES:
            value = sum(counts[name].values()) if isinstance(counts[name], dict) else counts[name]
            tile(t(f"fl.import.tile.{name}"), fmt_int(value), key=f"fl_tile_{name}")
    _issues(plan)
    _changes(plan)
    _commit(plan)


def _choose_formats(upload, plan: ListPlan) -> None:
    asked = sorted({i.column_letter for i in plan.errors if i.row is None and i.column_letter
                    and i.suggestion})
    for letter in asked:
        choice = st.radio(t("fl.import.format", letter=letter), ["de", "en"], index=None,
                          format_func=lambda f: t(f"fl.import.format_{f}"), horizontal=True,
                          key=f"fl_format_{letter}")
        if choice:
            st.session_state.setdefault("fl_formats", {}).setdefault(upload.file_id, {})[letter] = choice
            st.rerun()


def _issues(plan: ListPlan) -> None:
    if not plan.issues:
        return
    st.header(t("fl.import.issues"))
    st.dataframe(pd.DataFrame([{
        t("fl.import.col.kind"): t(f"fl.{i.severity}"), t("fl.import.col.row"): i.row,
        t("fl.import.col.column"): " ".join(p for p in (i.column_letter, f"({i.column})" if i.column else None) if p),
        t("fl.import.col.value"): i.value or "", t("fl.import.col.message"): i.message,
        t("fl.import.col.suggestion"): i.suggestion or ""} for i in plan.issues]),
        key="fl_issues", hide_index=True, width="stretch")


def _changes(plan: ListPlan) -> None:
    if plan.changes:
        with st.expander(t("fl.import.changed") + f" ({fmt_int(len(plan.changes))})"):
            st.dataframe(pd.DataFrame({t("fl.t.op"): list(plan.changes),
                                       t("fl.import.col.fields"): [", ".join(v) for v in plan.changes.values()]}),
                         key="fl_changed", hide_index=True)
    if len(plan.gone):
        with st.expander(t("fl.import.gone") + f" ({fmt_int(len(plan.gone))})"):
            st.dataframe(plan.gone[["op_key", "title"]].rename(columns={
                "op_key": t("fl.t.op"), "title": t("fl.t.title")}), key="fl_gone", hide_index=True)


def _commit(plan: ListPlan) -> None:
    partial = st.checkbox(t("fl.import.partial"), key="fl_partial") if plan.errors else False
    blocked = not _allowed() or (plan.errors and not partial) or plan.is_empty
    if plan.is_empty:
        st.info(t("fl.commit.nothing"), icon=":material/info:")
    if st.button(t("fl.import.commit"), key="fl_commit", type="primary", disabled=bool(blocked)):
        data = st.session_state["fl_plan"]["data"]
        result = commit_list(resources.database(), plan, data, actor=current_actor(),
                             allow_partial=partial, where=where("foerderlisten"))
        st.session_state["fl_message"] = (
            ("success", t("fl.import.committed", batch=result.batch_id,
                          n=fmt_int(result.plan.counts()["operations"])))
            if result.committed else ("error", result.message))
        st.session_state.pop("fl_plan", None)
        st.session_state["fl_gen"] = st.session_state.get("fl_gen", 0) + 1
        st.rerun()


def lists_tab() -> None:
    frame = history(resources.database())
    if frame.empty:
        st.info(t("fl.lists.empty"))
        return
    state = [t("fl.lists.in_force") if f else t("fl.lists.undone") if pd.notna(u) else t("fl.lists.replaced")
             for f, u in zip(frame["in_force"], frame["undone_by"], strict=True)]
    st.dataframe(pd.DataFrame({
        t("fl.lists.col.batch"): frame["batch_id"], t("fl.t.fund"): frame["fund"],
        t("fl.t.land"): frame["land"], t("fl.lists.col.stand"): [fmt_date(v) for v in frame["stand"]],
        t("fl.lists.col.file"): frame["file_name"], t("fl.import.tile.operations"): frame["n_operations"],
        t("fl.lists.col.when"): [fmt_datetime(v) for v in frame["created_at"]],
        t("fl.lists.col.actor"): frame["actor"], t("fl.lists.col.state"): state}),
        key="fl_lists", hide_index=True, width="stretch")
    open_ = frame.loc[frame["undone_by"].isna(), "batch_id"].tolist()
    if not open_ or not _allowed():
        return
    batch = st.selectbox(t("fl.lists.undo_pick"), open_, format_func=lambda b: f"Nr. {b}", key="fl_undo_pick")
    sure = st.checkbox(t("fl.lists.undo_confirm", n=batch), key="fl_undo_confirm")
    if st.button(t("fl.lists.undo_button"), key="fl_undo", disabled=not sure):
        result = undo_list(resources.database(), int(batch), actor=current_actor(),
                           where=where("foerderlisten"))
        st.session_state["fl_message"] = ("success" if result["undone"] else "error", result["message"])
        st.session_state.pop("fl_undo_confirm", None)
        st.rerun()
