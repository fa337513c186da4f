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


# -- Übersicht ----------------------------------------------------------------------------------
def _kpis(ctx: Context) -> dict:
    from dashboard.analytics.overview import kpis

    return kpis(ctx.db, ctx.filters)


def _group_sum(data: pd.DataFrame, by: str, value: str, where: str | None = None) -> int:
    rows = data if where is None else data[data[by] == where]
    return int(rows[value].sum())


@statement("stage_chart_equals_tiles")
def stage_chart_equals_tiles(view: View, ctx: Context) -> Problems:
    """The Übersicht stage chart and its tiles count the same population."""
    from dashboard.texts import t

    k = _kpis(ctx)
    d = view.data
    section, review, granted = t("stages.col.section"), t("stages.section.review"), \
        t("stages.section.granted")
    pairs = {
        "in_review": _group_sum(d, section, t("stages.col.active"), review),
        "granted": _group_sum(d, section, t("stages.col.total"), granted),
        "projects": int(d[t("stages.col.total")].sum()),
        "exited": int(d[t("stages.col.exits")].sum()),
    }
    return [f"tile {name} = {k[name]}, chart = {value}" for name, value in pairs.items()
            if k[name] != value]


@statement("waiting_are_longest")
def waiting_are_longest(view: View, ctx: Context) -> Problems:
    """The listed projects wait at least as long as every other active project in review."""
    from dashboard.analytics.durations import current_stays

    every = current_stays(ctx.db, ctx.filters, ctx.today)
    shown = view.meta["projects"]
    expected = sorted(every["days"].tolist(), reverse=True)[:len(shown)]
    problems = []
    if sorted(shown["days"].tolist(), reverse=True) != expected:
        problems.append(f"listed days {shown['days'].tolist()} are not the longest {expected}")
    if len(shown) != min(5, len(every)):
        problems.append(f"{len(shown)} projects listed of {len(every)} waiting")
    return problems


@statement("freshness_covers_all")
def freshness_covers_all(view: View, ctx: Context) -> Problems:
    """Every project of the selection belongs to exactly one Fachnetzwerk row."""
    if view.is_empty:
        return []
    total = int(view.data["Projekte"].sum())
    k = _kpis(ctx)["projects"]
    problems = [] if total == k else [f"networks hold {total} projects, tile says {k}"]
    stale = int(view.data["veraltet"].sum())
    if stale and not all(label in view.title for label in view.meta["stale"][:3]):
        problems.append(f"title does not name the stale networks: {view.title!r}")
    return problems


# -- Pipeline -----------------------------------------------------------------------------------
@statement("funnel_monotone")
def funnel_monotone(view: View, ctx: Context) -> Problems:
    """reached(stage n+1) <= reached(n); the first stage counts every project with a history;
    'Bewilligt' reached = the tile 'Bewilligt'."""
    reached = view.data["erreicht"].tolist()
    problems = [f"reached rises from {a} to {b} at {s!r}" for a, b, s in
                zip(reached, reached[1:], view.data["Prüfstufe"].iloc[1:], strict=False) if b > a]
    k = _kpis(ctx)
    stage = {s.code: s.name for s in ctx.taxonomy.stages}
    granted = view.data.loc[view.data["Prüfstufe"] == stage["BEW"], "erreicht"]
    if len(granted) and int(granted.iloc[0]) != k["granted"]:
        problems.append(f"funnel reached Bewilligt {int(granted.iloc[0])}, tile {k['granted']}")
    if reached and reached[0] != k["projects"]:
        problems.append(f"funnel starts with {reached[0]} projects, tile says {k['projects']}")
    return problems


@statement("funnel_groups_add_up")
def funnel_groups_add_up(view: View, ctx: Context) -> Problems:
    """The funnels per group add up to the overall funnel, stage by stage."""
    if view.is_empty:
        return []
    overall = ctx.view("pipeline_funnel").data.set_index("Prüfstufe")["erreicht"]
    summed = view.data.groupby("Prüfstufe", sort=False)["erreicht"].sum()
    return [f"{stage}: groups sum to {int(n)}, overall {int(overall[stage])}"
            for stage, n in summed.items() if int(overall[stage]) != int(n)]


@statement("current_stays_are_active")
def current_stays_are_active(view: View, ctx: Context) -> Problems:
    """The current stays per stage are the active projects of the stage chart."""
    active = ctx.view("stage_current").data
    if active.empty or view.data.empty:
        return []
    from dashboard.texts import t

    per_stage = active.set_index(t("stages.col.stage"))[t("stages.col.active")]
    return [f"{row['Prüfstufe']}: {row['laufende Fälle']} current stays, "
            f"{per_stage[row['Prüfstufe']]} active" for _, row in view.data.iterrows()
            if int(row["laufende Fälle"]) != int(per_stage[row["Prüfstufe"]])]


@statement("stalled_are_active_and_old")
def stalled_are_active_and_old(view: View, ctx: Context) -> Problems:
    """Every stalled project waits longer than the threshold; per stage never more than the
    active projects there."""
    projects = view.meta["projects"]
    threshold = view.meta["threshold_days"]
    problems = [f"{p} waits {d} <= {threshold} days" for p, d in
                zip(projects["project_id"], projects["days"], strict=True) if d <= threshold]
    from dashboard.texts import t

    active = ctx.view("stage_current").data.set_index(t("stages.col.stage"))[t("stages.col.active")]
    problems += [f"{s}: {n} stalled > {active[s]} active" for s, n in
                 zip(view.data["Prüfstufe"], view.data["hängende Projekte"], strict=True)
                 if n > active[s]]
    return problems


@statement("quarters_complete")
def quarters_complete(view: View, ctx: Context) -> Problems:
    """Every project with a first event up to today is new in exactly one quarter; only the
    last quarter may be running, and it is when today is not its last day."""
    if view.is_empty:
        return []
    first = ctx.db.query(
        f"WITH fp AS ({_fp_sql(ctx)[0]}) SELECT count(*) FROM (SELECT project_id, min(entered_on) AS d FROM "
        "stage_event WHERE project_id IN (SELECT project_id FROM fp) GROUP BY 1) WHERE d <= ?"
        , [*_fp_sql(ctx)[1], ctx.today]).scalar()
    problems = []
    if int(view.data["neue Projekte"].sum()) != int(first):
        problems.append(f"quarters hold {int(view.data['neue Projekte'].sum())} new projects, "
                        f"{first} projects started up to today")
    if view.data["laufend"].iloc[:-1].any():
        problems.append("a quarter other than the last is marked running")
    last_start = view.meta["last_quarter"]
    running = (last_start + pd.offsets.QuarterEnd(0)).date() > ctx.today
    if bool(view.data["laufend"].iloc[-1]) != running:
        problems.append(f"last quarter {view.data['Quartal'].iloc[-1]!r}: running={running}, "
                        f"marked {bool(view.data['laufend'].iloc[-1])}")
    return problems


def _fp_sql(ctx: Context):
    from dashboard.analytics.filtering import filtered_projects_sql

    return filtered_projects_sql(ctx.filters)


# -- Missionen & Schwerpunkte ------------------------------------------------------------------
@statement("matrix_counts_projects")
def matrix_counts_projects(view: View, ctx: Context) -> Problems:
    """Counting each project once (main mission or 'ohne'), the matrix holds every project."""
    if view.is_empty or view.meta.get("include_further"):
        return []
    from dashboard.texts import t

    column = t("view.col.projects")
    total = int(view.data[column].sum())
    k = _kpis(ctx)["projects"]
    return [] if total == k else [f"matrix holds {total} projects, tile says {k}"]


@statement("sankey_balances")
def sankey_balances(view: View, ctx: Context) -> Problems:
    """What flows out of the missions flows into the Reviere (for counts: every project)."""
    if view.is_empty:
        return []
    links = view.meta["links"]
    first = float(links.loc[links["level"] == "mission_focus_area", "value"].sum())
    second = float(links.loc[links["level"] == "focus_area_revier", "value"].sum())
    problems = [] if math.isclose(first, second) else [f"level sums differ: {first} vs {second}"]
    if view.meta["measure"] == "projects" and int(second) != _kpis(ctx)["projects"]:
        problems.append(f"flows hold {second} projects, tile says {_kpis(ctx)['projects']}")
    return problems


@statement("coverage_marks_match_title")
def coverage_marks_match_title(view: View, ctx: Context) -> Problems:
    """The chart marks exactly the cells the title counts, each without a project."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    gaps = view.data[view.data[t("view.col.gap")]]
    problems = []
    if len(view.meta["marks"]) != len(gaps):
        problems.append(f"{len(view.meta['marks'])} marks, {len(gaps)} gap cells in the data")
    if (gaps[t("view.col.projects")] != 0).any():
        problems.append("a marked gap cell has projects")
    if len(gaps) and str(len(gaps)) not in view.title.split(" ")[0]:
        problems.append(f"title {view.title!r} does not count the {len(gaps)} marked gaps")
    if not len(gaps) and view.headline and view.headline.key != "view.coverage.title.none":
        problems.append("no gap marked but the title announces one")
    return problems


# -- Querschnittsthemen -------------------------------------------------------------------------
@statement("themes_cover_projects")
def themes_cover_projects(view: View, ctx: Context) -> Problems:
    """Every theme counts every project of the selection once across the groups."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    per_theme = view.data.groupby(t("col.theme"))[t("view.col.projects")].sum()
    k = _kpis(ctx)["projects"]
    return [f"{theme}: {int(n)} projects, tile says {k}" for theme, n in per_theme.items()
            if int(n) != k]


@statement("funding_within_total")
def funding_within_total(view: View, ctx: Context) -> Problems:
    """Funding with a theme as principal aim <= with the theme at all <= all funding, and the
    total is the Übersicht's sum for the same measure."""
    if view.is_empty:
        return []
    f = view.meta["funding"]
    problems = [f"{r.theme_name}: main {r.main_eur} > any {r.any_eur} > total {r.total_eur}"
                for r in f.itertuples() if not (r.main_eur <= r.any_eur + 0.01 <= r.total_eur + 0.02)]
    k = _kpis(ctx)[view.meta["measure"]]
    if not math.isclose(float(f["total_eur"].max()), k, rel_tol=0, abs_tol=0.01):
        problems.append(f"total {f['total_eur'].max()} differs from the tile's {k}")
    return problems


@statement("network_gaps_marked")
def network_gaps_marked(view: View, ctx: Context) -> Problems:
    """Every listed gap is a marked cell with no project having the theme as principal aim."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    gaps = view.data[view.data[t("view.col.gap")]]
    problems = []
    if (gaps[t("view.col.marker_2")] != 0).any():
        problems.append("a marked cell has a project with the theme as principal aim")
    if len(view.meta["marks"]) != len(gaps) or len(gaps) != len(view.meta["gaps"]):
        problems.append(f"{len(view.meta['marks'])} marks, {len(gaps)} gap cells, "
                        f"{len(view.meta['gaps'])} gap sentences")
    return problems


# -- Veränderungen ------------------------------------------------------------------------------
@statement("changes_add_up")
def changes_add_up(view: View, ctx: Context) -> Problems:
    """The per-stage chart adds up to the tiles of the page (change_counts of the events)."""
    counts = view.meta["counts"]
    d = view.data
    pairs = {"new": int(d["neu aufgenommen"].sum()), "moves": int(d["in die Stufe gewechselt"].sum()),
             "exits": int(d["in der Stufe ausgeschieden"].sum())}
    return [f"tile {k} = {counts[k]}, chart = {v}" for k, v in pairs.items() if counts[k] != v]


# -- across pages, slides and the CLI ------------------------------------------------------------
@cross("since_day_agrees")
def since_day_agrees(ctx: Context) -> Problems:
    """'seit D' means D inclusive to today on every page: the Übersicht's change in projects
    equals the new projects the Veränderungen page counts, for the default day and others."""
    from datetime import timedelta

    from dashboard.analytics.changes import change_counts, change_events, kpi_changes, resolve_since

    problems = []
    for since in {resolve_since(ctx.db, ctx.today), ctx.today - timedelta(days=30), ctx.today,
                  ctx.today - timedelta(days=365)}:
        delta = kpi_changes(ctx.db, ctx.filters, since).set_index("kpi").at["projects", "delta"]
        new = change_counts(change_events(ctx.db, ctx.filters, since, ctx.today))["new"]
        if int(delta) != new:
            problems.append(f"since {since}: Übersicht +{int(delta)}, Veränderungen {new} new")
    return problems


@cross("slides_equal_tiles")
def slides_equal_tiles(ctx: Context) -> Problems:
    """The KPI slide (Präsentation, briefing) shows the Übersicht's figures, formatted alike."""
    from dashboard.briefing.content import kpi_figures
    from dashboard.formatting import fmt_eur_short, fmt_int
    from dashboard.texts import t

    k = _kpis(ctx)
    slide = dict(kpi_figures(ctx.db, ctx.filters))
    expected = {t("kpi.projects"): fmt_int(k["projects"]), t("kpi.in_review"): fmt_int(k["in_review"]),
                t("kpi.requested_eur"): fmt_eur_short(k["requested_eur"]),
                t("kpi.granted_eur"): fmt_eur_short(k["granted_eur"])}
    problems = [f"slide {label!r} = {slide.get(label)!r}, tile {value!r}"
                for label, value in expected.items() if slide.get(label) != value]
    granted = slide.get(t("kpi.granted"), "")
    if not granted.startswith(fmt_int(k["granted"])):
        problems.append(f"slide 'Bewilligt' = {granted!r}, tile {k['granted']}")
    return problems


@cross("stats_agree")
def stats_agree(ctx: Context) -> Problems:
    """`stats --json` says what the pages say: stages, funnel and tiles agree."""
    from dashboard.analytics.stats import stats

    s = stats(ctx.db, ctx.filters)
    problems = []
    if sum(s["by_stage"].values()) != s["projects"]:
        problems.append(f"by_stage sums to {sum(s['by_stage'].values())}, projects {s['projects']}")
    first = next(iter(s["funnel"].values()), 0)
    if first != s["projects"]:
        problems.append(f"funnel starts with {first}, projects {s['projects']}")
    for code, n in s["by_stage"].items():
        if n > s["funnel"].get(code, 0):
            problems.append(f"{n} projects in {code}, but only {s['funnel'].get(code)} reached it")
    stage_view = ctx.view("stage_current")
    if not stage_view.is_empty:
        from dashboard.texts import t

        shown = dict(zip(stage_view.data[t("stages.col.stage")], stage_view.data[t("stages.col.active")],
                         strict=True))
        names = {st.code: st.name for st in ctx.taxonomy.stages}
        active = {names[c]: n for c, n in s["active_by_stage"].items()}
        problems += [f"{stage}: stats {active.get(stage)}, chart {int(n)} active"
                     for stage, n in shown.items() if active.get(stage) != int(n)]
    if s["in_review"] != _kpis(ctx)["in_review"]:
        problems.append("stats in_review differs from the tile")
    return problems


@cross("theme_titles_differ")
def theme_titles_differ(ctx: Context) -> Problems:
    """The three Querschnittsthemen tabs state three different findings."""
    titles = [ctx.view(k).title for k in ("themes_by_focus_area", "themes_by_revier",
                                          "themes_by_stage") if not ctx.view(k).is_empty]
    return [] if len(set(titles)) == len(titles) else [f"same titles: {titles}"]


# -- Karte --------------------------------------------------------------------------------------
@statement("map_equals_tiles")
def map_equals_tiles(view: View, ctx: Context) -> Problems:
    """The map counts every project of the selection once: the districts' projects plus those
    outside the Reviere equal the Übersicht tile, and so do the placed, centred and unplaced
    points; the districts' funding is the tile's (minus what lies outside the Reviere)."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    k = _kpis(ctx)
    districts = int(view.data[t("map.col.projects")].sum())
    places = int(view.tables["orte"][t("map.col.projects")].sum())
    problems = []
    if districts + view.meta["outside"] != k["projects"]:
        problems.append(f"districts {districts} + outside {view.meta['outside']} != tile "
                        f"{k['projects']}")
    if places != k["projects"]:
        problems.append(f"points and unplaced {places} != tile {k['projects']}")
    granted = float(view.data[t("map.col.granted_eur")].sum())
    if view.meta["outside"] == 0 and not math.isclose(granted, k["granted_eur"], abs_tol=0.5):
        problems.append(f"granted {granted} != tile {k['granted_eur']}")
    return problems


@statement("map_colours_data")
def map_colours_data(view: View, ctx: Context) -> Problems:
    """The districts are coloured by the column of the chosen measure (shares in per cent),
    every district of the data is on the map, and the points carry the placed projects."""
    if view.is_empty:
        return []
    from dashboard.texts import t

    measure = view.meta["measure"]
    trace = next(tr for tr in view.figure.data if tr.type == "choropleth" and tr.colorbar.title.text)
    expected = view.data[t(f"map.col.{measure}")] * (100 if measure == "theme_main_share" else 1)
    problems = []
    if list(trace.locations) != list(view.meta["districts"]["district_code"]):
        problems.append("districts on the map differ from the data")
    z = pd.to_numeric(pd.Series(list(trace.z)), errors="coerce")
    if not np.allclose(z.to_numpy(float), expected.to_numpy(float), equal_nan=True):
        problems.append(f"colours {list(z)} != data {list(expected)}")
    points = next(tr for tr in view.figure.data if tr.type == "scattergeo")
    placed = sum(int(c[0]) for c in points.customdata or ())
    orte = view.tables["orte"]
    unplaced = int(orte.loc[orte[t("map.col.placed")] == t("map.placed.none"),
                            t("map.col.projects")].sum())
    if placed + unplaced != int(orte[t("map.col.projects")].sum()):
        problems.append(f"points carry {placed} projects, {unplaced} unplaced, of "
                        f"{int(orte[t('map.col.projects')].sum())}")
    return problems


# -- Vernetzung -------------------------------------------------------------------------------
_NETWORK_OF = (
    "SELECT p.project_id, n.code AS network_code FROM project p "
    "LEFT JOIN ref_network n ON n.revier_code = p.revier_code "
    "AND list_contains(n.focus_area_codes, p.focus_area_code) WHERE list_contains(?, p.project_id)")


@statement("pairs_bars_match_tiles")
def pairs_bars_match_tiles(view: View, ctx: Context) -> Problems:
    """The bars count each open pair once per Fachnetzwerk it touches (so their sum is the open
    pairs plus the pairs across two networks); the totals beside the chart are the tiles'."""
    from dashboard.matching import queue
    from dashboard.texts import t

    tiles = queue.summary(ctx.db, ctx.filters)
    problems = [f"{k} {view.meta[k]} != tile {tiles[k]}" for k in ("open", "cross")
                if view.meta[k] != tiles[k]]
    if view.is_empty:
        return problems + ([f"no chart although {tiles['open']} pairs are open"]
                           if tiles["open"] else [])
    shown = list(view.tables["summe"][t("vernetzung.col.pairs")])
    if shown != [tiles["open"], tiles["cross"]]:
        problems.append(f"totals beside the chart {shown} != tiles")
    pairs = queue.open_pairs(ctx.db, ctx.filters)
    pairs = pairs[pairs["kind"] != "standard"]  # standard measures are no overlap
    keys = sorted(set(pairs["a"]) | set(pairs["b"]))
    network = {r["project_id"]: r["network_code"]
               for r in ctx.db.query(_NETWORK_OF, [keys]).rows} if keys else {}
    expected = sum(len({network.get(a), network.get(b)}) for a, b in zip(pairs["a"], pairs["b"],
                                                                          strict=True))
    bars = int(view.data[t("vernetzung.col.open")].sum())
    if bars != expected:
        problems.append(f"bars add up to {bars}, the open pairs touch networks {expected} times")
    return problems


@statement("actors_picture_matches_table")
def actors_picture_matches_table(view: View, ctx: Context) -> Problems:
    """Every actor in the picture has as many Fachnetzwerke there as the table says, and the
    table lists exactly the actors with projects in more than one Fachnetzwerk."""
    from dashboard.analytics.filtering import query_filtered
    from dashboard.matching.normalise import sponsor_key
    from dashboard.texts import t

    name, nets = t("actors.col.name"), t("actors.col.networks")
    table = view.meta["actors"]
    problems = []
    raw = query_filtered(ctx.db, "match_actors", ctx.filters).df
    raw["key"] = [sponsor_key(s) for s in raw["sponsor"]]
    per_key = raw.dropna(subset=["network_code"]).groupby("key")["network_code"].nunique()
    if len(table) != int((per_key > 1).sum()):
        problems.append(f"table lists {len(table)} actors, {int((per_key > 1).sum())} work in "
                        "several networks")
    if view.is_empty:
        return problems
    picture = view.data.groupby(name)[t("vernetzung.col.network")].nunique()
    listed = dict(zip(table[name], table[nets], strict=True))
    for actor, n in picture.items():
        if listed.get(actor) != n:
            problems.append(f"{actor}: {n} networks in the picture, {listed.get(actor)} in the "
                            "table")
    return problems


# -- Förderlisten-Abgleich ---------------------------------------------------------------------
@statement("foerderliste_bars_equal_data")
def foerderliste_bars_equal_data(view: View, ctx: Context) -> Problems:
    """Each bar of the chart is the number of its column and Revier in the view's data."""
    if view.is_empty:
        return []
    df = view.meta["figures"]
    problems = []
    for trace, col in zip(view.figure.data, ("matched", "missing", "not_listed", "outside"),
                          strict=True):
        if [int(x) for x in trace.x] != df[col].astype(int).tolist():
            problems.append(f"bars {col} {list(trace.x)} != data {df[col].tolist()}")
    return problems


@statement("foerderliste_adds_up")
def foerderliste_adds_up(view: View, ctx: Context) -> Problems:
    """Per Revier the operations are the matched plus the missing ones (outside the Reviere:
    the matched plus the ones not compared, so every operation has a bar), and the headline's
    numbers are the data's totals, counted again here from the stored lists."""
    if view.is_empty:
        return []
    df = view.meta["figures"]
    reviere = df[df["revier_code"] != "-"]
    problems = []
    if not (reviere["operations"] == reviere["matched"] + reviere["missing"]).all():
        problems.append("operations != matched + missing")
    if not (df["operations"] == df["matched"] + df["missing"] + df["outside"]).all():
        problems.append("operations != matched + missing + outside (a row without its bar)")
    if not ctx.filters.reviere:
        stored = ctx.db.scalar("SELECT count(*) FROM oplist_operation o JOIN oplist_import i "
                               "USING (batch_id) WHERE i.undone_by IS NULL AND NOT EXISTS ("
                               "SELECT 1 FROM oplist_import j WHERE j.fund = i.fund AND j.land = "
                               "i.land AND j.undone_by IS NULL AND (j.stand, j.batch_id) > "
                               "(i.stand, i.batch_id))")
        if int(df["operations"].sum()) != int(stored):
            problems.append(f"operations {int(df['operations'].sum())} != stored lists {stored}")
    values = [n.value for n in view.headline.numbers()]
    expected = [float(df["operations"].sum()), float(reviere["operations"].sum()),
                float(reviere["matched"].sum())]
    if values != expected:
        problems.append(f"headline {values} != data {expected}")
    return problems
# the statements of the Finanzen and Wirkung views live in their own module
