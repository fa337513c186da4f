"""Vernetzung page in AppTest: tiles and queue equal the service, a decision is stored with the
user and a duplicate leaves the Übersicht, the actors tab, the project detail section."""

from __future__ import annotations

from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_int
from dashboard.matching.queue import actors, open_pairs, summary
from dashboard.store.gateway import Database
from dashboard.ui.auth import LOCAL_USER
from tests.app.conftest import chart_specs, open_tab, shown

PAGE = "app_pages/vernetzung.py"


def _metric(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _table_with(at, column: str):
    """The table that has `column` (st.dataframe without selection has no key in AppTest)."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def _read(db_path, func, *args):
    with Database.open_existing(db_path, read_only=True) as db:
        return func(db, *args)


def test_tiles_queue_and_pair_match_the_service(make_app, writable_db_path):
    figures = _read(writable_db_path, summary, Filters())
    everything = _read(writable_db_path, open_pairs, Filters())
    pairs = _read(writable_db_path, open_pairs, Filters(), None, "dublette")
    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception and not at.error
    overlaps = everything[everything["kind"] != "standard"]
    assert _metric(at, "Offene Paare") == fmt_int(figures["open"]) == fmt_int(len(overlaps))
    # one queue per kind, Dublette first; the kind is named on the pair view
    assert at.query_params["art"] == ["dublette"] or at.query_params["art"] == "dublette"
    assert any(m.value == "Art: **Dublette**" for m in at.markdown)
    assert _metric(at, "davon über Grenzen") == fmt_int(figures["cross"])
    assert _metric(at, "Entschieden") == "0"
    table = at.dataframe(key="vernetzung_queue").value
    assert table["a"].tolist() == pairs["a"].tolist() and table["b"].tolist() == pairs["b"].tolist()
    first = pairs.iloc[0]
    assert table["reasons"].iat[0] == "; ".join(first["reasons"])
    assert any(shown(s.value).startswith(f"{first['a']} und {first['b']}:") for s in at.main.header)
    labels = [b.label for b in at.button]
    assert f"Dublette – {first['a']} bleibt" in labels and "unabhängig" in labels
    counts = next(s for s in chart_specs(at) if s["data"][0]["type"] == "bar")
    assert sum(counts["data"][0]["x"]) >= len(overlaps)  # a cross-network pair counts twice


def test_each_kind_has_its_own_queue(make_app, writable_db_path):
    parallel = _read(writable_db_path, open_pairs, Filters(), None, "parallel")
    assert len(parallel) and (parallel["kind"] == "parallel").all()
    at = make_app(writable_db_path, page=PAGE, query={"art": "parallel"})
    assert not at.exception and not at.error
    table = at.dataframe(key="vernetzung_queue").value
    assert table["a"].tolist() == parallel["a"].tolist()
    assert any(m.value == "Art: **Parallelentwicklung**" for m in at.markdown)
    assert any("andere Träger" in r for r in table["reasons"])


def test_the_filter_bar_applies_to_the_queue(make_app, writable_db_path):
    pairs = _read(writable_db_path, open_pairs, Filters(reviere=("MR",), focus_areas=("F4",)),
                  None, "dublette")
    everything = _read(writable_db_path, open_pairs, Filters(), None, "dublette")
    at = make_app(writable_db_path, page=PAGE, query={"revier": "MR", "schwerpunkt": "F4"})
    assert not at.exception
    table = at.dataframe(key="vernetzung_queue").value
    assert table["a"].tolist() == pairs["a"].tolist()
    assert 0 < len(table) < len(everything)


def test_a_duplicate_decision_is_stored_with_the_user_and_leaves_the_overview(make_app,
                                                                             writable_db_path):
    everything = _read(writable_db_path, open_pairs, Filters())
    pairs = _read(writable_db_path, open_pairs, Filters(), None, "dublette")
    a, b = pairs["a"].iat[0], pairs["b"].iat[0]
    at = make_app(writable_db_path, page=PAGE)
    at.button(key=f"decide_dublette_{a}").click().run()
    assert not at.exception and not at.error
    assert _metric(at, "Entschieden") == "1"
    assert _metric(at, "Offene Paare") == fmt_int((everything["kind"] != "standard").sum() - 1)
    assert any("Gespeichert für" in s.value for s in at.success)
    from dashboard.ui.resources import database  # the app's own connection (it owns the file)

    row = database().query("SELECT actor, keep_id, decision FROM match_decision").first()
    assert row == {"actor": LOCAL_USER, "keep_id": a, "decision": "dublette"}
    at.switch_page("app_pages/overview.py").run()
    assert _metric(at, "Projekte") == "399"
    at.query_params["projekt"] = b
    at.switch_page("app_pages/projects.py").run()
    assert not at.exception
    assert any(f"als Dublette von {a} markiert" in w.value for w in at.warning)
    related = _table_with(at, "Beziehung")
    assert related["Beziehung"].tolist()[0] == "Dublette"
    assert related["Projekt-ID"].iat[0] == f"projekte?projekt={a}"


def test_actors_tab_draws_the_picture_and_the_table(make_app, writable_db_path):
    expected = _read(writable_db_path, actors, Filters())
    at = open_tab(make_app(writable_db_path, page=PAGE), "Akteure")
    assert not at.exception and not at.error
    table = _table_with(at, "Akteur")
    assert table["Akteur"].tolist() == expected["name"].tolist()
    several = int((expected["n_networks"] > 1).sum())
    assert any(s.value == f"{fmt_int(several)} Akteure arbeiten in mehreren Fachnetzwerken"
               for s in at.main.header)
    picture = next(s for s in chart_specs(at)
                   if any(tr.get("mode") == "markers+text" for tr in s["data"]))
    names = [n for trace in picture["data"] for n in (trace.get("customdata") or [])]
    assert set(expected[expected["n_networks"] > 1]["name"].head(12)) <= set(names)


def test_standard_measures_are_listed_folded_as_projects(make_app, writable_db_path):
    from dashboard.matching.queue import similar_measures

    similar = _read(writable_db_path, similar_measures, Filters())
    assert len(similar) and (similar["same_title"] >= 2).all()
    at = make_app(writable_db_path, page=PAGE, query={"art": "standard"})
    assert not at.exception and not at.error
    table = _table_with(at, "gleichartige Vorhaben anderer Träger")
    assert table["Projekt-ID"].tolist()[:5] == [f"projekte?projekt={k}"
                                                for k in similar["project_id"].head(5)]
    assert not [b for b in at.button if b.key and b.key.startswith("decide_")]


def test_queue_names_its_number_and_its_ordering_rule(make_app, writable_db_path):
    """Issue 23.10: the number is the pair's score, not its title similarity ("Ähnlichkeit
    100 %" beside "Titel zu 83 % gleich"); pairs across more borders come first, and the page
    says so, because a much closer pair can stand below."""
    import json

    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception
    grid = at.dataframe(key="vernetzung_queue")
    config = json.loads(grid.proto.columns)
    label = config["score"]["label"]
    assert "hnlich" not in label, label
    assert "Titel" in config["score"].get("help", ""), "the help says it is not the title's"
    pair_title = next(s.value for s in at.main.header if " und " in s.value)
    assert "ähnlich" not in pair_title and label in pair_title, pair_title
    caption = " ".join(c.value for c in at.caption)
    assert "meisten Grenzen" in caption, caption
    table = grid.value
    borders = [len([c for c in cross.split(", ") if c]) for cross in table["cross"]]
    scores = [float(s) for s in table["score"]]
    ranked = sorted(zip(borders, scores, strict=True), key=lambda x: (-x[0], -x[1]))
    assert list(zip(borders, scores, strict=True)) == ranked, "the stated rule is the order"
    assert any(s < max(scores[i + 1:]) for i, s in enumerate(scores[:-1])), \
        "the demo has a closer pair below a farther one (else the rule were not visible)"


def test_a_long_queue_shows_its_first_pairs_of_the_tiles_count(make_app, writable_db_path,
                                                                monkeypatch):
    """The page fetches only the pairs it shows (at 100k the reasons of every open pair took
    most of its time); the line below the table counts all open pairs of the kind, as the
    kind's button does."""
    import dashboard.ui.vernetzung as page

    monkeypatch.setattr(page, "MAX_ROWS", 2)
    every = _read(writable_db_path, open_pairs, Filters(), None, "dublette")
    first = _read(writable_db_path, open_pairs, Filters(), None, "dublette", 2)
    figures = _read(writable_db_path, summary, Filters())
    assert len(every) > 2 and figures["by_kind"]["dublette"] == len(every)
    assert first[["a", "b", "score"]].equals(every.head(2)[["a", "b", "score"]])
    assert first["reasons"].tolist() == every.head(2)["reasons"].tolist()
    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception and not at.error
    table = at.dataframe(key="vernetzung_queue").value
    assert table["a"].tolist() == every.head(2)["a"].tolist()
    assert any(c.value == f"Gezeigt werden die ersten 2 von {fmt_int(len(every))} offenen Paaren."
               for c in at.caption)
