"""Every text key in every language: each module of texts.AREAS has DE and EN with the same keys,
the same {placeholders}, and (singular, plural) pairs in both. The check is a function so a test
can show it fails for a module that lacks a language."""

from __future__ import annotations

import importlib
import string
import sys
import types

import pytest

from dashboard.i18n import using
from dashboard.texts import AREAS, LANGUAGES, _table, t, tn


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def language_problems(module) -> list[str]:
    """What is wrong with the languages of one text module (empty: nothing)."""
    tables = {lang: getattr(module, lang.upper(), None) for lang in LANGUAGES}
    problems = [f"{module.__name__}: no {lang.upper()} dict" for lang, table in tables.items()
                if not isinstance(table, dict)]
    if problems:
        return problems
    german = tables["de"]
    for lang, table in tables.items():
        problems += [f"{module.__name__}: {key!r} has no {lang.upper()} text"
                     for key in german if key not in table]
        problems += [f"{module.__name__}: {key!r} is only in {lang.upper()}"
                     for key in table if key not in german]
        for key in german.keys() & table.keys():
            de, other = german[key], table[key]
            if isinstance(de, tuple) != isinstance(other, tuple):
                problems.append(f"{module.__name__}: {key!r} is a (singular, plural) pair in "
                                f"one language only")
            elif isinstance(de, tuple):
                if len(other) != 2 or not all(isinstance(x, str) and x for x in other):
                    problems.append(f"{module.__name__}: {key!r} in {lang.upper()} is no pair")
                elif [_fields(x) for x in de] != [_fields(x) for x in other]:
                    problems.append(f"{module.__name__}: {key!r} placeholders differ in "
                                    f"{lang.upper()}")
            elif not isinstance(other, str) or not other.strip():
                problems.append(f"{module.__name__}: {key!r} in {lang.upper()} is empty")
            elif _fields(de) != _fields(other):
                problems.append(f"{module.__name__}: {key!r} placeholders differ in "
                                f"{lang.upper()}: {sorted(_fields(de))} vs {sorted(_fields(other))}")
    return problems


@pytest.mark.parametrize("area", AREAS)
def test_every_key_of_every_area_has_every_language_with_the_same_placeholders(area):
    module = importlib.import_module(f"dashboard.texts.{area}")
    assert language_problems(module) == []


def test_the_check_fails_for_a_module_that_lacks_english_and_for_a_changed_placeholder():
    module = types.ModuleType("dashboard.texts.probe")
    module.DE = {"probe.a": "{n} Projekte", "probe.b": ("{n} Akteur", "{n} Akteure"),
                 "probe.c": "Seit dem {day}"}
    module.EN = {"probe.a": "{count} projects", "probe.b": "{n} actors"}
    problems = language_problems(module)
    assert any("'probe.c' has no EN text" in p for p in problems)
    assert any("'probe.a' placeholders differ in EN" in p for p in problems)
    assert any("'probe.b' is a (singular, plural) pair in one language only" in p
               for p in problems)
    del module.EN
    assert language_problems(module) == ["dashboard.texts.probe: no EN dict"]


def test_a_new_area_without_english_makes_the_area_test_fail(monkeypatch):
    """The parametrised test runs over AREAS: an area added there without EN is caught."""
    module = types.ModuleType("dashboard.texts.probe_area")
    module.DE = {"probe_area.title": "Finanzen"}
    monkeypatch.setitem(sys.modules, module.__name__, module)
    with pytest.raises(AssertionError):
        test_every_key_of_every_area_has_every_language_with_the_same_placeholders("probe_area")


def test_english_is_looked_up_in_english_and_german_stays_the_default():
    assert t("nav.overview") == "Übersicht"
    with using("en"):
        assert t("nav.overview") == "Overview"
        assert tn("count.new_projects", 1234) == "1,234 new projects"
        assert tn("count.new_projects", 1) == "1 new project"
    assert tn("count.new_projects", 1234) == "1.234 neue Projekte"


def test_both_tables_hold_the_same_keys():
    assert _table("de").keys() == _table("en").keys()
