"""DataFrame -> plotly Figure. No Streamlit; the same figures feed pages, PNG/SVG and slides."""
