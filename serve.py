"""The server: the Streamlit app (app.py) plus the read-only open-data API (/api/v1/...) in one
process, on one database connection. `streamlit run serve.py` (make run) finds the st.App below
and serves both; `streamlit run app.py` still serves the app alone (no API)."""

import streamlit as st

from dashboard.store.server import exit_on_sigterm
from dashboard.ui.api_routes import routes

exit_on_sigterm()  # a stopped server leaves no socket file (README)
app = st.App("app.py", routes=routes())
