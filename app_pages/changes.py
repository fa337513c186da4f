"""Veränderungen: new projects, stage moves, exits and new grants since a chosen date (default
30 days ago); a date can be saved as "letzte Sitzung" and chosen again later. Tiles on top count
everything; the chart per stage and the lists behind the tiles are tabs (one drawn at a time)."""

from dashboard.ui.changes import changes_page
from dashboard.ui.shell import current_filters

changes_page(current_filters())
