"""The derivation of the matching's word list (data/reference/sprache) from OpenThesaurus' text
format, on a hand-written excerpt: nouns only, marked variants left out, big groups left out,
a word of many groups without synonyms."""

from __future__ import annotations

import gzip

from dashboard.matching.derive_words import groups, rows, write

EXCERPT = """# OpenThesaurus - German Thesaurus in text format
Kläranlage;Abwasserreinigungsanlage (schweiz., österr.);Klärwerk
Kindertagesstätte;Kita (Abkürzung);Ganztagskindergarten (österr.)
schnell;rasch;zügig
Auto;Karre (ugs.);Kraftfahrzeug;Pkw;PKW
Bank;Sitzbank
Bank;Geldinstitut;Kreditinstitut
Bank;Sandbank
Bank;Spielbank
Gebäude;Bau;Bauwerk;Baulichkeit;Haus;Gemäuer;Anwesen;Objekt;Immobilie;Liegenschaft;Komplex;Bleibe;Heim
"""


def test_groups_keep_nouns_without_marked_variants(tmp_path):
    path = tmp_path / "ot.txt"
    path.write_text(EXCERPT, encoding="utf-8")
    found = groups(path)
    assert ["Kläranlage", "Klärwerk"] in found            # the Swiss/Austrian form is left out
    assert ["Kindertagesstätte", "Kita"] in found           # "(Abkürzung)" is kept, unmarked
    assert ["Auto", "Kraftfahrzeug", "Pkw", "PKW"] in found  # "Karre (ugs.)" is left out
    assert not any("schnell" in g for g in found)           # adjectives are no nouns
    assert not any("Gebäude" in g for g in found)           # 13 words: a field, not synonyms


def test_rows_name_groups_and_leave_ambiguous_words_without(tmp_path):
    path = tmp_path / "ot.txt"
    path.write_text(EXCERPT, encoding="utf-8")
    table = dict(rows(groups(path), {"Abwasser", "Klärwerk"}))
    assert table["Klärwerk"] == "Kläranlage" and table["Kita"] == "Kindertagesstätte"
    assert table["Abwasser"] == ""       # a noun of simplemma without synonyms
    assert table["Bank"] == ""           # four groups: ambiguous
    assert table["Geldinstitut"] == table["Kreditinstitut"] == "Geldinstitut"  # not "Bank"
    out = write(tmp_path / "out", sorted(table.items()))
    again = write(tmp_path / "again", sorted(table.items()))
    assert out.read_bytes() == again.read_bytes()  # the same sources give the same bytes
    assert gzip.decompress(out.read_bytes()).decode("utf-8").startswith("Abwasser\t\n")
