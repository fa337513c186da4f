"""Präsentation: the chosen charts as full-screen slides for the projector, with live refresh."""

from dashboard.ui.presentation import presentation_page
from dashboard.ui.shell import current_filters

presentation_page(current_filters())
