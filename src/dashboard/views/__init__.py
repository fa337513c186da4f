"""Views: one figure of the monitor = analytics result + chart + the sentence stating its finding.

Pages, the projector presentation and the briefing deck all draw from here, so a chart is drawn
once. A builder has the signature

    builder(db, filters, taxonomy, *, scale=1.0, today=None) -> View

and is registered with @register("key", "German label"). `scale` enlarges text for projectors;
`today` makes date-relative figures testable.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.store.gateway import Database

# modules that register views, in the order slides are offered
VIEW_MODULES = ("overview", "pipeline", "portfolio", "themes", "changes", "geo")


@dataclass(frozen=True)
class View:
    key: str
    title: str                       # German headline that states the finding
    explanation: str                 # one line: what is counted
    data: pd.DataFrame               # the numbers behind the chart (downloads, appendix)
    figure: go.Figure | None = None  # None when there is nothing to draw
    sentences: tuple[str, ...] = ()  # two or three key sentences computed from the data
    empty_message: str | None = None  # set instead of a figure for empty selections
    meta: dict = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return self.figure is None


Builder = Callable[..., View]
REGISTRY: dict[str, tuple[str, Builder]] = {}


def register(key: str, label: str) -> Callable[[Builder], Builder]:
    def wrap(func: Builder) -> Builder:
        REGISTRY[key] = (label, func)
        return func
    return wrap


def all_views() -> dict[str, tuple[str, Builder]]:
    """Every registered view (importing the modules that define them)."""
    for name in VIEW_MODULES:
        try:
            importlib.import_module(f"dashboard.views.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"dashboard.views.{name}":
                raise

    def module_rank(item: tuple[str, tuple[str, Builder]]) -> int:
        module = item[1][1].__module__.rsplit(".", 1)[-1]
        return VIEW_MODULES.index(module) if module in VIEW_MODULES else len(VIEW_MODULES)

    # slide order follows VIEW_MODULES, whatever order the modules imported each other in
    return dict(sorted(REGISTRY.items(), key=module_rank))


def build(key: str, db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
          today: date | None = None) -> View:
    return all_views()[key][1](db, filters, taxonomy, scale=scale, today=today)
