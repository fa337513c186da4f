"""Entry point: page config, filter bar, navigation. Nothing else."""

import streamlit as st

from dashboard.ui import shell
from dashboard.ui.texts import t

st.set_page_config(page_title=t("app.title"), page_icon=":material/insights:", layout="wide")

PAGES = {
    t("nav.section.dashboards"): [
        st.Page("pages/overview.py", title=t("nav.overview"), icon=":material/dashboard:",
                default=True),  # the default page is served at the root URL
        st.Page("pages/pipeline.py", title=t("nav.pipeline"), icon=":material/filter_alt:",
                url_path="pipeline"),
        st.Page("pages/missions.py", title=t("nav.missions"), icon=":material/grid_on:",
                url_path="missionen"),
        st.Page("pages/themes.py", title=t("nav.themes"), icon=":material/diversity_3:",
                url_path="querschnittsthemen"),
        st.Page("pages/projects.py", title=t("nav.projects"), icon=":material/list_alt:",
                url_path="projekte"),
        st.Page("pages/changes.py", title=t("nav.changes"), icon=":material/update:",
                url_path="veraenderungen"),
        st.Page("pages/presentation.py", title=t("nav.presentation"), icon=":material/co_present:",
                url_path="praesentation"),
    ],
    t("nav.section.data"): [
        st.Page("pages/import_projects.py", title=t("nav.import"), icon=":material/upload_file:",
                url_path="import"),
    ],
}

shell.run(PAGES)
