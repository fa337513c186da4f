"""The reader on hand-written lists in the layouts the Länder publish (tests/data/foerderlisten,
README.md there says what a person expects from every column): every column read into its field,
as csv and as xlsx, and a natural person's name in the beneficiary column never shown."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.columns import match_field
from dashboard.foerderlisten.operations import abgleich_json
from dashboard.foerderlisten.personal import HIDDEN, hide_personal
from dashboard.foerderlisten.plan import plan_list
from dashboard.foerderlisten.reader import read_list
from dashboard.foerderlisten.service import commit_list
from dashboard.store.gateway import Database

DATA = Path(__file__).resolve().parents[2] / "data" / "foerderlisten"
B, T, P, S, E, C = "beneficiary", "title", "purpose", "start_date", "end_date", "total_cost_eur"


@dataclass(frozen=True)
class Layout:
    land: str
    fund: str
    header_row: int
    fields: tuple[str | None, ...]   # per column A, B, …; None = kept as extra text
    person: str                      # the natural person among the beneficiaries
    skipped: tuple[int, ...] = ()    # rows below the header that are no operation (named in the report)


LAYOUTS = {
    "sachsen_2021_27_art49.csv": Layout(
        "SN", "JTF", 4, (B, T, P, S, E, C, "fund_code", "specific_objective", "cofinancing_rate",
                         "location_text", "country", "intervention"), "Müller, Hans"),
    "sachsen_2014_20_art115.csv": Layout(
        "SN", "EFRE", 1, (B, T, P, S, E, C, "cofinancing_rate", "postcode", "district_text",
                          "country", "intervention", "updated_on"), "Jana Berg e.K."),
    "brandenburg_2014_20_art115.csv": Layout(
        "BB", "EFRE", 1, (B, T, P, S, E, C, "cofinancing_rate", "postcode", "location_text",
                          "country", "intervention", "updated_on"), "Dr. Anna Schmidt"),
    "thueringen_2014_20_art115.csv": Layout(
        "TH", "EFRE", 4, (B, T, P, S, E, C, "cofinancing_rate", "postcode", "place", "country",
                          "intervention", "updated_on"), "Peter Krause", (5, 11, 12)),
    "english_2021_27_art49.csv": Layout(
        "ST", "JTF", 2, (B, None, T, P, S, E, C, "fund_code", "specific_objective",
                         "cofinancing_rate", "location_text", "country", "intervention"), "Hans Meier"),
    "english_2014_20_annex12.csv": Layout(
        "ST", "EFRE", 1, (B, T, P, S, E, C, "cofinancing_rate", "postcode", "country",
                          "intervention", "updated_on"), "Anna Weber"),
}


def _rows(name: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO((DATA / name).read_text("utf-8")), delimiter=";"))


def _as_xlsx(name: str, tmp_path: Path) -> Path:
    """The same list as a workbook: title rows merged over the width of the list, header cells
    with their line breaks, every value as the text the csv holds."""
    from openpyxl import Workbook

    rows = _rows(name)
    width = max(map(len, rows))
    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                ws.cell(row=r, column=c, value=value)
        if len([v for v in row if v]) == 1 and len(row) < width:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    path = tmp_path / name.replace(".csv", ".xlsx")
    wb.save(path)
    return path


def _data(name: str, kind: str, tmp_path: Path) -> tuple[bytes, str]:
    if kind == "csv":
        return (DATA / name).read_bytes(), name
    path = _as_xlsx(name, tmp_path)
    return path.read_bytes(), path.name


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_column_of_a_published_layout_is_read(name: str, kind: str, tmp_path: Path):
    layout = LAYOUTS[name]
    read = read_list(*_data(name, kind, tmp_path))
    assert read.header_row == layout.header_row
    assert [c["field"] for c in read.columns] == list(layout.fields), read.columns
    assert not read.errors, [i.message for i in read.errors]
    extra = [i for i in read.warnings if "keine bekannte Spalte" in i.message]
    assert [i.column_letter for i in extra] == [c["letter"] for c in read.columns if not c["field"]]
    ops = read.operations
    below = [r for r, row in enumerate(_rows(name), start=1) if r > layout.header_row and any(row)]
    assert ops["row_number"].tolist() == [r for r in below if r not in layout.skipped]
    named = {i.row for i in read.warnings if i.row is not None and "nicht als Vorhaben" in i.message}
    assert named == set(layout.skipped)
    for col in (B, T, S, E, C):   # periods, names and amounts: every row has them
        assert ops[col].notna().all(), (col, ops[col].tolist())
    assert (ops[S] <= ops[E]).all()
    assert ops["natural_person"].tolist() == [b == layout.person for b in ops[B]]


@pytest.mark.parametrize("header, field", [
    ("Beginn(s) des Vorhabens", S), ("Ende des Vorhabens", E),
    ("(Voraussichtliches) Datum des Abschlusses", E), ("Datum des Beginns\ndes Vorhabens", S),
    ("Unions-Kofinanzierungssatz (in %)", "cofinancing_rate"),
    ("Unions-Kofinanzierungssatz …", "cofinancing_rate"), ("Durchführungsort", "location_text"),
    ("Name des Auftragnehmers / des Begünstigten", B), ("Name des Begünstigten¹", B),
    (("Name des Begünstigten (nur bei juristischen Personen; natürliche Personen werden nicht "
     "namentlich genannt)"), B),
    (("Datum des Endes des Vorhabens (voraussichtliches Datum für den konkreten Abschluss oder "
     "die vollständige Durchführung des Vorhabens)"), E),
    ("Postleitzahl des Vorhabens oder andere angemessene Standortindikatoren", "postcode"),
    ("Gesamtkosten des Vorhabens in EUR", C), ("Gesamtkosten (€) 2)", C), ("Betroffener Fonds", "fund_code"),
    ("Betroffenes spezifisches Ziel", "specific_objective"), ("Art der Intervention", "intervention"),
    ("Starting date of the operation", S), ("Expected or actual date of completion", E),
    ("Name of beneficiary", B), ("Beneficiary name (only legal entities)", B), ("Fund concerned", "fund_code"),
    ("Union co-financing rate, as per priority axis", "cofinancing_rate"),
    ("Operation postcode; or other appropriate location indicator", "postcode"),
    ("Date of last update of the list of operations", "updated_on"),
    ("Begünstigter / Beneficiary", B), ("Vorhabenträger", B), ("Laufzeit von", S), ("Laufzeit bis", E),
    ("PLZ / Ort", "location_text"), ("Projektende (geplant)", E),
    ("Bezeichnung des Begünstigten", B), ("Höhe des Kofinanzierungssatzes", "cofinancing_rate"),
    ("Aktualisierungsdatum", "updated_on"), ("Interventionsbereich (Code)", "intervention"),
])
def test_header_forms_of_real_lists(header: str, field: str):
    assert match_field(header) is not None and match_field(header).name == field, header


@pytest.mark.parametrize("header", ["Name des Auftragnehmers", "Name of contractor",
                                    "Art des Begünstigten", "Anzahl der Begünstigten", "Sitz des Begünstigten",
                                    "Type of beneficiary", "Name", "Lfd. Nr.", "Bemerkung", "Laufzeit"])
def test_headers_that_name_no_field_stay_extra(header: str):
    assert match_field(header) is None


def test_amounts_in_thousand_euros_are_scaled_and_said(tmp_path: Path):
    text = ("Name des Begünstigten;Bezeichnung des Vorhabens;Beginn;Ende;Gesamtkosten in T€\n"
            "Stadt Borna;Radweg;01.01.2024;31.12.2025;4,5\nStadt Zeitz;Kita;01.01.2024;31.12.2025;1.250,0\n")
    read = read_list(text.encode(), "teur.csv")
    assert read.operations[C].tolist() == pytest.approx([4_500.0, 1_250_000.0])
    assert any("Tausend Euro" in i.message and i.column_letter == "E" for i in read.warnings)


@pytest.fixture
def db(empty_db_path: Path):
    with Database(empty_db_path) as database:
        yield database


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_natural_persons_name_is_never_shown(name: str, db, tmp_path: Path):
    """Read, planned, committed and reconciled: the name sits only in the flagged beneficiary
    field, never in extra text, the title block, a message, or the reconciliation's output."""
    layout = LAYOUTS[name]
    data = (DATA / name).read_bytes()
    plan = plan_list(db, data, name, fund=layout.fund, land=layout.land, stand=date(2026, 9, 30))
    assert not [i for i in plan.issues if layout.person in f"{i.message} {i.value or ''}"]
    assert commit_list(db, plan, data, actor="Test").committed
    stored = repo.current_operations(db)
    mine = stored["beneficiary"] == layout.person
    assert mine.sum() == 1 and stored.loc[mine, "natural_person"].all()
    assert not stored["extra"].fillna("").str.contains(layout.person, regex=False).any()
    assert layout.person not in db.query("SELECT preamble FROM oplist_import").df.iat[0, 0]
    assert set(hide_personal(stored).loc[mine, "beneficiary"]) == {HIDDEN}
    shown = json.dumps(abgleich_json(db), ensure_ascii=False)
    assert layout.person not in shown and HIDDEN in shown   # the row is in a Revier: listed, hidden
    assert layout.person in json.dumps(abgleich_json(db, personal=True), ensure_ascii=False)
