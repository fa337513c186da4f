"""The read-only open-data API (issue 15): public projects and figures as JSON/CSV with an
OpenAPI description. Pure Starlette and SQL, no Streamlit: serve.py mounts the routes into the
app's own process through st.App."""
