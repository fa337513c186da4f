"""The Förderlisten reader reuses the import's file checks and Issue: in an English run its
refusals, cell messages and locations are English too (its own texts are in texts)."""

from __future__ import annotations

import csv
import io
import re

import pytest

from dashboard import i18n
from dashboard.foerderlisten.reader import read_list
from dashboard.ingest.messages import FileRejected
from tests.unit.foerderlisten.shapes import make_operations, write_1420_csv

GERMAN = re.compile(r"(?<!\w)(Zeile|Spalte|Datei|Blatt|nicht|ist kein|wurde|Bitte|Werte?)(?!\w)")


def _messy(tmp_path) -> bytes:
    data = write_1420_csv(make_operations(6, seed=3), tmp_path / "liste.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")), delimiter=";"))
    rows[2][3] = "32.13.2015"  # no such day (row 3 as Excel shows it)
    rows[2][5] = "viel"        # no amount
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def test_refused_file_in_english():
    with i18n.using("en"), pytest.raises(FileRejected) as refused:
        read_list(b"", "leer.csv")
    assert refused.value.message == "The file leer.csv is empty."
    with pytest.raises(FileRejected) as refused:
        read_list(b"", "leer.csv")
    assert refused.value.message == "Die Datei leer.csv ist leer."


def test_cell_messages_and_places_in_english(tmp_path):
    data = _messy(tmp_path)
    with i18n.using("en"):
        english = read_list(data, "liste.csv")
        places = [i.location() for i in english.issues]
    german = read_list(data, "liste.csv")
    assert [(i.row, i.column_letter) for i in english.issues] == [
        (i.row, i.column_letter) for i in german.issues]
    assert any(i.row == 3 for i in english.errors)
    texts = [re.sub(r"“[^”]*”|\([^)]*\)", "", f"{i.message} {i.suggestion or ''}")
             for i in english.issues]
    assert [t for t in texts if GERMAN.search(t)] == []
    assert all(p.startswith("File liste.csv") for p in places)
    assert [i.message for i in english.issues] != [i.message for i in german.issues]
