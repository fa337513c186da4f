"""Protokoll: who wrote what, when, from where (Administration: all; managers: their networks)."""

import streamlit as st

from dashboard.texts import t
from dashboard.ui import protocol
from dashboard.ui.auth import current_actor

actor = current_actor()
st.title(t("protocol.title"))
st.caption(t("protocol.caption"))
protocol.scope_note(actor)
protocol.head_note()
chosen = protocol.filters(actor)
protocol.table(actor, chosen)
protocol.chain_check(actor)
