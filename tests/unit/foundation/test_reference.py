"""Reference data: every name in DOMAIN.md present, the mapping complete and consistent."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dashboard.config import PROJECT_ROOT, reference_dir
from dashboard.domain.taxonomy import ReferenceError, read_reference_dir
from dashboard.store.reference import read_taxonomy

DOMAIN = PROJECT_ROOT.parent / "shared" / "DOMAIN.md"


@pytest.fixture(scope="module")
def taxonomy():
    return read_reference_dir(reference_dir())


def _domain_table_rows(header_start: str) -> list[list[str]]:
    """Rows of the markdown table whose header line starts with `header_start`."""
    lines = DOMAIN.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header_start))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


@pytest.mark.skipif(not DOMAIN.exists(), reason="../shared/DOMAIN.md fehlt")
def test_missions_match_domain_md(taxonomy):
    expected = {code: name for code, name in _domain_table_rows("| code | Zukunftsmission")}
    assert {m.code: m.name for m in taxonomy.missions} == expected
    assert len(expected) == 10


@pytest.mark.skipif(not DOMAIN.exists(), reason="../shared/DOMAIN.md fehlt")
def test_focus_areas_match_domain_md(taxonomy):
    expected = {row[0]: row[1] for row in _domain_table_rows("| code | focus area")}
    assert {f.code: f.name for f in taxonomy.focus_areas} == expected


@pytest.mark.skipif(not DOMAIN.exists(), reason="../shared/DOMAIN.md fehlt")
def test_mission_mapping_matches_domain_md(taxonomy):
    expected = set()
    for mission, primary, secondary in _domain_table_rows("| mission | primary focus area"):
        expected.add((mission, primary, "primary"))
        for code in re.findall(r"F\d", secondary):
            expected.add((mission, code, "secondary"))
    got = {(m.mission_code, m.focus_area_code, m.strength) for m in taxonomy.mission_focus_areas}
    assert got == expected
    # every mission has exactly one primary focus area; nothing maps to F6
    primaries = [m.mission_code for m in taxonomy.mission_focus_areas if m.strength == "primary"]
    assert sorted(primaries) == sorted(m.code for m in taxonomy.missions)
    assert not any(m.focus_area_code == "F6" for m in taxonomy.mission_focus_areas)


@pytest.mark.skipif(not DOMAIN.exists(), reason="../shared/DOMAIN.md fehlt")
def test_districts_named_as_in_domain_md(taxonomy):
    text = DOMAIN.read_text(encoding="utf-8")
    section = text[text.index("## Districts"):text.index("The Metropolregion")]
    for d in taxonomy.districts:
        assert d.name in section, d.name
    by_revier = {r: {d.name for d in taxonomy.districts if d.revier_code == r} for r in ("LR", "MR")}
    assert len(by_revier["LR"]) == 7 and len(by_revier["MR"]) == 9
    assert {d.bundesland_code for d in taxonomy.districts if d.revier_code == "MR"} == {"SN", "ST", "TH"}
    assert {d.bundesland_code for d in taxonomy.districts if d.revier_code == "LR"} == {"SN", "BB"}


def test_networks_five_in_lausitz_six_in_mitteldeutschland(taxonomy):
    lr = [n for n in taxonomy.networks if n.revier_code == "LR"]
    mr = [n for n in taxonomy.networks if n.revier_code == "MR"]
    assert len(lr) == 5 and len(mr) == 6
    assert taxonomy.network_for("LR", "F1") == taxonomy.network_for("LR", "F2")
    assert taxonomy.network_for("LR", "F1").name == "Mobilität und IT"
    assert taxonomy.network_for("MR", "F1") != taxonomy.network_for("MR", "F2")


def test_pipeline_stages_exits_programmes_themes(taxonomy):
    assert [s.name for s in sorted(taxonomy.stages, key=lambda s: s.sort)] == [
        "Projektidee", "Fachnetzwerk", "Fachgruppe Regionalentwicklung", "Fachgruppe Förderung",
        "Empfehlung", "Antrag eingereicht", "Qualifizierung", "Bewilligt", "In Umsetzung",
        "Abgeschlossen"]
    assert {s.kind for s in taxonomy.stages[:7]} == {"active"}
    assert {s.kind for s in taxonomy.stages[7:]} == {"positive_end"}
    assert [e.name for e in taxonomy.exit_reasons] == ["zurückgestellt", "abgelehnt", "zurückgezogen"]
    assert {"RL InvKG", "STARK"} <= {p.name for p in taxonomy.programmes}
    assert any("JTF" in p.name for p in taxonomy.programmes)
    assert [t.name for t in taxonomy.themes] == [
        "Fachkräftesicherung", "Kinder und Jugendliche", "Gleichstellung", "demografischer Wandel"]
    assert [m.value for m in taxonomy.theme_markers] == [0, 1, 2]
    invkg: dict[str, float] = {}
    for e in taxonomy.envelopes:
        if e.fund == "InvKG":
            invkg[e.revier_code] = invkg.get(e.revier_code, 0) + e.amount_eur
    assert invkg == {"LR": 2_408_000_000, "MR": 1_120_000_000}  # InvKG § 3, Sachsen's share
    periods = {(e.period_start, e.period_end) for e in taxonomy.envelopes if e.fund == "InvKG"}
    assert periods == {(2020, 2026), (2027, 2032), (2033, 2038)}  # InvKG § 6
    jtf = {e.revier_code: e.amount_eur for e in taxonomy.envelopes if e.fund == "JTF"}
    assert jtf == {"LR": 375_000_000, "MR": 200_000_000, None: 70_000_000}  # JTF Sachsen 645 m


def test_broken_reference_file_is_reported_in_german(tmp_path: Path):
    folder = tmp_path / "ref"
    shutil.copytree(reference_dir(), folder)
    with (folder / "mission_focus_areas.csv").open("a", encoding="utf-8") as fh:
        fh.write("M99,F4,primary\n")
    with pytest.raises(ReferenceError, match="unbekannte Mission M99"):
        read_reference_dir(folder)
    (folder / "missions.csv").unlink()
    with pytest.raises(ReferenceError, match="Referenzdatei fehlt"):
        read_reference_dir(folder)


def test_reference_round_trips_through_database(demo_db, taxonomy):
    assert read_taxonomy(demo_db) == taxonomy
