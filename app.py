"""Entry point: page config, filter bar, navigation. Nothing else."""

import streamlit as st

from dashboard.ui import shell
from dashboard.ui.texts import t

st.set_page_config(page_title=t("app.title"), page_icon=":material/insights:", layout="wide")

PAGES = {
    t("nav.section.dashboards"): [
        st.Page("pages/overview.py", title=t("nav.overview"), icon=":material/dashboard:",
                url_path="uebersicht", default=True),
    ],
}

shell.run(PAGES)
