"""Administration services (no Streamlit): reference data edited in the app, versioned and
audited. The users table lives in dashboard.access.users."""
