"""Karte: districts of the Reviere coloured by a chosen measure, projects as points at their
municipality, tables with the same numbers; a click on a district sets the Kreis filter."""

from dashboard.ui.map import map_page
from dashboard.ui.shell import page_start

map_page(page_start("map"))
