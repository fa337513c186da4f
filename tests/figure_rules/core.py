"""The invariants of the figures: named statements that must hold for every database, filter
selection and day. Each registered view names the statements that apply to it
(`@register(..., checks=...)`); `CROSS` statements compare figures of different views, pages,
slides and the CLI. A statement returns the problems it found as German-free, precise lines
(empty: it holds). tests/unit/figures runs them for several seeds, sizes and selections.

Generic statements (every view):
- numbers_in_data: every number in the title and the key sentences is a value of the view's
  data (a cell, a column total, a count of rows, a group total) or, for shares, a ratio of two
  such values; no digit in a sentence comes from anywhere else.
- claims_hold: every "die meisten / am längsten / am wenigsten" names exactly the rows with the
  extreme value of its column (a tie names all of them).
- singular_plural: no "1 Projekte", "1 Tagen", ... in title, sentences, explanation.

The rules of one page live in the module of that page (overview.py, pipeline.py, portfolio.py,
themes.py, changes.py, map.py, vernetzung.py, foerderlisten.py, finance.py, impact.py; cross.py
for the slides and the CLI); this module holds the machinery, the generic statements and the
helpers several pages use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import Num, extreme
from dashboard.store.gateway import Database
from dashboard.views import CHECKS, View, all_views

Problems = list[str]


@dataclass
class Context:
    """What a statement may look at: the database, a selection, a day, and views built once."""

    db: Database
    filters: Filters
    taxonomy: Taxonomy
    today: date
    _views: dict = field(default_factory=dict)

    def view(self, key: str, **options: Any) -> View:
        cache_key = (key, tuple(sorted(options.items())))
        if cache_key not in self._views:
            builder = all_views()[key][1]
            self._views[cache_key] = builder(self.db, self.filters, self.taxonomy,
                                             today=self.today, **options)
        return self._views[cache_key]


ViewStatement = Callable[[View, Context], Problems]
CrossStatement = Callable[[Context], Problems]
VIEW_STATEMENTS: dict[str, ViewStatement] = {}
CROSS: dict[str, CrossStatement] = {}


def statement(name: str):
    """Register a statement about one view: f(view, ctx) -> problems."""
    def wrap(func: ViewStatement) -> ViewStatement:
        VIEW_STATEMENTS[name] = func
        return func
    return wrap


def cross(name: str):
    """Register a statement across views/pages: f(ctx) -> problems."""
    def wrap(func: CrossStatement) -> CrossStatement:
        CROSS[name] = func
        return func
    return wrap


def check_view(key: str, ctx: Context, view: View | None = None) -> Problems:
    """Every statement registered for view `key` (building it unless given)."""
    view = view or ctx.view(key)
    problems: Problems = []
    for name in (*GENERIC, *CHECKS[key]):
        problems += [f"{key} [{name}]: {p}" for p in VIEW_STATEMENTS[name](view, ctx)]
    return problems


def check_all(ctx: Context) -> Problems:
    """Every view's statements and every cross statement for one context."""
    problems: Problems = []
    for key in all_views():
        problems += check_view(key, ctx)
    for name, func in CROSS.items():
        problems += [f"[{name}]: {p}" for p in func(ctx)]
    return problems


# -- generic ----------------------------------------------------------------------------------
def _numeric_values(data: pd.DataFrame) -> np.ndarray:
    """The values a sentence may state: cells, totals, counts, group totals (see module doc)."""
    found: list[float] = [float(len(data))]
    numeric = [c for c in data.columns if pd.api.types.is_numeric_dtype(data[c])
               and not pd.api.types.is_bool_dtype(data[c])]
    for c in data.columns:
        col = data[c]
        if pd.api.types.is_bool_dtype(col):
            found.append(float(col.sum()))
        elif c in numeric:
            values = pd.to_numeric(col, errors="coerce").dropna().astype(float)
            found += values.tolist()
            found.append(float(values.sum()))
        if pd.api.types.is_bool_dtype(col):
            for n in numeric:
                found.append(float(pd.to_numeric(data.loc[col, n], errors="coerce").sum()))
        elif (col.dtype == object or pd.api.types.is_string_dtype(col)) \
                and 0 < col.nunique() <= 40:
            counts = col.value_counts()
            found += counts.astype(float).tolist()
            found.append(float(len(counts)))
            for n in numeric:
                found += data.groupby(c, sort=False)[n].sum().astype(float).tolist()
    return np.unique(np.array([v for v in found if not math.isnan(v)], dtype=float))


def _half_width(num: Num) -> float:
    if num.unit in ("share", "points"):
        return 0.5 * 10 ** -num.decimals / 100
    if num.unit == "number":
        return 0.5 * 10 ** -num.decimals
    if num.unit == "eur":
        size = abs(num.value)
        return 0.005e9 if size >= 1e9 else 0.05e6 if size >= 1e6 else 0.5
    return 0.5


def _shown_in(num: Num, values: np.ndarray) -> bool:
    """True when some value (or, for a share, some ratio of two values) reads the same."""
    width = _half_width(num)
    pool = values
    if num.unit == "share":
        positive = values[values > 0]
        pool = np.concatenate([(values[:, None] / positive[None, :]).ravel(), values])
    near = pool[np.abs(pool - num.value) <= 2 * width]
    text = num.number_text()
    return any(Num(float(v), num.unit, decimals=num.decimals).number_text() == text for v in near)


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@statement("numbers_in_data")
def numbers_in_data(view: View, ctx: Context) -> Problems:
    if view.is_empty:
        return []
    values = np.unique(np.concatenate([_numeric_values(view.data),
                                       *(_numeric_values(t) for t in view.tables.values())]))
    problems = []
    sentences = ([view.headline] if view.headline else []) + list(view.statements)
    if view.headline is None and _DIGITS.search(view.title):
        problems.append(f"title has numbers but no facts: {view.title!r}")
    for sentence in sentences:
        for num in sentence.numbers():
            if num.unit not in ("date", "setting") and not _shown_in(num, values):
                problems.append(f"{num.number_text()} ({num.unit}) in {sentence.text!r} is not "
                                f"in the view's data")
        rest = sentence.text
        for value in sorted(map(str, sentence.values.values()), key=len, reverse=True):
            rest = rest.replace(value, " ")
        stray = [d for d in _DIGITS.findall(rest) if d not in sentence.template_text()]
        if stray:
            problems.append(f"digits {stray} in {sentence.text!r} come from no fact")
    return problems


@statement("claims_hold")
def claims_hold(view: View, ctx: Context) -> Problems:
    problems = []
    for claim in view.claims:
        table = view.data if claim.table is None else view.tables[claim.table]
        truth = extreme(table, claim.column, claim.label_column, claim.kind,
                        where_column=claim.where_column, where_value=claim.where_value)
        if truth is None or set(truth.labels) != set(claim.labels) or \
                not math.isclose(truth.value, claim.value):
            problems.append(f"claims {claim.kind} of {claim.column!r} for {claim.labels}, the data "
                            f"says {truth.labels if truth else None}")
        text = " ".join([view.title, *view.sentences])
        missing = [label for label in claim.labels if label not in text]
        if missing:
            problems.append(f"claim labels {missing} are not named in title or sentences")
    return problems


_PLURAL_AFTER_ONE = re.compile(
    r"(?<![\d.,])\b1 (Projekte|Projekten|Tage|Tagen|Fachnetzwerke|Fachnetzwerken|Ausstiege|"
    r"Missionen|Zeilen|Werte|Stufen|Quartale|Lücken|Anträge|Einträge|"
    r"projects|days|exits|missions|rows|stages|quarters|gaps|entries|actors|pairs)\b")


@statement("singular_plural")
def singular_plural(view: View, ctx: Context) -> Problems:
    texts = [view.title, view.explanation, *(view.sentences), view.empty_message or ""]
    return [f"plural after 1: {m.group(0)!r} in {text!r}"
            for text in texts for m in _PLURAL_AFTER_ONE.finditer(text)]


# the statements every view gets (in addition to its own)
GENERIC = ("numbers_in_data", "claims_hold", "singular_plural")


# -- helpers shared by the pages' rules ----------------------------------------------------------
def _kpis(ctx: Context) -> dict:
    from dashboard.analytics.overview import kpis

    return kpis(ctx.db, ctx.filters)


def _t(key: str) -> str:
    from dashboard.texts import t

    return t(key)


def _same(drawn, data) -> bool:
    """The numbers a chart draws equal the data's (same length, NaN where NaN)."""
    a = pd.to_numeric(pd.Series(list(drawn)), errors="coerce").to_numpy(float)
    b = pd.to_numeric(pd.Series(list(data)), errors="coerce").to_numpy(float)
    return a.shape == b.shape and bool(np.allclose(a, b, equal_nan=True))


def _overview_tiles(ctx: Context) -> pd.DataFrame:
    from dashboard.analytics.overview import envelope_commitment

    return envelope_commitment(ctx.db, ctx.filters).set_index("revier_code")
