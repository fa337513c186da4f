"""Querschnittsthemen: shares of projects carrying each theme by focus area, Revier and stage,
the funding share and gaps per network, one at a time in tabs."""

from dashboard.ui.shell import page_start
from dashboard.ui.themes import themes_page

themes_page(page_start("themes"))
