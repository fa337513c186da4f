"""Signals, score and reasons of single pairs, built from records written here."""

from __future__ import annotations

import pandas as pd
import pytest
from rapidfuzz import fuzz

from dashboard.matching.engine import self_pairs
from dashboard.matching.scoring import DEFAULT_THRESHOLD, score
from dashboard.matching.signals import same_title_counts
from dashboard.matching.texts import cross_texts, reason_texts


def record(key, title, sponsor, municipality, **more):
    base = {"key": key, "title": title, "description": more.pop("description", ""),
            "sponsor": sponsor, "municipality": municipality, "district_code": "14729",
            "revier_code": "MR", "land_code": "SN", "network_code": "MR-EN",
            "focus_area_code": "F4", "mission_code": "M02", "start_date": "2025-01-01",
            "end_date": "2027-12-31", "amount_eur": 4_000_000.0}
    return {**base, **more}


FILLER = [record(f"X-{i}", title, f"Träger {i}", place, district_code="14625", revier_code="LR",
                 land_code="SN", network_code="LR-MIT", focus_area_code="F1", mission_code=None)
          for i, (title, place) in enumerate([
              ("Radschnellweg an der Neiße", "Görlitz"), ("Rufbus für Ortsteile", "Kamenz"),
              ("Museum der Industriekultur", "Zittau"), ("Glasfaser für Schulen", "Bautzen"),
              ("Hausarztpraxis mit Telemedizin", "Löbau"), ("Jugendclub am See", "Lauta")])]


def scored(records):
    signals, _, _ = self_pairs(pd.DataFrame(records))
    return score(signals, same_title_counts(signals)).set_index(["a", "b"])


def test_a_reworded_duplicate_explains_itself():
    pairs = scored([
        record("MR-EN-000001", "Wasserstoff-Elektrolyseur Böhlen", "Stadt Böhlen", "Böhlen",
               description="Ein Elektrolyseur erzeugt grünen Wasserstoff für den Chemiepark."),
        record("MR-MO-000002", "Elektrolyseur für Wasserstoff in Böhlen (Bau)",
               "Große Kreisstadt Böhlen", "Böhlen", network_code="MR-MO", focus_area_code="F1",
               description="Grüner Wasserstoff aus einem Elektrolyseur für den Chemiepark.",
               amount_eur=4_100_000.0),
        *FILLER])
    pair = pairs.loc[("MR-EN-000001", "MR-MO-000002")]
    assert pair["score"] >= DEFAULT_THRESHOLD
    # titles without their town, in rapidfuzz's default form (no word is frequent in 8 records)
    title_pct = round(fuzz.token_sort_ratio("wasserstoff elektrolyseur",
                                            "elektrolyseur für wasserstoff in bau"))
    reasons = reason_texts(pair)
    assert reasons[0] == "gleicher Träger"
    assert f"Titel zu {title_pct} % gleich" in reasons
    assert any(r.startswith("beide:") and "Elektrolyseur" in r for r in reasons)
    assert "gleiche Gemeinde" in reasons and "ähnliche Kosten" in reasons
    assert "Laufzeiten überschneiden sich" in reasons
    assert cross_texts(pair) == ["anderes Fachnetzwerk"]


def test_a_standard_measure_of_many_sponsors_is_its_own_kind_not_an_overlap():
    towns = ["Borna", "Grimma", "Zwenkau", "Wurzen", "Markkleeberg"]
    stands = [record(f"MR-EN-00010{i}", "Gemeinschaftsstand auf der Hannover Messe 2025",
                     f"Firma {t} GmbH", t,
                     description="Stand auf der Hannover Messe mit Projekten aus dem Revier.")
              for i, t in enumerate(towns)]
    pairs = scored(stands + FILLER)
    among = pairs.loc[[(a["key"], b["key"]) for i, a in enumerate(stands) for b in stands[i + 1:]]]
    assert len(among) == 10
    # listed folded as "gleichartige Vorhaben", never in the Dublette or Parallelentwicklung queue
    assert (among["kind"] == "standard").all()
    assert among["standard"].all()
    assert any(r.startswith("Standardmaßnahme: 5 Projekte")
               for r in reason_texts(among.iloc[0]))


def test_the_same_text_in_one_town_by_one_sponsor_is_no_standard_measure():
    twice = [record(f"MR-EN-00020{i}", "Gemeinschaftsstand auf der Hannover Messe 2025",
                    "Stadtwerke Borna GmbH", "Borna") for i in range(2)]
    others = [record(f"MR-EN-00030{i}", "Gemeinschaftsstand auf der Hannover Messe 2025",
                     f"Firma {t} GmbH", t) for i, t in enumerate(["Grimma", "Zwenkau", "Wurzen"])]
    pairs = scored(twice + others + FILLER)
    assert pairs.loc[("MR-EN-000200", "MR-EN-000201"), "score"] >= DEFAULT_THRESHOLD


def test_one_town_and_one_sponsor_without_text_in_common_is_no_pair():
    pairs = scored([record("A-1", "Radweg am Fluss", "Stadt Borna", "Borna"),
                    record("A-2", "Neues Hallenbad", "Stadt Borna", "Borna"), *FILLER])
    assert ("A-1", "A-2") not in pairs.index or pairs.loc[("A-1", "A-2"), "score"] < 0.2


def test_a_text_naming_the_other_projects_town_ties_them():
    pairs = scored([
        record("MR-EN-000001", "Errichtung: Elektrolyseur für grünen Wasserstoff in Böhlen",
               "Stadtwerke Böhlen GmbH", "Böhlen"),
        record("ST-001", "Fachkräfteprogramm für den Elektrolyseur Böhlen", "Hochschule Merseburg",
               "Leuna", district_code="15088", land_code="ST", network_code="MR-GE",
               focus_area_code="F5"),
        *FILLER])
    pair = pairs.loc[("MR-EN-000001", "ST-001")]
    assert pair["place_named"] and pair["score"] >= DEFAULT_THRESHOLD
    reasons = reason_texts(pair)
    assert "nennt den Ort des anderen Projekts" in reasons
    assert cross_texts(pair) == ["anderes Fachnetzwerk", "anderes Land"]


def test_pair_signals_in_chunks_equal_one_step(demo_db, monkeypatch):
    """At 100k projects the candidate pairs are taken in chunks (memory): same rows, same values."""
    import numpy as np

    from dashboard.matching import repository, signals
    from dashboard.matching.signals import pair_signals, prepare

    records = prepare(repository.load_records(demo_db))
    rng = np.random.default_rng(5)
    li, ri = rng.integers(0, len(records), 53), rng.integers(0, len(records), 53)
    whole = pair_signals(records, records, li, ri)
    monkeypatch.setattr(signals, "CHUNK", 7)
    chunked = pair_signals(records, records, li, ri)
    assert len(chunked) == 53
    assert chunked.drop(columns="shared_terms").equals(whole.drop(columns="shared_terms"))
    assert list(chunked["shared_terms"]) == list(whole["shared_terms"])


def test_kept_pairs_in_chunks_equal_scoring_all_candidates(demo_db, monkeypatch):
    """The full run keeps per chunk only pairs that can reach `keep` and counts the equal titles
    of all: the same pairs, scores and counts as scoring every candidate at once."""
    import pandas as pd

    from dashboard.matching import repository, signals
    from dashboard.matching.engine import DEFAULT_CONFIG, kept_pairs, self_pairs
    from dashboard.matching.scoring import score
    from dashboard.matching.signals import same_title_counts

    records = repository.load_records(demo_db)
    everything, _, _ = self_pairs(records)
    counts_all = same_title_counts(everything)
    want = score(everything, counts_all)
    want = want[want["score"] >= DEFAULT_CONFIG.keep].reset_index(drop=True)
    monkeypatch.setattr(signals, "CHUNK", 97)
    got, counts, _, _ = kept_pairs(records)
    assert len(everything) > 10 * 97 and (want["standard"]).any()
    assert counts.sort_index().equals(counts_all.sort_index())
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want)


def test_naming_the_other_town_beside_a_shared_word_counts_as_one_more_word():
    """'ergänzt das Projekt Testfeld in Eilenburg': the shared rare word (Testfeld) and the
    other's town named in the text make a reference; the town alone adds nothing to the text."""
    base = {"a": "A", "b": "B", "cosine": 0.18, "title_sim": 0.4, "sponsor_same": False,
            "sponsor_similar": False, "sponsor_projects": 1, "same_place": False,
            "same_district": False, "same_focus": False, "same_mission": False,
            "period_overlap": 0.8, "amount_ratio": 0.1}
    rows = pd.DataFrame([{**base, "place_named": named, "shared_count": shared}
                         for named in (False, True) for shared in (0, 1, 2)])
    text = score(rows, pd.Series(dtype=float))["text"].to_numpy()
    plain, named = text[:3], text[3:]
    assert named[0] == plain[0]                                   # the town alone: no word
    assert named[1] == pytest.approx(plain[1] + 0.1) and named[1] == plain[2]  # town + word
    assert named[2] == plain[2]                                   # two words is the most


def test_titles_naming_one_subject_in_other_words_are_one_idea():
    """'Pflanzenkohle' and 'Biokohle' are one concept (match_terms.csv): the titles share the
    subject, which the idea measure reads (title_specific), across sponsors and districts."""
    pair = [record("A-1", "Pflanzenkohle aus Grünschnitt", "Kommunalservice Delitzsch GmbH",
                   "Delitzsch", description="Verkohlung von Grünschnitt zu einem Bodenhilfsstoff."),
            record("B-1", "Biokohle aus Landschaftspflegematerial", "Landschaftspflegeverband",
                   "Guben", district_code="12071", description="Pyrolyse von Mähgut zu Kohle.")]
    row = scored(pair + FILLER).loc[("A-1", "B-1")]
    assert row["title_specific"] >= 1
    assert row["kind"] == "parallel"


def test_a_concept_of_several_words_is_one_shared_subject():
    """'Künstliche Intelligenz' written out in both texts is one subject in common, not the
    three words 'Künstliche', 'Intelligenz' and the concept 'Künstliche-Intelligenz'."""
    pair = [record("A-1", "Lausitzer Zentrum für Künstliche Intelligenz", "BTU Cottbus-Senftenberg",
                   "Cottbus", description="Forschung und Transfer für Unternehmen."),
            record("B-1", "Künstliche Intelligenz in der Hautkrebsvorsorge", "Universitätsklinikum Halle",
                   "Halle (Saale)", district_code="15002", description="Bewertung von Hautbildern.")]
    row = scored(pair + FILLER).loc[("A-1", "B-1")]
    assert row["specific_count"] == 1
    assert row["title_specific"] == 1
