"""Administration: users and roles, reference data (versioned, previewed, undoable)."""

from dashboard.ui.admin import admin_page

admin_page()
