"""Every download button only downloads: a click must not rerun the script. With Streamlit's
default (on_click="rerun") the click starts a rerun beside the request for the file; a rerun
that ends first drops the callable the button's id points to (deferred downloads are
registered anew on every run), and the person gets "Failed to generate file" instead of the
picture - seen in CI on a busy machine, where the PNG/SVG render takes a while."""

from __future__ import annotations

import pytest

from dashboard.ui.navigation import PAGES

PAGE_FILES = [f"app_pages/{spec.file}" for spec in PAGES]


@pytest.mark.parametrize("page", PAGE_FILES)
def test_no_download_button_reruns_the_script(make_app, demo_db_path, page):
    at = make_app(demo_db_path, page)
    assert not at.exception, at.exception
    buttons = [el.proto for el in at.get("download_button")]
    rerunning = [b.label for b in buttons if not b.ignore_rerun]
    assert rerunning == []


def test_the_pages_do_offer_downloads(make_app, demo_db_path):
    """The test above looks at real buttons (the overview has CSV, Excel, PNG and SVG)."""
    at = make_app(demo_db_path)
    assert len(at.get("download_button")) >= 4
