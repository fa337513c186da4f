"""The browser baseline of bench_pages.py: an empty page with one tiny plotly chart."""

import plotly.graph_objects as go
import streamlit as st

st.title("Leer")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), key="plot_trivial")
