"""The page Förderlisten-Abgleich (app_pages/foerderlisten.py): reconciliation, import
(ui/foerderlisten_import.py) and the lists in tabs. Its pieces here: the view, the three groups as
tables, decisions on matches and "In den Monitor übernehmen" (natural persons' names hidden)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.access import may
from dashboard.foerderlisten.abgleich import MatchDecisionError, decide_match, reconciliation
from dashboard.foerderlisten.adopt import adopt, proposals
from dashboard.foerderlisten.periods import period_label
from dashboard.foerderlisten.personal import hide_personal
from dashboard.foerderlisten.selection import missing_selection
from dashboard.formatting import fmt_int
from dashboard.texts import t
from dashboard.ui import resources
from dashboard.ui.auth import current_actor, current_user, where
from dashboard.ui.components import grouped_numbers, lazy_tabs, view_block
from dashboard.ui.foerderlisten_import import import_tab, lists_tab
from dashboard.ui.foerderlisten_selection import groups_table, selection_controls
from dashboard.ui.safe import md

MAX_ADOPT = 10


def _ops_table(df: pd.DataFrame) -> pd.DataFrame:
    shown = hide_personal(df)
    districts = {d.code: d.name for d in resources.taxonomy().districts}
    return pd.DataFrame({t("fl.t.fund"): shown["fund"], t("fl.t.land"): shown["land"],
                         t("fl.t.op"): shown["op_key"], t("fl.t.beneficiary"): shown["beneficiary"],
                         t("fl.t.title"): shown["title"],
                         t("fl.t.cost"): pd.to_numeric(shown["total_cost_eur"], errors="coerce"),
                         t("fl.t.district"): [districts.get(c, c) for c in shown["district_code"]],
                         t("fl.t.revier"): shown["revier_code"]})


def _matched_table(m: pd.DataFrame) -> pd.DataFrame:
    base = _ops_table(m)
    return base.assign(**{
        t("fl.t.project"): m["project_id"].to_numpy(), t("fl.t.p_title"): m["p_title"].to_numpy(),
        t("fl.t.p_cost"): m["p_total_cost_eur"].to_numpy(),
        t("fl.t.diff"): m["amount_difference_eur"].to_numpy(),
        t("fl.t.stage"): m["p_stage_name"].to_numpy(),
        t("fl.t.amount"): m["amount_differs"].to_numpy(), t("fl.t.dates"): m["dates_differ"].to_numpy(),
        t("fl.t.not_granted"): m["stage_not_granted"].to_numpy(),
        t("fl.t.score"): (100 * m["score"].astype(float)).round().to_numpy(),
        t("fl.t.confirmed"): m["confirmed"].astype(bool).to_numpy()})


def abgleich_tab(filters) -> None:
    view = resources.load_view("foerderliste_abgleich", filters)
    view_block(view)
    st.caption(t("fl.personal_note") + " " + t("fl.attribution"))
    r = reconciliation(resources.database())
    # one group at a time: several data grids on one screen repeat the grid's cell ids (axe:
    # duplicate-id-active), and three long tables one below the other hide the actions
    sizes = {"matched": len(r.matched), "missing": len(r.not_in_monitor),
             "not_listed": len(r.not_in_list)}
    # the group is kept in the address (bind): its label alone, the count is in the heading
    group = st.segmented_control(
        t("fl.section.choose"), list(sizes), key="gruppe", default="matched", bind="query-params",
        format_func=lambda g: t(f"fl.section.{g}")) or "matched"
    st.header(t(f"fl.section.{group}") + f" ({fmt_int(sizes[group])})")
    if group == "matched":
        st.dataframe(_matched_table(r.matched), key="fl_matched", hide_index=True, width="stretch",
                     column_config=grouped_numbers(t("fl.t.cost"), t("fl.t.p_cost"), t("fl.t.diff")))
        if len(r.matched):
            _decide(r.matched)
        return
    if group == "missing":
        _missing(r)
        return
    gone = r.not_in_list
    st.dataframe(pd.DataFrame({t("fl.t.project"): gone["project_id"], t("fl.t.p_title"): gone["title"],
                               t("fl.t.sponsor"): gone["sponsor"], t("fl.t.land"): gone["land_code"],
                               t("fl.t.revier"): gone["revier_code"], t("fl.t.stage"): gone["stage_name"],
                               t("fl.t.programme"): gone["programme_code"],
                               t("fl.t.granted"): gone["granted_eur"]}),
                 key="fl_not_listed", hide_index=True, width="stretch",
                 column_config=grouped_numbers(t("fl.t.granted")))


def _missing(r) -> None:
    """The funded operations the monitor lacks, as the person restricts them (the large ones
    first), and their adoption."""
    sel = missing_selection(resources.database(), selection_controls(sorted(set(r.not_in_monitor["fund"]))))
    st.markdown(md(sel.sentence()))
    if sel.selection.by_beneficiary:
        st.dataframe(groups_table(sel), key="fl_missing_groups", hide_index=True, width="stretch",
                     column_config=grouped_numbers(t("fl.t.sum"), t("fl.t.largest")))
    else:
        table = _ops_table(sel.operations)
        table.insert(2, t("fl.t.period"), [period_label(p) for p in sel.operations["period"]])
        st.dataframe(table, key="fl_missing", hide_index=True, width="stretch",
                     column_config=grouped_numbers(t("fl.t.cost")))
    if sel.shown:  # adoption takes the rows as listed (names as the list has them, hidden on screen)
        full = r.not_in_monitor.set_index("op_id")
        _adopt(full.loc[sel.operations["op_id"]].reset_index())


def _decide(m: pd.DataFrame) -> None:
    labels = {i: f"{r.op_key} ↔ {r.project_id}" for i, r in zip(m.index, m.itertuples(), strict=True)}
    choice = st.selectbox(t("fl.decide.pick"), list(labels), format_func=labels.get, key="fl_pick")
    left, right = st.columns(2)
    for slot, decision, label in ((left, "bestaetigt", "fl.decide.confirm"),
                                  (right, "abgelehnt", "fl.decide.reject")):
        if slot.button(t(label), key=f"fl_{decision}",
                       disabled=not may(current_actor(), "decide_pairs")):
            row = m.loc[choice]
            try:
                decide_match(resources.database(), current_actor(), fund=row["fund"],
                             land=row["land"], op_key=row["op_key"], project_id=row["project_id"],
                             decision=decision, where=where("foerderlisten"))
                st.session_state["fl_message"] = ("success", t("fl.decide.done", actor=current_user(),
                                                                   decision=t(f"fl.decision.{decision}")))
            except MatchDecisionError as exc:
                st.session_state["fl_message"] = ("error", str(exc))
            st.rerun()


def _adopt(missing: pd.DataFrame) -> None:
    st.header(t("fl.adopt.title"))
    st.caption(t("fl.adopt.caption"))
    tax = resources.taxonomy()
    shown = hide_personal(missing)
    labels = {r.op_key: f"{r.op_key}: {r.title}" for r in shown.itertuples()}
    picked = st.multiselect(t("fl.adopt.pick", n=MAX_ADOPT), list(labels), format_func=labels.get,
                            max_selections=MAX_ADOPT, key="fl_adopt_pick")
    missions = [None, *(m.code for m in tax.missions)]
    focus = [f.code for f in tax.focus_areas]
    names = {m.code: f"{m.code} {m.short_name}" for m in tax.missions} | \
        {f.code: f"{f.code} {f.name}" for f in tax.focus_areas}
    items = []
    for p in proposals(missing[missing["op_key"].isin(picked)]):
        op = p["op_key"]
        st.caption(md(t("fl.adopt.keywords", words=", ".join(p["keywords"])) if p["keywords"]
                      else t("fl.adopt.no_keywords")))
        a, b = st.columns(2)
        mission = a.selectbox(t("fl.adopt.mission", op=op), missions,
                              index=missions.index(p["mission_code"]) if p["mission_code"] in missions else 0,
                              format_func=lambda c: names.get(c, t("fl.adopt.none")), key=f"fl_m_{op}")
        area = b.selectbox(t("fl.adopt.focus", op=op), focus,
                           index=focus.index(p["focus_area_code"]) if p["focus_area_code"] in focus else None,
                           format_func=names.get, key=f"fl_f_{op}")
        items.append({**p, "mission_code": mission, "focus_area_code": area})
    complete = bool(items) and all(i["focus_area_code"] for i in items)
    # values beyond a plausibility warning bound need the same confirmation as in the import
    unusual = adopt(resources.database(), current_actor(), items, dry_run=True,
                    where=where("foerderlisten"))["to_confirm"] if complete else []
    for issue in unusual:
        st.warning(md(issue["message"]), icon=":material/warning:")
    plausible = not unusual or st.checkbox(t("importer.confirm_unusual", n=fmt_int(len(unusual))),
                                           key="fl_adopt_plausible",
                                           help=t("importer.confirm_unusual_help"))
    ok = st.checkbox(t("fl.adopt.confirm"), key="fl_adopt_confirm")
    ready = complete and ok and plausible and \
        may(current_actor(), "import")  # each row is then checked against the scope
    if st.button(t("fl.adopt.button"), key="fl_adopt_button", type="primary", disabled=not ready):
        out = adopt(resources.database(), current_actor(), items, where=where("foerderlisten"),
                    plausible_confirmed=bool(unusual))
        st.session_state["fl_message"] = (
            ("success", t("fl.adopt.done", n=fmt_int(out["new"]), batch=out["batch_id"]))
            if out["committed"] else
            ("error", t("fl.adopt.failed", message="; ".join(e["message"] for e in out["errors"][:3]))))
        for key in ("fl_adopt_pick", "fl_adopt_confirm", "fl_adopt_plausible"):
            st.session_state.pop(key, None)
        st.rerun()


def show_message() -> None:
    kind, text = st.session_state.pop("fl_message", (None, None))
    if kind == "success":
        st.success(md(text), icon=":material/check_circle:")
    elif kind:
        st.error(md(text), icon=":material/error:")


# -- the page -------------------------------------------------------------------------------
def foerderlisten_page(filters) -> None:
    """Title, the last action's message, then the open tab (only that one runs)."""
    st.title(t("fl.title"))
    st.caption(t("fl.caption"))
    show_message()
    shown, tab = lazy_tabs({"abgleich": t("fl.tab.abgleich"), "import": t("fl.tab.import"),
                            "lists": t("fl.tab.lists")})
    with tab:
        if shown == "abgleich":
            abgleich_tab(filters)
        elif shown == "import":
            import_tab()
        else:
            lists_tab()
