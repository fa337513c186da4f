"""The fair browser baseline of bench_pages.py: the same shell as app.py (login gate, database
check, sidebar filter bar, navigation) around one trivial page with one tiny plotly chart."""

import plotly.graph_objects as go
import streamlit as st

from dashboard.ui import shell
from dashboard.ui.texts import t

st.set_page_config(page_title=t("app.title"), page_icon=":material/insights:", layout="wide")


def trivial() -> None:
    st.title("Leer")
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), key="plot_trivial")


shell.run({t("nav.section.dashboards"): [st.Page(trivial, title="Leer", default=True)]})
