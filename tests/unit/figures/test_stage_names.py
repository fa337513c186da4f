"""Issue 23.11: one name per Prüfstufe in every chart ("Projektidee" on the Trichter was "Idee"
on "je Revier", "In Umsetzung" was "Umsetzung"): the stage labels of all charts of all views,
collected from the figures, are the reference data's names, never the other spelling."""

from __future__ import annotations

import json

import pytest

from dashboard.domain.filters import Filters
from dashboard.store.reference import read_taxonomy
from dashboard.views import all_views, build
from tests.conftest import DEMO_AS_OF


def _strings(node) -> set[str]:
    """Every string in a plotly figure dict (trace categories, tick texts, annotations,
    titles); a label wrapped with <br> is read as one."""
    if isinstance(node, str):
        return {" ".join(node.replace("<br>", " ").split())}
    if isinstance(node, dict):
        return set().union(*(_strings(v) for k, v in node.items() if k != "template"), set())
    if isinstance(node, (list, tuple)):
        return set().union(*(_strings(v) for v in node), set())
    return set()


@pytest.fixture(scope="module")
def labels_per_view(demo_db_path):
    from dashboard.store.gateway import Database

    with Database.open_existing(demo_db_path, read_only=True) as db:
        taxonomy = read_taxonomy(db)
        out = {}
        for key in all_views():
            view = build(key, db, Filters(), taxonomy, today=DEMO_AS_OF)
            if view.figure is not None:
                out[key] = _strings(json.loads(view.figure.to_json()))
        return taxonomy, out


def test_every_chart_names_a_stage_by_its_one_name(labels_per_view):
    taxonomy, labels = labels_per_view
    other = {s.short_name: s.name for s in taxonomy.stages if s.short_name != s.name}
    assert other, "the reference data has stages whose short name differs"
    found = {key: sorted(f"{x} (statt {other[x]})" for x in strings if x in other)
             for key, strings in labels.items()}
    assert {k: v for k, v in found.items() if v} == {}
    names = {s.name for s in taxonomy.stages}
    with_stages = [k for k, strings in labels.items() if len(strings & names) >= 3]
    for key in ("stage_current", "pipeline_funnel", "pipeline_funnel_revier", "stage_durations"):
        assert key in with_stages, (key, with_stages)


def test_datenstand_names_a_network_one_way(demo_db):
    """The Datenstand view named one network "(MR)" in its title and chart and
    "(Mitteldeutschland)" in its sentences: one form, the one the other charts use."""
    from datetime import timedelta

    taxonomy = read_taxonomy(demo_db)
    view = build("data_freshness", demo_db, Filters(), taxonomy,
                 today=DEMO_AS_OF + timedelta(days=400))  # every network stale: sentences
    assert view.sentences
    texts = [view.title, *view.sentences,
             *_strings(json.loads(view.figure.to_json()))]
    codes = {r.code for r in taxonomy.reviere}
    forms = {r.short_name for r in taxonomy.reviere} | {r.name for r in taxonomy.reviere}
    named = " ".join(texts)
    assert any(f"({c})" in named for c in codes)
    assert not [f for f in forms if f"({f})" in named], named
