"""Import: upload a project list, see what it would change, commit, undo."""

from dashboard.ui.importer import importer_page

importer_page()
