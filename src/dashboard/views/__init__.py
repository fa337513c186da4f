"""Views: one figure of the monitor = analytics result + chart + the sentence stating its finding.

Pages, the projector presentation and the briefing deck all draw from here, so a chart is drawn
once. A builder has the signature

    builder(db, filters, taxonomy, *, scale=1.0, today=None) -> View

and is registered with @register("key", "German label", checks=(...)): the names of the
statements in tests/figure_rules that must hold for it (a view cannot be registered without them).
`scale` enlarges text for projectors; `today` makes date-relative figures testable.

Titles and key sentences are built from typed facts (views/facts.py), kept on the View as
`headline` and `statements`, so tests can hold every number against `data` and every claim of a
maximum or minimum against the chart.
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
from dashboard.facts import Claim, Sentence
from dashboard.store.gateway import Database

# modules that register views, in the order slides are offered
VIEW_MODULES = ("overview", "pipeline", "portfolio", "themes", "changes", "geo", "vernetzung",
                "foerderlisten", "finance", "impact")


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
    headline: Sentence | None = None        # the title as data (None: a title without numbers)
    statements: tuple[Sentence, ...] = ()   # the key sentences as data
    claims: tuple[Claim, ...] = ()          # what title and sentences say is largest/smallest
    units: dict[str, str] = field(default_factory=dict)  # data column -> unit ("share", "eur")
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # lists shown with the chart

    @property
    def is_empty(self) -> bool:
        return self.figure is None

    @classmethod
    def of(cls, key: str, headline: Sentence, explanation: str, data: pd.DataFrame,
           figure: go.Figure, statements: tuple[Sentence, ...] | list[Sentence] = (), *,
           claims: tuple[Claim, ...] | list[Claim] = (), units: dict[str, str] | None = None,
           meta: dict | None = None, tables: dict[str, pd.DataFrame] | None = None) -> View:
        """A drawn view whose title and sentences are rendered from their facts (user text in
        its chart escaped: charts.style.safe_text)."""
        from dashboard.charts.style import safe_text

        figure = safe_text(figure)
        statements = tuple(statements)
        return cls(key, headline.text, explanation, data, figure,
                   tuple(s.text for s in statements), meta=meta or {}, headline=headline,
                   statements=statements, claims=tuple(claims), units=units or {},
                   tables=tables or {})

    @classmethod
    def nothing(cls, key: str, title: str, explanation: str, data: pd.DataFrame,
                message: str | None = None, *, units: dict[str, str] | None = None,
                meta: dict | None = None) -> View:
        """A view for a selection with nothing to draw: a sentence instead of a chart."""
        return cls(key, title, explanation, data, None, empty_message=message or title,
                   meta=meta or {}, units=units or {})


Builder = Callable[..., View]
REGISTRY: dict[str, tuple[str, Builder]] = {}
CHECKS: dict[str, tuple[str, ...]] = {}  # view key -> names of its statements (tests/figure_rules)


def register(key: str, label: str, *, checks: tuple[str, ...]) -> Callable[[Builder], Builder]:
    """Register a view builder with the statements (tests/figure_rules) that must hold for it."""
    if not checks:
        raise ValueError(f"Die Ansicht {key!r} braucht mindestens eine Prüfaussage (checks=...).")

    def wrap(func: Builder) -> Builder:
        REGISTRY[key] = (label, func)
        CHECKS[key] = tuple(checks)
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


def view_label(key: str) -> str:
    """The view's label in the active language (text `view.label.<key>`); a view without such
    a text keeps the German label it was registered with."""
    from dashboard.texts import t

    try:
        return t(f"view.label.{key}")
    except KeyError:
        return all_views()[key][0]


def build(key: str, db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
          today: date | None = None) -> View:
    return all_views()[key][1](db, filters, taxonomy, scale=scale, today=today)
