"""The rules every figure must keep (numbers in sentences found in the data, claims of a
maximum true, tiles equal to the charts they summarise, pages agreeing with each other), by
name: a view names the rules that hold for it when it registers (views.register(checks=...)).
Only tests run them, so they live here; core.py has the general and page rules, finance.py
those of Finanzen and Wirkung."""

from tests.figure_rules import finance  # noqa: F401  (registers its rules)
from tests.figure_rules.core import (
    CROSS,
    GENERIC,
    VIEW_STATEMENTS,
    Context,
    Problems,
    check_all,
    check_view,
)

__all__ = ["CROSS", "GENERIC", "VIEW_STATEMENTS", "Context", "Problems", "check_all",
           "check_view"]
