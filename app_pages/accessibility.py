"""Barrierefreiheit: the accessibility statement (BITV 2.0 § 7): compliance, method, what the
app does, known gaps, how to report barriers, the enforcement procedure."""

from dashboard.ui.accessibility import accessibility_page

accessibility_page()
