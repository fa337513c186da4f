"""Every environment variable the code reads is documented in README's configuration table
(as datasette does for its settings): a new setting cannot be added silently."""

from __future__ import annotations

import re

from dashboard.config import PROJECT_ROOT

READ = re.compile(r"""(?:environ(?:\.get)?\(|environ\[|getenv\()\s*["']([A-Z][A-Z0-9_]+)["']""")


def _read_by_code() -> set[str]:
    names: set[str] = set()
    for folder in ("src", "app_pages"):
        for path in (PROJECT_ROOT / folder).rglob("*.py"):
            names |= set(READ.findall(path.read_text(encoding="utf-8")))
    names |= set(READ.findall((PROJECT_ROOT / "app.py").read_text(encoding="utf-8")))
    return names


def _configuration_section() -> str:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Configuration")
    end = readme.index("\n## ", start + 1)
    return readme[start:end]


def test_every_environment_variable_is_in_the_configuration_table():
    section = _configuration_section()
    documented = set(re.findall(r"\| `([A-Z][A-Z0-9_]+)`", section))
    read = _read_by_code()
    assert read, "the scan found no variables at all"
    assert read - documented == set(), "read by the code but not documented"
    assert documented - read - {"PORT"} == set(), "documented but no longer read"


def test_the_scan_finds_the_known_variables():
    assert {"DASHBOARD_DB", "DASHBOARD_PUBLIC_URL", "DASHBOARD_STALE_DAYS"} <= _read_by_code()
