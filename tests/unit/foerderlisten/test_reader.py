"""The reader on lists written in the published shapes: headers, formats decided per column
and reported, values against the generator's, places against the reference tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.foerderlisten.columns import header_key, match_field
from dashboard.foerderlisten.places import locate_operations
from dashboard.foerderlisten.reader import read_list
from tests.unit.foerderlisten.shapes import make_operations, write_1420_csv, write_2127_xlsx


def _messages(read, severity=None):
    return [i.message for i in read.issues if severity is None or i.severity == severity]


@pytest.mark.parametrize("header, field", [
    ("Bezeichnung des Vorhabens\n\nOperation name", "title"),
    ("1. Name des Beguenstigten", "beneficiary"),
    ("7. Kofinan-zierungssatz", "cofinancing_rate"),
    ("7. Kofinan- zierungssatz", "cofinancing_rate"),
    ("3. Zusammen\u00adfassung  des Vorhabens ", "purpose"),
    ("6. Gesamtbetrag der foerderfaehigen Ausgaben", "total_cost_eur"),
    ("(voraussichtlicher) Abschluss\n\nEnd date", "end_date"),
    ("Name des\nBegünstigten", "beneficiary"),
    ("16. Vorhabensident", "application_no"),
    ("Land", "country"),
])
def test_header_spellings(header, field):
    assert match_field(header).name == field, header_key(header)


def test_2021_27_xlsx(tmp_path: Path):
    ops = make_operations(24, seed=1)
    ops[1].beneficiary = ops[0].beneficiary   # merged over two rows in the file
    path = write_2127_xlsx(ops, tmp_path / "liste.xlsx", stand="26.01.2026")
    read = read_list(path.read_bytes(), path.name)
    assert read.header_row == 5 and read.stand_in_file == date(2026, 1, 26)
    assert read.columns[0]["letter"] == "B"          # the empty first column
    assert not read.errors
    df = read.operations
    assert len(df) == 24
    assert df["beneficiary"].tolist() == [o.beneficiary for o in ops]   # merged cell filled
    assert df["total_cost_eur"].tolist() == pytest.approx([o.total for o in ops])
    assert df["cofinancing_rate"].tolist() == pytest.approx([o.rate for o in ops])
    assert set(df["intervention"]) == {"029"} and set(df["specific_objective"]) == {"2.1"}
    assert df["start_date"].tolist() == [o.start for o in ops]
    assert df["op_key"].tolist() == [o.application_no for o in ops]
    assert any("Anteil" in m for m in _messages(read, "warning"))
    assert any(p["value"].startswith("Liste der Vorhaben") and p["row"] == 2 and p["column"] == "B"
               for p in read.preamble)
    places = locate_operations(df, land="SN")
    expected = [o.place[3] for o in ops]
    assert places["district_code"].tolist() == expected   # "63477 Maintal / Am Kreuzstein 85" -> 06435
    assert places["revier_code"].fillna("-").tolist() == [o.place[4] or "-" for o in ops]


@pytest.mark.parametrize("amounts", ["en", "de"])
def test_2014_20_csv(tmp_path: Path, amounts: str):
    ops = make_operations(40, seed=2)
    path = write_1420_csv(ops, tmp_path / "verzeichnis.csv", amounts=amounts, transliterate=amounts == "en")
    read = read_list(path.read_bytes(), path.name)
    assert not read.errors, read.errors
    df = read.operations
    assert df["total_cost_eur"].tolist() == pytest.approx([o.total for o in ops])
    assert df["cofinancing_rate"].tolist() == pytest.approx([o.rate for o in ops])  # 80 and "80%"
    word = "englisches" if amounts == "en" else "deutsches"
    assert f"Spalte F: {word} Zahlenformat erkannt" in " ".join(_messages(read))
    assert "Kofinanzierungssatz in Prozent" in " ".join(_messages(read))
    assert any("führende Null" in m for m in _messages(read))
    assert "07743" in set(df["postcode"])
    # quoted line breaks stay inside their field; "2015 TIZ 0003" is read as a title
    assert df["purpose"].tolist() == [o.purpose for o in ops]
    assert df.loc[3, "title"] == "2015 TIZ 0003"
    places = locate_operations(df, land="SN")
    assert places["district_code"].tolist() == [o.place[3] for o in ops]
    # "Leipzig" is the Landkreis, "Leipzig, Kreisfreie Stadt" the city
    by_text = dict(zip(df["district_text"], places["district_code"], strict=True))
    assert by_text["Leipzig"] == "14729" and by_text["Leipzig, Kreisfreie Stadt"] == "14713"
    persons = df.loc[df["natural_person"], "beneficiary"].tolist()
    assert persons and set(persons) <= {"Müller, Hans", "Anna Schmidt", "Jana Berg e.K."}


def _csv(tmp_path: Path, amounts: list[str]) -> Path:
    rows = ["Name des Begünstigten;Bezeichnung des Vorhabens;Förderfähige Gesamtkosten"]
    rows += [f"Firma {i} GmbH;Vorhaben {i};{a}" for i, a in enumerate(amounts)]
    path = tmp_path / "liste.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    return path


def test_ambiguous_column_asks_and_the_answer_is_used(tmp_path: Path):
    path = _csv(tmp_path, ["3,000", "12,500", "1,250"])
    read = read_list(path.read_bytes(), path.name)
    [error] = read.errors
    assert error.column_letter == "C" and error.row is None
    assert "nicht eindeutig" in error.message and "--zahlenformat C=" in error.suggestion
    assert read_list(path.read_bytes(), path.name, number_formats={"C": "en"}
                     ).operations["total_cost_eur"].tolist() == [3000, 12500, 1250]
    assert read_list(path.read_bytes(), path.name, number_formats={"C": "de"}
                     ).operations["total_cost_eur"].tolist() == [3.0, 12.5, 1.25]


def test_one_decisive_value_decides_the_column(tmp_path: Path):
    path = _csv(tmp_path, ["3,000", "102.691,05 € ", "7"])
    read = read_list(path.read_bytes(), path.name)
    assert not read.errors
    assert read.operations["total_cost_eur"].tolist() == [3.0, 102691.05, 7.0]


def test_mixed_formats_are_an_error(tmp_path: Path):
    path = _csv(tmp_path, ["3,000.50", "102.691,05"])
    [error] = read_list(path.read_bytes(), path.name).errors
    assert "gemischt" in error.message


def test_ambiguous_postcodes_keep_their_candidates():
    from dashboard.foerderlisten.places import place_of

    both_lausitz = place_of("02999", None, None)        # Lohsa (Bautzen) and Uhyst (Görlitz)
    assert both_lausitz.candidates == ("14625", "14626") and both_lausitz.district_code is None
    assert both_lausitz.revier_code == "LR" and both_lausitz.problem == "ambiguous"
    assert place_of("02999", "Lohsa", None).district_code == "14625"
    half = place_of("06773", None, None)                # Anhalt-Bitterfeld and Wittenberg
    assert half.candidates == ("15082", "15091") and half.revier_code is None
    # a namesake in another Land is no candidate when the list's Land has it
    assert place_of(None, "Rothenburg", None, land="SN").candidates == ("14626",)
    assert place_of(None, "Nirgendwo an der Spree", None).problem == "none"


def test_a_file_without_a_list_header_is_refused_in_one_sentence(tmp_path: Path):
    from dashboard.ingest.messages import FileRejected

    path = tmp_path / "projekte.csv"
    path.write_text("Projekttitel;Revier\nRadweg;LR\n", encoding="utf-8")
    with pytest.raises(FileRejected, match="Keine Kopfzeile einer Liste der Vorhaben"):
        read_list(path.read_bytes(), path.name)
