"""The figures in English: every statement of tests/figure_rules holds in English too (sentence
numbers in English format against the data, tiles against charts), titles are translated, and
no German word of ours is left in a chart's texts."""

from __future__ import annotations

import re

import pytest

from dashboard.domain.filters import Filters
from dashboard.i18n import using
from dashboard.store.reference import read_taxonomy
from dashboard.texts import _table
from dashboard.views import all_views, build, view_label
from tests.conftest import DEMO_AS_OF
from tests.figure_rules import Context, check_all

# words our code writes in German; reference names (stages, Reviere, …) are removed first
GERMAN = re.compile(r"\b(Projekte|Projekten|Tage|Tagen|seit|laufend|offene|Anzahl|Mio|Mrd|"
                    r"bewilligt|beantragt|von|und|der|die|das|mit|keine|ohne)\b")


def _names(taxonomy) -> list[str]:
    names: set[str] = set()
    for group in (taxonomy.stages, taxonomy.focus_areas, taxonomy.missions, taxonomy.reviere,
                  taxonomy.exit_reasons, taxonomy.programmes, taxonomy.bundeslaender,
                  taxonomy.networks, taxonomy.districts, taxonomy.themes):
        for item in group:
            names |= {item.name, getattr(item, "short_name", None) or item.name}
    return sorted(names, key=len, reverse=True)


def _chart_texts(figure) -> list[str]:
    spec = figure.to_plotly_json()
    texts = [trace.get(k) for trace in spec["data"] for k in ("name", "hovertemplate")]
    layout = spec["layout"]
    for name, axis in layout.items():
        if name.startswith(("xaxis", "yaxis")) and isinstance(axis.get("title"), dict):
            texts.append(axis["title"].get("text"))
    texts += [note.get("text") for note in layout.get("annotations") or ()]
    return [x.replace("<br>", " ") for x in texts if isinstance(x, str)]


@pytest.mark.parametrize("filters", [Filters(), Filters(reviere=("LR",), focus_areas=("F4",))],
                         ids=["alles", "LR-Energie"])
def test_every_statement_holds_in_english(demo_db, filters):
    with using("en"):
        assert check_all(Context(demo_db, filters, read_taxonomy(demo_db), DEMO_AS_OF)) == []


def test_views_speak_english_in_titles_sentences_and_charts(demo_db):
    taxonomy = read_taxonomy(demo_db)
    names = _names(taxonomy)
    problems = []
    for key in all_views():
        german = build(key, demo_db, Filters(), taxonomy, today=DEMO_AS_OF)
        with using("en"):
            view = build(key, demo_db, Filters(), taxonomy, today=DEMO_AS_OF)
            texts = [view.title, view.explanation, *view.sentences]
            if view.figure is not None:
                texts += _chart_texts(view.figure)
        if not view.is_empty and view.title == german.title:
            problems.append(f"{key}: title not translated: {view.title!r}")
        for text in texts:
            stripped = str(text)
            for name in names:
                stripped = stripped.replace(name, "")
            if found := GERMAN.search(stripped):
                problems.append(f"{key}: German {found.group(0)!r} in {str(text)[:120]!r}")
    assert problems == []


def test_every_view_has_a_label_in_both_languages_and_german_is_the_registered_one():
    german = _table("de")
    for key, (label, _builder) in all_views().items():
        assert german.get(f"view.label.{key}") == label, key
        with using("en"):
            assert view_label(key) != label, key
