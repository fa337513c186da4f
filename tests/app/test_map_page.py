"""The Karte page in AppTest: it runs, the table beside the map carries the chart's numbers, the
measure switch recolours, and a click on a district sets (and a second click clears) the shared
Kreis filter, in the session and in the URL."""

from __future__ import annotations

import json

from streamlit.proto.WidgetStates_pb2 import WidgetState

from dashboard.analytics.geo import district_figures
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from tests.app.conftest import decode_typed_arrays

PAGE = "app_pages/map.py"


def _map(at) -> tuple[dict, object]:
    el = next(e for e in at.get("plotly_chart") if e.key == "plot_karte")
    return decode_typed_arrays(json.loads(el.proto.spec)), el


def _table_rows(at) -> dict[str, list[str]]:
    """District name -> cells of the table beside the map."""
    text = next(m.value for m in at.markdown if "| Kreis" in m.value)
    rows = [line.strip("|").split("|") for line in text.splitlines()
            if line.startswith("|") and not line.startswith(("| Kreis", "|---"))]
    return {cells[0].strip().replace("\\", ""): [c.strip() for c in cells[1:]] for cells in rows}


def _click(at, location: str | None) -> None:
    """What the browser sends when a district is clicked. AppTest cannot click a plotly chart, so the widget state is sent as the frontend would."""
    _, el = _map(at)
    states = at._tree.get_widget_states()
    points = [{"location": location, "curve_number": 2, "point_number": 0}] if location else []
    states.widgets.append(WidgetState(id=el.proto.id, string_value=json.dumps(
        {"selection": {"points": points, "point_indices": [0] if points else [], "box": [],
                       "lasso": []}})))
    at._run(states)  # the public API cannot send a chart selection


def _expected(db_path, filters: Filters):
    with Database.open_existing(db_path, read_only=True) as db:
        return district_figures(db, filters)


def test_page_runs_and_table_equals_chart(make_app, writable_db_path, demo_db_path) -> None:
    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception and not at.error
    spec, _ = _map(at)
    choropleth = spec["data"][2]
    expected = _expected(demo_db_path, Filters())
    assert choropleth["locations"] == list(expected["district_code"])
    assert choropleth["z"] == list(expected["projects"])
    rows = _table_rows(at)
    for name, z in zip(expected["district_name"], choropleth["z"], strict=True):
        assert rows[name][0] == fmt_int(z), name
    assert any("GeoBasis-DE / BKG 2021" in c.value for c in at.caption)
    assert "GeoBasis-DE / BKG 2021" in spec["layout"]["annotations"][0]["text"]
    title = at.main.header[0].value.replace("\\", "")  # markdown-escaped (ui/safe.md)
    assert title.startswith("Landkreis Bautzen hat die meisten Projekte")


def test_measure_switch_recolours(make_app, writable_db_path, demo_db_path) -> None:
    at = make_app(writable_db_path, page=PAGE)
    at.radio(key="map_measure").set_value("granted_eur").run()
    assert not at.exception
    z = _map(at)[0]["data"][2]["z"]
    assert z == list(_expected(demo_db_path, Filters())["granted_eur"])


def test_click_on_a_district_sets_the_shared_filter(make_app, writable_db_path,
                                                    demo_db_path) -> None:
    at = make_app(writable_db_path, page=PAGE)
    _click(at, "14626")
    assert not at.exception and not at.error
    assert at.session_state["filter_districts"] == ["14626"]
    assert at.query_params["kreis"] in ("14626", ["14626"])
    assert at.multiselect(key="filter_districts").value == ["14626"]  # the filter bar shows it
    z = dict(zip(*(_map(at)[0]["data"][2][k] for k in ("locations", "z")), strict=True))
    expected = _expected(demo_db_path, Filters(districts=("14626",))).set_index("district_code")
    assert z["14626"] == expected.at["14626", "projects"] > 0
    assert sum(z.values()) == z["14626"]
    _click(at, "14626")  # the same district again: the filter goes
    assert at.session_state["filter_districts"] == []
    assert "kreis" not in at.query_params
    _click(at, "15002")
    assert at.session_state["filter_districts"] == ["15002"]
    assert at.query_params["kreis"] in ("15002", ["15002"])


def test_kreis_filter_from_the_url(make_app, writable_db_path) -> None:
    at = make_app(writable_db_path, page=PAGE, query={"kreis": "15002", "revier": "MR"})
    assert not at.exception and not at.error
    title = at.main.header[0].value.replace("\\", "")  # markdown-escaped (ui/safe.md)
    assert title.startswith("Stadt Halle (Saale): ") and title.endswith("Projekte in der Auswahl")


def test_attribution_link_is_markup_and_names_are_escaped(make_app, writable_db_path) -> None:
    """The source note keeps its link (the app's own markup), while the figure's texts went
    through the user-text escaping of views.View.of."""
    at = make_app(writable_db_path, page=PAGE)
    spec, _ = _map(at)
    note = spec["layout"]["annotations"][0]["text"]
    assert note.startswith('<a href="https://www.bkg.bund.de">© GeoBasis-DE / BKG 2021</a>')
    assert "Stadt Halle (Saale)" in _table_rows(at)
