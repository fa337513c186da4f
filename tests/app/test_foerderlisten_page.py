"""Förderlisten-Abgleich in AppTest: the figures as the services count them, names of natural
persons hidden, a list imported through the uploader (plan, commit, undo), adoption after
confirmation."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard.foerderlisten.abgleich import reconciliation
from dashboard.foerderlisten.personal import HIDDEN
from dashboard.foerderlisten.plan import plan_list
from dashboard.foerderlisten.selection import OpSelection, missing_selection
from dashboard.foerderlisten.service import commit_list
from dashboard.formatting import fmt_int
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.ui.safe import md
from tests.app.conftest import open_tab, shown
from tests.unit.foerderlisten.shapes import make_operations, write_1420_csv

PAGE = "app_pages/foerderlisten.py"
DATA = Path(__file__).resolve().parents[1] / "data" / "foerderlisten"


def _tile(at, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def _table(at, having: str, without: str | None = None):
    """The table with column `having` (and without column `without`)."""
    return next(d.value for d in at.dataframe if having in d.value.columns
                and (without is None or without not in d.value.columns))


def test_abgleich_shows_the_counted_groups(make_app, writable_db_path):
    with Database.open_existing(writable_db_path, read_only=True) as db:
        counts = reconciliation(db).counts()
        persons = reconciliation(db).not_in_monitor["natural_person"].sum()
    at = make_app(writable_db_path, page=PAGE)
    assert not at.exception
    headline = at.main.header[0].value
    for n in (counts["operations"], counts["in_revier"], counts["matched_in_revier"]):
        assert f" {n} " in f" {headline} "
    tables = {"fl_matched": _table(at, t("fl.t.p_cost"))}
    assert len(at.dataframe) == 1  # one group (one data grid) at a time
    at.segmented_control(key="gruppe").set_value("not_listed").run()
    tables["fl_not_listed"] = _table(at, t("fl.t.granted"))
    at.segmented_control(key="gruppe").set_value("missing").run()
    at.select_slider(key="ab").set_value(0.0).run()   # the whole group (default: ab 100.000 €)
    tables["fl_missing"] = _table(at, t("fl.t.op"), t("fl.t.p_cost"))
    assert len(tables["fl_matched"]) == counts["matched"]
    assert len(tables["fl_missing"]) == counts["not_in_monitor"]
    assert len(tables["fl_not_listed"]) == counts["not_in_list"]
    # issue 23.6: districts by name, amounts as numbers the grid groups ("3.531.600")
    districts = tables["fl_missing"][t("fl.t.district")].dropna()
    assert len(districts) and not districts.astype(str).str.fullmatch(r"\d+").any()
    grid = next(d for d in at.dataframe if t("fl.t.op") in d.value.columns)
    config = json.loads(grid.proto.columns)
    assert config[t("fl.t.cost")]["type_config"] == {"type": "number", "format": "localized"}
    hidden = (tables["fl_missing"][t("fl.t.beneficiary")] == HIDDEN).sum()
    assert hidden == persons and persons > 0
    # adoption: nothing is written before the confirmation is ticked
    first = tables["fl_missing"][t("fl.t.op")].iloc[0]
    at.multiselect(key="fl_adopt_pick").set_value([first])
    at.run()
    assert at.button(key="fl_adopt_button").disabled
    if at.selectbox(key=f"fl_f_{first}").value is None:
        at.selectbox(key=f"fl_f_{first}").set_value("F6")
    at.checkbox(key="fl_adopt_confirm").check()
    at.run()
    at.button(key="fl_adopt_button").click()
    at.run()
    assert not at.exception
    assert any("übernommen" in s.value for s in at.success)
    with Database.open_existing(writable_db_path) as db:  # configured as the app's connection
        assert db.scalar("SELECT count(*) FROM project WHERE project_id = ?", [f"JTF-SN-{first}"]) == 1


def test_import_plan_commit_and_undo(make_app, writable_db_path, tmp_path):
    ops = make_operations(15, seed=21)
    data = write_1420_csv(ops, tmp_path / "st.csv", amounts="de").read_bytes()
    at = make_app(writable_db_path, page=PAGE)
    open_tab(at, t("fl.tab.import"))
    at.selectbox(key="fl_land").set_value("ST")
    at.date_input(key="fl_stand").set_value(date(2025, 12, 31))
    at.file_uploader(key="fl_upload_0").set_value(("st.csv", data, "text/csv"))
    at.run()
    assert not at.exception
    assert _tile(at, t("fl.import.tile.operations")) == "15"
    assert _tile(at, t("fl.import.tile.in_revier")) == str(sum(1 for o in ops if o.place[4]))
    issues = _table(at, t("fl.import.col.message"))
    assert any("deutsches Zahlenformat" in m for m in issues[t("fl.import.col.message")])
    at.button(key="fl_commit").click()
    at.run()
    assert any("Liste übernommen" in s.value for s in at.success)
    open_tab(at, t("fl.tab.lists"))
    lists = _table(at, t("fl.lists.col.state"))
    assert lists.iloc[0][t("fl.t.land")] == "ST" and lists.iloc[0][t("fl.lists.col.state")] == "gilt"
    at.checkbox(key="fl_undo_confirm").check()
    at.run()
    at.button(key="fl_undo").click()
    at.run()
    assert any("rückgängig gemacht" in s.value for s in at.success)
    assert _table(at, t("fl.lists.col.state")).iloc[0][t("fl.lists.col.state")] == "rückgängig gemacht"


def test_missing_starts_from_the_large_ones_and_can_be_restricted(make_app, writable_db_path):
    """Issue 19 point 11: a Saxon 2014–20 list whose 12 trade-fair grants of 4–5 T€ drowned its
    6 larger operations; the page starts at 100.000 € and says how many it hides."""
    name = "sachsen_2014_20_art115.csv"
    data = (DATA / name).read_bytes()
    with Database.open_existing(writable_db_path) as db:
        plan = plan_list(db, data, name, fund="EFRE", land="SN", stand=date(2023, 12, 31))
        assert commit_list(db, plan, data, actor="Test").committed
        default = missing_selection(db, OpSelection())
        efre = missing_selection(db, OpSelection(funds=("EFRE",), periods=("2014-20",), min_amount=0))
        groups = missing_selection(db, OpSelection(by_beneficiary=True, min_amount=0))
        total = len(reconciliation(db).not_in_monitor)
    assert default.hidden and efre.shown == 18   # every operation of the list lies in a Revier
    at = make_app(writable_db_path, page=PAGE)
    at.segmented_control(key="gruppe").set_value("missing").run()
    assert not at.exception
    said = [m.value for m in at.markdown if "Vorhaben, davon" in m.value]
    assert said == [md(default.sentence())]
    assert shown(said[0]).startswith(f"{fmt_int(total)} Vorhaben, davon {fmt_int(default.shown)} ab 100.000 € gezeigt")
    table = _table(at, t("fl.t.period"))
    amounts = table[t("fl.t.cost")].tolist()
    assert len(table) == default.shown and min(amounts) >= 100_000 and amounts == sorted(amounts, reverse=True)
    at.multiselect(key="fonds").set_value(["EFRE"])
    at.multiselect(key="periode").set_value(["2014-20"])
    at.select_slider(key="ab").set_value(0.0).run()
    table = _table(at, t("fl.t.period"))
    assert len(table) == 18 and set(table[t("fl.t.period")]) == {"2014–20"}
    assert (table[t("fl.t.cost")] < 5_000).sum() == 12
    assert (table[t("fl.t.beneficiary")] == HIDDEN).sum() == 1    # Jana Berg e.K.
    assert "Jana Berg" not in " ".join(table[t("fl.t.beneficiary")])
    at.multiselect(key="fonds").set_value([])
    at.multiselect(key="periode").set_value([])
    at.toggle(key="je_beguenstigtem").set_value(True).run()
    grouped = _table(at, t("fl.t.sum"))
    assert len(grouped) == len(groups.rows) and grouped[t("fl.t.operations")].sum() == total
    assert grouped[t("fl.t.sum")].tolist() == sorted(grouped[t("fl.t.sum")].tolist(), reverse=True)
    assert not at.exception
