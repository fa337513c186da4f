"""Missionen & Schwerpunkte: the mission x focus-area matrix, possible mis-tagging, flows to the
Reviere and coverage gaps, one at a time in tabs."""

from dashboard.ui.missions import missions_page
from dashboard.ui.shell import page_start

missions_page(page_start("missions"))
