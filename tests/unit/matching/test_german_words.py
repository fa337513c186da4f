"""German words as people write them (issue 20), on hand-written cases: base forms, compound
parts, synonyms from the derived word list (data/reference/sprache), inflected phrases of the
field's lexicon, and sponsors written as acronyms, with or without their town, together or apart.
Each case is what a network manager would call "the same word" or "the same body"."""

from __future__ import annotations

import gzip

import pandas as pd
import pytest

from dashboard.config import reference_dir
from dashboard.matching.german import base, parts, related, starts
from dashboard.matching.lexicon import concepts
from dashboard.matching.normalise import sponsor_form, sponsor_key
from dashboard.matching.signals import similar_sponsors


@pytest.mark.parametrize(("word", "expected"), [
    ("stellplätzen", "Stellplatz"), ("hebammen", "Hebamme"), ("kitas", "Kita"),
    ("kindertagesstätten", "Kindertagesstätte"), ("rechenzentrums", "Rechenzentrum"),
    ("kläranlage", "Kläranlage"), ("bäume", "Baum"),
])
def test_base_forms(word, expected):
    assert base(word) == expected


def test_no_base_for_what_is_no_noun_of_the_list():
    assert base("miyawaki") is None
    assert base("und") is None


@pytest.mark.parametrize(("word", "expected"), [
    ("wochenbettbetreuung", ("Wochenbett", "Betreuung")),
    ("hebammenzentrale", ("Hebamme", "Zentrale")),
    ("kläranlagenablauf", ("Kläranlage", "Ablauf")),
])
def test_compounds_split_into_known_nouns(word, expected):
    assert parts(word)[:1] == expected[:1] and expected[-1] in parts(word)


def test_a_word_of_no_two_nouns_is_not_split():
    assert parts("verwaltung") == ()
    assert parts("miyawaki") == ()


def test_where_parts_begin():
    assert starts("abfallentsorgungsverband") == (0, 6, 17)  # Abfall, Entsorgung-s-, Verband
    assert starts("rathaus") == (0,)


def test_related_words_tie_other_wordings():
    # the same thing in other words: each pair shares a word only `related` adds
    for one, other in [("Klärwerk", "Kläranlage"), ("Hitzeschutz in Kitas", "Kindertagesstätten"),
                       ("Gebrauchte Akkus", "Stromspeicher"),
                       ("Mini-Wald nach der Miyawaki-Methode", "Miyawaki-Miniwald")]:
        a = {w.lower() for w in related(one)} | {w.lower() for w in one.split()}
        b = {w.lower() for w in related(other)} | {w.lower() for w in other.split()}
        assert a & b - {"der", "nach", "in", "für"}, (one, other)


def test_synonyms_only_of_a_word_with_one_meaning():
    # "Wärme" has three groups in OpenThesaurus (Hitze, Gemütlichkeit, Entropie): none is added
    assert not {"Gemütlichkeit", "Entropie", "Hitze"} & set(related("Wärme"))


def test_compound_parts_only_when_asked_and_long():
    assert "Wochenbett" in related("Wochenbettbetreuung")
    assert "Wochenbett" not in related("Wochenbettbetreuung", compounds=False)
    assert "Stoff" not in related("Wasserstofftankstelle")  # a short part ties too much


@pytest.mark.parametrize("text", ["mit Hilfe künstlicher Intelligenz", "KI-Chatbot",
                                  "Künstliche Intelligenz in der Verwaltung"])
def test_phrases_of_the_lexicon_are_found_inflected(text):
    assert "Künstliche Intelligenz" in concepts(text)


def test_inflected_phrases_of_several_words():
    assert "Medizinisches Versorgungszentrum" in concepts("Erweiterung des Medizinischen Versorgungszentrums")
    assert "Virtuelle Realität" in concepts("Ausbildung in virtueller Realität")


def _similar(x: str, y: str, town_x: str, town_y: str | None = None) -> bool:
    kx, ky = sponsor_key(x), sponsor_key(y)
    fx, fy = sponsor_form(x, kx, town_x), sponsor_form(y, ky, town_y or town_x)
    return bool(similar_sponsors(pd.Series([kx]), pd.Series([ky]), pd.Series([fx]),
                                 pd.Series([fy]))[0]) or kx == ky


@pytest.mark.parametrize(("x", "y", "town"), [
    ("KAEV Niederlausitz", "Kommunaler Abfallentsorgungsverband Niederlausitz", "Luckau"),
    ("TGZ Halle GmbH", "Technologie- und Gründerzentrum Halle GmbH", "Halle (Saale)"),
    ("InfraZeitz Servicegesellschaft mbH", "Infra-Zeitz GmbH", "Elsteraue"),
    ("Seenland Klinikum Hoyerswerda", "Lausitzer Seenland Klinikum GmbH", "Hoyerswerda"),
    ("Kreisverwaltung OSL", "Landkreis Oberspreewald-Lausitz", "Senftenberg"),
    ("ZV Lausitzer Seenland BB", "Zweckverband Lausitzer Seenland Brandenburg", "Senftenberg"),
])
def test_one_body_written_two_ways(x, y, town):
    assert _similar(x, y, town)


@pytest.mark.parametrize(("x", "y", "town_x", "town_y"), [
    ("Leibniz-Institut (Standort Lauta)", "Leibniz-Institut (Standort Hoyerswerda)", "Lauta", "Hoyerswerda"),
    ("Stadt Hoyerswerda", "Stadtwerke Hoyerswerda", "Hoyerswerda", None),
    ("Stadtwerke Leipzig", "Stadtwerke Zeitz", "Leipzig", "Zeitz"),
    ("ABC Solar GmbH", "Anlagenbau Cottbus", "Cottbus", None),
    ("Stadt Bautzen", "Stadt Kamenz", "Bautzen", "Kamenz"),
])
def test_two_bodies_stay_two(x, y, town_x, town_y):
    assert not _similar(x, y, town_x, town_y)


def test_the_word_list_is_as_derived():
    path = reference_dir() / "sprache" / "woerter.tsv.gz"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    assert len(lines) > 200_000
    rows = dict(line.split("\t") for line in lines)
    assert rows["Kläranlage"] == "Kläranlage" and rows["Klärwerk"] == "Kläranlage"
    assert rows["Kita"] == "Kindertagesstätte"
    assert all(w[:1].isupper() for w in rows)  # nouns only
