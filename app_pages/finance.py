"""Finanzen: committed and requested funds per year against the envelope per funding period, the
pace of commitment projected forward, breakdowns per Revier, Land, focus area and programme."""

from dashboard.ui.finance import finance_page
from dashboard.ui.shell import page_start

finance_page(page_start("finanzen"))
