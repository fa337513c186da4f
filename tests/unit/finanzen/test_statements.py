"""Each statement of the Finanzen and Wirkung views holds on the demo data and notices a
tampered view (a statement that cannot fail proves nothing)."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from dashboard.domain.filters import Filters
from dashboard.store.reference import read_taxonomy
from dashboard.texts import t
from tests.conftest import DEMO_AS_OF
from tests.figure_rules import VIEW_STATEMENTS, Context, check_view

KEYS = ("finance_envelope", "finance_years", "finance_pace", "finance_breakdown",
        "indicator_progress", "indicator_detail")


@pytest.fixture
def ctx(demo_db):
    return Context(demo_db, Filters(), read_taxonomy(demo_db), DEMO_AS_OF)


def _fails(name: str, view, ctx) -> bool:
    return bool(VIEW_STATEMENTS[name](view, ctx))


@pytest.mark.parametrize("key", KEYS)
def test_every_statement_holds_on_the_demo(ctx, key):
    assert check_view(key, ctx) == []


def _with_data(view, column: str, factor: float):
    data = view.data.copy()
    data[column] = data[column] * factor
    return dataclasses.replace(view, data=data)


def test_envelope_statements_notice_a_changed_bar_and_a_changed_tile(ctx):
    view = ctx.view("finance_envelope")
    assert _fails("envelope_bars_equal_data", _with_data(view, t("finanzen.col.committed"), 2), ctx)
    env = view.meta["envelopes"].copy()
    env.loc[env.index[env["fund"] == "InvKG"][0], "committed_eur"] += 1e6
    assert _fails("envelope_equals_tiles", dataclasses.replace(view, meta={**view.meta,
                                                                          "envelopes": env}), ctx)


def test_years_statement_notices_a_missing_year(ctx):
    view = ctx.view("finance_years")
    assert _fails("years_equal_tiles", dataclasses.replace(view, data=view.data.iloc[1:]), ctx)


def test_pace_statement_notices_a_wrong_year_and_a_missing_target_line(ctx):
    view = ctx.view("finance_pace")
    paces = {k: dataclasses.replace(p, reached_year=(p.reached_year or 2030) + 1)
             for k, p in view.meta["paces"].items()}
    assert _fails("pace_projection_holds", dataclasses.replace(
        view, meta={**view.meta, "paces": paces}), ctx)
    fig = view.figure.__class__(view.figure)
    fig.data = [tr for tr in fig.data if tr.line.dash != "dot"]
    assert _fails("pace_projection_holds", dataclasses.replace(view, figure=fig), ctx)
    paces = {k: dataclasses.replace(p, committed_eur=p.committed_eur + 1e6)
             for k, p in view.meta["paces"].items()}
    assert _fails("pace_projection_holds", dataclasses.replace(
        view, meta={**view.meta, "paces": paces}), ctx)


@pytest.mark.parametrize("dimension", ["revier", "land", "focus_area", "programme"])
def test_breakdown_statement_notices_a_lost_group(ctx, dimension):
    view = ctx.view("finance_breakdown", dimension=dimension)
    assert VIEW_STATEMENTS["breakdown_equals_tiles"](view, ctx) == []
    assert _fails("breakdown_equals_tiles", dataclasses.replace(view, data=view.data.iloc[1:]), ctx)


def test_progress_statements_notice_a_wrong_progress_status_actual_and_bar(ctx):
    view = ctx.view("indicator_progress")
    table = view.meta["table"].copy()
    table.loc[0, "progress"] += 0.1
    assert _fails("progress_recomputes", dataclasses.replace(view, meta={"table": table}), ctx)
    table = view.meta["table"].copy()
    table.loc[0, "status"] = "reached" if table.loc[0, "status"] != "reached" else "behind"
    assert _fails("progress_recomputes", dataclasses.replace(view, meta={"table": table}), ctx)
    table = view.meta["table"].copy()
    grant = table.index[table["indicator_code"] == "GRANT"][0]
    table.loc[grant, "actual"] += 1e6  # the Ist no longer equals the projects (nor the tile)
    table.loc[grant, "progress"] = (table.loc[grant, "actual"] - table.loc[grant, "baseline"]) / (
        table.loc[grant, "target_value"] - table.loc[grant, "baseline"])
    assert _fails("progress_recomputes", dataclasses.replace(view, meta={"table": table}), ctx)
    assert _fails("progress_bars_equal_data",
                  _with_data(view, t("wirkung.col.progress"), 1.5), ctx)
    fig = view.figure.__class__(view.figure)
    fig.layout.shapes = ()
    assert _fails("progress_bars_equal_data", dataclasses.replace(view, figure=fig), ctx)


@pytest.mark.parametrize("indicator", ["JOBS", "APPR", "GRANT", "PROJ"])
def test_indicator_statement_notices_a_wrong_target_line(ctx, indicator):
    view = ctx.view("indicator_detail", indicator=indicator)
    assert check_view("indicator_detail", ctx, view) == []
    assert _fails("indicator_targets_drawn", _with_data(view, t("wirkung.col.target"), 1.1), ctx)
    assert _fails("indicator_targets_drawn", _with_data(view, t("wirkung.col.decided"), 0.5), ctx)


def test_numbers_in_the_headlines_come_from_the_data(ctx):
    from dashboard.facts import count, say

    view = ctx.view("indicator_progress")
    wrong = say("wirkung.progress.title", agree="n", n=count(4711),
                total=count(len(view.data)))
    assert _fails("numbers_in_data", dataclasses.replace(view, headline=wrong), ctx)
    assert isinstance(view.data, pd.DataFrame)
