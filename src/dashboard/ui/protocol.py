"""The page Protokoll (app_pages/protocol.py): who wrote what, when, from where. Its parts:
filters, the table, its formula-safe downloads, the chain check."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import clock
from dashboard.access import ALL, Actor, may
from dashboard.audit import KINDS
from dashboard.audit.check import check
from dashboard.audit.head import current
from dashboard.audit.query import entries, people, summary
from dashboard.formatting import fmt_int
from dashboard.texts import t, tn
from dashboard.ui import resources
from dashboard.ui.auth import current_actor
from dashboard.ui.components import data_downloads, empty_state
from dashboard.ui.safe import md

COLUMNS = ("seq", "at", "actor", "source", "kind", "networks", "summary", "detail")


def scope_note(actor: Actor) -> None:
    st.caption(md(t("protocol.scope_all") if actor.networks == ALL else
                  t("protocol.scope_networks", networks=actor.scope_label)))


def filters(actor: Actor) -> dict:
    """Person, kinds and period, from the widgets (keys protocol_*)."""
    person_col, kind_col, from_col, to_col = st.columns([3, 3, 1.5, 1.5])
    names = people(resources.database(), actor)
    person = person_col.selectbox(t("protocol.person"), [""] + names, key="protocol_person",
                                  format_func=lambda p: p or "–")
    kinds = kind_col.multiselect(t("protocol.kind"), list(KINDS), key="protocol_kinds",
                                 format_func=KINDS.get, placeholder=t("protocol.all_kinds"))
    since = from_col.date_input(t("protocol.from"), value=None, key="protocol_from",
                                format="DD.MM.YYYY")
    until = to_col.date_input(t("protocol.to"), value=None, key="protocol_to",
                              format="DD.MM.YYYY", max_value=clock.today())
    return {"person": person or None, "kinds": tuple(kinds), "since": since, "until": until}


def table(actor: Actor, chosen: dict) -> None:
    df = entries(resources.database(), actor, **chosen)
    if df.empty:
        empty_state(t("protocol.none"), key="protocol_empty")
        return
    st.caption(tn("protocol.count", len(df)))
    shown = pd.DataFrame({
        "seq": df["seq"].astype(int),
        "at": [pd.Timestamp(v).strftime("%d.%m.%Y %H:%M:%S") for v in df["recorded_at"]],
        "actor": df["actor"], "source": df["source"],
        "kind": [KINDS.get(k, k) for k in df["kind"]],
        "networks": [", ".join(n) if n is not None and len(n) else "–" for n in df["networks"]],
        "summary": [summary(k, d) for k, d in zip(df["kind"], df["detail"], strict=True)],
        "detail": df["detail"]}).rename(columns={c: t(f"protocol.col.{c}") for c in COLUMNS})
    with st.container(key="protocol_entries"):
        st.dataframe(shown, key="protocol_table", hide_index=True)
    left, right, _ = st.columns([1, 1, 6])
    data_downloads(shown, key="protocol", file_stem="protokoll", slots=(left, right))


def head_note() -> None:
    """The chain's head, to note down and check later (README „Kopf des Protokolls“)."""
    head = current(resources.database())
    with st.container(key="protocol_head"):
        # our own text and hex digits only, so its Markdown (bold, code) may render
        st.caption(t("protocol.head_empty") if head is None or head.seq == 0 else
                   t("protocol.head", head=str(head)))


def chain_check(actor: Actor) -> None:
    """Administration may check the hash chain and the heads noted outside the database from
    the page (also: `audit verify`)."""
    if not may(actor, "manage_users"):
        return
    if st.button(t("protocol.verify"), key="protocol_verify", icon=":material/verified:"):
        verdict = check(resources.database())
        for warning in verdict.warnings:
            st.warning(md(warning), icon=":material/warning:")
        if verdict.broken is not None:
            st.error(md(t("protocol.verify_broken", entry=str(verdict.broken))),
                     icon=":material/error:")
        for problem in verdict.problems[:1]:
            st.error(md(t("protocol.verify_missing", problem=problem)), icon=":material/error:")
        if verdict.ok:
            st.success(t("protocol.verify_ok", n=fmt_int(verdict.entries)), icon=":material/check:")
            if verdict.against is not None:
                st.caption(md(t("audit.checked_against", head=str(verdict.against.head),
                                source=verdict.against.source)))


# -- the page -------------------------------------------------------------------------------
def protocol_page() -> None:
    """Administration sees all entries, managers those of their networks (the scope note)."""
    actor = current_actor()
    st.title(t("protocol.title"))
    st.caption(t("protocol.caption"))
    scope_note(actor)
    head_note()
    chosen = filters(actor)
    table(actor, chosen)
    chain_check(actor)
