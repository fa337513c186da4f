"""Normal forms of sponsors and places, and the TF-IDF: equal to scikit-learn's char_wb 3-5."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from dashboard.matching.lexicon import concepts
from dashboard.matching.normalise import place_key, sponsor_key
from dashboard.matching.textsim import build_index, neighbours, preprocess, transform


@pytest.mark.parametrize("a, b", [
    ("Stadt Borna", "Große Kreisstadt Borna"),
    ("Stadt Borna", "Gemeinde Borna"),
    ("Stadtwerke Borna GmbH", "Stadtwerke Borna G.m.b.H."),
    ("Chemiepark Services GmbH", "Chemiepark Services gGmbH"),
    ("Förderverein Borna e. V.", "Förderverein Borna e.V."),
    ("Förderverein Borna e. V.", "Förderverein Borna eV"),
    ("Landkreis Leipzig", "Landratsamt Leipzig"),
    ("Borna Logistik GmbH & Co. KG", "Borna Logistik GmbH & Co KG"),
    ("Fraunhofer-Institut (Außenstelle Böhlen)", "Fraunhofer Institut (Aussenstelle Böhlen)"),
    # the short forms of kinds of body that every list uses (match_actors.csv)
    ("HS Merseburg", "Hochschule Merseburg"),
    ("LRA Görlitz", "Landkreis Görlitz"),
    ("LK Bautzen", "Landratsamt Bautzen"),
    ("Uni Leipzig", "Universität Leipzig"),
])
def test_spellings_of_one_sponsor_share_their_normal_form(a, b):
    assert sponsor_key(a) == sponsor_key(b) != ""


@pytest.mark.parametrize("a, b", [
    ("Stadt Leipzig", "Landkreis Leipzig"),
    ("Stadt Borna", "Stadtwerke Borna GmbH"),
    ("Förderverein Borna e. V.", "Förderverein Grimma e. V."),
])
def test_different_bodies_keep_different_normal_forms(a, b):
    assert sponsor_key(a) != sponsor_key(b)


def test_no_sponsor_has_an_empty_normal_form_and_places_ignore_spelling():
    assert sponsor_key(None) == sponsor_key("") == ""
    assert place_key("Boxberg/O.L.") == place_key("Boxberg O. L.")
    assert place_key("Böhlen") == place_key("BÖHLEN") != place_key("Borna")


TEXTS = ["Wasserstoff-Elektrolyseur in Böhlen, Gewerbegebiet Nord.",
         "Elektrolyseur Böhlen – Bau der Anlage", "Radweg nach Borna und Grimma",
         "Messestand Hannover Messe 2025", "Messestand Hannover Messe 2025", ""]


def test_tfidf_equals_sklearn_char_wb_3_to_5():
    index = build_index(range(len(TEXTS)), TEXTS, max_df=10**6)
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), preprocessor=preprocess,
                                sublinear_tf=True, dtype=np.float32).fit_transform(TEXTS)
    ours = (index.matrix @ index.matrix.T).toarray()
    theirs = (reference @ reference.T).toarray()
    assert np.abs(ours - theirs).max() < 1e-5
    assert np.abs(transform(index, TEXTS).toarray() - index.matrix.toarray()).max() < 1e-6


def test_terms_in_more_texts_than_max_df_count_nothing():
    texts = [f"Vorhaben Nummer {w}" for w in ("Alpha", "Kiwi", "Gurke", "Mond")]
    index = build_index(range(4), texts, max_df=2)  # "vorhaben", "nummer" are in all 4
    sims = (index.matrix @ index.matrix.T).toarray()
    assert np.allclose(sims - np.diag(np.diag(sims)), 0)  # nothing in common beyond them
    assert "vorhaben" not in index.words and "alpha" in index.words


def test_neighbours_skip_the_query_itself_and_respect_k_and_floor():
    index = build_index(range(len(TEXTS)), TEXTS, max_df=10**6)
    q, c, s = neighbours(index.matrix, index.matrix, k=1, floor=0.3,
                         query_rows=np.arange(len(TEXTS)))
    found = {(int(a), int(b)) for a, b in zip(q, c, strict=True)}
    assert (3, 4) in found and (4, 3) in found and (0, 1) in found
    assert all(a != b for a, b in found)
    assert np.bincount(q, minlength=len(TEXTS)).max() <= 1
    assert (s >= 0.3).all()


@pytest.mark.parametrize("text, concept", [
    ("Smarte LED-Straßenlaternen", "Straßenbeleuchtung"),   # a term of the list, inflected
    ("Neue Wärmepumpen für Schulen", "Wärmepumpe"),
    ("Aufbau von Ladepunkten", "Ladeinfrastruktur"),
    ("MVZ Lutherstadt Eisleben", "Medizinisches Versorgungszentrum"),
])
def test_inflected_and_compound_terms_name_their_concept(text, concept):
    assert concept in concepts(text)


def test_an_ending_is_cut_only_from_words_that_keep_four_letters():
    # "Busen" without "en" would be the term "bus" (Busverkehr)
    assert concepts("Busen") == []
