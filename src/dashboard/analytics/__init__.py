"""Figures the pages show, as DataFrames/dicts computed in SQL. No Streamlit here."""
