"""The fair browser baseline of bench_pages.py: the very app (login gate, database check,
sidebar filter bar, the full navigation) with an empty page holding one tiny chart, at the root
address (like the Übersicht) and at /leer (like every other page: for a deeper address
Streamlit's frontend first probes <address>/_stcore/health, which costs ~100 ms)."""

import plotly.graph_objects as go
import streamlit as st

from dashboard.texts import t
from dashboard.ui import navigation, shell

st.set_page_config(page_title=t("app.title"), page_icon=navigation.FAVICON, layout="wide")


def trivial() -> None:
    st.title("Leer")
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), key="plot_trivial")


def trivial_deep() -> None:
    trivial()


pages = navigation.build(default_page=st.Page(trivial, title="Leer", default=True))
next(iter(pages.values())).insert(1, st.Page(trivial_deep, title="Leer (Unterseite)",
                                             url_path="leer"))
shell.run(pages)
