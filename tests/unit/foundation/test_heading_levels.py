"""Issue 23.16 (axe "heading-order", moderate, on 12 pages): a section under the page title
(h1) is an h2 (st.header); st.subheader (h3) right under the title skipped a level. The
browser tests run axe-core with "moderate" included; this keeps the cheap part in the unit
tests."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_no_page_section_skips_a_heading_level():
    files = [*ROOT.glob("app_pages/*.py"), *ROOT.glob("src/dashboard/ui/*.py")]
    found = [f"{f.relative_to(ROOT)}:{n}" for f in files
             for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\bst\.subheader\(", line)]
    assert found == []
