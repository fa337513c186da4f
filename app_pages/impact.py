"""Wirkung: progress towards the targets (jobs, apprenticeships, InvKG funding, projects per
Förderbereich) with a status in words, each indicator per scope with its target line, and the
target versions."""

from dashboard.ui.impact import impact_page
from dashboard.ui.shell import page_start

impact_page(page_start("wirkung"))
