"""The rules of a page live in that page's module of tests/figure_rules: a reader finds every
rule a view keeps beside the rules of the views on the same page."""

from dashboard.views import CHECKS, all_views
from tests.figure_rules import CROSS, VIEW_STATEMENTS
from tests.figure_rules.core import GENERIC

# views module (src/dashboard/views/<name>.py) -> rules module (tests/figure_rules/<name>.py)
RULES_OF = {"geo": "map"}


def _rules_module(func) -> str:
    return func.__module__.rsplit(".", 1)[-1]


def test_each_view_names_rules_of_its_own_page():
    misplaced = []
    for key, (_label, builder) in all_views().items():
        area = builder.__module__.rsplit(".", 1)[-1]
        expected = RULES_OF.get(area, area)
        misplaced += [f"{key} ({area}): {name} in {_rules_module(VIEW_STATEMENTS[name])}.py, "
                      f"not {expected}.py" for name in CHECKS[key]
                      if _rules_module(VIEW_STATEMENTS[name]) != expected]
    assert misplaced == []


def test_generic_rules_and_only_they_live_in_core():
    in_core = {name for name, func in VIEW_STATEMENTS.items() if _rules_module(func) == "core"}
    assert in_core == set(GENERIC)
    assert not any(_rules_module(func) == "core" for func in CROSS.values())


def test_every_rule_is_named_by_a_view():
    all_views()
    named = {name for checks in CHECKS.values() for name in checks} | set(GENERIC)
    assert set(VIEW_STATEMENTS) - named == set()
