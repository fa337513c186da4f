"""The invariants of the figures (tests/figure_rules) for several seeds, sizes and
selections, tiny and empty ones included; and proof that each statement can fail."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.domain.filters import Filters
from dashboard.facts import count, say
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from dashboard.views import CHECKS, all_views, register
from tests.conftest import DEMO_AS_OF
from tests.figure_rules import CROSS, GENERIC, VIEW_STATEMENTS, Context, check_all, check_view

SELECTIONS = {
    "alles": Filters(),
    "Lausitz": Filters(reviere=("LR",)),
    "MR, Tourismus": Filters(reviere=("MR",), focus_areas=("F6",)),
    "ohne Mission": Filters(missions=("ohne",)),
    "Sachsen-Anhalt, Wasserstoff": Filters(bundeslaender=("ST",), missions=("M02",)),
    "winzig": Filters(districts=("12052",), programmes=("JTF",)),
    "ein Monat": Filters(period_from=date(2025, 3, 1), period_to=date(2025, 3, 31)),
    "leer": Filters(districts=("12052",), period_from=date(2021, 3, 1),
                    period_to=date(2021, 3, 2)),
}
DATABASES = [(42, 400), (7, 400), (3, 10_000)]


@pytest.fixture(scope="module", params=DATABASES, ids=lambda p: f"seed{p[0]}-{p[1]}")
def database(request, tmp_path_factory):
    seed, size = request.param
    path = tmp_path_factory.mktemp("inv") / f"s{seed}-{size}.duckdb"
    init_database(path, reference_dir(), demo=True, size=size, seed=seed, as_of=DEMO_AS_OF,
                  match=False)
    with Database.open_existing(path, read_only=True) as db:
        yield db, size


@pytest.mark.parametrize("name", SELECTIONS)
def test_every_statement_holds(database, name):
    db, size = database
    if size > 1000 and name not in ("alles", "winzig"):
        pytest.skip("the large database runs two selections (time)")
    # a later day: the running quarter and the 30-day period move past the data
    days = (DEMO_AS_OF, DEMO_AS_OF + timedelta(days=45)) if name in ("alles", "winzig") \
        else (DEMO_AS_OF,)
    for today in days:
        ctx = Context(db, SELECTIONS[name], read_taxonomy(db), today)
        assert check_all(ctx) == []


def test_every_view_names_existing_statements():
    views = all_views()
    assert set(CHECKS) == set(views)
    for key, names in CHECKS.items():
        assert names, key
        assert set(names) <= set(VIEW_STATEMENTS), (key, set(names) - set(VIEW_STATEMENTS))
    assert set(GENERIC) <= set(VIEW_STATEMENTS)


def test_a_view_without_statements_cannot_be_registered():
    with pytest.raises(ValueError, match="Prüfaussage"):
        register("ohne_pruefung", "Ohne Prüfung", checks=())


# -- each statement can fail: tamper with a real view, the statement must notice --------------
@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    path = tmp_path_factory.mktemp("tamper") / "demo.duckdb"
    init_database(path, reference_dir(), demo=True, size=400, seed=42, as_of=DEMO_AS_OF,
                  match=False)
    with Database.open_existing(path, read_only=True) as db:
        yield Context(db, Filters(), read_taxonomy(db), DEMO_AS_OF)


def _problems(name: str, view, ctx) -> list[str]:
    return VIEW_STATEMENTS[name](view, ctx)


def test_numbers_in_data_catches_a_number_from_nowhere(ctx):
    view = ctx.view("stage_current")
    assert _problems("numbers_in_data", view, ctx) == []
    wrong = say("stages.title", n=count(417, "count.projects"), stage="„Qualifizierung“",
                top=count(24))
    assert _problems("numbers_in_data", dataclasses.replace(view, headline=wrong), ctx)


def test_claims_hold_catches_a_wrong_maximum_and_a_hidden_tie(ctx):
    view = ctx.view("stage_durations")
    assert view.claims and _problems("claims_hold", view, ctx) == []
    claim = view.claims[0]
    other = next(s for s in view.data["Prüfstufe"] if s not in claim.labels)
    wrong = dataclasses.replace(claim, labels=(other,))
    assert _problems("claims_hold", dataclasses.replace(view, claims=(wrong,)), ctx)
    data = view.data.copy()
    row = data.index[data["Prüfstufe"] == other][0]
    data.loc[row, claim.column] = claim.value  # now two stages share the maximum
    data.loc[row, "Abschnitt"] = claim.where_value
    assert _problems("claims_hold", dataclasses.replace(view, data=data), ctx)


def test_singular_plural_catches_one_projekte(ctx):
    view = ctx.view("pipeline_funnel")
    assert _problems("singular_plural", view, ctx) == []
    bad = dataclasses.replace(view, title="Noch keines der 1 Projekte hat die Bewilligung erreicht")
    assert _problems("singular_plural", bad, ctx)


def test_stage_chart_statement_catches_a_chart_counting_exits_as_waiting(ctx):
    from dashboard.texts import t

    view = ctx.view("stage_current")
    assert check_view("stage_current", ctx, view) == []
    data = view.data.copy()
    active, exits = t("stages.col.active"), t("stages.col.exits")
    data[active] = data[active] + data[exits]  # the old chart: exits counted where they left
    assert _problems("stage_chart_equals_tiles", dataclasses.replace(view, data=data), ctx)


def test_coverage_statement_catches_an_announced_gap_that_is_not_marked(ctx):
    view = ctx.view("portfolio_coverage")
    assert _problems("coverage_marks_match_title", view, ctx) == []
    from dashboard.texts import t

    data = view.data.copy()
    data.loc[data.index[0], t("view.col.gap")] = True
    assert _problems("coverage_marks_match_title", dataclasses.replace(view, data=data), ctx)


def test_cross_statements_see_a_disagreeing_page(ctx, monkeypatch):
    assert CROSS["since_day_agrees"](ctx) == []
    from dashboard.analytics import changes

    real = changes.kpis_at
    # the old definition: the state at the end of D instead of the end of D - 1
    monkeypatch.setattr(changes, "kpis_at", lambda db, f, day: real(db, f, day + timedelta(1)))
    assert CROSS["since_day_agrees"](ctx)


def test_funnel_statement_catches_a_rising_funnel(ctx):
    view = ctx.view("pipeline_funnel")
    data = view.data.copy()
    data.loc[data.index[3], "erreicht"] = int(data["erreicht"].iloc[2]) + 1
    assert _problems("funnel_monotone", dataclasses.replace(view, data=data), ctx)


def test_quarter_statement_catches_an_unmarked_running_quarter(ctx):
    view = ctx.view("quarterly_activity")
    assert _problems("quarters_complete", view, ctx) == []
    data = view.data.copy()
    data["laufend"] = not bool(data["laufend"].iloc[-1])
    assert _problems("quarters_complete", dataclasses.replace(view, data=data), ctx)


def test_stalled_statement_catches_a_project_that_is_not_stalled(ctx):
    view = ctx.view("stalled_projects")
    assert _problems("stalled_are_active_and_old", view, ctx) == []
    projects = view.meta["projects"].copy()
    projects.loc[projects.index[-1], "days"] = view.meta["threshold_days"]
    bad = dataclasses.replace(view, meta={**view.meta, "projects": projects})
    assert _problems("stalled_are_active_and_old", bad, ctx)


@pytest.fixture(scope="module")
def matched(tmp_path_factory):
    """The demo with the Vernetzung pairs computed (the other fixtures skip that for time)."""
    path = tmp_path_factory.mktemp("matched") / "demo.duckdb"
    init_database(path, reference_dir(), demo=True, size=400, seed=42, as_of=DEMO_AS_OF)
    with Database.open_existing(path, read_only=True) as db:
        yield Context(db, Filters(), read_taxonomy(db), DEMO_AS_OF)


@pytest.mark.parametrize("selection", ["alles", "Lausitz", "winzig", "leer"])
def test_vernetzung_views_hold_with_pairs(matched, selection):
    ctx = dataclasses.replace(matched, filters=SELECTIONS[selection], _views={})
    assert check_view("vernetzung_networks", ctx) == []
    assert check_view("actors_picture", ctx) == []
    if selection == "alles":
        assert not ctx.view("vernetzung_networks").is_empty
        assert not ctx.view("actors_picture").is_empty


def test_pairs_statement_catches_bars_that_count_a_pair_once_and_wrong_totals(matched):
    from dashboard.texts import t

    view = matched.view("vernetzung_networks")
    column = t("vernetzung.col.open")
    data = view.data.copy()
    crossing = data[column].idxmax()
    data.loc[crossing, column] -= 1  # a pair across two networks counted only once
    assert _problems("pairs_bars_match_tiles", dataclasses.replace(view, data=data), matched)
    totals = view.tables["summe"].copy()
    totals.iloc[1, 1] += 1
    assert _problems("pairs_bars_match_tiles",
                     dataclasses.replace(view, tables={"summe": totals}), matched)


def test_actors_statement_catches_a_network_missing_in_the_picture(matched):
    from dashboard.texts import t

    view = matched.view("actors_picture")
    first = view.data[t("actors.col.name")].iloc[0]
    data = view.data[view.data[t("actors.col.name")] != first].copy()
    one = view.data[view.data[t("actors.col.name")] == first].head(1)
    bad = dataclasses.replace(view, data=pd.concat([data, one]))
    assert _problems("actors_picture_matches_table", bad, matched)
    fewer = view.meta["actors"].iloc[1:]
    assert _problems("actors_picture_matches_table",
                     dataclasses.replace(view, meta={"actors": fewer}), matched)


def test_every_statement_is_exercised_by_a_tamper_test():
    """New statements need a test that shows they can fail (listed here by name)."""
    tampered = {"numbers_in_data", "claims_hold", "singular_plural", "stage_chart_equals_tiles",
                "coverage_marks_match_title", "funnel_monotone", "quarters_complete",
                "stalled_are_active_and_old", "pairs_bars_match_tiles",
                "actors_picture_matches_table"}
    untested = set(VIEW_STATEMENTS) - tampered - UNTAMPERED_BY_DESIGN - TAMPERED_ELSEWHERE
    assert not untested, f"statements without a failing example: {sorted(untested)}"


# statements whose failing example lives elsewhere (named file) rather than here
UNTAMPERED_BY_DESIGN = {
    "waiting_are_longest", "freshness_covers_all", "funnel_groups_add_up",
    "current_stays_are_active", "matrix_counts_projects",
    "sankey_balances", "themes_cover_projects", "funding_within_total", "network_gaps_marked",
    "changes_add_up",
    "map_equals_tiles", "map_colours_data",  # and tests/unit/geo/test_map_figures.py
    "foerderliste_bars_equal_data", "foerderliste_adds_up",  # and tests/unit/foerderlisten
}
# the Finanzen and Wirkung statements: tampered in tests/unit/finanzen/test_statements.py
TAMPERED_ELSEWHERE = {
    "envelope_bars_equal_data", "envelope_equals_tiles", "years_equal_tiles",
    "pace_projection_holds", "breakdown_equals_tiles", "progress_recomputes",
    "progress_bars_equal_data", "indicator_targets_drawn",
}


@pytest.mark.parametrize("name", sorted(UNTAMPERED_BY_DESIGN))
def test_remaining_statements_fail_on_shifted_data(ctx, name):
    """Shift every number of the view's data and meta tables by one: the statement must
    notice (each compares the view with an independent count)."""
    key = next(k for k, names in CHECKS.items() if name in names)
    view = ctx.view(key)
    assert VIEW_STATEMENTS[name](view, ctx) == [], name
    assert VIEW_STATEMENTS[name](_shifted(view), ctx), name


def _shift(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_bool_dtype(out[c]):
            out[c] = ~out[c]
        elif pd.api.types.is_numeric_dtype(out[c]):
            out[c] = out[c] + 1
    return out


def _shifted(view):
    meta = {k: (_shift(v) if isinstance(v, pd.DataFrame) else v) for k, v in view.meta.items()}
    if "marks" in meta:
        meta["marks"] = list(meta["marks"]) + [(0, 0, "gap")]
    if "counts" in meta:
        meta["counts"] = {k: v + 1 for k, v in meta["counts"].items()}
    return dataclasses.replace(view, data=_shift(view.data), meta=meta)
