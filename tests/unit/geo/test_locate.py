"""Place lookup with real postcodes and places from the sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.config import reference_dir
from dashboard.geo.locate import locate


def codes(location) -> list[str]:
    return sorted({c.district_code for c in location.candidates})


def test_postcode_that_lost_its_leading_zero() -> None:
    loc = locate("7743", None)
    assert (loc.postcode, loc.method, codes(loc)) == ("07743", "postcode", ["16053"])
    assert loc.revier_code is None and not loc.ambiguous  # Jena: no Revier district
    assert locate(7743.0, None).postcode == "07743"  # as a spreadsheet number


def test_location_string_of_an_official_list() -> None:
    loc = locate(None, "63477 Maintal / Am Kreuzstein 85")
    assert (loc.postcode, loc.place, loc.method, codes(loc)) == ("63477", "Maintal", "both",
                                                                 ["06435"])
    assert loc.candidates[0].municipality == "Maintal" and loc.candidates[0].land == "HE"


def test_multi_district_postcode_keeps_all_candidates_with_shares() -> None:
    loc = locate("03058", None)
    assert loc.ambiguous and codes(loc) == ["12052", "12071"]
    assert [c.district_code for c in loc.candidates] == ["12071", "12052"]  # larger share first
    assert sum(c.share for c in loc.candidates) == pytest.approx(1.0, abs=0.002)
    assert loc.revier_code == "LR"  # both in the Lausitzer Revier
    assert loc.district_code is None


def test_a_place_name_settles_an_ambiguous_postcode() -> None:
    loc = locate("03058", "Kiekebusch")  # an Ortsteil of Cottbus (GeoNames place)
    assert (loc.method, codes(loc)) == ("both", ["12052"])
    assert locate("02999", "Lohsa").district_code == "14625"


@pytest.mark.parametrize(("place", "expected", "method"), [
    ("Leipzig", ["14713"], "municipality"),
    ("Leipzig, Kreisfreie Stadt", ["14713"], "district"),
    ("Landkreis Leipzig", ["14729"], "district"),
    ("Kreisfreie Stadt Leipzig", ["14713"], "district"),
    ("Halle (Saale)", ["15002"], "municipality"),
    ("Stadt Halle (Saale)", ["15002"], "municipality"),
    ("Goerlitz", ["14626"], "municipality"),
    ("GÖRLITZ", ["14626"], "municipality"),
    ("Weisswasser", ["14626"], "municipality"),
    ("Köthen", ["15082"], "municipality"),  # VG5000: "Köthen (Anhalt)"
    ("Spree-Neiße", ["12071"], "district"),
    ("Jena, Stadt", ["16053"], "district"),  # GeoNames' way to write a kreisfreie Stadt
    ("Leipzig, Augustusplatz 1", ["14713"], "municipality"),
])
def test_spellings_of_places_and_districts(place, expected, method) -> None:
    loc = locate(None, place)
    assert (codes(loc), loc.method) == (expected, method)


def test_revier_comes_from_the_editable_district_table() -> None:
    assert locate(None, "Halle (Saale)").revier_code == "MR"
    assert locate(None, "Bautzen").revier_code == "LR"


def test_namesakes_stay_ambiguous_until_the_postcode_decides() -> None:
    halle = locate(None, "Halle")
    assert halle.ambiguous and codes(halle) == ["03255", "03456"]  # two Halle in Niedersachsen
    boxberg = locate(None, "Boxberg")
    assert boxberg.ambiguous
    in_lausitz = locate("02943", "Boxberg")
    assert (in_lausitz.method, codes(in_lausitz)) == ("both", ["14626"])
    assert in_lausitz.candidates[0].municipality == "Boxberg/O.L."
    neustadt = locate(None, "Neustadt")
    assert len(codes(neustadt)) > 5


def test_postcode_and_place_that_disagree_are_flagged() -> None:
    loc = locate("04109", "Halle (Saale)")  # 04109 is Leipzig
    assert loc.conflict and loc.method == "postcode" and codes(loc) == ["14713"]


def test_a_similar_name_is_only_a_suggestion() -> None:
    loc = locate(None, "Görliz")
    assert loc.candidates == () and loc.method == "none"
    assert "Görlitz" in loc.suggestions


def test_unknown_input() -> None:
    assert locate("99999", None).candidates == ()
    assert locate("abc", None).postcode is None
    assert locate(None, None).method == "none"


def test_revier_membership_follows_an_edited_district_table(tmp_path: Path) -> None:
    folder = tmp_path / "reference"  # an own reference folder: no geo/ (the project's is used)
    shutil.copytree(reference_dir(), folder, ignore=shutil.ignore_patterns("geo"))
    table = folder / "districts.csv"
    table.write_text(table.read_text(encoding="utf-8") + "16053,Stadt Jena,TH,MR,17\n",
                     encoding="utf-8")
    assert locate("07743", None, reference_dir=folder).revier_code == "MR"
    assert locate("07743", None).revier_code is None
