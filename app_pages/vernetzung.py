"""Vernetzung: possible overlaps between projects (a review queue with reasons and decisions)
and the actors across Fachnetzwerke and Länder, one at a time in tabs."""

from dashboard.ui.shell import page_start
from dashboard.ui.vernetzung import vernetzung_page

vernetzung_page(page_start("vernetzung"))
