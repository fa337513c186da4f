"""The Administration page's shared action step: the place written to the audit log, the run of
a service call that keeps its result (or refusal) as the message shown after the rerun."""

from __future__ import annotations

import streamlit as st

from dashboard.access import PermissionDenied
from dashboard.access.users import UserError
from dashboard.admin import reference
from dashboard.impact.service import ImpactError
from dashboard.ui.auth import where
from dashboard.ui.safe import md

WHERE = where("administration")
_MESSAGE = "admin_message"


def message() -> None:
    """The result of the last action (kept over the rerun the action started)."""
    if found := st.session_state.pop(_MESSAGE, None):
        kind, text = found
        (st.success if kind == "ok" else st.error)(md(text), icon=":material/info:")


def run_action(action, done: str) -> None:
    """Run a service call; keep its result in `done` (or the reason it was refused) for the
    message after the rerun."""
    try:
        result = action()
    except (PermissionDenied, UserError, reference.ChangeRefused, ImpactError) as exc:
        st.session_state[_MESSAGE] = ("error", str(exc))
        return
    st.session_state[_MESSAGE] = ("ok", done.format(result=result))
