"""ARCHITECTURE.md: a page script bears the name of the `ui` module that draws it and is a few
lines: the filters of the run (page_start or current_filters) where the page has them, then that
module's page function."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MAX_LINES = 6  # code lines after the docstring: two imports, a blank, one call


def _shape_errors(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    body = tree.body[1:] if ast.get_docstring(tree) is not None else tree.body
    start = body[0].lineno if body else 1
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()[start - 1:]
             if line.strip()]
    errors = [f"{len(lines)} lines"] if len(lines) > MAX_LINES else []
    own = {alias.asname or alias.name for node in body if isinstance(node, ast.ImportFrom)
           and node.module == f"dashboard.ui.{path.stem}" for alias in node.names}
    calls = [node for node in body if not isinstance(node, ast.ImportFrom)]
    if not own:
        errors.append(f"imports nothing from dashboard.ui.{path.stem}")
    if len(calls) != 1 or not (isinstance(calls[0], ast.Expr) and isinstance(calls[0].value, ast.Call)
                               and getattr(calls[0].value.func, "id", None) in own):
        errors.append(f"does more than call its page function from dashboard.ui.{path.stem}")
    return errors


def test_every_page_script_only_calls_its_ui_module():
    scripts = sorted(ROOT.glob("app_pages/*.py"))
    assert len(scripts) >= 16
    found = {p.stem: e for p in scripts if (e := _shape_errors(p))}
    assert found == {}
