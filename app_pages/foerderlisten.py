"""Förderlisten-Abgleich: the official lists of EU-funded operations beside the monitor
(reconciliation with decisions and adoption, import with plan/commit, the lists with undo)."""

from dashboard.ui.foerderlisten import foerderlisten_page
from dashboard.ui.shell import current_filters

foerderlisten_page(current_filters())
