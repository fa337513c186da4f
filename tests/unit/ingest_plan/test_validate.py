"""Validation rules: take a good row, break one field, assert exactly that error."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest.check import check
from dashboard.ingest.identity import stable_key

from .helpers import good_record, make_table


def _check(table, taxonomy: Taxonomy, existing=None):
    return check(table, taxonomy, existing)


def _errors(result) -> list[tuple[int | None, str | None]]:
    return [(i.row, i.column) for i in result.issues if i.severity == "error"]


def test_good_row_has_no_issue_and_yields_its_events(taxonomy):
    result = _check(make_table([good_record()]), taxonomy)
    assert result.issues == []
    assert result.projects["project_id"].tolist() == ["T-0001"]
    assert result.projects.loc[0, "further_missions"] == ["M02"]
    assert result.events["stage_code"].tolist() == ["IDEE", "FN", "FG_RE", "FG_FOE", "EMPF", "ANTRAG"]
    assert result.events["entered_on"].iloc[-1].date() == date(2024, 6, 1)
    assert result.events["outcome"].isna().all()


BROKEN = [
    ({"end_date": date(2025, 5, 1)}, "Projektende", "liegt vor dem Projektbeginn"),
    ({"granted_eur": 900_000.0}, "Bewilligte Förderung (€)", "höher als die beantragte"),
    ({"requested_eur": 1_200_000.0}, "Beantragte Förderung (€)", "höher als die Gesamtkosten"),
    ({"district_code": "14729"}, "Landkreis", "gehört nicht zum Revier"),
    ({"date_FG_RE": date(2024, 2, 1)}, "Datum FG Regionalentwicklung", "liegt vor Datum Fachnetzwerk"),
    ({"stage_code": "FN"}, "Datum FG Regionalentwicklung", "die Prüfstufe ist aber „Fachnetzwerk“"),
    ({"exit_date": date(2024, 7, 1)}, "Ausgeschieden am", "Status ist aber „aktiv“"),
    ({"status": "abgelehnt", "exit_date": date(2024, 5, 1)}, "Ausgeschieden am",
     "vor dem letzten Meilenstein"),
    ({"further_missions": ["M01"]}, "Weitere Missionen", "auch unter den weiteren Missionen"),
    ({"title": None}, "Projekttitel", "Pflichtangabe „Projekttitel“ fehlt"),
    ({"title": "x" * 501}, "Projekttitel", "zu lang"),
    ({"planned_jobs": -3}, "Geplante Arbeitsplätze", "nicht negativ"),
]


@pytest.mark.parametrize(("change", "column", "fragment"), BROKEN,
                         ids=[next(iter(c)) + "-" + col for c, col, _ in BROKEN])
def test_one_broken_field_gives_exactly_that_error(taxonomy, change, column, fragment):
    record = good_record(project_id="T-0002", **change)
    fields = list(good_record(exit_date=None))
    result = _check(make_table([good_record(), record], fields), taxonomy)
    errors = [i for i in result.issues if i.severity == "error"]
    assert [(e.row, e.column) for e in errors] == [(3, column)], errors
    assert fragment in errors[0].message
    assert errors[0].file == "liste.xlsx" and errors[0].sheet == "Projekte"
    assert result.projects["row"].tolist() == [2]
    assert result.rejected["row"].tolist() == [3]
    assert set(result.events["project_id"]) == {"T-0001"}
    clean = _check(make_table([good_record(project_id="T-0002")], fields), taxonomy)
    assert _errors(clean) == []


def test_amounts_allowed_when_flagged(taxonomy):
    record = good_record(granted_eur=900_000.0, requested_eur=1_200_000.0, amounts_flagged=True)
    assert _errors(_check(make_table([record]), taxonomy)) == []


def test_stage_derived_from_latest_milestone_when_column_missing(taxonomy):
    record = good_record()
    del record["stage_code"]
    result = _check(make_table([record]), taxonomy)
    assert result.issues == []
    assert result.projects.loc[0, "stage_code"] == "ANTRAG"


def test_new_project_without_stage_or_date_starts_as_projektidee_with_a_notice(taxonomy):
    """Decision (issue 11, item 4): a new project without Prüfstufe and without any stage date
    is a Projektidee; one notice names the rows (an existing project keeps its stage)."""
    record = {k: v for k, v in good_record().items() if not k.startswith("date_")}
    record["stage_code"] = None
    second = dict(record, project_id="T-0002")
    result = _check(make_table([record, second]), taxonomy)
    assert _errors(result) == []
    assert result.projects["stage_code"].tolist() == ["IDEE", "IDEE"]
    [notice] = [i for i in result.issues if i.severity == "warning"]
    assert notice.message == ("Für 2 neue Projekte ist keine Prüfstufe angegeben (Zeilen 2–3); "
                              "sie werden als „Projektidee“ übernommen.")
    kept = _check(make_table([record]), taxonomy, {"T-0001": {**good_record(), "stage_code": "FN"}})
    assert kept.projects["stage_code"].tolist() == ["FN"] and kept.issues == []


def test_exit_event_from_status_and_exit_date(taxonomy):
    record = good_record(status="zurueckgezogen", exit_date=date(2024, 8, 1))
    result = _check(make_table([record]), taxonomy)
    assert result.issues == []
    last = result.events.iloc[-1]
    assert (last["stage_code"], last["entered_on"].date(), last["outcome"]) == (
        "ANTRAG", date(2024, 8, 1), "zurueckgezogen")


def test_exit_without_date_is_a_warning(taxonomy):
    result = _check(make_table([good_record(status="abgelehnt", exit_date=None)]), taxonomy)
    assert _errors(result) == []
    assert [(i.row, i.column) for i in result.issues] == [(2, "Ausgeschieden am")]
    assert len(result.projects) == 1


def test_same_id_twice_is_an_error_naming_both_rows(taxonomy):
    table = make_table([good_record(), good_record(title="Anderer Titel"), good_record(
        project_id="T-0002")])
    result = _check(table, taxonomy)
    assert _errors(result) == [(2, "Projekt-ID"), (3, "Projekt-ID")]
    assert all("Zeilen 2 und 3" in i.message for i in result.issues)
    assert result.projects["project_id"].tolist() == ["T-0002"]


def test_without_id_column_a_stable_key_from_title_and_sponsor(taxonomy):
    record = good_record()
    del record["project_id"]
    respelled = dict(record, title="  WÄRMESPEICHER   Weisswasser ", sponsor="Stadtwerke Weißwasser.")
    result = _check(make_table([record]), taxonomy)
    key = result.projects.loc[0, "project_id"]
    assert key == stable_key("Wärmespeicher Weißwasser", "Stadtwerke Weißwasser")
    assert key.startswith("K-") and len(key) == 14
    assert [i.severity for i in result.issues] == ["warning"] and result.issues[0].row is None
    assert _check(make_table([respelled]), taxonomy).projects.loc[0, "project_id"] == key
    twice = _check(make_table([record, respelled]), taxonomy)
    assert _errors(twice) == [(2, "Projekttitel"), (3, "Projekttitel")]


def test_focus_area_without_fachnetzwerk_in_that_revier(taxonomy):
    networks = tuple(n for n in taxonomy.networks if n.code != "LR-EN")
    reduced = taxonomy.model_copy(update={"networks": networks})
    result = _check(make_table([good_record()]), reduced)
    assert _errors(result) == [(2, "Entwicklungsschwerpunkt")]
    assert "kein Fachnetzwerk" in result.issues[0].message


def test_columns_missing_from_file_keep_stored_values(taxonomy):
    stored = good_record(remarks="wichtig", source="demo", as_of=None, description=None,
                         contact=None)
    stored = {k: v for k, v in stored.items() if not k.startswith("date_")}
    record = {"project_id": "T-0001", "title": "Neuer Titel", "revier_code": "LR",
              "focus_area_code": "F4"}
    result = _check(make_table([record]), taxonomy, {"T-0001": stored})
    row = result.projects.iloc[0]
    assert (row["title"], row["remarks"], row["requested_eur"], row["stage_code"]) == (
        "Neuer Titel", "wichtig", 800_000.0, "ANTRAG")
