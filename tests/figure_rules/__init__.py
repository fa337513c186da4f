"""The rules every figure must keep (numbers in sentences found in the data, claims of a
maximum true, tiles equal to the charts they summarise, pages agreeing with each other), by
name: a view names the rules that hold for it when it registers (views.register(checks=...)).
Only tests run them, so they live here, one module per page (overview, pipeline, portfolio,
themes, changes, map, vernetzung, foerderlisten, finance, impact; cross for slides and CLI);
core.py has the machinery, the generic rules and the helpers several pages share."""

# each page's module registers its rules on import
from tests.figure_rules import (  # noqa: F401
    changes,
    cross,
    finance,
    foerderlisten,
    impact,
    overview,
    pipeline,
    portfolio,
    themes,
    vernetzung,
)
from tests.figure_rules import map as _map  # noqa: F401
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
