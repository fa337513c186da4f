"""Publishing conventions: the EUPL text, REUSE.toml covering every tracked file with the text
of each licence it names, publiccode.yml with the fields the standard requires, and the
geodata attribution wherever the geodata is shown or described."""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml

from dashboard.config import PROJECT_ROOT


def _tracked() -> list[str]:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                         cwd=PROJECT_ROOT, capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line]


def _reuse_match(pattern: str, path: str) -> bool:
    """REUSE.toml globbing: `*` stays within a folder, `**` crosses folders."""
    regex = "".join(".*" if part == "**" else "[^/]*" if part == "*" else re.escape(part)
                    for part in re.split(r"(\*\*|\*)", pattern))
    return re.fullmatch(regex, path) is not None


def test_license_is_the_eupl_1_2():
    text = (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    for number, title in ((1, "Definitions"), (5, "Obligations of the Licensee"),
                          (15, "Applicable Law")):
        assert f"    {number}. {title}" in text
    assert "'Compatible Licences' according to Article 5 EUPL are:" in text
    assert text == (PROJECT_ROOT / "LICENSES" / "EUPL-1.2.txt").read_text(encoding="utf-8")


def test_reuse_toml_covers_every_file_and_ships_each_licence_text():
    config = tomllib.loads((PROJECT_ROOT / "REUSE.toml").read_text(encoding="utf-8"))
    assert config["version"] == 1
    annotations = config["annotations"]
    licences = set()
    for a in annotations:
        assert a["SPDX-FileCopyrightText"] and a["SPDX-License-Identifier"]
        licences |= set(re.findall(r"[A-Za-z0-9.\-]+", a["SPDX-License-Identifier"])) - {"AND", "OR"}
    uncovered = [f for f in _tracked() if not any(
        _reuse_match(p, f) for a in annotations
        for p in ([a["path"]] if isinstance(a["path"], str) else a["path"]))]
    assert uncovered == []
    shipped = {p.stem for p in (PROJECT_ROOT / "LICENSES").glob("*.txt")}
    assert licences == shipped == {"EUPL-1.2", "DL-DE-BY-2.0", "CC-BY-4.0", "LGPL-2.1-or-later", "MIT"}
    geo = next(a for a in annotations if a["SPDX-License-Identifier"] == "DL-DE-BY-2.0")
    assert all((PROJECT_ROOT / p).is_file() for p in geo["path"])
    assert _reuse_match("**", "src/dashboard/api/http.py")
    assert not _reuse_match("data/*.csv", "data/reference/x.csv")


def test_publiccode_yml_has_the_required_fields():
    doc = yaml.safe_load((PROJECT_ROOT / "publiccode.yml").read_text(encoding="utf-8"))
    for key in ("publiccodeYmlVersion", "name", "url", "platforms", "categories",
                "developmentStatus", "softwareType", "description", "legal", "maintenance",
                "localisation"):
        assert doc.get(key), key
    assert doc["publiccodeYmlVersion"] == "0.4"
    assert doc["legal"]["license"] == "EUPL-1.2"
    assert doc["developmentStatus"] in {"concept", "development", "beta", "stable", "obsolete"}
    assert doc["softwareType"] in {"standalone/mobile", "standalone/iot", "standalone/desktop",
                                   "standalone/web", "standalone/backend", "standalone/other",
                                   "addon", "library", "configurationFiles"}
    assert doc["maintenance"]["type"] in {"internal", "contract", "community", "none"}
    if doc["maintenance"]["type"] == "internal":
        assert all(c.get("name") for c in doc["maintenance"]["contacts"])
    de = doc["description"]["de"]
    assert len(de["shortDescription"]) <= 150
    assert 150 <= len(de["longDescription"]) <= 10_000
    assert de["features"] and all(len(f) <= 100 for f in de["features"])
    assert doc["localisation"]["availableLanguages"] == ["de"]
    assert isinstance(doc["localisation"]["localisationReady"], bool)


def test_geodata_attribution_is_in_readme_and_the_reference_folder():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    sources = (PROJECT_ROOT / "data/reference/geo/QUELLEN.md").read_text(encoding="utf-8")
    for text in (readme, sources):
        assert "© GeoBasis-DE / BKG 2021 (Daten verändert)" in text
        assert "GeoNames" in text and "CC BY 4.0" in text.replace("Creative Commons "
                                                                  "Attribution 4.0", "CC BY 4.0")
