"""Indicators, targets and observations (issue 15, Wirkung page)."""
