"""Förderlisten-Abgleich: the official lists of EU-funded operations beside the monitor
(reconciliation with decisions and adoption, import with plan/commit, the lists with undo)."""

import streamlit as st

from dashboard.texts import t
from dashboard.ui.components import lazy_tabs
from dashboard.ui.foerderlisten import abgleich_tab, show_message
from dashboard.ui.foerderlisten_import import import_tab, lists_tab
from dashboard.ui.shell import current_filters

filters = current_filters()
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
