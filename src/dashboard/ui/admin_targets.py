"""The Administration page's targets: the targets in force, and a new version of one (the
earlier versions stay and remain visible on the Wirkung page). impact.service checks the role
again, the scope, and writes the audit log in the same transaction."""

from __future__ import annotations

from datetime import date

import streamlit as st
from pydantic import ValidationError

from dashboard import clock
from dashboard.access import Actor
from dashboard.analytics.impact import indicator_list, target_versions, versions_of
from dashboard.domain.filters import Filters
from dashboard.domain.impact import Target
from dashboard.impact.scopes import scope_choices
from dashboard.impact.service import set_target
from dashboard.texts import t
from dashboard.ui import resources
from dashboard.ui.admin_actions import WHERE, run_action

SCOPES = ("gesamt", "revier", "land", "invkg_area", "focus_area", "mission", "programme")


def editor(actor: Actor, today: date | None = None) -> None:
    """The target versions (as on the Wirkung page) and the form for a new version."""
    from dashboard.ui.impact import versions_table

    today = today or clock.today()
    db = resources.database()
    st.caption(t("admin.targets.caption"))
    listed = resources.load(indicator_list, Filters())
    indicators = dict(zip(listed["code"], listed["name"], strict=True))
    choices = scope_choices(db, resources.taxonomy())
    names = {s: {c: (t("wirkung.scope.gesamt") if s == "gesamt" else n)
                 for c, n in choices.get(s, {}).items()} for s in SCOPES}
    left, middle, right = st.columns([2, 1, 1.3])
    code = left.selectbox(t("wirkung.col.indicator"), list(indicators), key="admin_target_ind",
                          format_func=indicators.get)
    scope = middle.selectbox(t("admin.targets.scope"), SCOPES, key="admin_target_scope",
                             format_func=lambda s: t(f"admin.targets.scope.{s}"))
    where_ = right.selectbox(t("wirkung.col.scope"), list(names[scope]),
                             key=f"admin_target_code_{scope}", format_func=names[scope].get)
    now = _in_force(code, scope, where_, today)
    # one set of inputs per target: each starts from that target's version in force
    mine = f"{code}_{scope}_{where_ or ''}"
    a, b, c, d, e = st.columns(5)
    start = a.number_input(t("admin.targets.start"), 2020, 2038, now.get("period_start", 2020),
                           key=f"admin_target_start_{mine}")
    end = b.number_input(t("admin.targets.end"), 2020, 2038, now.get("period_end", 2038),
                         key=f"admin_target_end_{mine}")
    baseline = c.number_input(t("wirkung.col.baseline"), value=float(now.get("baseline", 0.0)),
                              key=f"admin_target_baseline_{mine}", format="%.0f")
    value = d.number_input(t("wirkung.col.target"), value=float(now.get("target_value", 0.0)),
                           key=f"admin_target_value_{mine}", format="%.0f")
    valid = e.date_input(t("wirkung.col.valid_from"), today, key=f"admin_target_valid_{mine}",
                         format="DD.MM.YYYY")
    note = st.text_input(t("admin.ref.note"), key=f"admin_target_note_{mine}")
    st.caption(t("admin.targets.versions"))
    table = versions_table(today, of=(code, scope, where_))
    with st.container(key="table_admin_targets"):
        if table.empty:
            st.caption(t("admin.targets.none"))
        else:
            st.table(table, hide_index=True)
    if st.button(t("admin.targets.save"), key="admin_target_save", type="primary"):
        try:
            target = Target(indicator_code=code, scope=scope, scope_code=where_,
                            period_start=int(start), period_end=int(end), baseline=baseline,
                            target_value=value, valid_from=valid, note=note.strip() or None)
        except ValidationError as exc:
            st.error(_first_message(exc), icon=":material/error:")
            return
        run_action(lambda: set_target(db, target, actor=actor, where=WHERE),
                   t("admin.targets.saved", indicator=indicators[code],
                     scope=names[scope][where_]))
        st.rerun()


def _in_force(code: str, scope: str, scope_code: str | None, today: date) -> dict:
    """The version of this target in force today (the form starts from it), or {}."""
    versions = versions_of(resources.load(target_versions, Filters(), today), code, scope,
                           scope_code)
    current = versions[versions["in_force"]]
    return current.iloc[-1].to_dict() if len(current) else {}


def _first_message(exc: ValidationError) -> str:
    """Pydantic's first message without its 'Value error, ' prefix (ours are German)."""
    return str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
