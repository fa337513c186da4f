"""Projekte: the filtered project list (search, sort, pages) and one project's detail."""

from dashboard.ui.projects import projects_page
from dashboard.ui.shell import current_filters

projects_page(current_filters())
