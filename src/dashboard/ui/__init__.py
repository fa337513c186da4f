"""Streamlit glue: cached resources, the filter bar, components, texts. Streamlit lives only here,
in app.py and in app_pages/."""
