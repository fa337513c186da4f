"""Issue 22: every page on a replica of the PostgreSQL store shows what it shows on the
embedded file with the same data (every tile, every table's size, every chart's data), and a
replica whose PostgreSQL is away says so on the page and keeps showing the last state."""

from __future__ import annotations

import json
import time

from tests.app.conftest import chart_specs


def _seen(at) -> dict[str, list]:
    return {
        "tiles": [(m.label, m.value) for m in at.metric],
        "tables": [len(d.value) for d in at.dataframe],
        "charts": [json.dumps(spec.get("data"), sort_keys=True, default=str)
                   for spec in chart_specs(at)],
        "errors": [e.value for e in at.exception],
    }


def test_every_page_shows_the_same_on_postgresql_as_on_the_file(make_app, demo_db_path,
                                                                  shared_store, monkeypatch,
                                                                  tmp_path):
    from dashboard.ui.navigation import PAGES

    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    pages = [f"app_pages/{spec.file}" for spec in PAGES if spec.action == "read"]
    seen = {}
    for name, target in (("file", demo_db_path), ("postgresql", shared_store["app"])):
        at = make_app(target)
        seen[name] = {}
        for page in pages:
            at.switch_page(page)
            at.run()
            seen[name][page] = _seen(at)
    for page in pages:
        assert seen["postgresql"][page]["errors"] == [], page
        assert seen["postgresql"][page] == seen["file"][page], page
    assert sum(len(s["tiles"]) for s in seen["file"].values()) > 20   # the pages drew tiles


def test_a_replica_without_postgresql_says_so_and_shows_the_last_state(make_app, pg_cluster,
                                                                      shared_store, monkeypatch,
                                                                      tmp_path):
    from dashboard.ui import resources

    monkeypatch.setenv("DASHBOARD_DATA_DIR", str(tmp_path))
    at = make_app(shared_store["app"])
    tiles = [(m.label, m.value) for m in at.metric]
    assert not at.warning or all("PostgreSQL" not in w.value for w in at.warning)
    db = resources.database()
    pg_cluster.stop()
    try:
        deadline = time.monotonic() + 15
        while db.connected and time.monotonic() < deadline:
            time.sleep(0.1)
        at.run()
        assert any("Verbindung zur gemeinsamen Datenbank" in w.value for w in at.warning)
        assert [(m.label, m.value) for m in at.metric] == tiles
        assert not at.exception
    finally:
        pg_cluster.start()
    deadline = time.monotonic() + 15
    while not db.connected and time.monotonic() < deadline:
        time.sleep(0.1)
    at.run()
    assert all("Verbindung zur gemeinsamen" not in w.value for w in at.warning)
