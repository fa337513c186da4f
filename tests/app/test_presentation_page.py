"""Präsentation page in AppTest: KPI slide figures, next/previous, slide choice, freeze."""

from __future__ import annotations

import pytest

from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.ui import presentation as pres
from dashboard.views import all_views, build
from tests.app.conftest import shown

PAGE = "app_pages/presentation.py"


def _metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _counts(db_path, where: str = "true") -> dict:
    from dashboard.ui.resources import database  # the app's own connection (same process)

    assert database().path == db_path
    return database().query("SELECT count(*) AS n, count(*) FILTER (WHERE status <> 'aktiv') AS "
                            f"exited FROM project WHERE {where}").first()


@pytest.fixture
def app(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception
    return at


def test_starts_on_kpis_with_independent_counts(app, writable_db_path):
    counts = _counts(writable_db_path)
    assert _metric(app, "Projekte") == fmt_int(counts["n"])
    assert _metric(app, "Ausgeschieden") == fmt_int(counts["exited"])
    assert any(m.value.startswith("**Stand: ") for m in app.markdown)
    assert app.session_state["pres_slides"] == [pres.KPI_SLIDE, *all_views()]


def test_next_and_previous_walk_the_slides(app, writable_db_path):
    first_view = next(iter(all_views()))
    from dashboard.store.reference import read_taxonomy
    from dashboard.ui.resources import database

    db = database()
    expected = build(first_view, db, Filters(), read_taxonomy(db), scale=pres.PROJECTOR_SCALE).title
    app.button(key="pres_next").click().run()
    assert [shown(t.value) for t in app.title] == [expected]
    assert app.get("plotly_chart")
    app.button(key="pres_prev").click().run()
    app.button(key="pres_prev").click().run()  # wraps around to the last slide
    assert app.session_state["pres_index"] == len(app.session_state["pres_slides"]) - 1
    assert not app.exception


def test_slide_choice_keeps_the_order(app):
    app.multiselect(key="pres_slides").set_value(["stage_current", pres.KPI_SLIDE]).run()
    assert "Projekte in Prüfung, die meisten in" in shown(app.title[0].value)
    app.button(key="pres_next").click().run()
    assert app.title[0].value == "Die Lage in Zahlen"
    assert any(">Folie 2 von 2<" in h.proto.body for h in app.get("html"))


def test_filter_chip_removal_reaches_the_filter_bar(make_app, writable_db_path):
    at = make_app(writable_db_path, page=PAGE, query={"revier": "LR"})
    assert _metric(at, "Projekte") == fmt_int(_counts(writable_db_path, "revier_code = 'LR'")["n"])
    assert at.session_state["pres_chips"] == ["reviere:LR"]
    at.pills(key="pres_chips").set_value([]).run()
    assert at.multiselect(key="filter_reviere").value == []
    assert _metric(at, "Projekte") == fmt_int(_counts(writable_db_path)["n"])


def test_freeze_holds_the_figures_until_released(app, writable_db_path):
    from dashboard.ui.resources import database

    before = _counts(writable_db_path)
    app.toggle(key="pres_freeze").set_value(True).run()
    with database().transaction() as cur:  # a commit in the app process, like an import
        cur.execute("UPDATE project SET status = 'abgelehnt' WHERE project_id = "
                    "(SELECT min(project_id) FROM project WHERE status = 'aktiv')")
    app.run()
    assert _metric(app, "Ausgeschieden") == fmt_int(before["exited"])
    app.toggle(key="pres_freeze").set_value(False).run()
    assert _metric(app, "Ausgeschieden") == fmt_int(before["exited"] + 1)


def test_a_run_after_the_slides_time_advances_it(app):
    """Auto-advance needs no ticker in the page: the live watcher wakes the session when the
    time is up (ui.live) and the page's run itself moves on; a run before that does not."""
    import time

    app.selectbox(key="pres_auto").set_value(15).run()
    assert app.session_state["pres_index"] == 0
    app.session_state["pres_shown_at"] = time.monotonic() - 16
    app.run()
    assert app.session_state["pres_index"] == 1
    assert app.title[0].value != "Die Lage in Zahlen"
    app.run()  # the clock started again with the new slide
    assert app.session_state["pres_index"] == 1


def test_refresh_and_advance_decisions():
    from dashboard.ui.live import Follow, due

    shown = Follow(db=None, shown=2, wake_at=None, page="p", query="")
    assert due(shown, 3, now=0.0) and not due(shown, 2, now=0.0)
    frozen = Follow(db=None, shown=None, wake_at=None, page="p", query="")  # nothing wakes it
    assert not due(frozen, 3, now=1e9)
    assert due(Follow(None, None, 50.0, "p", ""), 3, now=50.0)
    assert not due(Follow(None, 3, 50.0, "p", ""), 3, now=49.9)
    assert pres.advance_due(100.0, 69.0, 30) and not pres.advance_due(100.0, 71.0, 30)
    assert not pres.advance_due(100.0, 0.0, 0)


def test_share_link_carries_the_filters():
    f = Filters(reviere=("LR",), focus_areas=("F4", "F5"))
    assert pres.share_url("http://host:8501/praesentation", f) == \
        "http://host:8501/?revier=LR&schwerpunkt=F4,F5"
    assert pres.share_url("http://x/app/praesentation", Filters(), "https://monitor.example/") \
        == "https://monitor.example/"
    assert pres.qr_png("http://x")[:4] == b"\x89PNG"


def test_a_long_key_figure_is_set_smaller_not_cut(monkeypatch):
    """Issue 23.14: the slide's figures fill their tiles; one longer than KPI_FULL_CHARS
    ("48.123 (48,5 %)" at 100k projects) gets a smaller size in proportion."""
    from contextlib import nullcontext

    styles: list[str] = []
    monkeypatch.setattr(pres.st, "html", styles.append)
    monkeypatch.setattr(pres, "tile_row", lambda key: nullcontext())
    monkeypatch.setattr(pres, "tile", lambda *args, **kwargs: None)
    pres.kpi_tiles([("Projekte", "400"), ("Bewilligt", "48.123 (48,5 %)x")])
    assert len(styles) == 1 and ".st-key-pres_kpi_1 " in styles[0]
    assert "min(13.1cqi, 9vh)" in styles[0] and "pres_kpi_0" not in styles[0]
    styles.clear()
    pres.kpi_tiles([("Projekte", "400"), ("Beantragt", "780,4 Mio. €")])
    assert styles == []
