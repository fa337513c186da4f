"""Entry point: the run's language, page config, then the shell (login, filter bar, navigation).
Nothing else; the pages are listed in dashboard.ui.navigation and live in app_pages/."""

import streamlit as st

from dashboard.texts import t
from dashboard.ui import language, navigation, shell

language.apply()  # before any text: ?lang=en or the session's choice
st.set_page_config(page_title=t("app.title"), page_icon=navigation.FAVICON, layout="wide")

shell.run(navigation.build())
