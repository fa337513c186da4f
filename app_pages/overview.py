"""Übersicht: the state at a glance (KPI tiles with change, InvKG envelope per Revier), a warning
when a Fachnetzwerk's data is stale, and one analysis at a time in tabs: projects per stage, the
longest-waiting projects, data freshness per Fachnetzwerk."""

from dashboard.ui.overview import overview_page
from dashboard.ui.shell import current_filters

overview_page(current_filters())
