"""The floors of the house (ARCHITECTURE.md) are kept: the import-linter contracts in
pyproject.toml pass, every package of dashboard stands on a floor (a new package must be placed),
no module imports a module that imports it back, and no module imports a private name of
another package. The contract check is shown to fail on a probe package that breaks a floor."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[3]
SRC = ROOT / "src" / "dashboard"


def _lint(cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess:
    code = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run([sys.executable, "-c", code, "--no-cache"], cwd=cwd, text=True,
                          capture_output=True, check=False, timeout=120,
                          env={"PYTHONPATH": str(pythonpath), "PATH": "/usr/bin:/bin"})


def test_the_import_contracts_hold():
    result = _lint(ROOT, ROOT / "src")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_the_contract_check_fails_on_a_package_that_imports_upwards(tmp_path):
    pkg = tmp_path / "src" / "probe"
    (pkg / "low").mkdir(parents=True)
    (pkg / "high").mkdir()
    for folder in (pkg, pkg / "low", pkg / "high"):
        (folder / "__init__.py").write_text("")
    (pkg / "high" / "a.py").write_text("from probe.low import b\n")
    (pkg / "low" / "b.py").write_text("from probe.high import a\n")  # the upward arrow
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""
        [tool.importlinter]
        root_package = "probe"
        [[tool.importlinter.contracts]]
        name = "floors"
        type = "layers"
        layers = ["probe.high", "probe.low"]
    """))
    result = _lint(tmp_path, tmp_path / "src")
    assert result.returncode != 0 and "BROKEN" in result.stdout


def _floors() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["id"] == "floors")["layers"]
    return [name.strip() for floor in layers for name in floor.replace("|", ":").split(":")]


def test_every_package_and_module_of_dashboard_stands_on_a_floor():
    placed = set(_floors())
    present = {f"dashboard.{p.stem}" for p in SRC.glob("*.py") if p.stem != "__init__"}
    present |= {f"dashboard.{p.parent.name}" for p in SRC.glob("*/__init__.py")}
    assert present - placed == set(), "neue Pakete in pyproject.toml einem Stockwerk zuordnen"
    assert placed - present == set(), "Stockwerke nennen Pakete, die es nicht gibt"


def cycles(graph) -> list[list[str]]:
    """Groups of modules that import each other in a loop (Tarjan's strongly connected parts)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_a_module_that_imports_it_back():
    assert cycles(grimp.build_graph("dashboard")) == []


def test_the_cycle_finder_finds_a_loop():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

    class Probe:
        modules = frozenset(edges)

        def find_modules_directly_imported_by(self, m):
            return edges[m]

    assert cycles(Probe()) == [["a", "b", "c"]]


def test_no_module_imports_a_private_name_of_another_package():
    found = []
    for path in SRC.rglob("*.py"):
        package = path.relative_to(SRC).parts[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dashboard."):
                other = node.module.split(".")[1]
                found += [f"{path.relative_to(ROOT)}: {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and other != package.removesuffix(".py")]
    assert found == []


def test_the_command_line_starts_without_the_heavy_services():
    """Every command and every test that runs one pays the start: with the feature modules
    imported at the top it took 2,5 s instead of 0,7 s (sklearn, openpyxl, the import pipeline)."""
    code = ("import sys, dashboard.cli; heavy = [m for m in ('sklearn', 'openpyxl', 'plotly', "
            "'dashboard.ingest.service', 'dashboard.matching.service') if m in sys.modules]; "
            "print(','.join(heavy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120, env={"PYTHONPATH": str(ROOT / "src"),
                                                        "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == ""
