"""Pipeline: funnel across the review stages, per Revier and focus area, time in stage,
stalled projects (linked to the project), activity per quarter."""

from dashboard.ui.pipeline import pipeline_page
from dashboard.ui.shell import page_start

pipeline_page(page_start("pipeline", empty="pipeline.empty"))
