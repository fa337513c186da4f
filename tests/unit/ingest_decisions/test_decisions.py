"""One decision per distinct refused value (issue 19, point 8), on the hand-written lists of
tests/data/import_decisions (see its README for what a person expects)."""

from __future__ import annotations

import json

import pytest

from dashboard.access import ALL, Actor, PermissionDenied, Role
from dashboard.ingest.aliases import list_aliases, remove_alias
from dashboard.ingest.decisions import Decision, parse_assignment
from dashboard.ingest.service import plan_import, run_import

FIRST, LATER = "gesundheit_lausitz.csv", "spaeter_gesundheit.csv"
ADMIN = Actor("admin", Role.ADMINISTRATION, ALL, "test")
LR_GE = Actor("ge-lausitz", Role.NETZWERKMANAGEMENT, frozenset({"LR-GE"}), "test")
MR_GE = Actor("ge-mitte", Role.NETZWERKMANAGEMENT, frozenset({"MR-GE"}), "test")


def _errors(plan, column="Zukunftsmission"):
    return sorted((i.row, i.value) for i in plan.errors if i.column == column)


def _offers(plan):
    return {(o.header, o.value): (o.codes, o.rows, o.decided) for o in plan.offers}


def test_without_decisions_every_cell_is_an_error_with_one_offer_per_value(db, case):
    _, plan = plan_import(db, case(FIRST), FIRST)
    assert _errors(plan) == [(2, "Wirkstoffentwicklung"), (3, "Wirkstoffentwicklung"),
                             (4, "Gesundheitsregion"), (5, "wirkstoffentwicklung"),
                             (6, "M02, M04"), (8, "Mikroelektronk")]
    # "wirkstoffentwicklung " (lower case, a space) is the same value: one decision for rows 2, 3, 5
    assert _offers(plan) == {
        ("Zukunftsmission", "Wirkstoffentwicklung"): (["M05"], [2, 3, 5], None),
        ("Zukunftsmission", "Gesundheitsregion"): (["M04"], [4], None),
        ("Zukunftsmission", "Mikroelektronk"): (["M07"], [8], None),
        ("Weitere Missionen", "Wirkstoffentwicklung"): (["M05"], [4], None)}
    assert plan.applied == [] and len(plan.new) == 2


def test_two_missions_in_the_main_column_point_to_weitere_missionen(db, case):
    _, plan = plan_import(db, case(FIRST), FIRST)
    issue = next(i for i in plan.errors if i.row == 6)
    assert issue.message == "„M02, M04“ nennt mehrere Werte für Zukunftsmission; die Spalte nimmt nur einen."
    assert issue.suggestion == ("Hier nur die Hauptmission (M02) eintragen, die weiteren (M04) in die "
                                "Spalte „Weitere Missionen“.")


def test_one_decision_reads_all_its_cells_and_only_in_its_column(db, case):
    data = case(FIRST)
    decisions = [Decision("Wirkstoffentwicklung", "M05", "mission_code")]
    table, plan = plan_import(db, data, FIRST, decisions=decisions)
    assert _errors(plan) == [(4, "Gesundheitsregion"), (6, "M02, M04"), (8, "Mikroelektronk")]
    assert _errors(plan, "Weitere Missionen") == [(4, "Wirkstoffentwicklung")]
    [applied] = plan.applied
    assert (applied.header, applied.value, applied.code, applied.rows, applied.source,
            applied.networks) == ("Zukunftsmission", "Wirkstoffentwicklung", "M05", [2, 3, 5],
                                  "decision", {"LR-GE"})
    new = plan.new.set_index("project_id")
    assert new.loc[["GE-01", "GE-02", "GE-04"], "mission_code"].tolist() == ["M05"] * 3
    # the offer stays (the decision can be taken back), marked with the code chosen
    assert _offers(plan)[("Zukunftsmission", "Wirkstoffentwicklung")][2] == "M05"
    # the file is not changed: the raw cells are as typed, and planning again gives the same
    assert table.data.raw["mission_code"][3] == "wirkstoffentwicklung "
    _, again = plan_import(db, data, FIRST, decisions=decisions)
    assert again.counts() == plan.counts() and _errors(again) == _errors(plan)
    _, none = plan_import(db, data, FIRST)
    assert len(none.errors) == 7


def test_a_decision_never_overrides_a_value_the_reader_knows(db, case):
    _, plan = plan_import(db, case(FIRST), FIRST, decisions=[Decision("M04", "M05", None)])
    assert plan.applied == []
    assert plan.new.set_index("project_id").loc["GE-06", "mission_code"] == "M04"


def test_command_line_assignments_are_checked(taxonomy):
    assert parse_assignment("Wirkstoffentwicklung=m05", taxonomy) == Decision(
        "Wirkstoffentwicklung", "M05")
    assert parse_assignment("A = B = F3", taxonomy) == Decision("A = B", "F3")
    with pytest.raises(ValueError, match="keine Zuordnung"):
        parse_assignment("Wirkstoffentwicklung", taxonomy)
    with pytest.raises(ValueError, match="„X99“ kein bekannter Code"):
        parse_assignment("Wirkstoffentwicklung=X99", taxonomy)


def test_commit_records_the_decisions_and_remembers_them_for_the_network(db, case):
    decisions = [Decision("Wirkstoffentwicklung", "M05"), Decision("Gesundheitsregion", "M04")]
    result = run_import(db, case(FIRST), FIRST, user="ge-lausitz", actor=LR_GE,
                        allow_partial=True, decisions=decisions, remember=True)
    assert result.committed and result.plan.counts()["new"] == 6
    entries = db.query("SELECT kind, networks, detail FROM audit_log ORDER BY seq").df
    detail = json.loads(entries[entries["kind"] == "import"]["detail"].iloc[-1])
    assert [(d["column"], d["value"], d["code"], d["cells"], d["rows"]) for d in detail["decisions"]] == [
        ("Zukunftsmission", "Wirkstoffentwicklung", "M05", 3, "2–3, 5"),
        ("Zukunftsmission", "Gesundheitsregion", "M04", 1, "4"),
        ("Weitere Missionen", "Wirkstoffentwicklung", "M05", 1, "4")]
    assert (entries["kind"] == "alias").sum() == 3
    aliases = list_aliases(db)
    assert sorted(zip(aliases["network_code"], aliases["field"], aliases["value"], aliases["code"])) == [
        ("LR-GE", "further_missions", "Wirkstoffentwicklung", "M05"),
        ("LR-GE", "mission_code", "Gesundheitsregion", "M04"),
        ("LR-GE", "mission_code", "Wirkstoffentwicklung", "M05")]
    # a later list of that network reads the value with a notice; another network's row does not
    _, later = plan_import(db, case(LATER), LATER, user="admin", actor=ADMIN)
    assert _errors(later) == [(4, "Wirkstoffentwicklung")]
    [used] = later.applied
    assert (used.rows, used.source, used.code) == ([2, 3], "alias", "M05")
    [notice] = [w for w in later.warnings if "gemerkte Zuordnung" in w.message]
    assert notice.message == ("„Wirkstoffentwicklung“ in Spalte Zukunftsmission wurde als M05 "
                              "Intelligente Wirkstoffentwicklung gelesen: gemerkte Zuordnung des "
                              "Fachnetzwerks LR-GE (2 Zellen, Zeilen 2–3).")


def test_only_the_networks_management_or_administration_may_remember(db, case):
    before = db.scalar("SELECT count(*) FROM project")
    result = run_import(db, case(FIRST), FIRST, user="ge-mitte", actor=MR_GE, allow_partial=True,
                        decisions=[Decision("Wirkstoffentwicklung", "M05")], remember=True)
    assert not result.committed
    assert "Fachnetzwerk LR-GE nicht gemerkt werden" in result.message
    assert db.scalar("SELECT count(*) FROM project") == before and list_aliases(db).empty


def test_removing_an_alias_checks_the_actor_and_is_audited(db, case):
    run_import(db, case(FIRST), FIRST, user="admin", actor=ADMIN, allow_partial=True,
               decisions=[Decision("Wirkstoffentwicklung", "M05", "mission_code")], remember=True)
    with pytest.raises(PermissionDenied):
        remove_alias(db, MR_GE, "LR-GE", "mission_code", "Wirkstoffentwicklung")
    assert len(list_aliases(db)) == 1
    assert remove_alias(db, LR_GE, "LR-GE", "mission_code", "WIRKSTOFFENTWICKLUNG")
    assert list_aliases(db).empty
    last = db.query("SELECT kind, detail FROM audit_log ORDER BY seq DESC LIMIT 1").first()
    assert last["kind"] == "alias_removed" and '"code":"M05"' in last["detail"]
    _, later = plan_import(db, case(LATER), LATER)
    assert len(_errors(later)) == 3 and later.applied == []
