"""Förderlisten-Abgleich in AppTest: the figures as the services count them, names of natural
persons hidden, a list imported through the uploader (plan, commit, undo), adoption after
confirmation."""

from __future__ import annotations

from datetime import date

from dashboard.foerderlisten.abgleich import reconciliation
from dashboard.foerderlisten.personal import HIDDEN
from dashboard.store.gateway import Database
from dashboard.ui.texts import t
from tests.app.conftest import open_tab
from tests.unit.foerderlisten.shapes import make_operations, write_1420_csv

PAGE = "app_pages/foerderlisten.py"


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
    at.segmented_control(key="fl_group").set_value("not_listed").run()
    tables["fl_not_listed"] = _table(at, t("fl.t.granted"))
    at.segmented_control(key="fl_group").set_value("missing").run()
    tables["fl_missing"] = _table(at, t("fl.t.op"), t("fl.t.p_cost"))
    assert len(tables["fl_matched"]) == counts["matched"]
    assert len(tables["fl_missing"]) == counts["not_in_monitor"]
    assert len(tables["fl_not_listed"]) == counts["not_in_list"]
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
