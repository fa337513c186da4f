"""A project title is text on every page that shows titles (issue 20, item 5): a title
`![x](http://evil.example/x.png)` must never reach Markdown as an image or a link (every viewer's
browser would load the outside address). Each page runs in AppTest on a database where one
project of an open pair carries that title; every element Streamlit renders as Markdown is read."""

from __future__ import annotations

import re

import pytest

from dashboard.domain.filters import Filters
from dashboard.matching.queue import open_pairs
from dashboard.store.gateway import Database
from tests.app.conftest import shown

HOSTILE = "![x](http://evil.example/x.png) [Förderung](http://phish.example) "
# an image or link construct that Markdown would render: "](" not escaped by a backslash
LIVE = re.compile(r"(?<!\\)\]\s*(?<!\\)\(")
MARKDOWN_ELEMENTS = ("markdown", "caption", "title", "header", "subheader", "info", "warning",
                     "success", "error")


@pytest.fixture
def hostile_pair(writable_db_path):
    """The first open pair; its project a gets the hostile title (its words stay, so the pair
    is still found after the matching compares the changed project again)."""
    with Database.open_existing(writable_db_path) as db:
        pairs = open_pairs(db, Filters())
        a, b, kind = pairs["a"].iat[0], pairs["b"].iat[0], pairs["kind"].iat[0]
        with db.transaction() as cur:
            cur.execute("UPDATE project SET title = ? || title WHERE project_id = ?", [HOSTILE, a])
        after = open_pairs(db, Filters())
        assert ((after["a"] == a) & (after["b"] == b)).any()
    return writable_db_path, a, b, kind


def _markdown_sources(at) -> list[str]:
    out = []
    for kind in MARKDOWN_ELEMENTS:
        out += [str(el.value) for el in getattr(at, kind)]
    for table in at.table:  # st.table renders every cell as Markdown
        frame = table.value
        out += [str(v) for col in frame.columns for v in frame[col].tolist()] + list(frame.columns)
    return out


PAGES = [
    ("app_pages/vernetzung.py", lambda a, b, kind: {"paar": f"{a}~{b}", "art": kind}),
    ("app_pages/projects.py", lambda a, b, kind: {"projekt": a}),
    ("app_pages/changes.py", lambda a, b, kind: {}),
    ("app_pages/overview.py", lambda a, b, kind: {}),
    ("app_pages/pipeline.py", lambda a, b, kind: {}),
    ("app_pages/foerderlisten.py", lambda a, b, kind: {}),
    ("app_pages/presentation.py", lambda a, b, kind: {}),
]


@pytest.mark.parametrize(("page", "query"), PAGES, ids=[p for p, _ in PAGES])
def test_a_hostile_title_is_shown_as_text(make_app, hostile_pair, page, query):
    path, a, b, kind = hostile_pair
    at = make_app(path, page=page, query=query(a, b, kind))
    assert not at.exception
    sources = _markdown_sources(at)
    live = [s for s in sources if "evil.example" in s and LIVE.search(s)]
    assert not live, live
    if page == "app_pages/vernetzung.py":  # the pair view shows the title, as text
        assert any("![x](http://evil.example/x.png)" in shown(s) for s in sources)
