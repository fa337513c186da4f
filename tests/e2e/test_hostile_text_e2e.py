"""A project whose title and ID try to be markup (an outside image, a phishing link, bold
text, a reversed-text control) is shown as literal text in the project detail, the Übersicht's
waiting list and the presentation, in a real browser; no request leaves for the outside host."""

from __future__ import annotations

import shutil
from datetime import date
from urllib.parse import urlsplit

import pandas as pd
import pytest

from dashboard.store.gateway import Database
from dashboard.store.projects import insert_events, insert_projects, new_batch
from dashboard.store.stays import refresh
from tests.e2e.conftest import StreamlitServer, assert_no_exception, wait_for_app

pytestmark = pytest.mark.e2e
TITLE = ("![x](https://evil.example/p.png) [Förderung hier](https://phish.example) **laut** "
         "<img src=https://evil.example/i.png> \u202eRückwärts")


@pytest.fixture
def server(demo_db_path, tmp_path):
    path = tmp_path / "hostile.duckdb"
    shutil.copy(demo_db_path, path)
    with Database.open_existing(path) as db:
        row = db.query("SELECT * FROM project LIMIT 1").df.iloc[0].to_dict()
        row.update(project_id="LR-EN-999999", title=TITLE, stage_code="IDEE", status="aktiv")
        with db.transaction() as cur:
            batch = new_batch(cur, "demo", note="feindlicher Titel", n_rows=1, n_new=1,
                              n_changed=0, n_unchanged=0, n_rejected=0)
            insert_projects(cur, pd.DataFrame([row]), batch)
            insert_events(cur, pd.DataFrame([{"project_id": "LR-EN-999999", "stage_code": "IDEE",
                                              "entered_on": date(2020, 1, 1), "outcome": None}]),
                          batch)
            refresh(cur, ["LR-EN-999999"])
    s = StreamlitServer(path)
    yield s
    s.stop()


def test_hostile_title_is_literal_text_everywhere(server, page):
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if (urlsplit(r.url).hostname or "").endswith(".example") else None)
    for url in (f"{server.url}/projekte?projekt=LR-EN-999999",
                f"{server.url}/?ansicht=L%C3%A4ngste%20Wartezeit",
                f"{server.url}/projekte?projekt=%5Bx%5D(https://phish.example)"):
        page.goto(url)
        wait_for_app(page)
        page.wait_for_timeout(800)
        assert_no_exception(page)
        main = page.locator("[data-testid='stMain']")
        assert main.locator("a[href*='phish.example'], img[src*='evil.example'], "
                            "strong:text('laut')").count() == 0, url
        if "999999" in url:
            assert "Förderung hier" in main.inner_text()
            assert "\u202e" not in main.inner_text()
    assert not outside
